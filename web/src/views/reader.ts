// The article reader: the text as text (never HTML), with every annotation layer highlighted, a legend
// to toggle layers, and the event (or span) the reader was opened for marked and scrolled into view.
import type { StoredDocument } from "../api.ts";
import { api } from "../api.ts";
import { el, externalLink } from "../dom.ts";
import { MARK_KINDS, marksOf, sentenceAround, splitAtMarks, type Mark, type Piece } from "../highlight.ts";
import { stanceOf } from "../plover.ts";
import { link } from "../route.ts";
import { humanDate } from "../../../src/query/human-date.ts";
import { dateLabel, heading, typeBadge, type View } from "./common.ts";

function pieceNode(text: string, piece: Piece): Node {
  const words = text.slice(piece.start, piece.end);
  if (!piece.marks.length) return document.createTextNode(words);
  const span = el("span", { class: piece.marks.map(markClass).join(" ") }, words);
  span.title = piece.marks.map((m) => m.label).join("\n");
  // The innermost mark with a target (the shortest) decides where a click leads.
  const target = piece.marks.filter((m) => m.target).sort((a, b) => a.end - a.start - (b.end - b.start))[0]?.target;
  if (target) {
    span.dataset.href = link(target.view, target.id);
    span.tabIndex = 0;
    span.setAttribute("role", "link");
  }
  return span;
}

function markClass(mark: Mark): string {
  return [`mark-${mark.kind}`, mark.variant ? `${mark.kind}-${mark.variant}` : "", mark.focus ? "focus" : ""].filter(Boolean).join(" ");
}

/** A range given in the URL (?mark=120-180), e.g. a quote opened from a list. */
function requestedRange(params: URLSearchParams, length: number): Mark | undefined {
  const match = /^(\d+)-(\d+)$/.exec(params.get("mark") ?? "");
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start < end && end <= length ? { start, end, kind: "quote", label: "the passage you opened", focus: true } : undefined;
}

function legend(article: HTMLElement): HTMLElement {
  return el(
    "fieldset",
    { class: "legend" },
    el("legend", {}, "Highlight"),
    ...MARK_KINDS.map(({ kind, label }) => {
      const box = el("input", { type: "checkbox", name: kind });
      box.checked = true;
      box.addEventListener("change", () => article.classList.toggle(`hide-${kind}`, !box.checked));
      return el("label", { class: `key key-${kind}` }, box, el("span", { class: `mark-${kind}` }, label));
    }),
  );
}

function eventList(stored: StoredDocument): HTMLElement {
  return el(
    "ul",
    { class: "doc-events" },
    ...stored.document.events.map((event) => {
      const fused = stored.events[event.id];
      const sides = [event.source?.name, event.target?.name].filter(Boolean).join(" – ");
      return el(
        "li",
        {},
        typeBadge(event.type),
        " ",
        el("a", { href: link("document", stored.summary.id, { event: fused ?? event.id }) }, sides || "(no actors)"),
        event.date ? " " : "",
        event.date ? dateLabel(event.date) : null,
        fused ? el("a", { href: link("event", fused), class: "muted" }, " all sources →") : null,
      );
    }),
  );
}

export const readerView: View = async (root, route) => {
  const stored = await api.document(route.id ?? "");
  const doc = stored.document;
  const marks = marksOf(stored, route.params.get("event") ?? undefined, stanceOf);
  const range = requestedRange(route.params, doc.text.length);
  if (range) marks.push(range);
  // The sentence around the focused evidence, so that the words read in their context.
  const focused = marks.filter((m) => m.focus && m.kind === "event");
  for (const m of focused) marks.push({ ...sentenceAround(doc.text, m.start, m.end), kind: "sentence", label: "the evidence sentence" });
  const article = el("article", { class: "reader-text" });
  for (const piece of splitAtMarks(doc.text.length, marks)) article.append(pieceNode(doc.text, piece));
  article.addEventListener("click", (event) => {
    const href = (event.target as HTMLElement).closest<HTMLElement>("[data-href]")?.dataset.href;
    if (href && !getSelection()?.toString()) location.hash = href;
  });
  article.addEventListener("keydown", (event) => {
    const href = (event.target as HTMLElement).dataset.href;
    if (href && event.key === "Enter") location.hash = href;
  });
  const meta = [doc.source, doc.author, doc.published && humanDate(doc.published.slice(0, 10)), doc.dateline].filter(Boolean).join(" · ");
  root.append(
    heading(stored.summary.headline),
    el("p", { class: "muted" }, meta, doc.url ? " · " : "", doc.url ? externalLink(doc.url, "original") : ""),
    el("div", { class: "reader" }, el("div", { class: "reader-main" }, legend(article), article),
      el("aside", { class: "reader-side" }, el("h2", {}, "Events in this article"), eventList(stored))),
  );
  article.querySelector(".focus")?.scrollIntoView({ block: "center" });
};

// Pages for one record: an event with every source and its evidence, an actor's profile.
import type { EventDetail, EventReport, StoredDocument } from "../api.ts";
import { api } from "../api.ts";
import type { Casualties, CasualtyRanges, Span } from "../../../src/model/document.ts";
import { el } from "../dom.ts";
import { sentenceAround } from "../highlight.ts";
import { link } from "../route.ts";
import { actorLink, dateLabel, eventSummary, eventTable, heading, publishedLabel, typeBadge, type View } from "./common.ts";

function fact(label: string, ...value: Array<Node | string>): HTMLElement[] {
  return [el("dt", {}, label), el("dd", {}, ...value)];
}

/**
 * The evidence in its sentence, the evidence words marked. The words show at once; the sentence
 * follows when the document has loaded.
 */
function evidenceQuote(documents: DocumentLoader, documentId: string, span: Span): HTMLElement {
  const quote = el("blockquote", { class: "evidence" }, span.text);
  void documents(documentId).then(
    ({ document: { text } }) => {
      if (text.slice(span.start, span.end) !== span.text) return;
      const sentence = sentenceAround(text, span.start, span.end);
      quote.replaceChildren(text.slice(sentence.start, span.start), el("mark", {}, span.text), text.slice(span.end, sentence.end));
    },
    () => undefined,
  );
  return quote;
}

type DocumentLoader = (id: string) => Promise<StoredDocument>;

/** Loads each document once however many evidence spans it holds. */
function documentLoader(): DocumentLoader {
  const loaded = new Map<string, Promise<StoredDocument>>();
  return (id) => {
    let doc = loaded.get(id);
    if (!doc) loaded.set(id, (doc = api.document(id)));
    return doc;
  };
}

function sourceItem(report: EventReport, eventId: string, documents: DocumentLoader): HTMLElement {
  const doc = report.document;
  return el(
    "li",
    { class: "source" },
    el(
      "div",
      { class: "source-head" },
      el("a", { href: link("document", doc.id, { event: eventId }) }, doc.headline),
      doc.source ? ` — ${doc.source}` : "",
      doc.published ? ", " : "",
      publishedLabel(doc.published),
    ),
    ...report.evidence.map((span) => evidenceQuote(documents, doc.id, span)),
    ...(report.casualties ? [el("div", { class: "casualties" }, `casualties counted: ${reportCasualties(report.casualties)}`)] : []),
    el(
      "div",
      { class: "muted" },
      `reported as ${report.type}`,
      report.date ? " on " : "",
      report.date ? dateLabel(report.date) : null,
      `, confidence ${report.confidence.toFixed(2)}; `,
      `independent source: ${report.independentSource}; merged: ${report.reason}. `,
      el("a", { href: link("document", doc.id, { event: eventId }), class: "read-in-context" }, "read in context →"),
    ),
  );
}

/** "killed 34–35 (3 reports), injured 117": the lowest and highest figure the sources give, never a sum. */
function eventCasualties(ranges: CasualtyRanges): string {
  return Object.entries(ranges)
    .map(([kind, r]) => `${kind} ${r.min === r.max ? r.min : `${r.min}–${r.max}`} (${r.reports} report${r.reports === 1 ? "" : "s"})`)
    .join(", ");
}

/** "killed 34 (“killing at least 34”)": a source's own figures, with its words. */
function reportCasualties(counts: Casualties): string {
  return Object.entries(counts).map(([kind, c]) => `${kind} ${c.value}${c.max !== undefined ? `–${c.max}` : ""} (“${c.text}”)`).join(", ");
}

/** An event's facts and every source with its evidence (the event page, and the timeline's selection). */
export function eventCard(event: EventDetail): HTMLElement {
  const documents = documentLoader();
  return el(
    "section",
    { class: "event-card" },
    heading(eventSummary(event), typeBadge(event.type), el("a", { href: link("event", event.id), class: "permalink" }, "link")),
    el(
      "dl",
      { class: "facts" },
      ...fact("source", actorLink(event.source)),
      ...fact("target", actorLink(event.target)),
      ...fact("date", dateLabel(event.date)),
      ...fact("place", event.place ? `${event.place.name}${event.place.country ? ` (${event.place.country})` : ""}` : "—"),
      ...fact("confidence", event.confidence.toFixed(2)),
      ...fact("reports", `${event.reports} document(s), ${event.corroboration} independent source(s)`),
      ...(event.casualties ? fact("casualties", eventCasualties(event.casualties)) : []),
      ...(event.cameo ? fact("CAMEO", event.cameo) : []),
      ...(event.context?.length ? fact("context", event.context.join(", ")) : []),
    ),
    el("h2", {}, "Sources and evidence"),
    el("ol", { class: "sources" }, ...event.sources.map((r) => sourceItem(r, event.id, documents))),
  );
}

export const eventView: View = async (root, route) => {
  root.append(eventCard(await api.event(route.id ?? "")));
};

export const entityView: View = async (root, route) => {
  const profile = await api.entity(route.id ?? "");
  const actor = profile.actor;
  root.append(
    heading(actor.name, el("span", { class: "badge" }, actor.type)),
    el(
      "nav",
      { class: "view-switch" },
      el("a", { href: link("timeline", undefined, { actor: actor.id }) }, "Timeline"),
      el("a", { href: link("network", undefined, { actor: actor.id }) }, "Network"),
      el("a", { href: link("map", undefined, { actor: actor.id }) }, "Map"),
      el("a", { href: link("quotes", undefined, { speaker: actor.id }) }, "Quotes"),
    ),
    el(
      "dl",
      { class: "facts" },
      ...fact("country", actor.country ?? "—"),
      ...fact("roles", profile.roles.join("; ") || "—"),
      ...fact("also called", profile.aliases.join("; ") || "—"),
      ...fact("seen in", `${actor.documents} document(s), ${actor.mentions} mention(s), ${actor.events} event(s)`),
      ...(actor.kb ? fact("knowledge base", actor.kb) : []),
    ),
    el("h2", {}, "Acts with"),
    el(
      "ul",
      { class: "inline-list" },
      ...profile.coActors.map(({ actor: other, events }) =>
        el("li", {}, el("a", { href: link("timeline", undefined, { actor: actor.id, with: other.id }) }, other.name), ` (${events})`),
      ),
    ),
    el("h2", {}, "Events"),
    ...(profile.events.length < actor.events
      ? [el("p", { class: "muted" }, `The first ${profile.events.length} of ${actor.events}; `,
        el("a", { href: link("timeline", undefined, { actor: actor.id }) }, "the timeline"), " lists them all.")]
      : []),
    eventTable(profile.events),
    el("h2", {}, "Quotes"),
    el(
      "ul",
      { class: "quotes" },
      ...profile.quotes.map((q) =>
        el(
          "li",
          {},
          el("blockquote", {}, q.direct ? `“${q.text}”` : q.text),
          el("a", { href: link("document", q.document.id, { mark: `${q.start}-${q.end}` }), class: "muted" }, q.document.headline),
        ),
      ),
    ),
  );
};

// The list views: events, documents, entities, quotes, and search results.
import { api } from "../api.ts";
import { el } from "../dom.ts";
import { filterBar, filtersOf, viewSwitch } from "../filters.ts";
import { link } from "../route.ts";
import { eventTable, heading, offsetOf, pager, publishedLabel, type View } from "./common.ts";
import { addArticleForm } from "./add-article.ts";

const PAGE = 50;

function withOffset(route: { view: string; id?: string; params: URLSearchParams }) {
  return (offset: number) => {
    const params = new URLSearchParams(route.params);
    params.set("offset", String(offset));
    return link(route.view, route.id, params);
  };
}

export const eventsView: View = async (root, route) => {
  const page = await api.events(filtersOf(route.params), PAGE, offsetOf(route.params));
  root.append(heading("Events", viewSwitch(route)), filterBar(route), pager(page, withOffset(route)), eventTable(page.items));
};

export const documentsView: View = async (root, route) => {
  const page = await api.documents(PAGE, offsetOf(route.params));
  root.append(
    heading("Documents"),
    pager(page, withOffset(route)),
    el(
      "table",
      { class: "records" },
      el("thead", {}, el("tr", {}, ...["published", "title", "source", "words", "events"].map((h) => el("th", {}, h)))),
      el(
        "tbody",
        {},
        ...page.items.map((d) =>
          el(
            "tr",
            {},
            el("td", {}, publishedLabel(d.published)),
            el("td", {}, el("a", { href: link("document", d.id) }, d.headline)),
            el("td", {}, d.source ?? ""),
            el("td", { class: "num" }, d.words.toLocaleString("en")),
            el("td", { class: "num" }, String(d.events)),
          ),
        ),
      ),
    ),
    addArticleForm(),
  );
};

export const entitiesView: View = async (root, route) => {
  const type = route.params.get("type") ?? undefined;
  const text = route.params.get("text") ?? undefined;
  const page = await api.entities({ type, text }, PAGE, offsetOf(route.params));
  const form = el(
    "form",
    { class: "filters" },
    Object.assign(el("input", { name: "text", placeholder: "name or alias", "aria-label": "name or alias" }), { value: text ?? "" }),
    Object.assign(el("input", { name: "type", placeholder: "type: PERSON, ORG, GPE…", "aria-label": "entity type" }), { value: type ?? "" }),
    el("button", { type: "submit" }, "Filter"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = link("entities", undefined, { text: String(data.get("text") ?? "").trim(), type: String(data.get("type") ?? "").trim() });
  });
  root.append(
    heading("Actors"),
    form,
    pager(page, withOffset(route)),
    el(
      "table",
      { class: "records" },
      el("thead", {}, el("tr", {}, ...["name", "type", "country", "roles", "documents", "mentions", "events"].map((h) => el("th", {}, h)))),
      el(
        "tbody",
        {},
        ...page.items.map((a) =>
          el(
            "tr",
            {},
            el("td", {}, el("a", { href: link("entity", a.id) }, a.name)),
            el("td", {}, a.type),
            el("td", {}, a.country ?? ""),
            el("td", {}, a.roles.join("; ")),
            el("td", { class: "num" }, String(a.documents)),
            el("td", { class: "num" }, String(a.mentions)),
            el("td", { class: "num" }, String(a.events)),
          ),
        ),
      ),
    ),
  );
};

export const quotesView: View = async (root, route) => {
  const speaker = route.params.get("speaker") ?? undefined;
  const page = await api.quotes(speaker, PAGE, offsetOf(route.params));
  root.append(
    heading(speaker ? `Quotes of ${speaker}` : "Quotes"),
    pager(page, withOffset(route)),
    el(
      "ul",
      { class: "quotes" },
      ...page.items.map((q) =>
        el(
          "li",
          {},
          el("blockquote", {}, q.direct ? `“${q.text}”` : q.text),
          el(
            "div",
            { class: "muted" },
            q.speaker ? (q.speaker.id ? el("a", { href: link("entity", q.speaker.id) }, q.speaker.name) : q.speaker.name) : "unknown speaker",
            q.cue ? ` ${q.cue}` : "",
            " — ",
            el("a", { href: link("document", q.document.id, { mark: `${q.start}-${q.end}` }) }, q.document.headline),
          ),
        ),
      ),
    ),
  );
};

/** A snippet with its matched words in [brackets] (as the store gives it), the matches in <mark>. */
function snippetNode(snippet: string): HTMLElement {
  const p = el("p", { class: "snippet" });
  snippet.split(/(\[[^\]]*\])/).forEach((part) => {
    if (/^\[[^\]]*\]$/.test(part)) p.append(el("mark", {}, part.slice(1, -1)));
    else if (part) p.append(part);
  });
  return p;
}

export const searchView: View = async (root, route) => {
  const q = route.params.get("q")?.trim() ?? "";
  root.append(heading(q ? `Search: ${q}` : "Search"));
  if (!q) return;
  const [hits, actors, events] = await Promise.all([
    api.search(q, PAGE, offsetOf(route.params)),
    api.entities({ text: q }, 20, 0),
    api.events({ text: q }, 20, 0).catch(() => undefined),
  ]);
  if (actors.items.length) {
    root.append(
      el("h2", {}, "Actors"),
      el("ul", { class: "inline-list" }, ...actors.items.map((a) => el("li", {}, el("a", { href: link("entity", a.id) }, a.name), ` (${a.type})`))),
    );
  }
  if (events?.items.length) root.append(el("h2", {}, "Events whose evidence matches"), eventTable(events.items));
  root.append(
    el("h2", {}, "Articles"),
    pager(hits, withOffset(route)),
    el(
      "ol",
      { class: "hits" },
      ...hits.items.map((h) =>
        el("li", {}, el("a", { href: link("document", h.document.id, { q }) }, h.document.headline), snippetNode(h.snippet)),
      ),
    ),
  );
};

// Nesting beyond any real page's is flattened before HTML is parsed: the DOM walks after the parser
// (Readability, our paragraph walk) recurse and climb ancestors, so a page of 100,000 nested <div>s
// would overflow the stack or take minutes. Tags deeper than MAX_HTML_DEPTH are dropped, their text kept.

/** Real news pages nest 20 to 40 deep; this leaves room and keeps the DOM walks fast. */
export const MAX_HTML_DEPTH = 128;

/** Elements that open no level: no content (void) or closed by the next sibling of their kind. */
const FLAT_ELEMENTS = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
]);

/** A comment, an element whose content is raw text, or a tag (group 1: "/" for an end tag, 2: name, 3: the rest). */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<(?:script|style|textarea|title|xmp)\b[^>]*>[\s\S]*?<\/(?:script|style|textarea|title|xmp)\s*>|<(\/?)([a-zA-Z][^\s/>]*)([^>]*)>/gi;

/** The page with its tags below MAX_HTML_DEPTH removed; the same string when it has none. */
export function flattenDeepHtml(html: string, maxDepth = MAX_HTML_DEPTH): string {
  let open = 0;
  let dropped = false;
  const out = html.replace(MARKUP, (tag, slash: string | undefined, name: string | undefined, rest: string | undefined, at: number) => {
    if (!name || FLAT_ELEMENTS.has(name.toLowerCase()) || rest?.endsWith("/")) return tag;
    if (slash) {
      const keep = open <= maxDepth;
      open = Math.max(0, open - 1);
      if (keep) return tag;
    } else if (open++ < maxDepth) return tag;
    dropped = true;
    // A space keeps the words on either side apart; none between two tags, or a run of them would be a long blank.
    return html[at - 1] === ">" ? "" : " ";
  });
  return dropped ? out : html;
}

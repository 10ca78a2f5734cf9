// HTML -> paragraphs of text: each block element (p, h2, li, blockquote...) becomes one paragraph.
import { parseHTML } from "linkedom";
import { flattenDeepHtml } from "./html-depth.ts";

const BLOCK_TAGS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "BLOCKQUOTE", "PRE", "LI", "UL", "OL",
  "H1", "H2", "H3", "H4", "H5", "H6", "TR", "TABLE", "DD", "DT", "DL", "BR", "HR", "FIGURE",
]);
/** Not text a reader sees, or not the article's own words. */
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "FIGCAPTION", "IFRAME", "BUTTON", "FORM", "NAV"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of an HTML fragment (or a whole page's body), one paragraph per block, blank-line separated. */
export function htmlToParagraphs(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${flattenDeepHtml(html)}</body></html>`);
  return nodeToParagraphs(document.body as unknown as DomNode);
}

export function nodeToParagraphs(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 || SKIPPED_TAGS.has(node.nodeName.toUpperCase())) return;
    const block = BLOCK_TAGS.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

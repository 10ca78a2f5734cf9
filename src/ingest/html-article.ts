// An HTML page: metadata from JSON-LD, <meta> and <time>; the body through Mozilla Readability (the
// reader view of Firefox) on linkedom, figure captions set after the body; then the same body clean-up as text.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { AppError, type ArticleMeta } from "../model/index.ts";
import { mergeMeta, presentMeta, type ArticleDraft } from "./article-draft.ts";
import { readArticleHeader } from "./article-header.ts";
import { cleanBody, splitLines } from "./body-text.ts";
import { readDateline } from "./dateline.ts";
import { flattenDeepHtml } from "./html-depth.ts";
import { htmlToParagraphs, nodeToParagraphs } from "./html-text.ts";
import { normalisePublicationDate } from "./publication-date.ts";

type HtmlDocument = ReturnType<typeof parseHTML>["document"];

const CAPTIONS = "figcaption, [class*=caption]";
const PAGE_FURNITURE = `figure, ${CAPTIONS}, [class*=byline], [rel=author], [itemprop=author]`;
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|WebPage|LiveBlogPosting)$/;

export function readHtml(html: string, input: string, url?: string): ArticleDraft {
  const { document } = parseHTML(flattenDeepHtml(html));
  const meta = mergeMeta(jsonLdMeta(document), mergeMeta(metaTagMeta(document, url), timeMeta(document)));
  // Figures and bylines are page furniture, not the article's words (the byline is in the metadata);
  // the captions are taken out first, to follow the body.
  const captions = Array.from(document.querySelectorAll(CAPTIONS))
    .filter((el) => !el.querySelector(CAPTIONS)) // the innermost: a caption block may wrap a <figcaption>
    .map((el) => el.textContent ?? "")
    .filter((c, i, all) => c.trim() && all.indexOf(c) === i);
  for (const el of Array.from(document.querySelectorAll(PAGE_FURNITURE))) el.remove();
  const paragraphs = articleParagraphs(document, meta);
  // A headline or a date left above the body by the page layout is header, as in a text file.
  const lines = splitLines(paragraphs);
  const header = readArticleHeader(lines.map((l) => paragraphs.slice(l.start, l.end)));
  const { text: body, captions: captionRanges } = cleanBody(paragraphs, lines.slice(header.bodyLine), captions);
  if (!body.text) throw new AppError("INPUT_EMPTY", "the HTML page has no article text", input);
  return { text: body.text, captions: captionRanges, meta: mergeMeta(meta, { ...header.meta, ...readDateline(body.text) }), warnings: [] };
}

/** Readability's reader view; a page too small for it falls back to the whole body's text. */
function articleParagraphs(document: HtmlDocument, meta: ArticleMeta): string {
  const fallback = document.body ? nodeToParagraphs(document.body as never) : "";
  const article = new Readability(document as never, { charThreshold: 200 }).parse();
  if (article?.title && !meta.title) meta.title = article.title.trim();
  if (article?.byline && !meta.author) meta.author = article.byline.trim();
  const text = article?.content ? htmlToParagraphs(article.content) : "";
  return text.length >= fallback.length / 4 ? text : fallback;
}

function jsonLdMeta(document: HtmlDocument): ArticleMeta {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken JSON-LD block is common and harmless: <meta> tags remain
    }
    const article = findArticleNode(data);
    if (article) {
      return presentMeta({
        title: article.headline ?? article.name,
        published: normalisePublicationDate(article.datePublished ?? article.dateCreated),
        author: personName(article.author),
        source: personName(article.publisher),
        url: typeof article.url === "string" ? article.url : undefined,
      });
    }
  }
  return {};
}

type JsonLdNode = Record<string, unknown>;

function findArticleNode(data: unknown): JsonLdNode | undefined {
  if (Array.isArray(data)) {
    for (const d of data) {
      const found = findArticleNode(d);
      if (found) return found;
    }
    return undefined;
  }
  if (!data || typeof data !== "object") return undefined;
  const node = data as JsonLdNode;
  const types = Array.isArray(node["@type"]) ? node["@type"] : [node["@type"]];
  if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t)) && (node.headline || node.datePublished)) return node;
  return findArticleNode(node["@graph"]);
}

function personName(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(personName).filter(Boolean).join(", ") || undefined;
  if (value && typeof value === "object" && typeof (value as JsonLdNode).name === "string") return (value as JsonLdNode).name as string;
  return undefined;
}

function metaTagMeta(document: HtmlDocument, url?: string): ArticleMeta {
  const content = (...selectors: string[]) => {
    for (const s of selectors) {
      const value = document.querySelector(s)?.getAttribute("content");
      if (value?.trim()) return value;
    }
    return undefined;
  };
  return presentMeta({
    title: content('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? document.querySelector("title")?.textContent,
    published: normalisePublicationDate(
      content('meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
        'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]'),
    ),
    author: content('meta[name="author"]', 'meta[property="article:author"]'),
    source: content('meta[property="og:site_name"]', 'meta[name="application-name"]'),
    url: content('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? url,
  });
}

function timeMeta(document: HtmlDocument): ArticleMeta {
  const time = document.querySelector("article time[datetime], time[pubdate], time[datetime]");
  return presentMeta({ published: normalisePublicationDate(time?.getAttribute("datetime")) });
}

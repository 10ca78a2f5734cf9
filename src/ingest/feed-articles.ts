// RSS, Atom, RDF and JSON Feed (feedsmith): each item is an article, named by its link (or feed#N).
// An item that carries only a summary is replaced by the page its http(s) link points to.
import { parseFeed } from "feedsmith";
import { AppError, type ArticleMeta } from "../model/index.ts";
import { mergeMeta, presentMeta, type ArticleDraft } from "./article-draft.ts";
import { cleanBody, splitLines } from "./body-text.ts";
import { readDateline } from "./dateline.ts";
import { isUrl } from "./fetch-url.ts";
import { htmlToParagraphs } from "./html-text.ts";
import type { DraftResult } from "./json-lines.ts";
import { normalisePublicationDate } from "./publication-date.ts";

/** What a feed item says, whatever the feed format. */
interface FeedItem {
  meta: ArticleMeta;
  link?: string;
  /** Full content (HTML or text), when the feed carries it. */
  content?: string;
  summary?: string;
}

/** Fetches and reads the page an item links to. */
export type FollowLink = (url: string) => Promise<ArticleDraft>;

type Loose = Record<string, unknown> | undefined;
const str = (v: unknown): string | undefined =>
  typeof v === "string" ? v : v && typeof v === "object" && typeof (v as Loose)!.value === "string" ? ((v as Loose)!.value as string) : undefined;
const names = (list: unknown): string | undefined =>
  Array.isArray(list) ? list.map((a) => (typeof a === "string" ? a : str((a as Loose)?.name))).filter(Boolean).join(", ") || undefined : undefined;

export async function* readFeed(text: string, input: string, followLink?: FollowLink): AsyncGenerator<DraftResult> {
  const items = feedItems(text, input);
  for (let n = 0; n < items.length; n++) {
    const item = items[n];
    const name = item.link ?? `${input}#${n + 1}`;
    try {
      yield { input: name, draft: await itemArticle(item, name, followLink) };
    } catch (e) {
      yield { input: name, error: e instanceof AppError ? e : new AppError("INPUT_MALFORMED", String(e), name) };
    }
  }
}

function feedItems(text: string, input: string): FeedItem[] {
  let parsed: { format: string; feed: Record<string, unknown> };
  try {
    parsed = parseFeed(text) as never;
  } catch (e) {
    throw new AppError("INPUT_MALFORMED", `not a well-formed RSS, Atom or JSON feed (${(e as Error).message})`, input);
  }
  const { format, feed } = parsed;
  const source = str(feed.title);
  const list = ((format === "atom" ? feed.entries : feed.items) ?? []) as Array<Record<string, unknown>>;
  if (!list.length) throw new AppError("INPUT_EMPTY", "the feed has no items", input);
  return list.map((item) => (format === "atom" ? atomItem(item, source) : format === "json" ? jsonFeedItem(item, source) : rssItem(item, source)));
}

function rssItem(item: Record<string, unknown>, source?: string): FeedItem {
  const dc = item.dc as Loose;
  return {
    meta: presentMeta({
      title: str(item.title),
      published: normalisePublicationDate(item.pubDate ?? dc?.date ?? (Array.isArray(dc?.dates) ? dc.dates[0] : undefined)),
      author: names(dc?.creators) ?? names(item.authors) ?? str(dc?.creator),
      url: str(item.link),
      source,
    }),
    link: str(item.link),
    content: str((item.content as Loose)?.encoded),
    summary: str(item.description),
  };
}

function atomItem(entry: Record<string, unknown>, source?: string): FeedItem {
  const links = (entry.links ?? []) as Array<Record<string, unknown>>;
  const link = str((links.find((l) => !l.rel || l.rel === "alternate") ?? links[0])?.href);
  return {
    meta: presentMeta({ title: str(entry.title), published: normalisePublicationDate(entry.published ?? entry.updated), author: names(entry.authors), url: link, source }),
    link,
    content: str(entry.content),
    summary: str(entry.summary),
  };
}

function jsonFeedItem(item: Record<string, unknown>, source?: string): FeedItem {
  return {
    meta: presentMeta({ title: str(item.title), published: normalisePublicationDate(item.date_published), author: names(item.authors), url: str(item.url), source }),
    link: str(item.url) ?? str(item.external_url),
    content: str(item.content_html) ?? str(item.content_text),
    summary: str(item.summary),
  };
}

async function itemArticle(item: FeedItem, name: string, followLink?: FollowLink): Promise<ArticleDraft> {
  if (!item.content && item.link && isUrl(item.link) && followLink) {
    try {
      const page = await followLink(item.link);
      return { ...page, meta: mergeMeta(item.meta, page.meta) };
    } catch (e) {
      if (!item.summary) throw e;
      const fromSummary = draftFromHtml(item.summary, item.meta, name);
      fromSummary.warnings.push(`only the feed's summary: ${(e as Error).message}`);
      return fromSummary;
    }
  }
  const body = item.content ?? item.summary;
  if (!body) throw new AppError("INPUT_EMPTY", "the feed item has no content, summary or link to follow", name);
  return draftFromHtml(body, item.meta, name);
}

function draftFromHtml(html: string, meta: ArticleMeta, name: string): ArticleDraft {
  const paragraphs = /<[a-z][\s\S]*>/i.test(html) ? htmlToParagraphs(html) : html;
  const { text: body, captions } = cleanBody(paragraphs, splitLines(paragraphs));
  if (!body.text) throw new AppError("INPUT_EMPTY", "the feed item has no text", name);
  return { text: body.text, captions, meta: mergeMeta(meta, readDateline(body.text) ?? {}), warnings: [] };
}

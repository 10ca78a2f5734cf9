// Which reader an input needs, from its first bytes, its name and (for URLs) its content type.
import { extname } from "node:path";

export type InputFormat = "text" | "html" | "pdf" | "feed" | "json-feed" | "jsonl";

const BY_EXTENSION: Record<string, InputFormat> = {
  ".txt": "text", ".text": "text", ".md": "text",
  ".html": "html", ".htm": "html", ".xhtml": "html",
  ".pdf": "pdf",
  ".rss": "feed", ".atom": "feed", ".xml": "feed",
  ".jsonl": "jsonl", ".ndjson": "jsonl",
  ".json": "json-feed",
};

const BY_CONTENT_TYPE: Array<[RegExp, InputFormat]> = [
  [/^application\/pdf/, "pdf"],
  [/^(application|text)\/(rss|atom|rdf)\+xml|^(application|text)\/xml/, "feed"],
  [/^application\/(feed\+)?json/, "json-feed"],
  [/^application\/(x-)?ndjson|^application\/jsonl/, "jsonl"],
  [/^(text\/html|application\/xhtml)/, "html"],
  [/^text\//, "text"],
];

const PDF_MAGIC = "%PDF-";

/** Content wins over names: a page saved as .txt is still HTML, a feed served as text/plain still a feed. */
export function sniffFormat(head: Uint8Array, name: string, contentType?: string): InputFormat {
  const start = new TextDecoder().decode(head.subarray(0, 1024)).replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith(PDF_MAGIC)) return "pdf";
  const lower = start.slice(0, 512).toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(lower)) return "feed";
  if (/^(<!doctype html|<html\b|<head\b|<body\b|<article\b)/.test(lower)) return "html";
  if (start.startsWith("{") && /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(start)) return "json-feed";
  const type = contentType?.toLowerCase();
  if (type) for (const [pattern, format] of BY_CONTENT_TYPE) if (pattern.test(type)) return format;
  const byName = BY_EXTENSION[extname(name.replace(/[?#].*$/, "")).toLowerCase()];
  if (byName) return byName;
  if (start.startsWith("{")) return "jsonl";
  return "text";
}

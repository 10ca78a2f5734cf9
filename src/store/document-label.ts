// What a document is called wherever it is listed (CLI, API, UI): its title, else its first words;
// and where it came from without the server's directories ("/srv/feeds/a.txt" -> "a.txt"). The
// summary columns every listing reads, and the summary made of them.
import { basename } from "node:path";
import type { Row } from "./driver.ts";
import type { DocumentSummary } from "./types.ts";

const HEADLINE_WORDS = 12;
const HEADLINE_CHARS = 90;

/** The title, or the first words of the text ("KUALA LUMPUR — U.S. Secretary of State Marco Rubio…"). */
export function headlineOf(title: string | null | undefined, lead: string | null | undefined): string {
  if (title?.trim()) return title.trim();
  const words = (lead ?? "").trim().split(/\s+/).filter(Boolean);
  let out = "";
  for (const word of words.slice(0, HEADLINE_WORDS)) {
    if (out && out.length + word.length + 1 > HEADLINE_CHARS) break;
    out = out ? `${out} ${word}` : word;
  }
  return out ? (out.length < words.join(" ").length ? `${out}…` : out) : "(empty document)";
}

/** A URL or stdin ("-") as given; a file by its name alone, never the server's path to it. */
export function publicInput(input: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || input === "-" ? input : basename(input);
}

// `lead`: the first words of an untitled document, its headline.
export const SUMMARY_COLUMNS = `d.id, d.title, d.source, d.url, d.published, d.input, d.story, d.words, d.events, d.added_at,
  CASE WHEN d.title IS NULL OR d.title = '' THEN substr(d.text, 1, 240) END AS lead`;

/** A listed document: headline, origin and counts, from the SUMMARY_COLUMNS of a row. */
export function toSummary(r: Row): DocumentSummary {
  const out: DocumentSummary = {
    id: String(r.id),
    headline: headlineOf(r.title as string | null, r.lead as string | null),
    story: String(r.story),
    words: Number(r.words),
    events: Number(r.events),
    addedAt: String(r.added_at),
  };
  for (const key of ["title", "source", "url", "published"] as const) if (r[key] != null) out[key] = String(r[key]);
  if (r.input != null) out.input = publicInput(String(r.input));
  return out;
}

// The header an article carries in its own text when no metadata came with it: a title (perhaps over
// two lines), a date line ("Thu, 10 Jul 2025", "September 24, 2025", "date 2025-07-10 <title>"),
// a byline. These lines are metadata, not body text.
import type { ArticleMeta } from "../model/index.ts";
import { parsePublicationDate } from "./publication-date.ts";

export interface ArticleHeader {
  meta: ArticleMeta;
  /** Index of the first line of the body (0 when there is no header). */
  bodyLine: number;
}

/** A scraper's first line: a labelled ISO date followed by the title. */
const LABELLED_DATE_TITLE = /^(?:date|published|updated)\s*:?\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+(\S.*)$/i;
const BYLINE = /^By\s+([A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|and|de|van|von|al|bin))*(?:,\s*[A-Z][\p{L} ]+)?)$/u;
const MAX_HEADER_LINES = 6;
const MAX_TITLE_LINES = 3;

/** A line that could be (part of) a headline: short, and not ending like a sentence or a clause. */
function looksLikeTitleLine(line: string, continued: boolean): boolean {
  const start = continued ? /^[\p{L}\p{N}'"‘“]/u : /^[\p{Lu}\p{N}'"‘“]/u;
  return line.length <= 150 && start.test(line) && !/[.,;:]$/.test(line) && (continued || /\s/.test(line));
}

/** Reads the header from the lines of the body (front matter already removed). */
export function readArticleHeader(lines: string[]): ArticleHeader {
  const meta: ArticleMeta = {};
  const titleLines: string[] = [];
  let headerEnd = -1;
  let dated = false;
  let lastTitleLine = -1;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < MAX_HEADER_LINES; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const first = seen++ === 0;
    const labelled = first ? LABELLED_DATE_TITLE.exec(line) : null;
    const date = labelled ? parsePublicationDate(labelled[1]) : parsePublicationDate(line);
    if (date) {
      meta.published ??= date;
      if (labelled) meta.title = labelled[2].trim();
      else if (titleLines.length && !meta.title) meta.title = titleLines.join(" ");
      dated = true;
      headerEnd = i;
      continue;
    }
    const byline = BYLINE.exec(line);
    if (byline && (dated || titleLines.length) && line.length <= 80) {
      meta.author = byline[1];
      headerEnd = i;
      continue;
    }
    if (!dated && titleLines.length < MAX_TITLE_LINES && looksLikeTitleLine(line, titleLines.length > 0)) {
      titleLines.push(line);
      lastTitleLine = i;
      continue;
    }
    break;
  }
  if (dated || meta.author) return { meta, bodyLine: headerEnd + 1 };
  return undatedTitle(lines, titleLines, lastTitleLine) ?? { meta: {}, bodyLine: 0 };
}

/** Without a date, a headline is only taken when it stands alone above a blank line and a body paragraph. */
function undatedTitle(lines: string[], titleLines: string[], lastTitleLine: number): ArticleHeader | undefined {
  if (!titleLines.length || lines[lastTitleLine + 1]?.trim() !== "") return undefined;
  const next = lines.slice(lastTitleLine + 1).find((l) => l.trim());
  if (!next || !(next.trim().length > 100 || /[.!?"”]$/.test(next.trim()))) return undefined;
  return { meta: { title: titleLines.join(" ") }, bodyLine: lastTitleLine + 1 };
}

// Words inside a direct quote speak from the day they were said: in '"We will respond tonight," he said
// on Tuesday', published on Wednesday, "tonight" is Tuesday night. The attribution beside the quote
// dates the speech; without one, the publication date stands.
import type { Day } from "./calendar.ts";

export interface Quoted {
  start: number;
  end: number;
}

const QUOTE_MARKS = /["\u201c\u201d]/g;
const CLOSING = new Set(["\u201d"]);
const OPENING = new Set(["\u201c"]);

/** The direct quotes of a text: paired quotation marks within one paragraph. */
export function directQuotes(text: string): Quoted[] {
  const quotes: Quoted[] = [];
  let open = -1;
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m; m = QUOTE_MARKS.exec(text)) {
    const mark = m[0];
    if (open >= 0 && text.slice(open, m.index).includes("\n\n")) open = -1; // a quote left open at a paragraph's end
    if (open < 0 && !CLOSING.has(mark)) open = m.index;
    else if (open >= 0 && !OPENING.has(mark)) {
      quotes.push({ start: open, end: m.index + 1 });
      open = -1;
    }
  }
  return quotes;
}

/** The quote around [start, end), if any. */
export function quoteAround(quotes: Quoted[], start: number, end: number): Quoted | undefined {
  return quotes.find((q) => q.start < start && end < q.end);
}

/**
 * The day the words of a quote were said: a day-precise date in its attribution, the rest of the
 * sentence after the quote (', he said on Tuesday.') or the words that introduce it ('said on Tuesday: "').
 */
export function speechDay(text: string, quote: Quoted, dated: Array<{ start: number; end: number; day: Day }>): Day | undefined {
  const after = /^[^.!?\n"\u201c]*/.exec(text.slice(quote.end))![0];
  const before = /[^.!?\n"\u201d]*$/.exec(text.slice(0, quote.start))![0];
  const from = quote.start - before.length;
  const to = quote.end + after.length;
  const inAttribution = (t: { start: number; end: number }) =>
    (t.start >= quote.end && t.end <= to) || (t.start >= from && t.end <= quote.start);
  return dated.find(inAttribution)?.day;
}

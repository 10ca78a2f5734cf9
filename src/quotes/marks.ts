// Finds the quoted passages of a text from its quotation marks: straight or curly, double or single,
// nested, and running over paragraph breaks the way news writes them (a paragraph that continues a quote
// opens with a quotation mark and the one before does not close).

export interface QuotedPassage {
  /** Offsets of the quoted words (inside the marks). */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks (the closing one is `end` for a paragraph that runs on). */
  open: number;
  close: number;
  /** Passages of one quote running over several paragraphs share a chain number. */
  chain: number;
  /** How the passage ended: a closing mark, a mismatched mark repaired, or the paragraph end. */
  ending: "closed" | "repaired" | "runs-on";
}

type Role = "open" | "close" | "none";

const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/'"‘“«]/;

/** Whether a straight or curly mark opens or closes, from the characters around it. */
function roleOf(mark: string, prev: string | undefined, next: string | undefined): Role {
  if (mark === "“" || mark === "«") return "open";
  if (mark === "”" || mark === "»") return "close";
  if (mark === "‘") return isWordChar(prev) ? "none" : "open";
  const single = mark === "'" || mark === "’";
  if (single && isWordChar(prev) && isWordChar(next)) return "none"; // an apostrophe: don't, Russia's
  const opensHere = (prev === undefined || OPENING_CONTEXT.test(prev)) && !isSpace(next);
  if (opensHere && (!single || isWordChar(next) || next === '"')) return "open";
  if (!isSpace(prev) || next === undefined || isSpace(next) || /[.,;:!?)]/.test(next)) return "close";
  return "none";
}

const MARKS = /["“”«»'‘’]/g;

/** The quoted passages of `text`, in text order. */
export function findQuotedPassages(text: string): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  const chains = { next: 0 };
  for (const para of paragraphs(text)) {
    const last = out[out.length - 1];
    const carried = last?.ending === "runs-on" && last.end <= para.start ? last.chain : undefined;
    scanParagraph(text, para.start, para.end, out, carried, chains);
  }
  return out;
}

function* paragraphs(text: string): Generator<{ start: number; end: number }> {
  const breaks = /\n[ \t]*\n\s*/g;
  let from = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    yield { start: from, end: m.index };
    from = m.index + m[0].length;
  }
  yield { start: from, end: text.length };
}

/**
 * One paragraph: a double quote closes at its closing mark, at a stray single closing mark when it would
 * otherwise stay open (PDF text), or runs on into the next paragraph when that one opens with a mark.
 * A quote left open otherwise is dropped: without its end, its words are unknown.
 */
function scanParagraph(text: string, start: number, end: number, out: QuotedPassage[], carried: number | undefined, chains: { next: number }): void {
  let double = -1;
  let single = -1;
  let mismatch = -1;
  const chainFor = (open: number): number => (carried !== undefined && open === start ? carried : ++chains.next);
  const mark = new RegExp(MARKS.source, "g");
  mark.lastIndex = start;
  for (let m = mark.exec(text); m && m.index < end; m = mark.exec(text)) {
    const i = m.index;
    const c = m[0];
    const role = roleOf(c, i > start ? text[i - 1] : undefined, i + 1 < end ? text[i + 1] : undefined);
    const isDouble = c === '"' || c === "“" || c === "”" || c === "«" || c === "»";
    if (role === "open") {
      if (isDouble && double < 0) double = i;
      else if (!isDouble && single < 0) single = i;
    } else if (role === "close") {
      if (isDouble && double >= 0) {
        push(out, text, double, i, chainFor(double), "closed");
        double = single = mismatch = -1;
      } else if (!isDouble && single >= 0) {
        if (double < 0) push(out, text, single, i, chainFor(single), "closed");
        single = -1;
      } else if (!isDouble && double >= 0) {
        mismatch = i;
      }
    }
  }
  if (double < 0) return;
  if (mismatch > double) push(out, text, double, mismatch, chainFor(double), "repaired");
  else if (/^\s*["“«]/.test(text.slice(end, end + 20))) push(out, text, double, end, chainFor(double), "runs-on");
}

function push(out: QuotedPassage[], text: string, open: number, close: number, chain: number, ending: QuotedPassage["ending"]): void {
  let s = open + 1;
  let e = close;
  while (s < e && /[\s"'“‘]/.test(text[s])) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1])) e--;
  if (e <= s) return;
  out.push({ start: s, end: e, open, close, chain, ending });
}

import type { Segments, Sentence } from "../model/index.ts";

/** The sentence containing a character offset (binary search; sentences are in text order). */
export function sentenceAt(segments: Segments, offset: number): Sentence | undefined {
  const list = segments.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= offset) lo = mid + 1;
    else if (list[mid].start > offset) hi = mid - 1;
    else return list[mid];
  }
  return undefined;
}

/** Indices of the tokens that lie within [start, end). */
export function tokensIn(segments: Segments, start: number, end: number): number[] {
  const { start: starts, end: ends } = segments.tokens;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < starts.length && starts[i] < end; i++) out.push(i);
  return out;
}

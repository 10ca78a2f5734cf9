// Cleaned text that remembers, for every character, where it came from in the raw input, so that a
// span of the cleaned text can be traced back to the words the user actually has.
import type { OffsetMap } from "../model/index.ts";

/** Marks a character that cleaning inserted (a paragraph break, a mended quote) rather than copied. */
const INSERTED = -1;

export class MappedText {
  readonly text: string;
  /** rawIndex[i] is the raw offset cleaned text[i] came from, or INSERTED. */
  readonly rawIndex: Int32Array;

  constructor(text: string, rawIndex: Int32Array) {
    this.text = text;
    this.rawIndex = rawIndex;
  }

  /** The raw text between start and end, unchanged. */
  static fromRaw(raw: string, start = 0, end = raw.length): MappedText {
    const index = new Int32Array(end - start);
    for (let i = 0; i < index.length; i++) index[i] = start + i;
    return new MappedText(raw.slice(start, end), index);
  }

  static inserted(text: string): MappedText {
    return new MappedText(text, new Int32Array(text.length).fill(INSERTED));
  }

  static join(parts: MappedText[], separator: string): MappedText {
    const sep = MappedText.inserted(separator);
    const pieces: MappedText[] = [];
    parts.forEach((p, i) => {
      if (i > 0 && separator) pieces.push(sep);
      pieces.push(p);
    });
    return MappedText.concat(pieces);
  }

  static concat(parts: MappedText[]): MappedText {
    let length = 0;
    for (const p of parts) length += p.text.length;
    const index = new Int32Array(length);
    let at = 0;
    for (const p of parts) {
      index.set(p.rawIndex, at);
      at += p.text.length;
    }
    return new MappedText(parts.map((p) => p.text).join(""), index);
  }

  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.rawIndex.slice(start, end));
  }

  /** Trims white space at both ends, keeping the mapping of what remains. */
  trim(): MappedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return start === 0 && end === this.text.length ? this : this.slice(start, Math.max(start, end));
  }

  /**
   * Replaces every match of a global regex. Where the replacement shares a prefix or suffix with the
   * match (a deleted stray quote, a mended hyphen), those characters keep their raw offsets; a
   * replacement of the same length keeps them all (a curly quote made straight still came from there).
   */
  replace(pattern: RegExp, replacer: (match: RegExpExecArray) => string): MappedText {
    pattern.lastIndex = 0;
    let m = pattern.exec(this.text);
    if (!m) return this;
    const parts: MappedText[] = [];
    let last = 0;
    while (m) {
      const start = m.index;
      const end = start + m[0].length;
      parts.push(this.slice(last, start), this.mapReplacement(start, end, replacer(m)));
      last = end;
      if (m[0].length === 0) pattern.lastIndex++;
      m = pattern.exec(this.text);
    }
    parts.push(this.slice(last));
    return MappedText.concat(parts);
  }

  private mapReplacement(start: number, end: number, replacement: string): MappedText {
    const original = this.text.slice(start, end);
    const index = new Int32Array(replacement.length).fill(INSERTED);
    if (replacement.length === original.length) {
      index.set(this.rawIndex.subarray(start, end));
      return new MappedText(replacement, index);
    }
    let prefix = 0;
    const shortest = Math.min(original.length, replacement.length);
    while (prefix < shortest && original[prefix] === replacement[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < shortest - prefix &&
      original[original.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]
    ) suffix++;
    index.set(this.rawIndex.subarray(start, start + prefix), 0);
    index.set(this.rawIndex.subarray(end - suffix, end), replacement.length - suffix);
    return new MappedText(replacement, index);
  }

  /** Compacts the per-character index into runs: the `OffsetMap` of the document model. */
  toOffsetMap(): OffsetMap {
    const segments: OffsetMap["segments"] = [];
    const index = this.rawIndex;
    let i = 0;
    while (i < index.length) {
      if (index[i] === INSERTED) {
        i++;
        continue;
      }
      const cleanStart = i;
      const rawStart = index[i];
      while (i + 1 < index.length && index[i + 1] === index[i] + 1) i++;
      i++;
      segments.push({ cleanStart, rawStart, length: i - cleanStart });
    }
    return { segments };
  }
}

/** The raw offset a cleaned-text offset came from, or undefined where cleaning inserted the character. */
export function rawOffsetOf(map: OffsetMap, cleanOffset: number): number | undefined {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    if (cleanOffset < s.cleanStart) hi = mid - 1;
    else if (cleanOffset >= s.cleanStart + s.length) lo = mid + 1;
    else return s.rawStart + (cleanOffset - s.cleanStart);
  }
  return undefined;
}

/** The raw range a cleaned span [start, end) came from: from its first to its last mapped character. */
export function rawSpanOf(map: OffsetMap, start: number, end: number): { start: number; end: number } | undefined {
  let first: number | undefined;
  for (let i = start; i < end && first === undefined; i++) first = rawOffsetOf(map, i);
  let last: number | undefined;
  for (let i = end - 1; i >= start && last === undefined; i--) last = rawOffsetOf(map, i);
  return first === undefined || last === undefined ? undefined : { start: first, end: last + 1 };
}

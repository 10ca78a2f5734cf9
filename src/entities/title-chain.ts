// Title chains: a title that goes on through "for", "of", "in", commas and "and" before the person's
// name, as the United Nations and many governments write them: "Assistant Secretary-General for the
// Middle East, Asia and the Pacific in the Departments of Political and Peacebuilding Affairs and Peace
// Operations Khaled Khiari", "Under-Secretary-General for Humanitarian Affairs and Emergency Relief
// Coordinator Tom Fletcher". The whole chain is the person's role; the name is what follows the last
// word that ends a portfolio, a body or a place inside it, and no piece of the chain is a name of its own.
import type { TitleInfo } from "../kb/index.ts";

/** What the chain reader needs to know of the sentence's tokens (indices into the document's tokens). */
export interface ChainTokens {
  word(t: number): string;
  /** The next token that is not white space within the sentence, -1 at its end. */
  next(t: number): number;
  joined(a: number, b: number): boolean;
  isCapitalised(t: number): boolean;
  isProperNoun(t: number): boolean;
  /** The longest title at position p of toks. */
  titleAt(toks: number[], p: number): { words: number; info: TitleInfo } | undefined;
  /** A modifier written into a title: "Assistant", "Deputy", "Acting". */
  isTitleModifier(t: number): boolean;
  /** "Affairs", "Operations", "Ministry", "Syria": a word that ends a portfolio, a body or a place. */
  endsPart(toks: number[], p: number): boolean;
}

export interface TitleChain {
  info: TitleInfo;
  /** The tokens of the role, from the title to the last word before the name. */
  role: number[];
  /** The groups of capitalised words inside the role after its title ("Middle East", "Department"), and the link before each. */
  parts: Array<{ link: string; toks: number[] }>;
  name: number[];
}

// What may follow the head title to open a chain; "and" and commas only go on with one.
const OPENING_LINKS = new Set(["for", "of", "in", "on"]);
const MAX_TOKENS = 60;
const MAX_NAME_WORDS = 4;

/** The title chain starting at token `first`, when one does and ends at a name. */
export function readTitleChain(tokens: ChainTokens, links: Set<string>, first: number): TitleChain | undefined {
  if (!tokens.isCapitalised(first)) return undefined;
  const ahead: number[] = [];
  for (let k = first; k >= 0 && ahead.length < MAX_TOKENS; k = tokens.next(k)) ahead.push(k);
  const modified = !tokens.titleAt(ahead, 0) && tokens.isTitleModifier(first) ? 1 : 0;
  const head = tokens.titleAt(ahead, modified);
  if (!head) return undefined;
  let opening = modified + head.words;
  for (let more = tokens.titleAt(ahead, opening); more; more = tokens.titleAt(ahead, opening)) opening += more.words; // "Deputy Minister"
  if (!OPENING_LINKS.has(tokens.word(ahead[opening]))) return undefined;
  const end = chainEnd(tokens, links, ahead, opening);
  // The name is in the first group of capitalised words that holds one after a part of the chain:
  // "... Emergency Relief Coordinator | Tom Fletcher and ...", not the name of another title after "and".
  for (let from = opening; from < end;) {
    while (from < end && links.has(tokens.word(ahead[from]))) from++;
    let groupEnd = from;
    while (groupEnd < end && !links.has(tokens.word(ahead[groupEnd]))) groupEnd++;
    const name = nameAfterLastPart(tokens, ahead, from, groupEnd);
    if (name) {
      const role = ahead.slice(0, from + name.cut + 1);
      return { info: head.info, role, name: name.toks, parts: partsOf(tokens, links, role, opening) };
    }
    from = groupEnd;
  }
  return undefined;
}

/** In the group ahead[from, end): the proper nouns after its last word that ends a part of the chain. */
function nameAfterLastPart(tokens: ChainTokens, ahead: number[], from: number, end: number): { cut: number; toks: number[] } | undefined {
  for (let cut = end - 1; cut >= from; cut--) {
    if (!tokens.endsPart(ahead, cut)) continue;
    const toks = ahead.slice(cut + 1, end);
    const words = toks.filter((t) => !isHyphen(tokens.word(t)));
    const isName = words.length > 0 && words.length <= MAX_NAME_WORDS && words.every((t) => tokens.isProperNoun(t)) &&
      !isHyphen(tokens.word(toks[0])); // "Jean-Pierre Lacroix"
    return isName ? { cut: cut - from, toks } : undefined;
  }
  return undefined;
}

/** Index in `ahead` just past the chain: links and capitalised words (hyphens inside words) after the opening link. */
function chainEnd(tokens: ChainTokens, links: Set<string>, ahead: number[], opening: number): number {
  let end = opening;
  for (; end < ahead.length; end++) {
    const t = ahead[end];
    const w = tokens.word(t);
    const hyphen = isHyphen(w) && end > 0 && end + 1 < ahead.length && tokens.joined(ahead[end - 1], t) && tokens.joined(t, ahead[end + 1]);
    if (!links.has(w) && !hyphen && !tokens.isCapitalised(t)) break;
  }
  while (end > opening && links.has(tokens.word(ahead[end - 1]))) end--;
  return end;
}

function isHyphen(word: string): boolean {
  return word === "-" || word === "\u2011";
}

function partsOf(tokens: ChainTokens, links: Set<string>, role: number[], opening: number): TitleChain["parts"] {
  const parts: TitleChain["parts"] = [];
  let link = "";
  for (let k = opening; k < role.length; k++) {
    const w = tokens.word(role[k]);
    if (links.has(w)) {
      if (w !== "the") link = w;
      continue;
    }
    const last = parts[parts.length - 1];
    if (last && k > opening && !links.has(tokens.word(role[k - 1]))) last.toks.push(role[k]);
    else parts.push({ link, toks: [role[k]] });
  }
  return parts;
}

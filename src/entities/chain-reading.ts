// Title chains read on the document's tokens: the chain's person with the whole chain as role, the places
// and bodies named inside it, and the qualifier before it ("UN", "Turkish"). The chain's shape is in title-chain.ts.
import { nameKey } from "../kb/index.ts";
import type { KbEntry } from "../kb/index.ts";
import type { Reader } from "./reader.ts";
import { readTitleChain, type ChainTokens, type TitleChain } from "./title-chain.ts";

/**
 * A title chain at token i, perhaps after a nationality or an organisation ("UN Under-Secretary-General
 * for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher"): the person, with the chain as
 * role. Returns the last token of the name, or -1 when no chain starts here.
 */
export function readChainAt(r: Reader, i: number): number {
  let at = i;
  let qualifier: { toks: number[]; entry?: KbEntry; country?: string } | undefined;
  if (!r.titleAt(tokensFrom(r, i, r.lex.titleWords), 0) && !r.lex.titleModifiers.has(r.lower(i))) {
    const toks = [i];
    for (let k = r.next(i); toks.length < 3 && k >= 0 && r.isCapitalised(k) && !r.lex.titleStarts.has(nameKey(r.word(k))); k = r.next(k)) toks.push(k);
    for (let n = toks.length; n > 0 && !qualifier; n--) {
      const part = toks.slice(0, n);
      const demonym = r.kb.demonyms.get(r.keyOf(part));
      const entry = demonym ? undefined : r.entryFor(part);
      if (demonym || (entry && entry.type !== "PERSON")) qualifier = { toks: part, entry, country: demonym ?? entry?.country };
    }
    if (!qualifier) return -1;
    at = r.next(qualifier.toks[qualifier.toks.length - 1]);
    if (at < 0) return -1;
  }
  const chain = readTitleChain(chainTokens(r), r.names.chainLinks, at);
  if (!chain) return -1;
  if (qualifier) r.addQualifier(qualifier.toks, qualifier.entry, qualifier.country);
  const ofCountry = readChainParts(r, chain.parts);
  const known = r.entryFor(chain.name);
  const possessor = r.previousRun?.possessive && r.prev(r.prev(i)) === r.previousRun.toks[r.previousRun.toks.length - 1]
    ? r.previousRun.mentions[r.previousRun.mentions.length - 1] : undefined;
  r.mentions.push({
    ...r.span(chain.name), type: "PERSON", source: "entities/title-chain", title: r.textOf(chain.role),
    roleKey: chain.info.role, sector: chain.info.sector, kb: known?.type === "PERSON" ? known : undefined,
    country: (known?.type === "PERSON" ? known.country : undefined) ?? qualifier?.country ?? possessor?.country ?? possessor?.kb?.country ?? ofCountry,
    pastRole: r.lex.titleModifiers.has(r.lower(r.prev(i))),
  });
  return chain.name[chain.name.length - 1];
}

/** Up to `count` tokens from token i ("Under-Secretary-General" is five of them). */
function tokensFrom(r: Reader, i: number, count: number): number[] {
  const toks: number[] = [];
  for (let k = i; k >= 0 && toks.length < count; k = r.next(k)) toks.push(k);
  return toks;
}

/**
 * Known places and bodies named inside a title chain are mentions, not speakers ("the Middle East",
 * "Islamic Azad University"); the country of one the title is "of" is the person's when nothing else gives one.
 */
function readChainParts(r: Reader, parts: TitleChain["parts"]): string | undefined {
  let ofCountry: string | undefined;
  for (const { link, toks } of parts) {
    const entry = r.entryFor(toks);
    const last = nameKey(r.word(toks[toks.length - 1]));
    if (entry && entry.type !== "PERSON") r.addKnown(toks, entry, "entities/gazetteer");
    else if (toks.length > 1 && r.lex.orgCues.has(last)) r.mentions.push({ ...r.span(toks), type: "ORG", source: "entities/org-cue", country: r.orgCountry(toks) });
    if (link === "of") ofCountry ??= entry?.country ?? r.orgCountry(toks);
  }
  return ofCountry;
}

/** The token questions a title chain asks, answered on this document's tokens. */
function chainTokens(r: Reader): ChainTokens {
  return {
  word: (t) => r.word(t),
  next: (t) => r.next(t),
  joined: (a, b) => r.joined(a, b),
  isCapitalised: (t) => r.isCapitalised(t) && r.pos[t] !== "PUNCT",
  isProperNoun: (t) => r.isCapitalised(t) && r.pos[t] === "PROPN" && !r.isCueWord(t) && !r.lex.notNames.has(r.word(t)),
  titleAt: (toks, p) => r.titleAt(toks, p),
  isTitleModifier: (t) => r.lex.titleModifiers.has(r.lower(t)),
  endsPart: (toks, p) => endsChainPart(r, toks, p),
};
}

/** "Affairs", "Operations", "Ministry", "Coordinator", "Pacific", "Middle East": the end of a part of a title chain. */
function endsChainPart(r: Reader, toks: number[], p: number): boolean {
  const key = nameKey(r.word(toks[p]));
  if (r.names.portfolioWords.has(key) || r.isCueWord(toks[p])) return true;
  for (let from = Math.max(0, p - 3); from <= p; from++) {
    const entry = r.entryFor(toks.slice(from, p + 1));
    if (entry && entry.type !== "PERSON") return true;
  }
  return false;
}

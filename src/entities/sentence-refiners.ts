// Refiners of one sentence's mentions, once all its recognisers have run: the wire in the dateline is a
// news organisation, a lone first name shares the family name after "and", and a person takes the
// country an apposition gives.
import { tokensIn } from "../segment/index.ts";
import type { Mention } from "./mention.ts";
import { CAPITALS, LOWER_WORD_OR_DASH } from "./reader.ts";
import type { Reader } from "./reader.ts";

const DATELINE_DASHES = new Set(["-", "\u2013", "\u2014", ":"]);
const DATELINE_WORD = /^(?:[,./]|\d{1,4})$/;

/** The wire or outlet named in the dateline is an organisation of the news media, whatever its name looks like. */
export function sourceOfDateline(r: Reader, mentions: Mention[]): void {
  const agency = mentions.find((m) => isDatelineSource(r, tokensIn(r.segments, m.start, m.end)));
  if (!agency || agency.kb?.type === "ORG") return;
  Object.assign(agency, { type: "ORG", source: "entities/dateline-source", code: "MED", kb: undefined, weak: false, title: undefined, roleKey: undefined });
}

/** "Gali and Ziv Berman", "Bill and Hillary Clinton": a lone first name shares the family name after "and". */
export function sharedFamilyNames(r: Reader, mentions: Mention[]): void {
  for (let n = 0; n + 1 < mentions.length; n++) {
    const lone = mentions[n];
    const full = mentions[n + 1];
    if (!lone.weak || lone.type === "ORG" || full.type !== "PERSON" || full.kb) continue;
    const between = r.text.slice(lone.end, full.start).trim();
    const family = r.text.slice(full.start, full.end).trim().split(/\s+/);
    if (between !== "and" || family.length !== 2) continue;
    lone.name = `${r.text.slice(lone.start, lone.end)} ${family[1]}`;
    lone.weak = false;
    lone.type = "PERSON";
  }
}

/**
 * A person without a country takes the one the apposition after the name gives: "Ahmed Sharif
 * Chaudhry, director-general of the Inter-Services Public Relations", "Oleh Petrenko, a Ukrainian
 * army spokesman", "Olga Stefanishyna, Ukraine's ambassador".
 */
export function countriesFromAppositions(r: Reader, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "PERSON" || m.country || m.description) continue;
    const inside = tokensIn(r.segments, m.start, m.end);
    let k = r.next(inside[inside.length - 1]);
    if (k < 0 || r.word(k) !== ",") continue;
    let linked = false; // "of" or "for" seen: what follows is what the person belongs to
    for (let n = 0; n < 7 && (k = r.next(k)) >= 0; n++) {
      const w = r.word(k);
      if (w === "of" || w === "for") linked = true;
      if (LOWER_WORD_OR_DASH.test(w)) continue;
      const named = mentions.find((x) => x.start === r.starts[k]);
      const country = named?.country ?? named?.kb?.country;
      const after = named ? r.next(tokensIn(r.segments, named.start, named.end).pop()!) : -1;
      const possessive = /^['\u2019]s$/.test(r.word(after));
      const titled = r.lex.titles.has(r.lower(after)); // "a Ukrainian army spokesman"
      if (country && named!.type !== "PERSON" && (linked || possessive || titled || named!.type === "NORP")) m.country = country;
      break;
    }
  }
}

/**
 * The wire or outlet of a dateline, in brackets before its dash ("KUALA LUMPUR (Reuters) -", "ANKARA,
 * May 14 (Desk) -") or after its comma ("Tehran, IRNA -"): the article's source, never a person.
 */
function isDatelineSource(r: Reader, toks: number[]): boolean {
  if (r.sentence !== r.segments.sentences[0]) return false;
  const before = r.prev(toks[0]);
  const after = r.next(toks[toks.length - 1]);
  const bracketed = r.word(before) === "(" && r.word(after) === ")" && DATELINE_DASHES.has(r.word(r.next(after)));
  // after a comma, an agency is written in capitals ("Tehran, IRNA -"); a region is not ("ERBIL, Kurdistan Region -")
  const afterComma = r.word(before) === "," && DATELINE_DASHES.has(r.word(after)) && toks.every((t) => CAPITALS.test(r.word(t)));
  if (!bracketed && !afterComma) return false;
  // before it, only the dateline: a place, then perhaps a region or a date ("May 14", "Sept. 3")
  let p = r.prev(before);
  while (p >= 0 && (DATELINE_WORD.test(r.word(p)) || r.isCapitalised(p))) p = r.prev(p);
  return p < 0 && r.prev(before) >= 0;
}

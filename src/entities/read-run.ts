// One run of capitalised words, read by the run recognisers in order: a titled place, a known name with
// its country's possessive, an institution ("Israeli military"), the knowledge base, a nationality's
// organisation, then (outside headlines) foreign organisations, toponyms, titled names, affiliations,
// cue words, and what is left: known names and unknown ones. An acronym in brackets after it follows.
import { countryOfKey, lookupName, nameKey } from "../kb/index.ts";
import type { Mention } from "./mention.ts";
import { ACRONYM, LOWER_WORD } from "./reader.ts";
import type { Reader, Run } from "./reader.ts";
import { readCued, readForeignOrg, readTitledPlace, readToponym, segment } from "./cued.ts";
import { knownWithFunctionWord, opensTitle } from "./runs.ts";
import { applyTitleBefore, readPersonOf, readTitled } from "./titled.ts";

export function readRun(r: Reader, run: Run): void {
  let toks = run.toks;
  while (toks.length && r.lex.notNames.has(r.word(toks[0])) && !knownWithFunctionWord(r, toks[0]) && !opensTitle(r, toks[0])) toks = toks.slice(1);
  // "Businessman Samuel Doria Medina": a common noun opening the sentence describes the name after it
  if (toks.length > 2 && r.isSentenceStart(toks[0]) && r.lex.occupationNouns.has(r.lower(toks[0]))) toks = toks.slice(1);
  // "Centrist Elena Lasconi": so does a political descriptor, unless it names a party ("Conservative Party")
  if (toks.length > 1 && r.isSentenceStart(toks[0]) && r.lex.politicalDescriptors.has(r.lower(toks[0])) &&
      !r.entryFor(toks) && !toks.some((t) => r.isCueWord(t))) toks = toks.slice(1);
  // "Senior Iranian officials", "Top Russian diplomats": a word opening the sentence before a nationality
  // describes the people after it
  if (toks.length > 1 && r.isSentenceStart(toks[0]) && r.kb.demonyms.has(nameKey(r.word(toks[1]))) &&
      !r.kb.demonyms.has(nameKey(r.word(toks[0]))) && !r.entryFor(toks.slice(0, 1)) &&
      !r.entryFor(toks)) toks = toks.slice(1);
  toks = r.trimConnectors(toks);
  if (!toks.length) return;
  const acronym = bracketedAcronym(r, toks[toks.length - 1]);
  const before = r.mentions.length;
  readNameTokens(r, toks, run);
  run.mentions = r.mentions.slice(before);
  if (acronym >= 0 && run.mentions.length) addAcronym(r, acronym, run.mentions[run.mentions.length - 1]);
}

export function readNameTokens(r: Reader, toks: number[], run: Run): void {
  if (readTitledPlace(r, toks)) return;
  while (toks.length > 1 && r.lex.honorifics.has(nameKey(r.word(toks[0])))) toks = toks.slice(1);
  if (readWithPossessor(r, toks, run) || readInstitution(r, toks, run)) return;
  const whole = r.entryFor(toks);
  if (whole) {
    r.addKnown(toks, whole, "entities/gazetteer");
    applyTitleBefore(r, toks, run);
    return;
  }
  if (readNationalOrg(r, toks)) return;
  if (r.headline) return segment(r, toks);
  if (readForeignOrg(r, toks) || readToponym(r, toks)) return;
  if (readTitled(r, toks, run)) return;
  if (readPersonOf(r, toks) || readCued(r, toks)) return;
  segment(r, toks);
  applyTitleBefore(r, toks, run);
}

/** "China's Coast Guard": a known name written with its country's possessive. */
function readWithPossessor(r: Reader, toks: number[], run: Run): boolean {
  const prev = r.previousRun;
  if (!prev?.possessive || r.prev(r.prev(toks[0])) !== prev.toks[prev.toks.length - 1]) return false;
  const entry = r.entryFor([...prev.toks, ...toks]);
  if (!entry || entry.kind === "country") return false;
  r.mentions.splice(r.mentions.length - prev.mentions.length, prev.mentions.length);
  prev.mentions = [];
  r.mentions.push({ start: r.starts[prev.toks[0]], end: r.ends[toks[toks.length - 1]], type: entry.type,
    source: "entities/gazetteer", kb: entry, country: entry.country });
  run.mentions = [];
  return true;
}

/**
 * A nationality or country before a name: a known organisation ("Sudanese Rapid Support Forces"), or
 * the state itself ("Colombian Government").
 */
function readNationalOrg(r: Reader, toks: number[]): boolean {
  if (toks.length < 2) return false;
  const country = r.countryOfWord(toks[0]);
  if (!country) return false;
  const rest = toks.slice(1);
  const entry = r.entryFor(rest);
  if (entry?.type === "ORG") {
    r.mentions.push({ ...r.span(toks), type: "ORG", source: "entities/gazetteer", kb: entry, country: entry.country ?? country });
    return true;
  }
  if (rest.length === 1 && r.lex.stateNouns.has(nameKey(r.word(rest[0])))) {
    const state = r.kb.countries.get(country)!;
    r.mentions.push({ ...r.span(toks), type: state.type, source: "link/government-as-state", kb: state, country });
    return true;
  }
  return false;
}

/**
 * A country or nationality followed by lower-case words that the knowledge base knows together
 * ("Israeli military", "Myanmar's military": the armed forces), or by a word for its government
 * ("the Colombian government": the state itself).
 */
function readInstitution(r: Reader, toks: number[], run: Run): boolean {
  const key = r.keyOf(toks);
  const country = countryOfKey(r.kb, key);
  // "the UN human rights office", "the U.N. nuclear watchdog": an organisation's body known by such words.
  if (!country && !r.kb.byName.get(key)?.some((e) => e.kind === "org")) return false;
  let k = r.next(toks[toks.length - 1]);
  if (run.possessive) k = r.next(k);
  const words: number[] = [];
  // "Sudan's army" is known as "Sudanese army": try the country's nationality words too.
  const forms = [r.textOf(toks), ...(country ? r.kb.countries.get(country)?.demonyms ?? [] : [])];
  for (let n = 0; n < 3 && k >= 0 && LOWER_WORD.test(r.word(k)); n++, k = r.next(k)) {
    words.push(k);
    const tail = r.textOf(words);
    if (r.word(r.next(k)) === "-" && r.joined(k, r.next(k))) return false; // "Sudan's army-led government"
    const known = forms.map((f) => lookupName(r.kb, `${f} ${tail}`)[0]).find(Boolean);
    const target = known ?? (country && n === 0 && r.lex.stateNouns.has(r.word(k)) ? r.kb.countries.get(country) : undefined);
    if (!target) continue;
    // "Russia's foreign ministry" names Russia too; "the Russian military" names no place.
    const possessor = run.possessive && country ? r.kb.countries.get(country) : undefined;
    if (possessor && possessor !== target) r.addKnown(toks, r.entryFor(toks) ?? possessor, "entities/gazetteer");
    r.mentions.push({ start: r.starts[toks[0]], end: r.ends[k], type: target.type, kb: target,
      country: target.country ?? country, source: known ? "entities/gazetteer" : "link/government-as-state" });
    return true;
  }
  return false;
}

/** "(ISPR)" right after a name: the acronym, pointing at the mention it abbreviates. */
function bracketedAcronym(r: Reader, last: number): number {
  const open = r.next(last);
  if (open < 0 || r.word(open) !== "(") return -1;
  const acr = r.next(open);
  const close = r.next(acr);
  if (acr < 0 || close < 0 || r.word(close) !== ")" || !ACRONYM.test(r.word(acr).replace(/\./g, ""))) return -1;
  return acr;
}

/** "(ISPR)" after a name; a known acronym of something else ("GENEVA (AP)") is a name of its own. */
function addAcronym(r: Reader, acr: number, of: Mention): void {
  const entry = r.kb.byName.get(nameKey(r.word(acr)))?.[0];
  if (entry && entry !== of.kb) return r.addKnown([acr], entry, "entities/gazetteer");
  if (of.type === "PERSON" && !of.kb && of.source === "entities/proper-noun-chunk") of.type = "ORG";
  if (of.type !== "ORG") return;
  r.mentions.push({ start: r.starts[acr], end: r.ends[acr], type: of.type, source: "entities/acronym",
    acronymOf: of, kb: entry, country: of.country });
}

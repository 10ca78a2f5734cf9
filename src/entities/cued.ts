// Names typed by their cue words: foreign organisations ("Frente Amplio"), toponyms ("Wadi Gaza"), events
// and organisations by their last word ("Rapid Support Forces"), places before a place noun; and the run
// cut into known names, longest first, with unknown names between them.
import { nameKey } from "../kb/index.ts";
import { ACRONYM } from "./reader.ts";
import type { Reader } from "./reader.ts";
import { readTitled } from "./titled.ts";
import { addUnknown, beforePlaceNoun } from "./unknown-names.ts";

/**
 * "Frente Amplio", "Foro de Sao Paulo", "Partido Socialista leader ...": a name opened by an organisation's
 * word of another language is an organisation, up to a title after it, whatever places it contains.
 */
export function readForeignOrg(r: Reader, toks: number[]): boolean {
  if (toks.length < 2 || !r.lex.orgStarts.has(nameKey(r.word(toks[0])))) return false;
  let end = 1;
  while (end < toks.length && !r.titleAt(toks, end)) end++;
  if (end < 2) return false;
  const head = r.trimConnectors(toks.slice(0, end));
  r.mentions.push({ ...r.span(head), type: "ORG", source: "entities/org-cue", country: r.orgCountry(head) });
  const tail = toks.slice(end);
  if (tail.length) readTitled(r, tail, { toks: tail, possessive: false, mentions: [] });
  return true;
}

/** "Ras Beirut", "Wadi Gaza", "Bint Jbeil": a toponymic head and what follows are one place. */
export function readToponym(r: Reader, toks: number[]): boolean {
  if (toks.length < 2 || !r.lex.toponymHeads.has(nameKey(r.word(toks[0])))) return false;
  if (toks.some((t) => r.isCueWord(t))) return false; // "Bab al-Hawa Crossing", "Deir el-Balah Hospital": the cue decides
  r.mentions.push({ ...r.span(toks), type: "GPE", source: "entities/place-cue" });
  return true;
}

/** Organisation and place cues: "Rapid Support Forces", "Khatam al-Anbiya Central Headquarters Gholam Ali Rashid". */
export function readCued(r: Reader, toks: number[]): boolean {
  // The event cue ends the name or is followed by what it is for: "Washington Accords for Peace and Prosperity".
  const eventCue = toks.findIndex((t, k) => k > 0 && r.lex.eventCues.has(nameKey(r.word(t))) &&
    (k === toks.length - 1 || ["for", "of", "on"].includes(r.word(toks[k + 1]))));
  if (eventCue > 0) {
    // "Minsk Agreement", "World War Two": an event or treaty named after a place is not the place.
    r.mentions.push({ ...r.span(toks), type: "EVENT", source: "entities/event-cue" });
    return true;
  }
  for (let k = toks.length - 1; k >= 0; k--) {
    const key = nameKey(r.word(toks[k]));
    const isOrg = r.lex.orgCues.has(key);
    const placeType = r.lex.placeCues.get(key);
    if (!isOrg && !placeType) continue;
    // A name may go on after its cue: "Joint Base Elmendorf-Richardson" (a place), "Atomic Energy
    // Organization of Iran" (joined by "of"): then the whole run is the name.
    const whole = !!placeType || (k + 1 < toks.length && r.lower(toks[k + 1]) === "of");
    // ...unless a known name ends the run ("Ministers of the Association of Southeast Asian Nations").
    if (whole && toks.some((_, p) => p > 0 && r.entryFor(toks.slice(p)))) return false;
    const head = whole ? toks : toks.slice(0, k + 1);
    const tail = whole ? [] : toks.slice(k + 1);
    if (head.length === 1) return false;
    if (tail.length === 1) return false;
    const country = r.orgCountry(head.slice(0, -1));
    r.mentions.push({ ...r.span(head), type: isOrg ? "ORG" : placeType!, source: isOrg ? "entities/org-cue" : "entities/place-cue", country });
    const before = r.mentions.length;
    if (tail.length && readTitled(r, tail, { toks: tail, possessive: false, mentions: [] })) {
      for (const m of r.mentions.slice(before)) if (m.type === "PERSON") m.country ??= country;
    } else if (tail.length) {
      const known = r.entryFor(tail);
      r.mentions.push({ ...r.span(tail), type: "PERSON", source: "entities/org-then-person", kb: known?.type === "PERSON" ? known : undefined, country: known?.country ?? country });
    }
    return true;
  }
  return false;
}

/**
 * "Albert Ondo Ossa", "María Lima Santos": a known given name opening three or four proper nouns makes
 * them one person's name, whatever places share names with the others (places are not named with a
 * given name first).
 */
function readGivenNameFirst(r: Reader, toks: number[]): boolean {
  if (r.headline || toks.length < 3 || toks.length > 4 || !r.lex.givenNames.has(nameKey(r.word(toks[0])))) return false;
  const nameLike = (t: number) => r.isCapitalised(t) && r.pos[t] === "PROPN" && !r.isCueWord(t) && !ACRONYM.test(r.word(t)) &&
    !r.kb.demonyms.has(nameKey(r.word(t))) && !r.kb.byName.get(nameKey(r.word(t)))?.some((e) => e.kind === "country");
  if (!toks.every(nameLike) || r.entryFor(toks)) return false;
  r.mentions.push({ ...r.span(toks), type: "PERSON", source: "entities/proper-noun-chunk" });
  return true;
}

/** Known names, longest first, left to right; what is left over are unknown names. */
export function segment(r: Reader, toks: number[]): void {
  if (readNamedAfterPlace(r, toks) || readGivenNameFirst(r, toks)) return;
  let p = 0;
  let unknownFrom = -1;
  const flush = (end: number) => {
    if (unknownFrom >= 0) addUnknown(r, r.trimConnectors(toks.slice(unknownFrom, end)), toks);
    unknownFrom = -1;
  };
  while (p < toks.length) {
    // a lower-case particle inside a name is no name of its own: "van" in "Alberto van Klaveren" is not the city of Van
    const particle = r.lex.nameConnectors.has(r.lower(toks[p])) || (r.lex.nameParticles.has(r.word(toks[p])) && toks.length > 1);
    const hit = particle ? undefined : r.knownAt(toks, p);
    if (hit) {
      // A country or city followed by one unknown word is a person named like it: "Israel Katz".
      const tail = toks.slice(p + hit.words);
      if (!r.headline && p === 0 && hit.words === 1 && tail.length === 1 && hit.entry.type === "GPE" && !r.knownAt(tail, 0) &&
          r.isCapitalised(tail[0]) && !ACRONYM.test(r.word(tail[0])) && !r.isCueWord(tail[0]) &&
          !r.names.numbered.test(r.word(tail[0])) && !r.kb.demonyms.has(nameKey(r.word(toks[0]))) && !r.afterDefiniteArticle(toks[0])) {
        r.mentions.push({ ...r.span(toks), type: "PERSON", source: "entities/proper-noun-chunk" });
        return;
      }
      // "the Sahel Security Monitor", "the Kyiv Independent": a place then unknown words after "the" name an organisation.
      if (!r.headline && p === 0 && tail.length && hit.entry.type !== "PERSON" && hit.entry.type !== "ORG" &&
          r.afterDefiniteArticle(toks[0]) && tail.every((t) => r.isCapitalised(t) && !r.knownAt([t], 0))) {
        r.mentions.push({ ...r.span(toks), type: "ORG", source: "entities/org-after-place", country: hit.entry.country });
        return;
      }
      // "Social Democrats", "Sweden Democrats": a known group word ("Democrats") qualified by an unknown word is another group.
      // In the plural it names a party ("the Free Democrats"), as "Democrats" alone names one.
      if (unknownFrom >= 0 && p === toks.length - 1 && hit.words === 1 && r.lex.norpCues.has(nameKey(r.word(toks[p])))) {
        const plural = /s$/.test(r.word(toks[p]));
        r.mentions.push({ ...r.span(toks.slice(unknownFrom)), type: plural ? "ORG" : "NORP", source: "entities/proper-noun-chunk" });
        return;
      }
      // "Samuel Doria Medina": two unknown given names before a city's name make a person's name, as does
      // one known given name ("Fernando Villavicencio"), which also makes a person of a country's name ("Luís Montenegro").
      const knownGiven = p - unknownFrom === 1 && r.lex.givenNames.has(nameKey(r.word(toks[unknownFrom])));
      const givenNames = p - unknownFrom >= 2 || knownGiven;
      if (!r.headline && unknownFrom >= 0 && givenNames && p === toks.length - 1 && hit.words === 1 &&
          (hit.entry.kind === "city" || (knownGiven && hit.entry.kind === "country")) &&
          toks.slice(unknownFrom, p).every((t) => r.pos[t] === "PROPN" && !r.isCueWord(t) && !r.lex.placeStarts.has(nameKey(r.word(t))) &&
            !r.kb.demonyms.has(nameKey(r.word(t))))) {
        r.mentions.push({ ...r.span(toks.slice(unknownFrom)), type: "PERSON", source: "entities/proper-noun-chunk" });
        return;
      }
      // A known person's family name after an unknown given name is someone else of that family: "Tiffany Trump".
      if (!r.headline && unknownFrom >= 0 && p === toks.length - 1 && hit.words === 1 && hit.entry.type === "PERSON" &&
          p - unknownFrom <= 2 && toks.slice(unknownFrom, p).every((t) => r.isCapitalised(t) && !r.entryFor([t]) &&
            !r.lex.titles.has(nameKey(r.word(t))) && !r.lex.honorifics.has(nameKey(r.word(t))))) {
        r.mentions.push({ ...r.span(toks.slice(unknownFrom)), type: "PERSON", source: "entities/proper-noun-chunk" });
        return;
      }
      flush(p);
      r.addKnown(toks.slice(p, p + hit.words), hit.entry, "entities/gazetteer");
      p += hit.words;
    } else {
      if (unknownFrom < 0) unknownFrom = p;
      p++;
    }
  }
  flush(p);
}

/** "Echo of the Caucasus", "University of Tehran": an unknown name "of" a known place is an organisation. */
function readNamedAfterPlace(r: Reader, toks: number[]): boolean {
  if (r.headline) return false;
  const of = toks.findIndex((t) => r.word(t) === "of");
  if (of < 1) return false;
  const head = toks.slice(0, of);
  const place = toks.slice(r.lower(toks[of + 1]) === "the" ? of + 2 : of + 1);
  const entry = place.length ? r.entryFor(place) : undefined;
  if (!entry || entry.type === "PERSON" || entry.type === "ORG" || r.knownAt(head, 0)) return false;
  // "Rebecca Felton of Georgia" is a person from a place: the head must read as an organisation.
  if (head.length > 1 && !head.some((t) => r.lex.orgCues.has(nameKey(r.word(t))))) return false;
  if (head.some((t) => r.lex.norpCues.has(nameKey(r.word(t))))) return false;
  if (head.some((t) => r.lex.titles.has(nameKey(r.word(t))))) return false;
  r.mentions.push({ ...r.span(toks), type: "ORG", source: "entities/org-of-place", country: entry.country });
  return true;
}

/** "the Sheikh Jarrah neighbourhood", "the Imam Ali shrine area": before a place noun, a title or honorific opens a place's name. */
export function readTitledPlace(r: Reader, toks: number[]): boolean {
  const first = nameKey(r.word(toks[0]));
  if (toks.length < 2 || !(r.lex.titles.has(first) || r.lex.honorifics.has(first))) return false;
  if (r.entryFor(toks) || !beforePlaceNoun(r, r.next(toks[toks.length - 1]))) return false;
  r.mentions.push({ ...r.span(toks), type: "GPE", source: "entities/place-noun", locative: true });
  return true;
}

// Runs of capitalised words: where a name may start (capitals, particles such as "al-" or "van", known
// names opened by a function word) and how far it goes on (particles, connectors, hyphenated syllables,
// known names through "and" or a possessive, quoted nicknames): "Badr bin Hamad Al Busaidi",
// "Association of Southeast Asian Nations", "Democratic People's Republic of Korea".
import { nameKey } from "../kb/index.ts";
import { QUOTE_MARK } from "./reader.ts";
import type { Reader, Run } from "./reader.ts";

export function startsName(r: Reader, i: number): boolean {
  if (r.pos[i] === "SPACE" || r.pos[i] === "PUNCT") return false;
  if (!r.isCapitalised(i)) return particleStart(r, i) || knownParticleName(r, i) || surnameStart(r, i);
  if (r.lex.notNames.has(r.word(i))) return knownWithFunctionWord(r, i) || opensTitle(r, i);
  if (r.isSentenceStart(i) && (r.pos[i] !== "PROPN" || r.lemma[i] !== r.lower(i))) return knownStart(r, i);
  return true;
}

/** "First Minister", "Acting President": a word that is no name alone opens a title with the next. */
export function opensTitle(r: Reader, i: number): boolean {
  const n = r.next(i);
  return n >= 0 && r.isCapitalised(n) && r.lex.titles.has(r.keyOf([i, n]));
}

/** "The Hague", "The Gambia": a known name that begins with a function word. */
export function knownWithFunctionWord(r: Reader, i: number): boolean {
  const n = r.next(i);
  return n >= 0 && r.isCapitalised(n) && r.kb.byName.has(r.keyOf([i, n])) &&
    !r.kb.byName.has(nameKey(r.word(n)));
}

/** "al Qaeda", "al Shabaab": a known name that begins with a lower-case particle written apart. */
function knownParticleName(r: Reader, i: number): boolean {
  if (!r.lex.nameParticles.has(r.word(i)) || r.lex.nameConnectors.has(r.word(i))) return false;
  const n = r.next(i);
  return n >= 0 && r.isCapitalised(n) && r.kb.byName.has(r.keyOf([i, n]));
}

/** "el-Fasher", "al-Sharaa": a lower-case particle written onto a capitalised name. */
function particleStart(r: Reader, i: number): boolean {
  const dash = r.next(i);
  const name = r.next(dash);
  return r.lex.nameParticles.has(r.word(i)) && !r.lex.nameConnectors.has(r.word(i)) &&
    dash >= 0 && r.word(dash) === "-" && r.joined(i, dash) && name >= 0 && r.joined(dash, name) &&
    r.isCapitalised(name);
}

/** "said van Klaveren", "met de la Fuente": a lower-case particle written apart before an unknown family name. */
function surnameStart(r: Reader, i: number): boolean {
  if (!r.names.surnameParticles.has(r.word(i))) return false;
  let k = r.next(i);
  if (k >= 0 && r.lex.nameParticles.has(r.word(k)) && !r.lex.nameConnectors.has(r.word(k))) k = r.next(k);
  return k >= 0 && r.isCapitalised(k) && r.pos[k] === "PROPN" && !r.lex.notNames.has(r.word(k)) &&
    !r.kb.byName.has(nameKey(r.word(k)));
}

/**
 * A capitalised first word of a sentence that wink does not tag as a proper noun starts a name only
 * when the name is known ("Democratic Republic of the Congo", "Russian") or goes on with a proper
 * noun; a known city alone is not enough ("Simmering tensions").
 */
function knownStart(r: Reader, i: number): boolean {
  const key = nameKey(r.word(i));
  if (r.kb.demonyms.has(key) || r.lex.titleStarts.has(key) || r.lex.honorifics.has(key)) return true;
  if (r.kb.byName.get(key)?.some((e) => e.kind !== "city") || (r.pos[i] === "PROPN" && r.kb.byName.has(key) && r.lemma[i] === r.lower(i))) return true;
  const n = r.next(i);
  if (r.lex.orgStarts.has(key) && n >= 0 && r.isCapitalised(n)) return true; // "Partido Liberal said"
  // "Hostages Gali and Ziv Berman": an inflected common noun does not start the name after it.
  if (n >= 0 && r.isCapitalised(n) && r.pos[n] === "PROPN" && r.lemma[i] === r.lower(i)) return true;
  const toks = [i];
  for (let k = n; k >= 0 && toks.length < 6; k = r.next(k)) {
    toks.push(k);
    if (r.kb.byName.has(r.keyOf(toks))) return true;
  }
  return false;
}

export function extendRun(r: Reader, first: number): Run {
  const toks = [first];
  let last = first;
  for (;;) {
    const k = r.next(last);
    if (k < 0) break;
    const w = r.word(k);
    const after = r.next(k);
    if (r.lemma[k] === "'s" || w === "'s" || w === "\u2019s") {
      // "Democratic People's Republic of Korea": a known name that runs on through the possessive.
      const tail = (after >= 0 ? kbSpanThrough(r, toks, after)?.slice(1) : undefined) ?? possessedOrgName(r, toks, k);
      if (!tail) return { toks, possessive: true, mentions: [] };
      toks.push(k, ...tail);
      last = tail[tail.length - 1];
      continue;
    }
    // A nickname in quotes inside a name: Jorge "Tuto" Quiroga, Jimmy "Barbecue" Cherizier.
    if (QUOTE_MARK.test(w) && after >= 0 && r.isCapitalised(after) && r.lex.notNames.has(r.word(after)) === false) {
      const close = r.next(after);
      const surname = close >= 0 ? r.next(close) : -1;
      if (close >= 0 && QUOTE_MARK.test(r.word(close)) && surname >= 0 && r.isCapitalised(surname) && r.pos[surname] === "PROPN") {
        toks.push(k, after, close, surname);
        last = surname;
        continue;
      }
    }
    // A function word written with a capital inside a name ("Doctors Without Borders") goes on with it.
    const inside = r.lex.notNames.has(w) && after >= 0 && r.isCapitalised(after) && !r.lex.notNames.has(r.word(after));
    if (r.isCapitalised(k) && r.pos[k] !== "PUNCT" && (!r.lex.notNames.has(w) || inside)) {
      toks.push(k);
      last = k;
      continue;
    }
    if ((w === "-" || w === "\u2011") && r.joined(last, k) && after >= 0 && r.joined(k, after) &&
        (r.isCapitalised(after) || r.lex.nameParticles.has(r.lower(after)) || (toks.length > 1 && isNameSyllable(r, last, after)))) {
      toks.push(k, after);
      last = after;
      continue;
    }
    const lw = w.toLowerCase();
    // A known name goes on through lower-case words: "Organization for Security and Co-operation in Europe".
    const through = after >= 0 && r.kb.innerWords.has(w) ? kbSpanThrough(r, toks, after) : undefined;
    if (through) {
      toks.push(...through);
      last = toks[toks.length - 1];
      continue;
    }
    // "International Organization for Migration", "Trump Route for International Peace": "for" after a cue word.
    // "Vienna Convention on Diplomatic Relations": "on" after a treaty's cue word goes on with its subject.
    if (((lw === "for" && r.isKindCue(last)) || (lw === "on" && r.lex.eventCues.has(nameKey(r.word(last))))) && w === lw && after >= 0) {
      const target = r.lower(after) === "the" ? r.next(after) : after;
      if (target >= 0 && r.isCapitalised(target) && r.pos[target] !== "PUNCT" && !r.lex.notNames.has(r.word(target))) {
        toks.push(k, ...(target === after ? [] : [after]), target);
        last = target;
        continue;
      }
    }
    if (after >= 0 && (lw === "and" || lw === "&" || (lw === "/" && r.joined(last, k)))) {
      const span = kbSpanThrough(r, toks, after) ?? orgNameThrough(r, toks, k, after);
      if (span) {
        toks.push(...span);
        last = toks[toks.length - 1];
        continue;
      }
      break;
    }
    if (after >= 0 && r.lex.nameParticles.has(lw) && w === lw && (!r.lex.hyphenParticles.has(lw) || r.word(after) === "-")) {
      // "of the" + capital, "bin" + capital, "al-" + capital
      let target = after;
      const middle = [k];
      if ((lw === "of" || lw === "for") && r.lower(after) === "the") {
        middle.push(after);
        target = r.next(after);
      } else if (r.word(after) === "-" && r.joined(k, after)) {
        middle.push(after);
        target = r.next(after);
      }
      if (target >= 0 && r.isCapitalised(target) && r.pos[target] !== "PUNCT" && !r.lex.notNames.has(r.word(target))) {
        toks.push(...middle, target);
        last = target;
        continue;
      }
    }
    break;
  }
  return { toks, possessive: false, mentions: [] };
}

/**
 * "National People's Congress", "People's Liberation Army": an unknown word with a possessive that
 * goes on into an organisation's name (capitalised words ending in a cue). A known name before the
 * possessive ("Russia's Foreign Ministry") stays the possessor, as does a title ("the Ukrainian
 * President's Office"); a known word inside a longer name does not ("Tigray People's Liberation Front").
 */
function possessedOrgName(r: Reader, toks: number[], possessive: number): number[] | undefined {
  const possessor = r.keyOf(toks);
  if (r.kb.byName.has(possessor) || r.kb.demonyms.has(possessor) || toks.some((t) => r.lex.titles.has(nameKey(r.word(t))))) return undefined;
  const tail: number[] = [];
  for (let k = r.next(possessive); k >= 0 && r.isCapitalised(k) && tail.length < 4; k = r.next(k)) tail.push(k);
  const end = tail.length ? nameKey(r.word(tail[tail.length - 1])) : "";
  return r.lex.orgCues.has(end) ? tail : undefined;
}

/** "Duck-soo", "Won-shik": a short lower-case syllable of a hyphenated given name, not "Russia-led". */
function isNameSyllable(r: Reader, before: number, t: number): boolean {
  const w = r.word(t);
  return /^\p{Ll}{2,6}$/u.test(w) && !/(ed|ing|ly|ist|ism|ish|er|ers)$/.test(w) && !r.names.notNameSyllables.has(w) && !r.countryOfWord(before);
}

/**
 * "Department of Health and Human Services": "and" inside an organisation's name, when the run
 * already has a cue word and what follows is not a name of its own.
 */
function orgNameThrough(r: Reader, toks: number[], and: number, after: number): number[] | undefined {
  if (!toks.some((t) => r.isKindCue(t))) return undefined;
  if (!toks.some((t) => r.word(t) === "of" || r.word(t) === "for")) return undefined;
  if (!r.isCapitalised(after) || r.kb.byName.has(nameKey(r.word(after)))) return undefined;
  const tail: number[] = [];
  for (let k = after; k >= 0 && r.isCapitalised(k) && tail.length < 4; k = r.next(k)) tail.push(k);
  return [and, ...tail];
}

/**
 * "Trinidad and Tobago", "Democratic People's Republic of Korea": the joining token ("and", a possessive)
 * and the tokens after it that complete a known name starting within the run.
 */
function kbSpanThrough(r: Reader, toks: number[], afterAnd: number): number[] | undefined {
  const tail: number[] = [];
  let k = afterAnd;
  for (let n = 0; n < 7 && k >= 0; n++) {
    // a name goes on through hyphens and lower-case words, not across other punctuation, and ends on a capital
    if (r.pos[k] === "PUNCT" && r.word(k) !== "-") break;
    tail.push(k);
    for (let from = Math.max(0, toks.length - 3); r.isCapitalised(k) && from < toks.length; from++) {
      const candidate = [...toks.slice(from), r.prev(afterAnd), ...tail];
      if (r.kb.byName.has(r.keyOf(candidate))) return [r.prev(afterAnd), ...tail];
    }
    k = r.next(k);
  }
  return undefined;
}

// Titled names: "US Secretary of State Marco Rubio", "Russia's Foreign Minister Sergei Lavrov", "President of
// the Islamic Azad University Mohammad Mehdi Tehranchi", lower-case titles before a name ("State Department
// spokesman Tommy Pigott"), and a person named with what she belongs to ("Elena Lasconi of the Save Romania Union").
import { nameKey } from "../kb/index.ts";
import type { KbEntry, TitleInfo } from "../kb/index.ts";
import type { Mention } from "./mention.ts";
import { LOWER_WORD_OR_DASH } from "./reader.ts";
import type { Reader, Run } from "./reader.ts";
import { readNameTokens } from "./read-run.ts";

/**
 * [qualifier] TITLE [of ORG] [honorific] NAME: "US Secretary of State Marco Rubio", "Russia's Foreign
 * Minister Sergei Lavrov" (qualifier in the previous run), "President of the Islamic Azad University
 * Mohammad Mehdi Tehranchi", "Lieutenant General Ahmed Sharif Chaudhry".
 */
export function readTitled(r: Reader, toks: number[], run: Run): boolean {
  let p = 0;
  let qualifier: { toks: number[]; entry?: KbEntry; country?: string; org?: boolean } | undefined;
  let portfolio = 0;
  // "Vice Premier He Lifeng", "Senior General Min Aung Hlaing": a modifier or qualifier written into the title;
  // a modifier ("Vice", "Acting") never names the current holder.
  const first = r.lower(toks[0]);
  const modifier = r.lex.titleModifiers.has(first);
  const modified = toks.length > 2 && (modifier || r.lex.titleQualifiers.has(first)) && !r.titleAt(toks, 0) && r.titleAt(toks, 1) ? 1 : 0;
  p = modified;
  if (!modified && !r.titleAt(toks, 0)) {
    for (let n = Math.min(4, toks.length - 1); n > 0; n--) {
      const part = toks.slice(0, n);
      const key = r.keyOf(part);
      const demonym = r.kb.demonyms.get(key);
      const entry = demonym ? undefined : r.entryFor(part);
      // "Venezuelan Communications Minister": a nationality and a portfolio, not an organisation.
      const isOrg = !entry && !demonym && n > 1 && r.lex.orgCues.has(nameKey(r.word(part[n - 1]))) &&
        !(r.countryOfWord(part[0]) && r.names.portfolioRoles.has(r.titleAt(toks, n)?.info.role ?? ""));
      if ((demonym || isOrg || (entry && entry.type !== "PERSON")) && r.titleAt(toks, n)) {
        qualifier = { toks: part, entry, country: demonym ?? entry?.country, org: isOrg };
        p = n;
        break;
      }
    }
  }
  // "Communications Minister Freddy Ñáñez", "Venezuelan Communications Minister ...": unknown words that name
  // the portfolio of a title, after the country's nationality if any.
  if (!qualifier && !modified && !r.titleAt(toks, 0)) {
    const country = r.countryOfWord(toks[0]);
    const from = country && r.kb.demonyms.has(nameKey(r.word(toks[0]))) ? 1 : 0;
    for (let n = 1; n <= 2 && from + n < toks.length - 1; n++) {
      const head = r.titleAt(toks, from + n);
      if (head && r.names.portfolioRoles.has(head.info.role) && toks.slice(from, from + n).every((t) => (r.entryFor([t])?.type ?? "ORG") === "ORG")) {
        if (from) qualifier = { toks: [toks[0]], country };
        portfolio = n;
        p = from + n;
        break;
      }
    }
  }
  const title = r.titleAt(toks, p);
  if (!title) return false;
  const titleToks = toks.slice(p - portfolio - modified, p + title.words);
  p += title.words;
  while (p < toks.length && r.titleAt(toks, p)) p += r.titleAt(toks, p)!.words;
  let org: number[] = [];
  if (p < toks.length && r.lower(toks[p]) === "of") {
    const end = orgEnd(r, toks, p + 1);
    org = toks.slice(p + 1, end);
    p = end;
  }
  while (p < toks.length && r.lex.honorifics.has(nameKey(r.word(toks[p])))) p++;
  let rest = r.trimConnectors(toks.slice(p));
  // "Gen Z", "Generation X": a title before one bare letter is a word, not a rank and a name.
  if (rest.length === 1 && /^\p{Lu}$/u.test(r.word(rest[0]))) return true;
  if (qualifier?.org) r.mentions.push({ ...r.span(qualifier.toks), type: "ORG", source: "entities/org-cue", country: r.orgCountry(qualifier.toks) });
  else if (qualifier) r.addQualifier(qualifier.toks, qualifier.entry, qualifier.country);
  if (org.length) readNameTokens(r, r.trimConnectors(org.filter((t) => r.lower(t) !== "the")), run);
  const owner = qualifier?.country ?? r.possessorCountry(run) ?? r.orgCountry(org);
  const titleText = r.textOf(titleToks);
  if (!rest.length) {
    addTitleDescription(r, titleToks, toks, title.info.role, owner);
    return true;
  }
  // "Opposition Leader Elena Lasconi of the Save Romania Union": the person, then what she belongs to
  const of = affiliationOf(r, rest, 1);
  const affiliation = of > 0 ? rest.slice(of + 1).filter((t) => r.lower(t) !== "the") : [];
  if (of > 0) rest = rest.slice(0, of);
  const entry = r.entryFor(rest);
  const person: Mention = {
    ...r.span(rest), type: "PERSON", source: "entities/title-pattern", title: titleText,
    roleKey: title.info.role, sector: title.info.sector, country: owner,
    pastRole: (modified > 0 && modifier) || r.lex.titleModifiers.has(r.lower(r.prev(toks[0]))),
  };
  if (entry && entry.type === "PERSON") {
    person.kb = entry;
    person.country = entry.country ?? owner;
  } else if (entry && rest.length === 1 && entry.kind === "country") {
    // "President Xi" is a person even when a country shares the name; a country after a title
    // ("Minister Israel") is the start of a person's name, handled by the fallback below.
  }
  r.mentions.push(person);
  if (affiliation.length) readAffiliation(r, person, affiliation);
  return true;
}

/**
 * The "of" between a person's name and what the person belongs to ("Elena Lasconi of the Save Romania
 * Union", "Jorge Quiroga of Bolivia"): capitalised proper nouns with no cue before it (at least
 * `minWords`), an organisation's cue or a known name after it. -1 when the run has no such "of".
 */
function affiliationOf(r: Reader, toks: number[], minWords: number): number {
  const of = toks.findIndex((t) => r.word(t) === "of");
  if (of < minWords) return -1;
  const name = toks.slice(0, of);
  if (!name.every((t) => r.pos[t] === "PROPN" && r.isCapitalised(t) && !r.isCueWord(t))) return -1;
  if (name.some((t) => r.lex.orgStarts.has(nameKey(r.word(t))) || r.lex.placeStarts.has(nameKey(r.word(t))))) return -1;
  const known = r.entryFor(name);
  if (known && known.type !== "PERSON") return -1;
  const after = toks.slice(of + 1).filter((t) => r.lower(t) !== "the");
  if (!after.length) return -1;
  const entry = r.entryFor(after);
  return r.lex.orgCues.has(nameKey(r.word(after[after.length - 1]))) || (entry && entry.type !== "PERSON") ? of : -1;
}

/** What a person is "of": read as a name of its own, its country the person's when the person has none. */
function readAffiliation(r: Reader, person: Mention, toks: number[]): void {
  const before = r.mentions.length;
  readNameTokens(r, toks, { toks, possessive: false, mentions: [] });
  const group = r.mentions.slice(before).find((m) => m.type !== "PERSON");
  person.country ??= group?.country ?? group?.kb?.country;
}

/** "Elena Lasconi of the Save Romania Union said": a person named with what she belongs to, no title before. */
export function readPersonOf(r: Reader, toks: number[]): boolean {
  // one word is a name too when what it is "of" is an organisation: "Jenča of the United Nations"
  const of = affiliationOf(r, toks, 1);
  if (of < 0 || (of === 1 && r.entryFor(toks.slice(2).filter((t) => r.lower(t) !== "the"))?.type !== "ORG")) return false;
  const name = toks.slice(0, of);
  const known = r.entryFor(name);
  const person: Mention = { ...r.span(name), type: "PERSON", source: known ? "entities/gazetteer" : "entities/proper-noun-chunk",
    kb: known, country: known?.country };
  r.mentions.push(person);
  readAffiliation(r, person, toks.slice(of + 1).filter((t) => r.lower(t) !== "the"));
  return true;
}

/** The end (exclusive) of an organisation's name inside a run: up to its last cue word or known name. */
function orgEnd(r: Reader, toks: number[], from: number): number {
  let end = from;
  for (let k = from; k < toks.length; k++) {
    if (r.lex.orgCues.has(nameKey(r.word(toks[k])))) end = k + 1;
  }
  if (end > from) return end;
  const known = r.knownAt(toks, r.lower(toks[from]) === "the" ? from + 1 : from);
  return known ? (r.lower(toks[from]) === "the" ? from + 1 : from) + known.words : from;
}

/** "the Ukrainian President" without a name after it: a description of whoever holds the role. */
function addTitleDescription(r: Reader, titleToks: number[], toks: number[], role: string, country?: string): void {
  const p = r.prev(toks[0]);
  const lw = r.lower(p);
  if (lw !== "the" && !(r.previousRun?.possessive && country)) return;
  const roles = r.lex.descriptions.get(r.keyOf(titleToks)) ?? [role];
  const start = lw === "the" ? r.starts[p] : r.starts[toks[0]];
  r.mentions.push({ start, end: r.ends[titleToks[titleToks.length - 1]], type: "PERSON",
    source: "entities/description", description: roles, country });
}

/**
 * Lower-case title words just before a run ("State Department spokesman Tommy Pigott", "Trump's
 * Ukraine envoy Keith Kellogg", "IRGC chief Hossein Salami"): the run's person gets the role, and
 * the country of the run before the title (or of its possessor).
 */
export function applyTitleBefore(r: Reader, toks: number[], run: Run): void {
  const target = r.mentions[r.mentions.length - 1];
  if (!target || target.start !== r.starts[toks[0]] || (target.type !== "PERSON" && !target.weak) || target.title) return;
  let p = r.prev(toks[0]);
  const lowered: number[] = [];
  while (p >= 0 && lowered.length < 6 && LOWER_WORD_OR_DASH.test(r.word(p))) {
    lowered.unshift(p);
    p = r.prev(p);
  }
  const title = titleInLowercase(r, lowered);
  if (!title || (target.kb && target.kb.type !== "PERSON")) return;
  const { part, info } = title;
  target.type = "PERSON";
  target.weak = false;
  target.title = r.textOf(part);
  target.roleKey = info.role;
  target.sector = info.sector;
  target.source = target.kb ? target.source : "entities/title-pattern";
  target.pastRole = r.lex.titleModifiers.has(r.lower(r.prev(part[0])));
  const before = r.previousRun;
  let joint = r.prev(part[0]);
  // "Azerbaijani presidential adviser ...": adjectives between the country and the title
  while (lowered.includes(joint) && r.pos[joint] === "ADJ") joint = r.prev(joint);
  if (before?.possessive && (r.word(joint) === "'s" || r.word(joint) === "\u2019s")) joint = r.prev(joint);
  if (!target.country && before && before !== run && joint === before.toks[before.toks.length - 1]) {
    const q = before.mentions[before.mentions.length - 1];
    target.country = r.possessorCountry(before) ?? q?.country ?? q?.kb?.country;
    if (q?.kb?.type === "ORG" && q.kb.code) target.code = q.kb.code; // "Hamas official": PSEREB
  }
}

/**
 * The title among lower-case words before a name: right before it ("spokesman Tommy Pigott") or
 * followed by what it is of ("spokesperson of the armed forces Abolfazl Shekarchi").
 */
function titleInLowercase(r: Reader, words: number[]): { part: number[]; info: TitleInfo } | undefined {
  for (let k = 0; k < words.length; k++) {
    for (let n = Math.min(3, words.length - k); n > 0; n--) {
      const info = r.lex.titles.get(r.keyOf(words.slice(k, k + n)));
      // "of" must name something before the person: "spokesperson of the armed forces Abolfazl
      // Shekarchi", but in "the president of the Eurogroup" the capitalised word is what he presides.
      // "the leader of the far-right National Rally": an adjective last leaves the name as the head of the "of".
      const ofWhat = words.slice(k + n + 1).filter((t) => r.word(t) !== "the");
      const last = ofWhat[ofWhat.length - 1];
      const complete = ofWhat.length > 0 && r.pos[last] === "NOUN" && r.word(r.prev(last)) !== "-";
      if (info && (k + n === words.length || (r.word(words[k + n]) === "of" && complete))) return { part: words.slice(k), info };
    }
  }
  return undefined;
}

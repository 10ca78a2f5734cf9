// The reader of one document's mentions: the wink tokens with their words, the knowledge base and word
// lists, the mentions found so far and the sentence being read. The recognisers (runs.ts, read-run.ts,
// titled.ts, cued.ts, unknown-names.ts, descriptions.ts, chain-reading.ts) and the sentence refiners
// share it; what is here is what more than one of them asks of the tokens.
import type { Segments, Sentence } from "../model/index.ts";
import { countryOfKey, lookupName, nameKey } from "../kb/index.ts";
import type { KbEntry, KnowledgeBase, TitleInfo } from "../kb/index.ts";
import type { Mention } from "./mention.ts";
import { nameLexicon } from "./lexicon.ts";

// A capital, or a letter of a script without case (Arabic, Hebrew, Chinese): what can start a name.
export const UPPER = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
export const LOWER_WORD = /^[\p{Ll}\p{M}\p{Cf}]+$/u;
export const LOWER_WORD_OR_DASH = /^[\p{Ll}\p{M}\p{Cf}-]+$/u;
export const CAPITALS = /^\p{Lu}[\p{Lu}\p{M}.'\u2019-]*$/u;
export const ACRONYM = /^\p{Lu}[\p{Lu}0-9&]{1,6}$/u;
export const HANDLE = /^[@#]\p{L}/u;
export const DATELINE_FOLLOW = new Set([",", "(", "-", "\u2013", "\u2014", "/", ":"]);
export const QUOTE_MARK = /^["\u201c\u201d]$/;

export interface Run {
  /** Non-space token indices, in order. */
  toks: number[];
  /** Ends with a possessive 's. */
  possessive: boolean;
  mentions: Mention[];
}

export interface TitleMatch {
  words: number;
  info: TitleInfo;
}

export class Reader {
  readonly mentions: Mention[] = [];
  readonly lex;
  readonly names = nameLexicon();
  readonly starts: number[];
  readonly ends: number[];
  readonly pos: string[];
  readonly lemma: string[];
  /** Token texts and their lower-case forms, sliced once. */
  readonly words: string[];
  readonly lowers: string[];
  sentence!: Sentence;
  headline = false;
  previousRun: Run | undefined;

  constructor(readonly text: string, readonly segments: Segments, readonly kb: KnowledgeBase) {
    this.lex = kb.lexicon;
    ({ start: this.starts, end: this.ends, pos: this.pos, lemma: this.lemma } = segments.tokens);
    this.words = this.starts.map((s, i) => text.slice(s, this.ends[i]));
    this.lowers = this.words.map((w) => w.toLowerCase());
  }

  word(i: number): string {
    return this.words[i] ?? "";
  }

  isCapitalised(i: number): boolean {
    const w = this.word(i);
    return UPPER.test(w) || (HANDLE.test(w) && w.length > 2);
  }

  /** The next token that is not white space, within the sentence (-1 at its end). */
  next(i: number): number {
    for (let k = i + 1; k <= this.sentence.lastToken; k++) if (this.pos[k] !== "SPACE") return k;
    return -1;
  }

  prev(i: number): number {
    for (let k = i - 1; k >= this.sentence.firstToken; k--) if (this.pos[k] !== "SPACE") return k;
    return -1;
  }

  lower(i: number): string {
    return i < 0 ? "" : this.lowers[i];
  }

  isSentenceStart(i: number): boolean {
    const p = this.prev(i);
    return p < 0 || (this.pos[p] === "PUNCT" && /^["'\u201c\u2018(\[:\u2014\u2013-]$/.test(this.word(p)));
  }

  /** A title-case line ("Kremlin Rejects Trump's Claim"): capitals say nothing there, only known names count. */
  isHeadline(s: Sentence): boolean {
    let words = 0;
    let caps = 0;
    for (let i = s.firstToken; i <= s.lastToken; i++) {
      if (!/^\p{L}/u.test(this.word(i))) continue;
      words++;
      if (this.isCapitalised(i) && !this.lex.nameConnectors.has(this.lower(i))) caps++;
    }
    return words >= 4 && caps / words >= 0.7 && !/[.!?]["\u201d']?$/.test(this.text.slice(s.start, s.end));
  }

  /** Two tokens written together, as in "Gilboa-Dalal" or "al-Anbiya". */
  joined(a: number, b: number): boolean {
    return this.ends[a] === this.starts[b];
  }

  keyOf(toks: number[]): string {
    let s = "";
    for (let n = 0; n < toks.length; n++) {
      const t = toks[n];
      if (n > 0 && !this.joined(toks[n - 1], t)) s += " ";
      s += this.word(t);
    }
    return nameKey(s);
  }

  span(toks: number[]): { start: number; end: number } {
    return { start: this.starts[toks[0]], end: this.ends[toks[toks.length - 1]] };
  }

  trimConnectors(toks: number[]): number[] {
    let end = toks.length;
    while (end > 0 && (this.lex.nameConnectors.has(this.lower(toks[end - 1])) || this.word(toks[end - 1]) === "-")) end--;
    return end === toks.length ? toks : toks.slice(0, end);
  }

  entryFor(toks: number[]): KbEntry | undefined {
    const found = lookupName(this.kb, this.keyOf(toks));
    return found[0];
  }

  /** Longest title at position p of the run. */
  titleAt(toks: number[], p: number): TitleMatch | undefined {
    for (let n = Math.min(this.lex.titleWords, toks.length - p); n > 0; n--) {
      const info = this.lex.titles.get(this.keyOf(toks.slice(p, p + n)));
      if (info) return { words: n, info };
    }
    return undefined;
  }

  /** Longest known name at position p (at most `max` words). */
  knownAt(toks: number[], p: number, max = this.kb.nameWords): { words: number; entry: KbEntry } | undefined {
    for (let n = Math.min(max, toks.length - p); n > 0; n--) {
      const entry = this.entryFor(toks.slice(p, p + n));
      if (entry) return { words: n, entry };
    }
    return undefined;
  }

  orgCountry(org: number[]): string | undefined {
    for (const t of org) {
      const key = nameKey(this.word(t));
      const c = countryOfKey(this.kb, key);
      if (c) return c;
    }
    return undefined;
  }

  /** The country of a possessive run just before ("Russia's Foreign Minister ..."). */
  possessorCountry(run: Run): string | undefined {
    const prev = this.previousRun;
    if (!prev || !prev.possessive || !prev.mentions.length) return undefined;
    const p = this.prev(run.toks[0]);
    const q = this.prev(p);
    if (q !== prev.toks[prev.toks.length - 1]) return undefined;
    const m = prev.mentions[prev.mentions.length - 1];
    return m.country ?? m.kb?.country;
  }

  addQualifier(toks: number[], entry: KbEntry | undefined, country?: string): void {
    if (entry) this.addKnown(toks, entry, "entities/gazetteer");
    else this.mentions.push({ ...this.span(toks), type: "NORP", source: "entities/demonym", country });
  }

  /** "the Sahel ...", "the far-right ...", "the ruling ...": "the", then at most a few adjectives, before token t. */
  afterDefiniteArticle(t: number): boolean {
    let k = this.prev(t);
    for (let n = 0; n < 5 && k >= 0; n++, k = this.prev(k)) {
      const w = this.lower(k);
      if (w === "the") return true;
      if (this.lex.titleModifiers.has(w) || this.lex.titleQualifiers.has(w)) return false; // "the late Shinzo Abe"
      if (w !== "-" && !(LOWER_WORD.test(w) && (this.pos[k] === "ADJ" || this.word(this.prev(k)) === "-" || this.word(this.next(k)) === "-"))) return false;
    }
    return false;
  }

  /** A word that says what kind of name it is part of, never a name itself ("Democrat", "Ministry", "Province"). */
  isCueWord(t: number): boolean {
    const key = nameKey(this.word(t));
    return this.lex.norpCues.has(key) || this.lex.orgCues.has(key) || this.lex.placeCues.has(key) ||
      this.lex.eventCues.has(key) || this.lex.titles.has(key) || this.lex.stateNouns.has(key);
  }

  /** A word that ends an organisation's, a place's or an event's name ("Organization", "Route", "Accords"). */
  isKindCue(t: number): boolean {
    const key = nameKey(this.word(t));
    return this.lex.orgCues.has(key) || this.lex.placeCues.has(key) || this.lex.eventCues.has(key);
  }

  /** "Latin American", "South African": the adjective of a known place; "" when the place has no country. */
  regionOfAdjective(toks: number[]): string | undefined {
    const key = this.keyOf(toks);
    if (!/an$/.test(key)) return undefined;
    const place = this.kb.byName.get(key.slice(0, -1))?.[0] ?? this.kb.byName.get(key.slice(0, -2))?.[0];
    return place && place.type !== "PERSON" ? place.country ?? "" : undefined;
  }

  addKnown(toks: number[], entry: KbEntry, source: string): void {
    const m: Mention = { ...this.span(toks), type: entry.type, source, kb: entry, country: entry.country };
    if (entry.capitalOf && this.actsAsState(toks)) {
      const state = this.kb.countries.get(entry.capitalOf);
      if (state) {
        m.kb = state;
        m.type = state.type;
        m.source = "link/capital-as-state";
      }
    }
    this.mentions.push(m);
  }

  /**
   * A capital stands for its state when it acts ("Moscow launched", "Kyiv's security", "relations with
   * Washington") and stays a place where something happens ("in Kuala Lumpur", "the capital Kyiv"),
   * in a dateline ("TEHRAN, ...") and when written in capitals.
   */
  actsAsState(toks: number[]): boolean {
    const first = toks[0];
    const w = this.word(first);
    if (w === w.toUpperCase()) return false;
    let p = this.prev(first);
    const n = this.next(toks[toks.length - 1]);
    if (n >= 0 && (this.word(n) === "'s" || this.word(n) === "\u2019s")) return true;
    if (this.word(p) === ",") p = this.prev(p);
    // Comments, threats and offers come "from Moscow"; the state is speaking.
    if (this.lower(p) === "from") return true;
    if (this.lex.locativePrepositions.has(this.lower(p)) || this.lex.placeModifiers.has(this.lower(p))) return false;
    if (this.lex.placeNouns.has(this.lower(n))) return false;
    // "the city of Kyiv", "the Fontibon district of Bogota", "the outskirts of Kyiv": a place
    const beforeOf = this.lower(this.prev(p));
    if (this.lower(p) === "of" && (this.lex.placeModifiers.has(beforeOf) || this.lex.placeNouns.has(beforeOf))) return false;
    if (p < 0 && n >= 0 && DATELINE_FOLLOW.has(this.word(n))) return false;
    if (n >= 0 && this.word(n) === "," && this.kb.byName.get(nameKey(this.word(this.next(n))))?.[0]?.kind === "country") return false;
    return true;
  }

  textOf(toks: number[]): string {
    return this.text.slice(this.starts[toks[0]], this.ends[toks[toks.length - 1]]).replace(/\s+/g, " ");
  }

  /** The country a word names or stands for: "Russian", "U.S.", "Kremlin" (a national institution). */
  countryOfWord(t: number): string | undefined {
    if (t < 0) return undefined;
    const key = nameKey(this.word(t));
    const entries = this.kb.byName.get(key);
    return this.kb.demonyms.get(key) ?? entries?.find((e) => e.kind === "country")?.id ??
      entries?.find((e) => e.kind === "org" && e.country)?.country;
  }
}

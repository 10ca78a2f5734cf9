// Recognizers: names, titles and descriptions found on the wink tokens of each sentence.
//   runs of capitalised words (with particles and connectors: "Badr bin Hamad Al Busaidi",
//   "Association of Southeast Asian Nations"), then per run: the knowledge base, title patterns
//   ("US Secretary of State Marco Rubio"), organisation and place cues, acronyms in brackets,
//   and the lone unknown words that coreference may still use.
import type { Segments, Sentence } from "../model/index.ts";
import { tokensIn } from "../segment/index.ts";
import { lookupName, nameKey } from "../kb/index.ts";
import type { KbEntry, KnowledgeBase, TitleInfo } from "../kb/index.ts";
import type { Mention } from "./mention.ts";
import { nameLexicon } from "./lexicon.ts";
import { readTitleChain, type ChainTokens, type TitleChain } from "./title-chain.ts";

// A capital, or a letter of a script without case (Arabic, Hebrew, Chinese): what can start a name.
const UPPER = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
const LOWER_WORD = /^[\p{Ll}\p{M}\p{Cf}]+$/u;
const LOWER_WORD_OR_DASH = /^[\p{Ll}\p{M}\p{Cf}-]+$/u;
const CAPITALS = /^\p{Lu}[\p{Lu}\p{M}.'\u2019-]*$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}0-9&]{1,6}$/u;
const HANDLE = /^[@#]\p{L}/u;
const CAMEL = /(\p{Ll})(\p{Lu})/gu;
const DATELINE_FOLLOW = new Set([",", "(", "-", "\u2013", "\u2014", "/", ":"]);
const DATELINE_DASHES = new Set(["-", "\u2013", "\u2014", ":"]);
const DATELINE_WORD = /^(?:[,./]|\d{1,4})$/;
const QUOTE_MARK = /^["\u201c\u201d]$/;
const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);

interface Run {
  /** Non-space token indices, in order. */
  toks: number[];
  /** Ends with a possessive 's. */
  possessive: boolean;
  mentions: Mention[];
}

interface TitleMatch {
  words: number;
  info: TitleInfo;
}

/** Finds the mentions of one document, sentence by sentence, in text order. */
export function recognizeMentions(text: string, segments: Segments, kb: KnowledgeBase): Mention[] {
  const reader = new MentionReader(text, segments, kb);
  for (const sentence of segments.sentences) reader.readSentence(sentence);
  return reader.mentions;
}

class MentionReader {
  readonly mentions: Mention[] = [];
  private readonly lex;
  private readonly names = nameLexicon();
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly pos: string[];
  private readonly lemma: string[];
  /** Token texts and their lower-case forms, sliced once. */
  private readonly words: string[];
  private readonly lowers: string[];
  private sentence!: Sentence;
  private headline = false;
  private previousRun: Run | undefined;

  constructor(private readonly text: string, private readonly segments: Segments, private readonly kb: KnowledgeBase) {
    this.lex = kb.lexicon;
    ({ start: this.starts, end: this.ends, pos: this.pos, lemma: this.lemma } = segments.tokens);
    this.words = this.starts.map((s, i) => text.slice(s, this.ends[i]));
    this.lowers = this.words.map((w) => w.toLowerCase());
  }

  readSentence(sentence: Sentence): void {
    this.sentence = sentence;
    this.previousRun = undefined;
    const first = this.mentions.length;
    this.headline = this.isHeadline(sentence);
    let i = sentence.firstToken;
    while (i <= sentence.lastToken) {
      if (!this.startsName(i)) {
        i = this.readDescription(i) + 1;
        continue;
      }
      const chainEnd = this.headline ? -1 : this.readTitleChain(i);
      if (chainEnd >= 0) {
        this.previousRun = undefined;
        i = chainEnd + 1;
        continue;
      }
      const run = this.extendRun(i);
      this.readRun(run);
      this.previousRun = run;
      i = run.toks[run.toks.length - 1] + 1;
    }
    this.countriesFromAppositions(this.mentions.slice(first));
    if (sentence === this.segments.sentences[0]) this.sourceOfDateline(this.mentions.slice(first));
    this.sharedFamilyNames(this.mentions.slice(first));
  }

  /**
   * A title chain at token i, perhaps after a nationality or an organisation ("UN Under-Secretary-General
   * for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher"): the person, with the chain as
   * role. Returns the last token of the name, or -1 when no chain starts here.
   */
  private readTitleChain(i: number): number {
    let at = i;
    let qualifier: { toks: number[]; entry?: KbEntry; country?: string } | undefined;
    if (!this.titleAt([i, this.next(i)].filter((t) => t >= 0), 0) && !this.lex.titleModifiers.has(this.lower(i))) {
      const toks = [i];
      for (let k = this.next(i); toks.length < 3 && k >= 0 && this.isCapitalised(k) && !this.lex.titleStarts.has(nameKey(this.word(k))); k = this.next(k)) toks.push(k);
      for (let n = toks.length; n > 0 && !qualifier; n--) {
        const part = toks.slice(0, n);
        const demonym = this.kb.demonyms.get(this.keyOf(part));
        const entry = demonym ? undefined : this.entryFor(part);
        if (demonym || (entry && entry.type !== "PERSON")) qualifier = { toks: part, entry, country: demonym ?? entry?.country };
      }
      if (!qualifier) return -1;
      at = this.next(qualifier.toks[qualifier.toks.length - 1]);
      if (at < 0) return -1;
    }
    const chain = readTitleChain(this.chainTokens, this.names.chainLinks, at);
    if (!chain) return -1;
    if (qualifier) this.addQualifier(qualifier.toks, qualifier.entry, qualifier.country);
    const ofCountry = this.readChainParts(chain.parts);
    const known = this.entryFor(chain.name);
    const possessor = this.previousRun?.possessive && this.prev(this.prev(i)) === this.previousRun.toks[this.previousRun.toks.length - 1]
      ? this.previousRun.mentions[this.previousRun.mentions.length - 1] : undefined;
    this.mentions.push({
      ...this.span(chain.name), type: "PERSON", source: "entities/title-chain", title: this.textOf(chain.role),
      roleKey: chain.info.role, sector: chain.info.sector, kb: known?.type === "PERSON" ? known : undefined,
      country: (known?.type === "PERSON" ? known.country : undefined) ?? qualifier?.country ?? possessor?.country ?? possessor?.kb?.country ?? ofCountry,
      pastRole: this.lex.titleModifiers.has(this.lower(this.prev(i))),
    });
    return chain.name[chain.name.length - 1];
  }

  /**
   * Known places and bodies named inside a title chain are mentions, not speakers ("the Middle East",
   * "Islamic Azad University"); the country of one the title is "of" is the person's when nothing else gives one.
   */
  private readChainParts(parts: TitleChain["parts"]): string | undefined {
    let ofCountry: string | undefined;
    for (const { link, toks } of parts) {
      const entry = this.entryFor(toks);
      const last = nameKey(this.word(toks[toks.length - 1]));
      if (entry && entry.type !== "PERSON") this.addKnown(toks, entry, "entities/gazetteer");
      else if (toks.length > 1 && this.lex.orgCues.has(last)) this.mentions.push({ ...this.span(toks), type: "ORG", source: "entities/org-cue", country: this.orgCountry(toks) });
      if (link === "of") ofCountry ??= entry?.country ?? this.orgCountry(toks);
    }
    return ofCountry;
  }

  /** The token questions a title chain asks, answered on this document's tokens. */
  private readonly chainTokens: ChainTokens = {
    word: (t) => this.word(t),
    next: (t) => this.next(t),
    joined: (a, b) => this.joined(a, b),
    isCapitalised: (t) => this.isCapitalised(t) && this.pos[t] !== "PUNCT",
    isProperNoun: (t) => this.isCapitalised(t) && this.pos[t] === "PROPN" && !this.isCueWord(t) && !this.lex.notNames.has(this.word(t)),
    titleAt: (toks, p) => this.titleAt(toks, p),
    isTitleModifier: (t) => this.lex.titleModifiers.has(this.lower(t)),
    endsPart: (toks, p) => this.endsChainPart(toks, p),
  };

  /** "Affairs", "Operations", "Ministry", "Coordinator", "Pacific", "Middle East": the end of a part of a title chain. */
  private endsChainPart(toks: number[], p: number): boolean {
    const key = nameKey(this.word(toks[p]));
    if (this.names.portfolioWords.has(key) || this.isCueWord(toks[p])) return true;
    for (let from = Math.max(0, p - 3); from <= p; from++) {
      const entry = this.entryFor(toks.slice(from, p + 1));
      if (entry && entry.type !== "PERSON") return true;
    }
    return false;
  }

  /** The wire or outlet named in the dateline is an organisation of the news media, whatever its name looks like. */
  private sourceOfDateline(mentions: Mention[]): void {
    const agency = mentions.find((m) => this.isDatelineSource(tokensIn(this.segments, m.start, m.end)));
    if (!agency || agency.kb?.type === "ORG") return;
    Object.assign(agency, { type: "ORG", source: "entities/dateline-source", code: "MED", kb: undefined, weak: false, title: undefined, roleKey: undefined });
  }

  /** "Gali and Ziv Berman", "Bill and Hillary Clinton": a lone first name shares the family name after "and". */
  private sharedFamilyNames(mentions: Mention[]): void {
    for (let n = 0; n + 1 < mentions.length; n++) {
      const lone = mentions[n];
      const full = mentions[n + 1];
      if (!lone.weak || lone.type === "ORG" || full.type !== "PERSON" || full.kb) continue;
      const between = this.text.slice(lone.end, full.start).trim();
      const family = this.text.slice(full.start, full.end).trim().split(/\s+/);
      if (between !== "and" || family.length !== 2) continue;
      lone.name = `${this.text.slice(lone.start, lone.end)} ${family[1]}`;
      lone.weak = false;
      lone.type = "PERSON";
    }
  }

  /**
   * A person without a country takes the one the apposition after the name gives: "Ahmed Sharif
   * Chaudhry, director-general of the Inter-Services Public Relations", "Oleh Petrenko, a Ukrainian
   * army spokesman", "Olga Stefanishyna, Ukraine's ambassador".
   */
  private countriesFromAppositions(mentions: Mention[]): void {
    for (const m of mentions) {
      if (m.type !== "PERSON" || m.country || m.description) continue;
      const inside = tokensIn(this.segments, m.start, m.end);
      let k = this.next(inside[inside.length - 1]);
      if (k < 0 || this.word(k) !== ",") continue;
      let linked = false; // "of" or "for" seen: what follows is what the person belongs to
      for (let n = 0; n < 7 && (k = this.next(k)) >= 0; n++) {
        const w = this.word(k);
        if (w === "of" || w === "for") linked = true;
        if (LOWER_WORD_OR_DASH.test(w)) continue;
        const named = mentions.find((x) => x.start === this.starts[k]);
        const country = named?.country ?? named?.kb?.country;
        const after = named ? this.next(tokensIn(this.segments, named.start, named.end).pop()!) : -1;
        const possessive = /^['\u2019]s$/.test(this.word(after));
        const titled = this.lex.titles.has(this.lower(after)); // "a Ukrainian army spokesman"
        if (country && named!.type !== "PERSON" && (linked || possessive || titled || named!.type === "NORP")) m.country = country;
        break;
      }
    }
  }


  // ---------- tokens ----------

  private word(i: number): string {
    return this.words[i] ?? "";
  }

  private isCapitalised(i: number): boolean {
    const w = this.word(i);
    return UPPER.test(w) || (HANDLE.test(w) && w.length > 2);
  }

  /** The next token that is not white space, within the sentence (-1 at its end). */
  private next(i: number): number {
    for (let k = i + 1; k <= this.sentence.lastToken; k++) if (this.pos[k] !== "SPACE") return k;
    return -1;
  }

  private prev(i: number): number {
    for (let k = i - 1; k >= this.sentence.firstToken; k--) if (this.pos[k] !== "SPACE") return k;
    return -1;
  }

  private lower(i: number): string {
    return i < 0 ? "" : this.lowers[i];
  }

  private isSentenceStart(i: number): boolean {
    const p = this.prev(i);
    return p < 0 || (this.pos[p] === "PUNCT" && /^["'\u201c\u2018(\[:\u2014\u2013-]$/.test(this.word(p)));
  }

  /** A title-case line ("Kremlin Rejects Trump's Claim"): capitals say nothing there, only known names count. */
  private isHeadline(s: Sentence): boolean {
    let words = 0;
    let caps = 0;
    for (let i = s.firstToken; i <= s.lastToken; i++) {
      if (!/^\p{L}/u.test(this.word(i))) continue;
      words++;
      if (this.isCapitalised(i) && !this.lex.nameConnectors.has(this.lower(i))) caps++;
    }
    return words >= 4 && caps / words >= 0.7 && !/[.!?]["\u201d']?$/.test(this.text.slice(s.start, s.end));
  }

  private startsName(i: number): boolean {
    if (this.pos[i] === "SPACE" || this.pos[i] === "PUNCT") return false;
    if (!this.isCapitalised(i)) return this.particleStart(i) || this.knownParticleName(i) || this.surnameStart(i);
    if (this.lex.notNames.has(this.word(i))) return this.knownWithFunctionWord(i) || this.opensTitle(i);
    if (this.isSentenceStart(i) && (this.pos[i] !== "PROPN" || this.lemma[i] !== this.lower(i))) return this.knownStart(i);
    return true;
  }

  /** "First Minister", "Acting President": a word that is no name alone opens a title with the next. */
  private opensTitle(i: number): boolean {
    const n = this.next(i);
    return n >= 0 && this.isCapitalised(n) && this.lex.titles.has(this.keyOf([i, n]));
  }

  /** "The Hague", "The Gambia": a known name that begins with a function word. */
  private knownWithFunctionWord(i: number): boolean {
    const n = this.next(i);
    return n >= 0 && this.isCapitalised(n) && this.kb.byName.has(this.keyOf([i, n])) &&
      !this.kb.byName.has(nameKey(this.word(n)));
  }

  /** "al Qaeda", "al Shabaab": a known name that begins with a lower-case particle written apart. */
  private knownParticleName(i: number): boolean {
    if (!this.lex.nameParticles.has(this.word(i)) || this.lex.nameConnectors.has(this.word(i))) return false;
    const n = this.next(i);
    return n >= 0 && this.isCapitalised(n) && this.kb.byName.has(this.keyOf([i, n]));
  }

  /** "el-Fasher", "al-Sharaa": a lower-case particle written onto a capitalised name. */
  private particleStart(i: number): boolean {
    const dash = this.next(i);
    const name = this.next(dash);
    return this.lex.nameParticles.has(this.word(i)) && !this.lex.nameConnectors.has(this.word(i)) &&
      dash >= 0 && this.word(dash) === "-" && this.joined(i, dash) && name >= 0 && this.joined(dash, name) &&
      this.isCapitalised(name);
  }

  /** "said van Klaveren", "met de la Fuente": a lower-case particle written apart before an unknown family name. */
  private surnameStart(i: number): boolean {
    if (!this.names.surnameParticles.has(this.word(i))) return false;
    let k = this.next(i);
    if (k >= 0 && this.lex.nameParticles.has(this.word(k)) && !this.lex.nameConnectors.has(this.word(k))) k = this.next(k);
    return k >= 0 && this.isCapitalised(k) && this.pos[k] === "PROPN" && !this.lex.notNames.has(this.word(k)) &&
      !this.kb.byName.has(nameKey(this.word(k)));
  }

  /**
   * A capitalised first word of a sentence that wink does not tag as a proper noun starts a name only
   * when the name is known ("Democratic Republic of the Congo", "Russian") or goes on with a proper
   * noun; a known city alone is not enough ("Simmering tensions").
   */
  private knownStart(i: number): boolean {
    const key = nameKey(this.word(i));
    if (this.kb.demonyms.has(key) || this.lex.titleStarts.has(key) || this.lex.honorifics.has(key)) return true;
    if (this.kb.byName.get(key)?.some((e) => e.kind !== "city") || (this.pos[i] === "PROPN" && this.kb.byName.has(key) && this.lemma[i] === this.lower(i))) return true;
    const n = this.next(i);
    if (this.lex.orgStarts.has(key) && n >= 0 && this.isCapitalised(n)) return true; // "Partido Liberal said"
    // "Hostages Gali and Ziv Berman": an inflected common noun does not start the name after it.
    if (n >= 0 && this.isCapitalised(n) && this.pos[n] === "PROPN" && this.lemma[i] === this.lower(i)) return true;
    const toks = [i];
    for (let k = n; k >= 0 && toks.length < 6; k = this.next(k)) {
      toks.push(k);
      if (this.kb.byName.has(this.keyOf(toks))) return true;
    }
    return false;
  }

  // ---------- runs ----------

  /** Two tokens written together, as in "Gilboa-Dalal" or "al-Anbiya". */
  private joined(a: number, b: number): boolean {
    return this.ends[a] === this.starts[b];
  }

  private extendRun(first: number): Run {
    const toks = [first];
    let last = first;
    for (;;) {
      const k = this.next(last);
      if (k < 0) break;
      const w = this.word(k);
      const after = this.next(k);
      if (this.lemma[k] === "'s" || w === "'s" || w === "\u2019s") {
        // "Democratic People's Republic of Korea": a known name that runs on through the possessive.
        const tail = (after >= 0 ? this.kbSpanThrough(toks, after)?.slice(1) : undefined) ?? this.possessedOrgName(toks, k);
        if (!tail) return { toks, possessive: true, mentions: [] };
        toks.push(k, ...tail);
        last = tail[tail.length - 1];
        continue;
      }
      // A nickname in quotes inside a name: Jorge "Tuto" Quiroga, Jimmy "Barbecue" Cherizier.
      if (QUOTE_MARK.test(w) && after >= 0 && this.isCapitalised(after) && this.lex.notNames.has(this.word(after)) === false) {
        const close = this.next(after);
        const surname = close >= 0 ? this.next(close) : -1;
        if (close >= 0 && QUOTE_MARK.test(this.word(close)) && surname >= 0 && this.isCapitalised(surname) && this.pos[surname] === "PROPN") {
          toks.push(k, after, close, surname);
          last = surname;
          continue;
        }
      }
      // A function word written with a capital inside a name ("Doctors Without Borders") goes on with it.
      const inside = this.lex.notNames.has(w) && after >= 0 && this.isCapitalised(after) && !this.lex.notNames.has(this.word(after));
      if (this.isCapitalised(k) && this.pos[k] !== "PUNCT" && (!this.lex.notNames.has(w) || inside)) {
        toks.push(k);
        last = k;
        continue;
      }
      if ((w === "-" || w === "\u2011") && this.joined(last, k) && after >= 0 && this.joined(k, after) &&
          (this.isCapitalised(after) || this.lex.nameParticles.has(this.lower(after)) || (toks.length > 1 && this.isNameSyllable(last, after)))) {
        toks.push(k, after);
        last = after;
        continue;
      }
      const lw = w.toLowerCase();
      // A known name goes on through lower-case words: "Organization for Security and Co-operation in Europe".
      const through = after >= 0 && this.kb.innerWords.has(w) ? this.kbSpanThrough(toks, after) : undefined;
      if (through) {
        toks.push(...through);
        last = toks[toks.length - 1];
        continue;
      }
      // "International Organization for Migration", "Trump Route for International Peace": "for" after a cue word.
      // "Vienna Convention on Diplomatic Relations": "on" after a treaty's cue word goes on with its subject.
      if (((lw === "for" && this.isKindCue(last)) || (lw === "on" && this.lex.eventCues.has(nameKey(this.word(last))))) && w === lw && after >= 0) {
        const target = this.lower(after) === "the" ? this.next(after) : after;
        if (target >= 0 && this.isCapitalised(target) && this.pos[target] !== "PUNCT" && !this.lex.notNames.has(this.word(target))) {
          toks.push(k, ...(target === after ? [] : [after]), target);
          last = target;
          continue;
        }
      }
      if (after >= 0 && (lw === "and" || lw === "&" || (lw === "/" && this.joined(last, k)))) {
        const span = this.kbSpanThrough(toks, after) ?? this.orgNameThrough(toks, k, after);
        if (span) {
          toks.push(...span);
          last = toks[toks.length - 1];
          continue;
        }
        break;
      }
      if (after >= 0 && this.lex.nameParticles.has(lw) && w === lw && (!this.lex.hyphenParticles.has(lw) || this.word(after) === "-")) {
        // "of the" + capital, "bin" + capital, "al-" + capital
        let target = after;
        const middle = [k];
        if ((lw === "of" || lw === "for") && this.lower(after) === "the") {
          middle.push(after);
          target = this.next(after);
        } else if (this.word(after) === "-" && this.joined(k, after)) {
          middle.push(after);
          target = this.next(after);
        }
        if (target >= 0 && this.isCapitalised(target) && this.pos[target] !== "PUNCT" && !this.lex.notNames.has(this.word(target))) {
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
  private possessedOrgName(toks: number[], possessive: number): number[] | undefined {
    const possessor = this.keyOf(toks);
    if (this.kb.byName.has(possessor) || this.kb.demonyms.has(possessor) || toks.some((t) => this.lex.titles.has(nameKey(this.word(t))))) return undefined;
    const tail: number[] = [];
    for (let k = this.next(possessive); k >= 0 && this.isCapitalised(k) && tail.length < 4; k = this.next(k)) tail.push(k);
    const end = tail.length ? nameKey(this.word(tail[tail.length - 1])) : "";
    return this.lex.orgCues.has(end) ? tail : undefined;
  }

  /** "Duck-soo", "Won-shik": a short lower-case syllable of a hyphenated given name, not "Russia-led". */
  private isNameSyllable(before: number, t: number): boolean {
    const w = this.word(t);
    return /^\p{Ll}{2,6}$/u.test(w) && !/(ed|ing|ly|ist|ism|ish|er|ers)$/.test(w) && !this.names.notNameSyllables.has(w) && !this.countryOfWord(before);
  }

  /**
   * "Department of Health and Human Services": "and" inside an organisation's name, when the run
   * already has a cue word and what follows is not a name of its own.
   */
  private orgNameThrough(toks: number[], and: number, after: number): number[] | undefined {
    if (!toks.some((t) => this.isKindCue(t))) return undefined;
    if (!toks.some((t) => this.word(t) === "of" || this.word(t) === "for")) return undefined;
    if (!this.isCapitalised(after) || this.kb.byName.has(nameKey(this.word(after)))) return undefined;
    const tail: number[] = [];
    for (let k = after; k >= 0 && this.isCapitalised(k) && tail.length < 4; k = this.next(k)) tail.push(k);
    return [and, ...tail];
  }

  /**
   * "Trinidad and Tobago", "Democratic People's Republic of Korea": the joining token ("and", a possessive)
   * and the tokens after it that complete a known name starting within the run.
   */
  private kbSpanThrough(toks: number[], afterAnd: number): number[] | undefined {
    const tail: number[] = [];
    let k = afterAnd;
    for (let n = 0; n < 7 && k >= 0; n++) {
      // a name goes on through hyphens and lower-case words, not across other punctuation, and ends on a capital
      if (this.pos[k] === "PUNCT" && this.word(k) !== "-") break;
      tail.push(k);
      for (let from = Math.max(0, toks.length - 3); this.isCapitalised(k) && from < toks.length; from++) {
        const candidate = [...toks.slice(from), this.prev(afterAnd), ...tail];
        if (this.kb.byName.has(this.keyOf(candidate))) return [this.prev(afterAnd), ...tail];
      }
      k = this.next(k);
    }
    return undefined;
  }

  private keyOf(toks: number[]): string {
    let s = "";
    for (let n = 0; n < toks.length; n++) {
      const t = toks[n];
      if (n > 0 && !this.joined(toks[n - 1], t)) s += " ";
      s += this.word(t);
    }
    return nameKey(s);
  }

  private span(toks: number[]): { start: number; end: number } {
    return { start: this.starts[toks[0]], end: this.ends[toks[toks.length - 1]] };
  }

  // ---------- one run ----------

  private readRun(run: Run): void {
    let toks = run.toks;
    while (toks.length && this.lex.notNames.has(this.word(toks[0])) && !this.knownWithFunctionWord(toks[0]) && !this.opensTitle(toks[0])) toks = toks.slice(1);
    // "Businessman Samuel Doria Medina": a common noun opening the sentence describes the name after it
    if (toks.length > 2 && this.isSentenceStart(toks[0]) && this.lex.occupationNouns.has(this.lower(toks[0]))) toks = toks.slice(1);
    // "Centrist Elena Lasconi": so does a political descriptor, unless it names a party ("Conservative Party")
    if (toks.length > 1 && this.isSentenceStart(toks[0]) && this.lex.politicalDescriptors.has(this.lower(toks[0])) &&
        !this.entryFor(toks) && !toks.some((t) => this.isCueWord(t))) toks = toks.slice(1);
    toks = this.trimConnectors(toks);
    if (!toks.length) return;
    const acronym = this.bracketedAcronym(toks[toks.length - 1]);
    const before = this.mentions.length;
    this.readNameTokens(toks, run);
    run.mentions = this.mentions.slice(before);
    if (acronym >= 0 && run.mentions.length) this.addAcronym(acronym, run.mentions[run.mentions.length - 1]);
  }

  private trimConnectors(toks: number[]): number[] {
    let end = toks.length;
    while (end > 0 && (this.lex.nameConnectors.has(this.lower(toks[end - 1])) || this.word(toks[end - 1]) === "-")) end--;
    return end === toks.length ? toks : toks.slice(0, end);
  }

  private readNameTokens(toks: number[], run: Run): void {
    if (this.readTitledPlace(toks)) return;
    while (toks.length > 1 && this.lex.honorifics.has(nameKey(this.word(toks[0])))) toks = toks.slice(1);
    if (this.readWithPossessor(toks, run) || this.readInstitution(toks, run)) return;
    const whole = this.entryFor(toks);
    if (whole) {
      this.addKnown(toks, whole, "entities/gazetteer");
      this.applyTitleBefore(toks, run);
      return;
    }
    if (this.readNationalOrg(toks)) return;
    if (this.headline) return this.segment(toks);
    if (this.readForeignOrg(toks) || this.readToponym(toks)) return;
    if (this.readTitled(toks, run)) return;
    if (this.readPersonOf(toks) || this.readCued(toks)) return;
    this.segment(toks);
    this.applyTitleBefore(toks, run);
  }

  /** "China's Coast Guard": a known name written with its country's possessive. */
  private readWithPossessor(toks: number[], run: Run): boolean {
    const prev = this.previousRun;
    if (!prev?.possessive || this.prev(this.prev(toks[0])) !== prev.toks[prev.toks.length - 1]) return false;
    const entry = this.entryFor([...prev.toks, ...toks]);
    if (!entry || entry.kind === "country") return false;
    this.mentions.splice(this.mentions.length - prev.mentions.length, prev.mentions.length);
    prev.mentions = [];
    this.mentions.push({ start: this.starts[prev.toks[0]], end: this.ends[toks[toks.length - 1]], type: entry.type,
      source: "entities/gazetteer", kb: entry, country: entry.country });
    run.mentions = [];
    return true;
  }

  /**
   * A nationality or country before a name: a known organisation ("Sudanese Rapid Support Forces"), or
   * the state itself ("Colombian Government").
   */
  private readNationalOrg(toks: number[]): boolean {
    if (toks.length < 2) return false;
    const country = this.countryOfWord(toks[0]);
    if (!country) return false;
    const rest = toks.slice(1);
    const entry = this.entryFor(rest);
    if (entry?.type === "ORG") {
      this.mentions.push({ ...this.span(toks), type: "ORG", source: "entities/gazetteer", kb: entry, country: entry.country ?? country });
      return true;
    }
    if (rest.length === 1 && this.lex.stateNouns.has(nameKey(this.word(rest[0])))) {
      const state = this.kb.countries.get(country)!;
      this.mentions.push({ ...this.span(toks), type: state.type, source: "link/government-as-state", kb: state, country });
      return true;
    }
    return false;
  }

  /**
   * A country or nationality followed by lower-case words that the knowledge base knows together
   * ("Israeli military", "Myanmar's military": the armed forces), or by a word for its government
   * ("the Colombian government": the state itself).
   */
  private readInstitution(toks: number[], run: Run): boolean {
    const key = this.keyOf(toks);
    const country = this.kb.demonyms.get(key) ?? this.kb.byName.get(key)?.find((e) => e.kind === "country")?.id;
    // "the UN human rights office", "the U.N. nuclear watchdog": an organisation's body known by such words.
    if (!country && !this.kb.byName.get(key)?.some((e) => e.kind === "org")) return false;
    let k = this.next(toks[toks.length - 1]);
    if (run.possessive) k = this.next(k);
    const words: number[] = [];
    // "Sudan's army" is known as "Sudanese army": try the country's nationality words too.
    const forms = [this.textOf(toks), ...(country ? this.kb.countries.get(country)?.demonyms ?? [] : [])];
    for (let n = 0; n < 3 && k >= 0 && LOWER_WORD.test(this.word(k)); n++, k = this.next(k)) {
      words.push(k);
      const tail = this.textOf(words);
      if (this.word(this.next(k)) === "-" && this.joined(k, this.next(k))) return false; // "Sudan's army-led government"
      const known = forms.map((f) => lookupName(this.kb, `${f} ${tail}`)[0]).find(Boolean);
      const target = known ?? (country && n === 0 && this.lex.stateNouns.has(this.word(k)) ? this.kb.countries.get(country) : undefined);
      if (!target) continue;
      // "Russia's foreign ministry" names Russia too; "the Russian military" names no place.
      const possessor = run.possessive && country ? this.kb.countries.get(country) : undefined;
      if (possessor && possessor !== target) this.addKnown(toks, this.entryFor(toks) ?? possessor, "entities/gazetteer");
      this.mentions.push({ start: this.starts[toks[0]], end: this.ends[k], type: target.type, kb: target,
        country: target.country ?? country, source: known ? "entities/gazetteer" : "link/government-as-state" });
      return true;
    }
    return false;
  }

  private entryFor(toks: number[]): KbEntry | undefined {
    const found = lookupName(this.kb, this.keyOf(toks));
    return found[0];
  }

  /** Longest title at position p of the run. */
  private titleAt(toks: number[], p: number): TitleMatch | undefined {
    for (let n = Math.min(this.lex.titleWords, toks.length - p); n > 0; n--) {
      const info = this.lex.titles.get(this.keyOf(toks.slice(p, p + n)));
      if (info) return { words: n, info };
    }
    return undefined;
  }

  /** Longest known name at position p (at most `max` words). */
  private knownAt(toks: number[], p: number, max = this.kb.nameWords): { words: number; entry: KbEntry } | undefined {
    for (let n = Math.min(max, toks.length - p); n > 0; n--) {
      const entry = this.entryFor(toks.slice(p, p + n));
      if (entry) return { words: n, entry };
    }
    return undefined;
  }

  /**
   * [qualifier] TITLE [of ORG] [honorific] NAME: "US Secretary of State Marco Rubio", "Russia's Foreign
   * Minister Sergei Lavrov" (qualifier in the previous run), "President of the Islamic Azad University
   * Mohammad Mehdi Tehranchi", "Lieutenant General Ahmed Sharif Chaudhry".
   */
  private readTitled(toks: number[], run: Run): boolean {
    let p = 0;
    let qualifier: { toks: number[]; entry?: KbEntry; country?: string; org?: boolean } | undefined;
    let portfolio = 0;
    // "Vice Premier He Lifeng", "Senior General Min Aung Hlaing": a modifier or qualifier written into the title;
    // a modifier ("Vice", "Acting") never names the current holder.
    const first = this.lower(toks[0]);
    const modifier = this.lex.titleModifiers.has(first);
    const modified = toks.length > 2 && (modifier || this.lex.titleQualifiers.has(first)) && !this.titleAt(toks, 0) && this.titleAt(toks, 1) ? 1 : 0;
    p = modified;
    if (!modified && !this.titleAt(toks, 0)) {
      for (let n = Math.min(4, toks.length - 1); n > 0; n--) {
        const part = toks.slice(0, n);
        const key = this.keyOf(part);
        const demonym = this.kb.demonyms.get(key);
        const entry = demonym ? undefined : this.entryFor(part);
        // "Venezuelan Communications Minister": a nationality and a portfolio, not an organisation.
        const isOrg = !entry && !demonym && n > 1 && this.lex.orgCues.has(nameKey(this.word(part[n - 1]))) &&
          !(this.countryOfWord(part[0]) && this.names.portfolioRoles.has(this.titleAt(toks, n)?.info.role ?? ""));
        if ((demonym || isOrg || (entry && entry.type !== "PERSON")) && this.titleAt(toks, n)) {
          qualifier = { toks: part, entry, country: demonym ?? entry?.country, org: isOrg };
          p = n;
          break;
        }
      }
    }
    // "Communications Minister Freddy Ñáñez", "Venezuelan Communications Minister ...": unknown words that name
    // the portfolio of a title, after the country's nationality if any.
    if (!qualifier && !modified && !this.titleAt(toks, 0)) {
      const country = this.countryOfWord(toks[0]);
      const from = country && this.kb.demonyms.has(nameKey(this.word(toks[0]))) ? 1 : 0;
      for (let n = 1; n <= 2 && from + n < toks.length - 1; n++) {
        const head = this.titleAt(toks, from + n);
        if (head && this.names.portfolioRoles.has(head.info.role) && toks.slice(from, from + n).every((t) => (this.entryFor([t])?.type ?? "ORG") === "ORG")) {
          if (from) qualifier = { toks: [toks[0]], country };
          portfolio = n;
          p = from + n;
          break;
        }
      }
    }
    const title = this.titleAt(toks, p);
    if (!title) return false;
    const titleToks = toks.slice(p - portfolio - modified, p + title.words);
    p += title.words;
    while (p < toks.length && this.titleAt(toks, p)) p += this.titleAt(toks, p)!.words;
    let org: number[] = [];
    if (p < toks.length && this.lower(toks[p]) === "of") {
      const end = this.orgEnd(toks, p + 1);
      org = toks.slice(p + 1, end);
      p = end;
    }
    while (p < toks.length && this.lex.honorifics.has(nameKey(this.word(toks[p])))) p++;
    let rest = this.trimConnectors(toks.slice(p));
    // "Gen Z", "Generation X": a title before one bare letter is a word, not a rank and a name.
    if (rest.length === 1 && /^\p{Lu}$/u.test(this.word(rest[0]))) return true;
    if (qualifier?.org) this.mentions.push({ ...this.span(qualifier.toks), type: "ORG", source: "entities/org-cue", country: this.orgCountry(qualifier.toks) });
    else if (qualifier) this.addQualifier(qualifier.toks, qualifier.entry, qualifier.country);
    if (org.length) this.readNameTokens(this.trimConnectors(org.filter((t) => this.lower(t) !== "the")), run);
    const owner = qualifier?.country ?? this.possessorCountry(run) ?? this.orgCountry(org);
    const titleText = this.textOf(titleToks);
    if (!rest.length) {
      this.addTitleDescription(titleToks, toks, title.info.role, owner);
      return true;
    }
    // "Opposition Leader Elena Lasconi of the Save Romania Union": the person, then what she belongs to
    const of = this.affiliationOf(rest, 1);
    const affiliation = of > 0 ? rest.slice(of + 1).filter((t) => this.lower(t) !== "the") : [];
    if (of > 0) rest = rest.slice(0, of);
    const entry = this.entryFor(rest);
    const person: Mention = {
      ...this.span(rest), type: "PERSON", source: "entities/title-pattern", title: titleText,
      roleKey: title.info.role, sector: title.info.sector, country: owner,
      pastRole: (modified > 0 && modifier) || this.lex.titleModifiers.has(this.lower(this.prev(toks[0]))),
    };
    if (entry && entry.type === "PERSON") {
      person.kb = entry;
      person.country = entry.country ?? owner;
    } else if (entry && rest.length === 1 && entry.kind === "country") {
      // "President Xi" is a person even when a country shares the name; a country after a title
      // ("Minister Israel") is the start of a person's name, handled by the fallback below.
    }
    this.mentions.push(person);
    if (affiliation.length) this.readAffiliation(person, affiliation);
    return true;
  }

  /**
   * The "of" between a person's name and what the person belongs to ("Elena Lasconi of the Save Romania
   * Union", "Jorge Quiroga of Bolivia"): capitalised proper nouns with no cue before it (at least
   * `minWords`), an organisation's cue or a known name after it. -1 when the run has no such "of".
   */
  private affiliationOf(toks: number[], minWords: number): number {
    const of = toks.findIndex((t) => this.word(t) === "of");
    if (of < minWords) return -1;
    const name = toks.slice(0, of);
    if (!name.every((t) => this.pos[t] === "PROPN" && this.isCapitalised(t) && !this.isCueWord(t))) return -1;
    if (name.some((t) => this.lex.orgStarts.has(nameKey(this.word(t))) || this.lex.placeStarts.has(nameKey(this.word(t))))) return -1;
    const known = this.entryFor(name);
    if (known && known.type !== "PERSON") return -1;
    const after = toks.slice(of + 1).filter((t) => this.lower(t) !== "the");
    if (!after.length) return -1;
    const entry = this.entryFor(after);
    return this.lex.orgCues.has(nameKey(this.word(after[after.length - 1]))) || (entry && entry.type !== "PERSON") ? of : -1;
  }

  /** What a person is "of": read as a name of its own, its country the person's when the person has none. */
  private readAffiliation(person: Mention, toks: number[]): void {
    const before = this.mentions.length;
    this.readNameTokens(toks, { toks, possessive: false, mentions: [] });
    const group = this.mentions.slice(before).find((m) => m.type !== "PERSON");
    person.country ??= group?.country ?? group?.kb?.country;
  }

  /** "Elena Lasconi of the Save Romania Union said": a person named with what she belongs to, no title before. */
  private readPersonOf(toks: number[]): boolean {
    // one word is a name too when what it is "of" is an organisation: "Jenča of the United Nations"
    const of = this.affiliationOf(toks, 1);
    if (of < 0 || (of === 1 && this.entryFor(toks.slice(2).filter((t) => this.lower(t) !== "the"))?.type !== "ORG")) return false;
    const name = toks.slice(0, of);
    const known = this.entryFor(name);
    const person: Mention = { ...this.span(name), type: "PERSON", source: known ? "entities/gazetteer" : "entities/proper-noun-chunk",
      kb: known, country: known?.country };
    this.mentions.push(person);
    this.readAffiliation(person, toks.slice(of + 1).filter((t) => this.lower(t) !== "the"));
    return true;
  }

  /** The end (exclusive) of an organisation's name inside a run: up to its last cue word or known name. */
  private orgEnd(toks: number[], from: number): number {
    let end = from;
    for (let k = from; k < toks.length; k++) {
      if (this.lex.orgCues.has(nameKey(this.word(toks[k])))) end = k + 1;
    }
    if (end > from) return end;
    const known = this.knownAt(toks, this.lower(toks[from]) === "the" ? from + 1 : from);
    return known ? (this.lower(toks[from]) === "the" ? from + 1 : from) + known.words : from;
  }

  private orgCountry(org: number[]): string | undefined {
    for (const t of org) {
      const key = nameKey(this.word(t));
      const c = this.kb.demonyms.get(key) ?? this.kb.byName.get(key)?.find((e) => e.kind === "country")?.id;
      if (c) return c;
    }
    return undefined;
  }

  /** The country of a possessive run just before ("Russia's Foreign Minister ..."). */
  private possessorCountry(run: Run): string | undefined {
    const prev = this.previousRun;
    if (!prev || !prev.possessive || !prev.mentions.length) return undefined;
    const p = this.prev(run.toks[0]);
    const q = this.prev(p);
    if (q !== prev.toks[prev.toks.length - 1]) return undefined;
    const m = prev.mentions[prev.mentions.length - 1];
    return m.country ?? m.kb?.country;
  }

  private addQualifier(toks: number[], entry: KbEntry | undefined, country?: string): void {
    if (entry) this.addKnown(toks, entry, "entities/gazetteer");
    else this.mentions.push({ ...this.span(toks), type: "NORP", source: "entities/demonym", country });
  }

  /** "the Ukrainian President" without a name after it: a description of whoever holds the role. */
  private addTitleDescription(titleToks: number[], toks: number[], role: string, country?: string): void {
    const p = this.prev(toks[0]);
    const lw = this.lower(p);
    if (lw !== "the" && !(this.previousRun?.possessive && country)) return;
    const roles = this.lex.descriptions.get(this.keyOf(titleToks)) ?? [role];
    const start = lw === "the" ? this.starts[p] : this.starts[toks[0]];
    this.mentions.push({ start, end: this.ends[titleToks[titleToks.length - 1]], type: "PERSON",
      source: "entities/description", description: roles, country });
  }

  /**
   * "Frente Amplio", "Foro de Sao Paulo", "Partido Socialista leader ...": a name opened by an organisation's
   * word of another language is an organisation, up to a title after it, whatever places it contains.
   */
  private readForeignOrg(toks: number[]): boolean {
    if (toks.length < 2 || !this.lex.orgStarts.has(nameKey(this.word(toks[0])))) return false;
    let end = 1;
    while (end < toks.length && !this.titleAt(toks, end)) end++;
    if (end < 2) return false;
    const head = this.trimConnectors(toks.slice(0, end));
    this.mentions.push({ ...this.span(head), type: "ORG", source: "entities/org-cue", country: this.orgCountry(head) });
    const tail = toks.slice(end);
    if (tail.length) this.readTitled(tail, { toks: tail, possessive: false, mentions: [] });
    return true;
  }

  /** "Ras Beirut", "Wadi Gaza", "Bint Jbeil": a toponymic head and what follows are one place. */
  private readToponym(toks: number[]): boolean {
    if (toks.length < 2 || !this.lex.toponymHeads.has(nameKey(this.word(toks[0])))) return false;
    if (toks.some((t) => this.isCueWord(t))) return false; // "Bab al-Hawa Crossing", "Deir el-Balah Hospital": the cue decides
    this.mentions.push({ ...this.span(toks), type: "GPE", source: "entities/place-cue" });
    return true;
  }

  /** Organisation and place cues: "Rapid Support Forces", "Khatam al-Anbiya Central Headquarters Gholam Ali Rashid". */
  private readCued(toks: number[]): boolean {
    // The event cue ends the name or is followed by what it is for: "Washington Accords for Peace and Prosperity".
    const eventCue = toks.findIndex((t, k) => k > 0 && this.lex.eventCues.has(nameKey(this.word(t))) &&
      (k === toks.length - 1 || ["for", "of", "on"].includes(this.word(toks[k + 1]))));
    if (eventCue > 0) {
      // "Minsk Agreement", "World War Two": an event or treaty named after a place is not the place.
      this.mentions.push({ ...this.span(toks), type: "EVENT", source: "entities/event-cue" });
      return true;
    }
    for (let k = toks.length - 1; k >= 0; k--) {
      const key = nameKey(this.word(toks[k]));
      const isOrg = this.lex.orgCues.has(key);
      const placeType = this.lex.placeCues.get(key);
      if (!isOrg && !placeType) continue;
      // A name may go on after its cue: "Joint Base Elmendorf-Richardson" (a place), "Atomic Energy
      // Organization of Iran" (joined by "of"): then the whole run is the name.
      const whole = !!placeType || (k + 1 < toks.length && this.lower(toks[k + 1]) === "of");
      // ...unless a known name ends the run ("Ministers of the Association of Southeast Asian Nations").
      if (whole && toks.some((_, p) => p > 0 && this.entryFor(toks.slice(p)))) return false;
      const head = whole ? toks : toks.slice(0, k + 1);
      const tail = whole ? [] : toks.slice(k + 1);
      if (head.length === 1) return false;
      if (tail.length === 1) return false;
      const country = this.orgCountry(head.slice(0, -1));
      this.mentions.push({ ...this.span(head), type: isOrg ? "ORG" : placeType!, source: isOrg ? "entities/org-cue" : "entities/place-cue", country });
      const before = this.mentions.length;
      if (tail.length && this.readTitled(tail, { toks: tail, possessive: false, mentions: [] })) {
        for (const m of this.mentions.slice(before)) if (m.type === "PERSON") m.country ??= country;
      } else if (tail.length) {
        const known = this.entryFor(tail);
        this.mentions.push({ ...this.span(tail), type: "PERSON", source: "entities/org-then-person", kb: known?.type === "PERSON" ? known : undefined, country: known?.country ?? country });
      }
      return true;
    }
    return false;
  }

  /** Known names, longest first, left to right; what is left over are unknown names. */
  private segment(toks: number[]): void {
    if (this.readNamedAfterPlace(toks)) return;
    let p = 0;
    let unknownFrom = -1;
    const flush = (end: number) => {
      if (unknownFrom >= 0) this.addUnknown(this.trimConnectors(toks.slice(unknownFrom, end)), toks);
      unknownFrom = -1;
    };
    while (p < toks.length) {
      // a lower-case particle inside a name is no name of its own: "van" in "Alberto van Klaveren" is not the city of Van
      const particle = this.lex.nameConnectors.has(this.lower(toks[p])) || (this.lex.nameParticles.has(this.word(toks[p])) && toks.length > 1);
      const hit = particle ? undefined : this.knownAt(toks, p);
      if (hit) {
        // A country or city followed by one unknown word is a person named like it: "Israel Katz".
        const tail = toks.slice(p + hit.words);
        if (!this.headline && p === 0 && hit.words === 1 && tail.length === 1 && hit.entry.type === "GPE" && !this.knownAt(tail, 0) &&
            this.isCapitalised(tail[0]) && !ACRONYM.test(this.word(tail[0])) && !this.isCueWord(tail[0]) &&
            !this.names.numbered.test(this.word(tail[0])) && !this.kb.demonyms.has(nameKey(this.word(toks[0]))) && !this.afterDefiniteArticle(toks[0])) {
          this.mentions.push({ ...this.span(toks), type: "PERSON", source: "entities/proper-noun-chunk" });
          return;
        }
        // "the Sahel Security Monitor", "the Kyiv Independent": a place then unknown words after "the" name an organisation.
        if (!this.headline && p === 0 && tail.length && hit.entry.type !== "PERSON" && hit.entry.type !== "ORG" &&
            this.afterDefiniteArticle(toks[0]) && tail.every((t) => this.isCapitalised(t) && !this.knownAt([t], 0))) {
          this.mentions.push({ ...this.span(toks), type: "ORG", source: "entities/org-after-place", country: hit.entry.country });
          return;
        }
        // "Social Democrats", "Sweden Democrats": a known group word ("Democrats") qualified by an unknown word is another group.
        // In the plural it names a party ("the Free Democrats"), as "Democrats" alone names one.
        if (unknownFrom >= 0 && p === toks.length - 1 && hit.words === 1 && this.lex.norpCues.has(nameKey(this.word(toks[p])))) {
          const plural = /s$/.test(this.word(toks[p]));
          this.mentions.push({ ...this.span(toks.slice(unknownFrom)), type: plural ? "ORG" : "NORP", source: "entities/proper-noun-chunk" });
          return;
        }
        // "Samuel Doria Medina": two unknown given names before a city's name make a person's name, as does
        // one known given name ("Fernando Villavicencio"), which also makes a person of a country's name ("Luís Montenegro").
        const knownGiven = p - unknownFrom === 1 && this.lex.givenNames.has(nameKey(this.word(toks[unknownFrom])));
        const givenNames = p - unknownFrom >= 2 || knownGiven;
        if (!this.headline && unknownFrom >= 0 && givenNames && p === toks.length - 1 && hit.words === 1 &&
            (hit.entry.kind === "city" || (knownGiven && hit.entry.kind === "country")) &&
            toks.slice(unknownFrom, p).every((t) => this.pos[t] === "PROPN" && !this.isCueWord(t) && !this.lex.placeStarts.has(nameKey(this.word(t))) &&
              !this.kb.demonyms.has(nameKey(this.word(t))))) {
          this.mentions.push({ ...this.span(toks.slice(unknownFrom)), type: "PERSON", source: "entities/proper-noun-chunk" });
          return;
        }
        // A known person's family name after an unknown given name is someone else of that family: "Tiffany Trump".
        if (!this.headline && unknownFrom >= 0 && p === toks.length - 1 && hit.words === 1 && hit.entry.type === "PERSON" &&
            p - unknownFrom <= 2 && toks.slice(unknownFrom, p).every((t) => this.isCapitalised(t) && !this.entryFor([t]) &&
              !this.lex.titles.has(nameKey(this.word(t))) && !this.lex.honorifics.has(nameKey(this.word(t))))) {
          this.mentions.push({ ...this.span(toks.slice(unknownFrom)), type: "PERSON", source: "entities/proper-noun-chunk" });
          return;
        }
        flush(p);
        this.addKnown(toks.slice(p, p + hit.words), hit.entry, "entities/gazetteer");
        p += hit.words;
      } else {
        if (unknownFrom < 0) unknownFrom = p;
        p++;
      }
    }
    flush(p);
  }

  /** "Echo of the Caucasus", "University of Tehran": an unknown name "of" a known place is an organisation. */
  private readNamedAfterPlace(toks: number[]): boolean {
    if (this.headline) return false;
    const of = toks.findIndex((t) => this.word(t) === "of");
    if (of < 1) return false;
    const head = toks.slice(0, of);
    const place = toks.slice(this.lower(toks[of + 1]) === "the" ? of + 2 : of + 1);
    const entry = place.length ? this.entryFor(place) : undefined;
    if (!entry || entry.type === "PERSON" || entry.type === "ORG" || this.knownAt(head, 0)) return false;
    // "Rebecca Felton of Georgia" is a person from a place: the head must read as an organisation.
    if (head.length > 1 && !head.some((t) => this.lex.orgCues.has(nameKey(this.word(t))))) return false;
    if (head.some((t) => this.lex.norpCues.has(nameKey(this.word(t))))) return false;
    if (head.some((t) => this.lex.titles.has(nameKey(this.word(t))))) return false;
    this.mentions.push({ ...this.span(toks), type: "ORG", source: "entities/org-of-place", country: entry.country });
    return true;
  }

  /** "the Sahel ...", "the far-right ...", "the ruling ...": "the", then at most a few adjectives, before token t. */
  private afterDefiniteArticle(t: number): boolean {
    let k = this.prev(t);
    for (let n = 0; n < 5 && k >= 0; n++, k = this.prev(k)) {
      const w = this.lower(k);
      if (w === "the") return true;
      if (this.lex.titleModifiers.has(w) || this.lex.titleQualifiers.has(w)) return false; // "the late Shinzo Abe"
      if (w !== "-" && !(LOWER_WORD.test(w) && (this.pos[k] === "ADJ" || this.word(this.prev(k)) === "-" || this.word(this.next(k)) === "-"))) return false;
    }
    return false;
  }

  /**
   * "in Lalitpur and Bhaktapur", "near Kherson, Mykolaiv or Odesa": a name listed after a place that a
   * preposition placed is a place too.
   */
  private coordinatedPlace(joint: number, next: number): boolean {
    const w = this.lower(joint);
    if (next >= 0 && this.names.speechVerbs.has(this.lemma[next])) return false; // "in Doha and Smith said"
    // after a comma, only a list going on ("Kherson, Bashtanka or ..."): "in Manila, MaryKay Carlson," is an apposition
    const listed = w === "and" || w === "or" || (w === "," && (this.lower(next) === "and" || this.lower(next) === "or"));
    if (!listed) return false;
    const before = this.mentions[this.mentions.length - 1];
    let last = this.prev(joint);
    if (this.lex.placeNouns.has(this.lower(last))) last = this.prev(last); // "Zamzam camp and Abu Shouk"
    if (!before || last < 0 || before.end !== this.ends[last] || !PLACE_TYPES.has(before.type)) return false;
    if (before.locative) return true;
    const lead = this.prev(tokensIn(this.segments, before.start, before.end)[0]);
    return this.lex.locativePrepositions.has(this.lower(lead)) && this.lower(lead) !== "from";
  }

  /** "the Sheikh Jarrah neighbourhood", "the Imam Ali shrine area": before a place noun, a title or honorific opens a place's name. */
  private readTitledPlace(toks: number[]): boolean {
    const first = nameKey(this.word(toks[0]));
    if (toks.length < 2 || !(this.lex.titles.has(first) || this.lex.honorifics.has(first))) return false;
    if (this.entryFor(toks) || !this.beforePlaceNoun(this.next(toks[toks.length - 1]))) return false;
    this.mentions.push({ ...this.span(toks), type: "GPE", source: "entities/place-noun", locative: true });
    return true;
  }

  /**
   * "Kyauk Ni Maw village", "the Shuafat refugee camp": a place noun right after the name or after one
   * lower-case noun; or the plural ending a list of names ("Surin, Si Sa Ket and Ubon Ratchathani provinces").
   */
  private beforePlaceNoun(next: number): boolean {
    if (this.lex.placeNouns.has(this.lower(next))) return true;
    if (this.word(next) === "," || this.lower(next) === "and" || this.lower(next) === "or") {
      let k = next;
      for (let n = 0; n < 15 && k >= 0 && (this.isCapitalised(k) || /^(?:,|and|or|-)$/.test(this.word(k))); n++) k = this.next(k);
      if (k >= 0 && /s$/.test(this.word(k)) && this.lex.placeNouns.has(this.lower(k))) return true;
    }
    const after = this.next(next);
    return next >= 0 && LOWER_WORD.test(this.word(next)) && (this.pos[next] === "NOUN" || this.pos[next] === "ADJ") &&
      this.lex.placeNouns.has(this.lower(after));
  }

  /** "in Doral, Florida", "in Kupiansk, Ukraine": after a locative preposition and before ", <known place>". */
  private beforeKnownPlace(comma: number, prev: number): boolean {
    if (comma < 0 || this.word(comma) !== "," || !this.lex.locativePrepositions.has(this.lower(prev))) return false;
    const place = this.next(comma);
    const type = place >= 0 && this.isCapitalised(place) ? this.entryFor([place])?.type : undefined;
    return type === "GPE" || type === "LOC";
  }

  /** ", a Brussels-based clearing house": an apposition headed by an organisation noun. */
  private describedAsOrg(comma: number): boolean {
    if (comma < 0 || this.word(comma) !== ",") return false;
    const det = this.next(comma);
    if (det < 0 || !/^(?:a|an|the)$/.test(this.lower(det))) return false;
    for (let k = this.next(det), n = 0; k >= 0 && n < 6; k = this.next(k), n++) {
      if (this.pos[k] === "PUNCT" && this.word(k) !== "-") return false;
      if (this.pos[k] === "NOUN" && this.lex.orgNouns.has(this.lemma[k])) {
        const after = this.next(k);
        return after < 0 || this.pos[after] !== "NOUN"; // the head, not a modifier ("a group leader")
      }
    }
    return false;
  }

  /** "PUTRAJAYA, July 28 -", "WASHINGTON/CARACAS, Sept 3 -": capitals opening the article before a comma or dash are places. */
  private inDateline(toks: number[]): boolean {
    if (this.sentence !== this.segments.sentences[0]) return false;
    for (let k = this.sentence.firstToken; k < toks[0]; k++) {
      if (this.pos[k] !== "SPACE" && this.word(k) !== "/" && !CAPITALS.test(this.word(k))) return false;
    }
    const after = this.next(toks[toks.length - 1]);
    return toks.every((t) => CAPITALS.test(this.word(t)) && this.word(t).length > 1) && after >= 0 && (DATELINE_FOLLOW.has(this.word(after)));
  }

  /**
   * The wire or outlet of a dateline, in brackets before its dash ("KUALA LUMPUR (Reuters) -", "ANKARA,
   * May 14 (Desk) -") or after its comma ("Tehran, IRNA -"): the article's source, never a person.
   */
  private isDatelineSource(toks: number[]): boolean {
    if (this.sentence !== this.segments.sentences[0]) return false;
    const before = this.prev(toks[0]);
    const after = this.next(toks[toks.length - 1]);
    const bracketed = this.word(before) === "(" && this.word(after) === ")" && DATELINE_DASHES.has(this.word(this.next(after)));
    // after a comma, an agency is written in capitals ("Tehran, IRNA -"); a region is not ("ERBIL, Kurdistan Region -")
    const afterComma = this.word(before) === "," && DATELINE_DASHES.has(this.word(after)) && toks.every((t) => CAPITALS.test(this.word(t)));
    if (!bracketed && !afterComma) return false;
    // before it, only the dateline: a place, then perhaps a region or a date ("May 14", "Sept. 3")
    let p = this.prev(before);
    while (p >= 0 && (DATELINE_WORD.test(this.word(p)) || this.isCapitalised(p))) p = this.prev(p);
    return p < 0 && this.prev(before) >= 0;
  }

  /** A word that says what kind of name it is part of, never a name itself ("Democrat", "Ministry", "Province"). */
  private isCueWord(t: number): boolean {
    const key = nameKey(this.word(t));
    return this.lex.norpCues.has(key) || this.lex.orgCues.has(key) || this.lex.placeCues.has(key) ||
      this.lex.eventCues.has(key) || this.lex.titles.has(key) || this.lex.stateNouns.has(key);
  }

  /** A word that ends an organisation's, a place's or an event's name ("Organization", "Route", "Accords"). */
  private isKindCue(t: number): boolean {
    const key = nameKey(this.word(t));
    return this.lex.orgCues.has(key) || this.lex.placeCues.has(key) || this.lex.eventCues.has(key);
  }

  private addUnknown(toks: number[], run: number[]): void {
    if (!toks.length || this.headline) return;
    const words = toks.map((t) => this.word(t));
    const country = this.kb.demonyms.get(this.keyOf(toks)); // "Russian", "South Korean"
    if (country) {
      this.mentions.push({ ...this.span(toks), type: "NORP", source: "entities/demonym", country });
      return;
    }
    if (toks.length === 1) {
      const key = nameKey(words[0]);
      if (this.lex.titles.has(key) || this.lex.honorifics.has(key) || /^\d/.test(words[0])) return;
      if (this.lex.orgCues.has(key) || this.lex.stateNouns.has(key) || this.lex.placeStarts.has(key)) return;
      if (this.lex.months.has(key) && (this.lex.monthContext.has(this.lower(this.prev(toks[0]))) || /^\d/.test(this.word(this.next(toks[0]))))) return;
    }
    if (toks.every((t) => this.lex.nameParticles.has(this.lower(t)) || this.word(t) === "-")) return;
    // "Euro-Atlantic security", "Sino-Russian ties": a hyphenated adjective, no name
    if (this.lex.combiningPrefixes.has(this.lower(toks[0])) && this.word(toks[1]) === "-" && /^\p{Ll}/u.test(this.word(this.next(toks[toks.length - 1])))) return;
    if (words.join("").length < 2) return;
    const first = toks[0];
    const last = toks[toks.length - 1];
    const prev = this.prev(first);
    const next = this.next(last);
    // One unknown word after "in" is as often a company or a month as a place: it needs a stronger sign.
    const afterPreposition = toks.length > 1 && this.lex.locativePrepositions.has(this.lower(prev));
    const afterPlaceNoun = this.lex.locativePrepositions.has(this.lower(prev)) || this.lower(prev) === "of" ? this.lex.placeNouns.has(this.lower(this.prev(prev))) : false;
    // "lost to George Simion": a name opening with a given name is a person wherever a preposition puts it
    const givenName = toks.length > 1 && this.lex.givenNames.has(nameKey(words[0]));
    const locative = this.inDateline(toks) || (toks[0] === run[0] && !givenName && (afterPreposition || this.lex.placePrepositions.has(this.lower(prev)) ||
      this.lex.placeModifiers.has(this.lower(prev)) || afterPlaceNoun || this.beforeKnownPlace(next, prev) || this.coordinatedPlace(prev, next))) ||
      this.beforePlaceNoun(next) ||
      (this.word(next) === "," && this.names.appositionPlaceWords.has(this.lower(this.next(next))));
    const speaker = next >= 0 && this.names.speechVerbs.has(this.lemma[next]) && !this.isSentenceStart(first);
    const m: Mention = { ...this.span(toks), type: this.typeOfUnknown(toks, locative), source: "entities/proper-noun-chunk", locative, speaker };
    // 'called the inquiry a "Witch Hunt"': capitalised words alone in quotes are a phrase cited, not someone's
    // name; nor is a capitalised phrase after "a" ("called it a Witch Hunt"): people are not counted out.
    if (m.type === "PERSON" && ((QUOTE_MARK.test(this.word(prev)) && QUOTE_MARK.test(this.word(next))) || (toks.length > 1 && /^an?$/.test(this.lower(prev))))) return;
    if (m.type === "NORP") m.country = this.regionOfAdjective(toks);
    const handle = HANDLE.test(words[0]);
    if (handle) m.name = words[0].slice(1).replace(CAMEL, "$1 $2");
    if (toks.length === 1 || handle) {
      m.weak = true;
      if (ACRONYM.test(words[0])) m.type = "ORG";
      // "Euroclear, a Brussels-based clearing house", "the Left party": an apposition or a noun after it says what it is
      if (this.describedAsOrg(next) || (this.pos[next] === "NOUN" && this.lex.orgNouns.has(this.lower(next)) && this.afterDefiniteArticle(first))) {
        m.type = "ORG";
        m.weak = false;
      }
    }
    this.mentions.push(m);
  }

  /**
   * What an unknown name is: an event or law by its cue ("World War Two"), an organisation when it
   * has "of"/"for"/"and" or an acronym inside ("Archive of Public Gatherings", "Soviet NKVD") or starts
   * with a nationality, a place by its context, else a person.
   */
  private typeOfUnknown(toks: number[], locative: boolean): string {
    if (toks.some((t) => this.lex.eventCues.has(nameKey(this.word(t))))) return "EVENT";
    if (this.regionOfAdjective(toks) !== undefined || toks.some((t) => this.lex.norpCues.has(nameKey(this.word(t))))) return "NORP";
    if (toks.length > 1 && this.lex.vesselPrefixes.has(nameKey(this.word(toks[0])))) return "PRODUCT"; // "BRP Suluan"
    // "Air Force One", "Falcon 9": a name ending in a number is a vehicle or a product, nobody's name.
    if (toks.length > 1 && this.names.numbered.test(this.word(toks[toks.length - 1]))) return "PRODUCT";
    // "Generation Z", "Plan B": a name ending in one bare letter is a label, not a person.
    if (toks.length > 1 && /^\p{Lu}$/u.test(this.word(toks[toks.length - 1]))) return "MISC";
    if (locative || (toks.length > 1 && this.lex.placeStarts.has(nameKey(this.word(toks[0]))))) return "GPE";
    if (toks.length > 1 && toks.some((t) => this.lex.nameConnectors.has(this.word(t)) || ACRONYM.test(this.word(t)))) return "ORG";
    // People's names do not start with a nationality: "European Community", "Latvian Railways".
    if (toks.length > 1 && (this.countryOfWord(toks[0]) || this.regionOfAdjective([toks[0]]) !== undefined)) return "ORG";
    // Nor follow "the": "the Sudan Doctors Network", "the far-right National Rally".
    if (toks.length > 1 && this.afterDefiniteArticle(toks[0])) return "ORG";
    return "PERSON";
  }

  /** "Latin American", "South African": the adjective of a known place; "" when the place has no country. */
  private regionOfAdjective(toks: number[]): string | undefined {
    const key = this.keyOf(toks);
    if (!/an$/.test(key)) return undefined;
    const place = this.kb.byName.get(key.slice(0, -1))?.[0] ?? this.kb.byName.get(key.slice(0, -2))?.[0];
    return place && place.type !== "PERSON" ? place.country ?? "" : undefined;
  }

  private addKnown(toks: number[], entry: KbEntry, source: string): void {
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
  private actsAsState(toks: number[]): boolean {
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

  /** "(ISPR)" right after a name: the acronym, pointing at the mention it abbreviates. */
  private bracketedAcronym(last: number): number {
    const open = this.next(last);
    if (open < 0 || this.word(open) !== "(") return -1;
    const acr = this.next(open);
    const close = this.next(acr);
    if (acr < 0 || close < 0 || this.word(close) !== ")" || !ACRONYM.test(this.word(acr).replace(/\./g, ""))) return -1;
    return acr;
  }

  /** "(ISPR)" after a name; a known acronym of something else ("GENEVA (AP)") is a name of its own. */
  private addAcronym(acr: number, of: Mention): void {
    const entry = this.kb.byName.get(nameKey(this.word(acr)))?.[0];
    if (entry && entry !== of.kb) return this.addKnown([acr], entry, "entities/gazetteer");
    if (of.type === "PERSON" && !of.kb && of.source === "entities/proper-noun-chunk") of.type = "ORG";
    if (of.type !== "ORG") return;
    this.mentions.push({ start: this.starts[acr], end: this.ends[acr], type: of.type, source: "entities/acronym",
      acronymOf: of, kb: entry, country: of.country });
  }

  /**
   * Lower-case title words just before a run ("State Department spokesman Tommy Pigott", "Trump's
   * Ukraine envoy Keith Kellogg", "IRGC chief Hossein Salami"): the run's person gets the role, and
   * the country of the run before the title (or of its possessor).
   */
  private applyTitleBefore(toks: number[], run: Run): void {
    const target = this.mentions[this.mentions.length - 1];
    if (!target || target.start !== this.starts[toks[0]] || (target.type !== "PERSON" && !target.weak) || target.title) return;
    let p = this.prev(toks[0]);
    const lowered: number[] = [];
    while (p >= 0 && lowered.length < 6 && LOWER_WORD_OR_DASH.test(this.word(p))) {
      lowered.unshift(p);
      p = this.prev(p);
    }
    const title = this.titleInLowercase(lowered);
    if (!title || (target.kb && target.kb.type !== "PERSON")) return;
    const { part, info } = title;
    target.type = "PERSON";
    target.weak = false;
    target.title = this.textOf(part);
    target.roleKey = info.role;
    target.sector = info.sector;
    target.source = target.kb ? target.source : "entities/title-pattern";
    target.pastRole = this.lex.titleModifiers.has(this.lower(this.prev(part[0])));
    const before = this.previousRun;
    let joint = this.prev(part[0]);
    // "Azerbaijani presidential adviser ...": adjectives between the country and the title
    while (lowered.includes(joint) && this.pos[joint] === "ADJ") joint = this.prev(joint);
    if (before?.possessive && (this.word(joint) === "'s" || this.word(joint) === "\u2019s")) joint = this.prev(joint);
    if (!target.country && before && before !== run && joint === before.toks[before.toks.length - 1]) {
      const q = before.mentions[before.mentions.length - 1];
      target.country = this.possessorCountry(before) ?? q?.country ?? q?.kb?.country;
      if (q?.kb?.type === "ORG" && q.kb.code) target.code = q.kb.code; // "Hamas official": PSEREB
    }
  }

  /**
   * The title among lower-case words before a name: right before it ("spokesman Tommy Pigott") or
   * followed by what it is of ("spokesperson of the armed forces Abolfazl Shekarchi").
   */
  private titleInLowercase(words: number[]): { part: number[]; info: TitleInfo } | undefined {
    for (let k = 0; k < words.length; k++) {
      for (let n = Math.min(3, words.length - k); n > 0; n--) {
        const info = this.lex.titles.get(this.keyOf(words.slice(k, k + n)));
        // "of" must name something before the person: "spokesperson of the armed forces Abolfazl
        // Shekarchi", but in "the president of the Eurogroup" the capitalised word is what he presides.
        // "the leader of the far-right National Rally": an adjective last leaves the name as the head of the "of".
        const ofWhat = words.slice(k + n + 1).filter((t) => this.word(t) !== "the");
        const last = ofWhat[ofWhat.length - 1];
        const complete = ofWhat.length > 0 && this.pos[last] === "NOUN" && this.word(this.prev(last)) !== "-";
        if (info && (k + n === words.length || (this.word(words[k + n]) === "of" && complete))) return { part: words.slice(k), info };
      }
    }
    return undefined;
  }


  private textOf(toks: number[]): string {
    return this.text.slice(this.starts[toks[0]], this.ends[toks[toks.length - 1]]).replace(/\s+/g, " ");
  }

  // ---------- descriptions ----------

  /**
   * "the Ukrainian leader", "the U.S. president", "The wartime leader", "Oman's foreign minister": a
   * role word not followed by a name, after "the" or a possessive country. Returns the last token read.
   */
  private readDescription(i: number): number {
    if (this.headline || this.pos[i] === "SPACE" || !this.lex.descriptionStarts.has(this.lower(i))) return i;
    let head = -1;
    let roles: string[] | undefined;
    const words = [i];
    for (let k = this.next(i); words.length < 3 && k >= 0 && !this.isCapitalised(k); k = this.next(k)) words.push(k);
    for (let n = words.length; n > 0 && !roles; n--) {
      roles = this.lex.descriptions.get(this.keyOf(words.slice(0, n)));
      head = words[n - 1];
    }
    if (!roles) return i;
    const after = this.next(head);
    if (after >= 0 && this.isCapitalised(after) && this.pos[after] === "PROPN") return head;
    let country: string | undefined;
    let p = this.prev(i);
    let start = -1;
    for (let steps = 0; p >= 0 && steps < 5; steps++) {
      const w = this.word(p);
      const key = nameKey(w);
      if (key === "the" || this.names.possessiveDeterminers.has(key)) {
        start = p;
        break;
      }
      if (w === "'s" || w === "\u2019s") {
        const owner = this.prev(p);
        const c = this.countryOfWord(owner);
        if (c) {
          country = c;
          start = owner;
        }
        break;
      }
      const c = this.countryOfWord(p);
      if (c) country = c;
      else if (!this.lex.titleQualifiers.has(key)) break;
      p = this.prev(p);
    }
    if (start < 0) return head;
    this.mentions.push({ start: this.starts[start], end: this.ends[head], type: "PERSON", source: "entities/description",
      description: roles, country });
    return head;
  }

  /** The country a word names or stands for: "Russian", "U.S.", "Kremlin" (a national institution). */
  private countryOfWord(t: number): string | undefined {
    if (t < 0) return undefined;
    const key = nameKey(this.word(t));
    const entries = this.kb.byName.get(key);
    return this.kb.demonyms.get(key) ?? entries?.find((e) => e.kind === "country")?.id ??
      entries?.find((e) => e.kind === "org" && e.country)?.country;
  }
}

// Who said it: the speech verb next to a quote and the noun phrase that goes with it, before the quote
// ("Zelensky said he had a "good meeting"") or after it (""...," State Department spokesman Tommy Pigott
// said"; ""...," said Lavrov"), through the actor index (titles, pronouns, descriptions).
import type { ActorRef, Segments, Sentence } from "../model/index.ts";
import { sentenceAt } from "../segment/index.ts";
import { chunkOfToken, INVERTED_VERBS, SPEAKER_AFTER, subjectOf, subjectToken } from "../link/index.ts";
import type { ActorIndex, Chunk } from "../link/index.ts";
import { isCoordinated, isSpeechVerb, participleSpeaker, quotesMeans, reportingSpeaker, respondsTo, speakerOf, withSubject } from "./cue-clause.ts";

export interface Attribution {
  /** Unset when the cue's speaker names no one we know ("a source familiar with the talks said"). */
  speaker?: ActorRef;
  /** The speech verb (or phrase) that attributes the words. */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** Which rule found it, e.g. "quotes/cue-after". */
  rule: string;
}

/** Tokens looked at after a closing mark for "..., X said": news keeps the cue close. */
const CUE_WINDOW = 10;
const BETWEEN_QUOTE_AND_CUE = new Set([",", "(", ")"]);

/**
 * The sentence in which a cue after the closing mark at `close` would stand: the quote's own, or, when a
 * question or an exclamation ended it there (""What crime did I commit?" he asked."), the next one.
 */
function cueSentence(text: string, segments: Segments, close: number): Sentence | undefined {
  const own = sentenceAt(segments, Math.min(close, text.length - 1)) ?? sentenceAt(segments, close - 1);
  if (!own || own.end > close + 1 || !/[?!]$/.test(text.slice(0, close).trimEnd())) return own;
  // The sentence that begins at the mark or one character after it.
  const next = sentenceAt(segments, close + 1) ?? sentenceAt(segments, own.end + 1);
  return next && next !== own ? next : own;
}

function firstTokenAfter(segments: Segments, offset: number, sentence: Sentence): number {
  for (let t = sentence.firstToken; t <= sentence.lastToken; t++) if (segments.tokens.start[t] >= offset) return t;
  return sentence.lastToken + 1;
}

/**
 * ""...," X said" / ""...," said X" / ""...," he told reporters" / ""...," a diplomat in Manila said": the
 * cue right after the closing mark. Its speaker is the noun phrase before the verb, whose own
 * prepositional phrases only describe it, unless it is a bare title ("a spokesman for the army").
 */
export function cueAfter(text: string, segments: Segments, ix: ActorIndex, close: number): Attribution | undefined {
  const sentence = cueSentence(text, segments, close);
  if (!sentence) return undefined;
  const from = firstTokenAfter(segments, close + 1, sentence);
  let subject: Chunk | undefined;
  let person: ActorRef | undefined;
  let described: { modifier: Chunk; preposition: string } | undefined;
  let preposition: string | undefined;
  // A noun phrase counts as one step: "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, told".
  for (let t = from, steps = 0; t <= sentence.lastToken && steps <= CUE_WINDOW; t++, steps++) {
    // '"...", according to her': the phrase after "according to" speaks.
    const according = subject ? undefined : SPEAKER_AFTER.find((p) => p.every((w, k) => ix.words[t + k] === w));
    if (according) {
      const speaker = describedAt(ix, t + according.length);
      return speaker && attribution(text, segments, speaker, t, t + according.length - 1, "quotes/according-to");
    }
    if (isSpeechVerb(ix, t)) {
      // ""...," said US Secretary of the Treasury Scott Bessent": the person, past the title's words.
      if (!subject) {
        const after = INVERTED_VERBS.has(ix.tokens.lemma[t]) ? personAfter(ix, t, sentence.lastToken) : undefined;
        return after && attribution(text, segments, after, t, t, "quotes/cue-after");
      }
      // The verb's subject in the tree, through title chains and appositions, when it names someone.
      const fromTree = treeSpeaker(ix, t, from);
      // A speaker we cannot name is still a speaker: the words are not the previous quote's.
      const speaker = fromTree ?? person ?? speakerOfDescribed(ix, subject, described?.modifier, described?.preposition);
      return attribution(text, segments, speaker, t, t, "quotes/cue-after");
    }
    const c = ix.chunkAt[t];
    if (c >= 0) {
      const chunk = ix.chunks[c];
      if (!subject) subject = chunk;
      else if (preposition) described ??= { modifier: chunk, preposition };
      // "the Israel Defense Forces (IDF) statement": a later phrase names the one the first did not.
      else if (!speakerOf(ix, subject)) subject = chunk;
      // "Qatar's prime minister, Sheikh X,": the person a title stands beside speaks.
      if (!preposition && chunk.head?.isPerson) person ??= chunk.head.ref;
      t = chunk.last;
    } else if (subject && isRelativeClauseOn(ix, t, subject)) {
      // "Embaló, who was seeking a second term in Sunday's vote, told": the speaker's relative clause describes it.
      t = ix.tree.extent(ix.tree.head(t))[1];
    } else if (subject && ix.tree.base(t) === "amod") {
      // "Yang Geum-deok, a former forced labourer, told": a participle modifying a noun of the phrase.
    } else if (subject && ix.tokens.pos[t] === "ADP") {
      preposition = ix.words[t];
    } else if (ix.words[t] === ",") {
      preposition = undefined; // "a spokesman for the army, Colonel X,": the phrase ends at the comma
    } else if (!BETWEEN_QUOTE_AND_CUE.has(ix.words[t]) && ix.tokens.pos[t] !== "ADV" && !(subject && ix.tokens.pos[t] === "AUX")) {
      // Only the speaker, a comma, an adverb, an aside in brackets and the cue's auxiliary ("X has said")
      // stand between a quote and its cue ("and urged ..." is another clause; "... is a key part of" the
      // quote's own sentence).
      return undefined;
    }
  }
  return undefined;
}

/** Whether `t` opens a relative clause ("who", "which") on a word of `subject`. */
function isRelativeClauseOn(ix: ActorIndex, t: number, subject: Chunk): boolean {
  const clause = ix.tree.head(t);
  if (clause < 0 || ix.tree.relation(clause) !== "acl:relcl" || ix.tree.upos(t) !== "PRON") return false;
  const noun = ix.tree.head(clause);
  return noun >= subject.first && noun <= subject.last;
}

/**
 * ""...," Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher told
 * the Council": the speech verb after the quote that the tree hangs the quoted clause on, when the words
 * between are too many or too varied for `cueAfter` to walk. Its subject, after the quote, speaks.
 */
export function cueGoverning(text: string, segments: Segments, ix: ActorIndex, open: number, close: number): Attribution | undefined {
  const sentence = sentenceAt(segments, Math.min(close, text.length - 1)) ?? sentenceAt(segments, close - 1);
  if (!sentence) return undefined;
  const from = firstTokenAfter(segments, close + 1, sentence);
  for (let t = Math.max(sentence.firstToken, firstTokenAfter(segments, open, sentence)); t < from; t++) {
    const verb = ix.tree.head(t);
    if (verb < from || verb > sentence.lastToken || !isSpeechVerb(ix, verb)) continue;
    // '"...," as X claimed': a verb of an adverbial clause compares, it does not attribute.
    if (ix.tree.child(verb, "mark") >= 0) return undefined;
    const speaker = treeSpeaker(ix, verb, from);
    return speaker && attribution(text, segments, speaker, verb, verb, "quotes/cue-governing");
  }
  return undefined;
}

/**
 * "Rubio reaffirmed Washington's "ironclad" commitment ..., spokesperson Tammy Bruce said.": a cue that
 * closes the sentence after a comma reports all of it, the quoted words with it.
 */
export function cueAtEnd(text: string, segments: Segments, ix: ActorIndex, close: number): Attribution | undefined {
  const sentence = sentenceAt(segments, close);
  if (!sentence) return undefined;
  const after = firstTokenAfter(segments, close + 1, sentence);
  // The speaker may be set off by commas of its own ("..., Adrienne Watson, a spokeswoman for the White
  // House, said."): the earliest of the last few commas from which the walk reaches the cue.
  const commas: number[] = [];
  for (let k = sentence.lastToken - 1; k > after && commas.length < END_CUE_COMMAS; k--) if (ix.words[k] === ",") commas.unshift(k);
  let found: Attribution | undefined;
  for (const comma of commas) {
    found = cueAfter(text, segments, ix, segments.tokens.start[comma]);
    if (found?.speaker) break;
  }
  if (!found?.speaker) return undefined;
  const verb = firstTokenAfter(segments, found.cueStart, sentence);
  if (ix.words[verb].endsWith("ing")) return undefined; // ", adding ...": another clause, not a report of this one
  for (let k = verb + 1; k <= sentence.lastToken; k++) if (ix.tokens.pos[k] === "VERB" || ix.tokens.pos[k] === "AUX") return undefined;
  return { ...found, rule: "quotes/cue-at-end" };
}

/** Commas looked back over from a sentence's end for the cue that closes it. */
const END_CUE_COMMAS = 3;

/** The speaker the tree gives a speech verb at or after token `from`: its subject, or for a bare title the one it speaks for. */
function treeSpeaker(ix: ActorIndex, verb: number, from: number): ActorRef | undefined {
  const subject = subjectToken(ix, verb);
  // The cue after a quote names its speaker after the quote; a subject before it is another clause's.
  if (subject < from) return undefined;
  const chunk = chunkOfToken(ix, subject);
  if (!chunk) return undefined;
  const modifier = ix.tree.childrenWith(subject, "nmod").find((k) => SPEAKS_FOR.has(ix.tree.marker(k)));
  return speakerOfDescribed(ix, chunk, modifier === undefined ? undefined : chunkOfToken(ix, modifier), modifier === undefined ? undefined : ix.tree.marker(modifier));
}

/** Prepositions after a bare title that name whom it speaks for: "a spokesman for the army". */
const SPEAKS_FOR = new Set(["for", "of", "from", "at", "by"]);

/** The speaker a noun phrase starting at token `t` names: "according to a statement from the army". */
function describedAt(ix: ActorIndex, t: number): ActorRef | undefined {
  const c = ix.chunkAt[t];
  if (c < 0) return undefined;
  const chunk = ix.chunks[c];
  const preposition = ix.tokens.pos[chunk.last + 1] === "ADP" ? ix.words[chunk.last + 1] : undefined;
  const next = preposition ? ix.chunkAt[chunk.last + 2] : -1;
  return speakerOfDescribed(ix, chunk, next >= 0 ? ix.chunks[next] : undefined, preposition);
}

/** "SABA quoted Houthi leader X as saying ...": the one quoted speaks, not the one quoting. */
function quotedAs(ix: ActorIndex, t: number): ActorRef | undefined {
  if (ix.words[t - 1] !== "as") return undefined;
  const c = ix.chunkAt[t - 2];
  if (c < 0 || ix.tokens.lemma[ix.chunks[c].first - 1] !== "quote") return undefined;
  return speakerOf(ix, ix.chunks[c]);
}

/** The speaker a noun phrase names; a bare title or a nameless phrase takes the one its "for/of" phrase names. */
function speakerOfDescribed(ix: ActorIndex, subject: Chunk, modifier: Chunk | undefined, preposition: string | undefined): ActorRef | undefined {
  const own = speakerOf(ix, subject);
  const bare = !own || (subject.head?.kind === "group" && !own.country);
  const behalf = bare && modifier && preposition && SPEAKS_FOR.has(preposition) ? speakerOf(ix, modifier) : undefined;
  return behalf ?? own;
}

function personAfter(ix: ActorIndex, verb: number, last: number): ActorRef | undefined {
  let first: ActorRef | undefined;
  for (let k = verb + 1; k <= last && k <= verb + CUE_WINDOW; k++) {
    const c = ix.chunkAt[k];
    if (c < 0) {
      if (ix.words[k] !== "of" && ix.words[k] !== "the" && ix.words[k] !== ",") break;
      continue;
    }
    const actor = ix.chunks[c].head;
    if (actor?.isPerson) return actor.ref;
    first ??= actor?.ref;
    k = ix.chunks[c].last;
  }
  return first;
}

/** "X said ...", "X described the talks as "..."", "according to X": the cue before the opening mark. */
export function cueBefore(text: string, segments: Segments, ix: ActorIndex, open: number): Attribution | undefined {
  let sentence = sentenceAt(segments, open);
  if (!sentence) return undefined;
  let until = firstTokenAfter(segments, open, sentence);
  // 'Trump wrote: "..."' - a quote opening its own sentence after a colon belongs to the one before.
  let colon = sentence.firstToken - 1;
  while (colon >= 0 && ix.tokens.pos[colon] === "SPACE") colon--; // over a paragraph break
  const leadIn = until === sentence.firstToken && colon >= 0 && ix.words[colon] === ":";
  if (leadIn) {
    sentence = sentenceAt(segments, segments.tokens.start[colon]) ?? sentence;
    until = sentence.lastToken + 1;
  }
  // The nearest cue wins: in "A said ..., while B said he hoped for "..."" the words are B's.
  let nearest: Attribution | undefined;
  for (let t = sentence.firstToken; t < until; t++) {
    const phrase = SPEAKER_AFTER.find((p) => p.every((w, k) => ix.words[t + k] === w));
    if (phrase) {
      const speaker = describedAt(ix, t + phrase.length);
      if (speaker) nearest = attribution(text, segments, speaker, t, t + phrase.length - 1, "quotes/according-to");
    }
    if (!isSpeechVerb(ix, t) || respondsTo(ix, t) || quotesMeans(ix, t, until)) continue;
    // "Trump said ... and suggested that Kyiv could "...": a cue coordinated with an earlier one shares its speaker.
    const coordinated = nearest && isCoordinated(ix, t, sentence.firstToken) ? nearest.speaker : undefined;
    const speaker = coordinated ?? quotedAs(ix, t) ?? withSubject(ix, t, sentence.firstToken) ?? participleSpeaker(ix, t) ?? reportingSpeaker(ix, t) ?? speakerOf(ix, subjectOf(ix, t));
    if (speaker) nearest = attribution(text, segments, speaker, t, t, "quotes/cue-before");
  }
  return nearest ?? (leadIn ? leadInSpeaker(text, segments, ix, sentence) : undefined);
}

/**
 * "Hamas issued a statement on Sunday:" / "The ministry, in a statement:": a sentence that ends in a
 * colon before a quote introduces it, speech verb or not; its subject speaks.
 */
function leadInSpeaker(text: string, segments: Segments, ix: ActorIndex, sentence: Sentence): Attribution | undefined {
  const first = sentence.firstToken;
  for (let t = first; t <= sentence.lastToken; t++) {
    if (ix.tokens.pos[t] !== "VERB") continue;
    const speaker = speakerOf(ix, subjectOf(ix, t));
    return speaker && attribution(text, segments, speaker, t, t, "quotes/lead-in");
  }
  const opening = ix.chunkAt[first] >= 0 ? ix.chunks[ix.chunkAt[first]] : undefined;
  const speaker = speakerOf(ix, opening);
  return speaker && opening && attribution(text, segments, speaker, opening.first, opening.last, "quotes/lead-in");
}

function attribution(text: string, segments: Segments, speaker: ActorRef | undefined, first: number, last: number, rule: string): Attribution {
  const cueStart = segments.tokens.start[first];
  const cueEnd = segments.tokens.end[last];
  return { speaker, cue: text.slice(cueStart, cueEnd), cueStart, cueEnd, rule };
}

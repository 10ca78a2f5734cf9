// The quotes layer: direct quotes from quotation marks (over sentence and paragraph breaks, nested,
// partial) and indirect speech, each with its speaker resolved through the actor index.
import type { KnowledgeBase } from "../kb/index.ts";
import type { ActorRef, Quote, Segments } from "../model/index.ts";
import { defineStage, layer } from "../pipeline/stage.ts";
import type { Doc } from "../pipeline/stage.ts";
import { sentenceAt } from "../segment/index.ts";
import { readDataFile } from "../model/index.ts";
import { actorIndex, withArticleNames } from "../link/index.ts";
import type { ActorIndex } from "../link/index.ts";
import { cueAfter, cueAtEnd, cueBefore, cueGoverning } from "./attribution.ts";
import type { Attribution } from "./attribution.ts";
import { findIndirectSpeech } from "./indirect.ts";
import { findQuotedPassages } from "./marks.ts";
import type { QuotedPassage } from "./marks.ts";

export { findQuotedPassages } from "./marks.ts";
export type { QuotedPassage } from "./marks.ts";

const OPTIONS = readDataFile<{ indirect_speech?: boolean }>("quotes/options.yaml");

/** A quote without a speaker is kept only when it says something: a scare-quoted word is not a quote. */
const MIN_WORDS_WITHOUT_SPEAKER = 4;
/** A quoted line alone on its line longer than this is a quote paragraph, not a subheading. */
const MAX_SUBHEADING_WORDS = 6;
/** How far back (characters) an unattributed quote paragraph takes the previous speaker. */
const PREVIOUS_SPEAKER_REACH = 800;

export interface QuoteOptions {
  /** Also record reported speech without quotation marks, as quotes with `direct: false`. */
  indirectSpeech: boolean;
}

/** Quotes and their speakers; speakers resolve through the knowledge base. */
export function findQuotes(doc: Doc, kb: KnowledgeBase, options: QuoteOptions = { indirectSpeech: OPTIONS.indirect_speech === true }): Quote[] {
  const text = doc.text;
  const segments = layer(doc, "segments");
  const ix = actorIndex(doc, kb);
  const passages = findQuotedPassages(text);
  const entities = layer(doc, "entities");
  const persons = new Set(entities.filter((e) => e.type === "PERSON").map((e) => e.id));
  const isPerson = (speaker: ActorRef | undefined) => !!speaker?.entity && persons.has(speaker.entity);
  const quotes: Quote[] = [];
  let previous: { speaker: ActorRef; end: number } | undefined;
  for (const chain of chains(passages)) {
    let found: Attribution | undefined;
    for (const p of chain) found ??= cueAfter(text, segments, ix, p.close);
    // 'Xi told Trump that the two should be "partners", according to Xinhua': the agency reports what
    // the one before the quote said; "according to" speaks only when no one before the quote does, or
    // when a body's words are voiced by a person ("the White House condemned it as "...", according to
    // a statement by spokeswoman Adrienne Watson").
    if (found?.rule === "quotes/according-to") {
      const before = cueBefore(text, segments, ix, chain[0].open);
      if (before && !(isPerson(found.speaker) && !isPerson(before.speaker))) found = before;
    }
    // A cue before the quote is nearer than one closing the sentence: in "Xi told Trump that Taiwan's
    // "return to China" ..., Xinhua reported" the words are Xi's; but a person closing it voices a body's
    // words ("The United States condemned it as a "brazen violation" ..., Adrienne Watson ... said").
    found ??= cueBefore(text, segments, ix, chain[0].open);
    if (found?.rule === "quotes/cue-before" && found.speaker && !isPerson(found.speaker)) {
      const closing = cueAtEnd(text, segments, ix, chain[chain.length - 1].close);
      if (isPerson(closing?.speaker)) found = closing;
    }
    for (const p of chain) found ??= cueGoverning(text, segments, ix, p.open, p.close);
    found ??= cueAtEnd(text, segments, ix, chain[chain.length - 1].close);
    // A quote that opens a paragraph or a sentence right after an attributed one is the same speaker's.
    // One after a colon is introduced by its own lead-in ("Hamas said in a statement:"), even one we cannot name.
    const before = text.slice(Math.max(0, chain[0].open - 4), chain[0].open);
    const opensParagraph = /(^|\n)\s*$/.test(before);
    const opensSentence = sentenceAt(segments, chain[0].open)?.start === chain[0].open;
    const introduced = /:\s*$/.test(before);
    const opens = !found && !introduced && (opensParagraph || opensSentence);
    // 'Zelenskyy said the strikes showed Moscow's intent. "They want to ..."': the one who spoke just before.
    const reported = opens ? cueInSentenceBefore(text, segments, ix, chain[0].open) : undefined;
    const carried = opens && !reported?.speaker && previous && chain[0].open - previous.end < PREVIOUS_SPEAKER_REACH;
    const speaker = found ? found.speaker : reported?.speaker ?? (carried ? previous?.speaker : undefined);
    for (const p of chain) {
      const words = text.slice(p.start, p.end).split(/\s+/);
      if (!speaker && words.length < MIN_WORDS_WITHOUT_SPEAKER) continue;
      if (isTitle(words) || (!found && isSubheading(text, p, words.length))) continue;
      const quote: Quote = { start: p.start, end: p.end, text: text.slice(p.start, p.end), direct: true };
      if (speaker) quote.speaker = withArticleNames(speaker, entities);
      if (found) quote.cue = found.cue;
      quote.source = found?.rule ?? (reported?.speaker ? "quotes/previous-sentence" : carried ? "quotes/previous-speaker" : "quotes/unattributed");
      quotes.push(quote);
    }
    if (speaker) previous = { speaker, end: chain[chain.length - 1].close };
  }
  const quoted = new Set(passages.map((p) => sentenceAt(segments, p.start)));
  const plain = segments.sentences.filter((s) => !quoted.has(s));
  if (options.indirectSpeech) quotes.push(...findIndirectSpeech(text, segments, ix, plain));
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * The speech cue of the sentence before the one opening at `open`, when that sentence reports speech
 * without quoting it (a quoted one hands on its own speaker).
 */
function cueInSentenceBefore(text: string, segments: Segments, ix: ActorIndex, open: number): Attribution | undefined {
  const sentence = sentenceAt(segments, open);
  if (!sentence) return undefined;
  let last = sentence.firstToken - 1;
  while (last >= 0 && ix.tokens.pos[last] === "SPACE") last--;
  const before = last >= 0 ? sentenceAt(segments, segments.tokens.start[last]) : undefined;
  if (!before || QUOTE_MARK.test(text.slice(before.start, before.end))) return undefined;
  return cueBefore(text, segments, ix, segments.tokens.start[last]);
}

const QUOTE_MARK = /["“”«»]/;

/**
 * A short quoted phrase standing alone on its line, with no speech verb and no closing punctuation, is
 * a subheading that quotes the story ("'Big fat missiles'"), not a new quote of the previous speaker.
 */
function isSubheading(text: string, p: QuotedPassage, words: number): boolean {
  if (/[.!?,;:…]\s*$/.test(text.slice(p.start, p.end))) return false;
  const lineStart = text.lastIndexOf("\n", p.open - 1) + 1;
  const lineEnd = text.indexOf("\n", p.close);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return words <= MAX_SUBHEADING_WORDS && line.length <= p.close - p.open + 3;
}

/** "Fox & Friends", "The Art of the Deal": a short run of capitalised words in quotes names a work, not speech. */
function isTitle(words: string[]): boolean {
  return words.length <= 5 && words.every((w) => /^[\p{Lu}&]/u.test(w) || /^(of|the|and|a|in|on|for)$/.test(w)) && /^\p{Lu}/u.test(words[words.length - 1]);
}

function chains(passages: QuotedPassage[]): QuotedPassage[][] {
  const out: QuotedPassage[][] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    if (last && last[0].chain === p.chain) last.push(p);
    else out.push([p]);
  }
  return out;
}

export const quotesStage = defineStage({
  name: "quotes.rules",
  needs: ["segments", "syntax", "entities"],
  adds: "quotes",
  run: (doc, ctx) => findQuotes(doc, ctx.kb),
});

// The events layer: PLOVER events (with CAMEO codes) coded from trigger patterns in data files, with
// source and target from sentence structure, date, place, quantities, contexts, evidence and confidence.
import { lookupName } from "../kb/index.ts";
import type { KnowledgeBase } from "../kb/index.ts";
import type { ActorRef, Entity, Event, Quote } from "../model/index.ts";
import { defineStage, layer } from "../pipeline/stage.ts";
import type { Doc } from "../pipeline/stage.ts";
import { sentenceAt, tokensIn } from "../segment/index.ts";
import { actorIndex, FIRST_PERSON, subjectToken, withArticleNames } from "../link/index.ts";
import type { ActorIndex } from "../link/index.ts";
import { codeMatch, CONTINUING } from "./code.ts";
import type { CodedEvent, CodingContext } from "./code.ts";
import { actNounTypes, authoredActNouns } from "./authors.ts";
import { CONTENT_CARRIERS, isContentForm, saysToday } from "./context.ts";
import { isMediaMisreading, isRecorded, madeByPublication, newsMedia, notYetHappened } from "./record.ts";
import { loadTriggerLexicon } from "./lexicon.ts";
import type { TriggerLexicon } from "./lexicon.ts";
import { matchTriggers } from "./match.ts";
import { codeStances } from "./stance.ts";
import { completeSources, inheritTargets, mergeRestatements } from "./merge.ts";
import { dateRestatedActs, isCalendarTimex } from "./when.ts";
import { attachCasualties } from "./casualties.ts";

export { loadTriggerLexicon, compilePattern, TRIGGER_DIR } from "./lexicon.ts";
export type { TriggerLexicon, TriggerDef } from "./lexicon.ts";
export type { CodedEvent } from "./code.ts";

/** Codes the events of an annotated document with a trigger lexicon; actors resolve through the knowledge base. */
export function codeEvents(doc: Doc, lexicon: TriggerLexicon, kb: KnowledgeBase): Event[] {
  const segments = layer(doc, "segments");
  const ix = actorIndex(doc, kb);
  const quoted = quotedTokens(ix, doc);
  const voices = quoteVoices(doc);
  const cc: CodingContext = {
    text: doc.text,
    segments,
    ix,
    published: doc.published,
    quantities: doc.quantities ?? [],
    sentenceTimexes: segments.sentences.map(() => []),
    todayCues: segments.sentences.map((s) => saysToday(ix, s.firstToken, s.lastToken)),
    voices,
    told: [],
    actNouns: actNounTypes(lexicon),
    home: datelineCountry(doc, kb),
  };
  const sentenceIndex = new Map(segments.sentences.map((s, i) => [s, i]));
  for (const t of doc.timexes ?? []) {
    if (!isCalendarTimex(t)) continue;
    const toks = tokensIn(segments, t.start, t.end);
    const sentence = sentenceAt(segments, t.start);
    const s = sentence ? sentenceIndex.get(sentence) : undefined;
    if (!sentence || s === undefined || !toks.length || isDateline(ix, sentence.firstToken, toks[0], toks[toks.length - 1])) continue;
    cc.sentenceTimexes[s].push({ timex: t, first: toks[0], last: toks[toks.length - 1] });
  }
  const coded: CodedEvent[] = [];
  segments.sentences.forEach((s, i) => {
    let carrier = Infinity; // head of the first demand, threat or refusal of the sentence
    // In quoted words the speaker's own acts count ("we will respond"): a first-person subject is the speaker.
    const skip = (t: number) => quoted[t] === 1 && !inFirstPerson(ix, t, voices);
    cc.told.push(...authoredActNouns(ix, s.firstToken, s.lastToken, i));
    for (const m of matchTriggers(ix, lexicon, s.firstToken, s.lastToken, skip)) {
      if (m.head > carrier && isContentForm(ix, m.head, s.firstToken)) continue;
      const events = codeMatch(m, s, i, cc);
      if (events.some((e) => CONTENT_CARRIERS.has(e.type))) carrier = Math.min(carrier, m.head);
      coded.push(...events);
    }
  });
  // What speakers say of others ("warned of Russian influence"): their stance, merged with the acts told.
  coded.push(...codeStances(cc, doc.quotes ?? []));
  dateRestatedActs(ix, coded, segments.sentences, cc.sentenceTimexes, doc.published);
  // A meeting still to come ("the next summit will be held in 2026") is no restatement of one held: such
  // acts go before the merge, which takes its dates from the acts left (so none after it is ahead).
  const merged = completeSources(mergeRestatements(coded.filter((e) => !notYetHappened(e, doc.published))));
  inheritTargets(merged, CONTINUING);
  const media = newsMedia(doc.entities ?? [], kb);
  const events = mergeRestatements(merged)
    .filter((e) => isRecorded(e) && !isMediaMisreading(e.type, e.source, e.target, media))
    .map(({ symmetric: _s, sentence: _n, ...event }) => madeByPublication(withNames(event, doc.entities ?? []), doc.published));
  return attachCasualties(events, doc.text, segments, doc.quantities ?? []);
}

/** "LIBREVILLE, Aug 31 -": the country of the place a story was filed from. */
function datelineCountry(doc: Doc, kb: KnowledgeBase): string | undefined {
  const country = doc.dateline ? lookupName(kb, doc.dateline).find((e) => e.country)?.country : undefined;
  if (!country || !doc.dateline) return undefined;
  // A story filed from a regional hub ("DUBAI - Yemen's Houthi movement said ...") is about elsewhere: the
  // dateline's country places people only when the story names it, or a place in it, past its dateline.
  const datelineEnd = doc.text.indexOf(doc.dateline) + doc.dateline.length;
  const named = (doc.entities ?? []).some((e) => e.country === country && e.mentions.some((m) => m.start > datelineEnd));
  return named ? country : undefined;
}

/** The event with the names the article uses for its sides. */
function withNames<E extends Event>(event: E, entities: Entity[]): E {
  const named = { ...event };
  if (event.source) named.source = withArticleNames(event.source, entities);
  if (event.target) named.target = withArticleNames(event.target, entities);
  return named;
}

const DASHES = new Set(["-", "–", "—", "--"]);
/** Most words a dateline ("DOHA/JERUSALEM, Jan 16 -") puts before its date. */
const DATELINE_REACH = 8;

/**
 * "WASHINGTON, Dec 5 - The presidents signed ...": the dateline's date is when the story was filed, not
 * when its first sentence's act happened; the act is dated by its own clause or, failing that, the article.
 */
function isDateline(ix: ActorIndex, sentenceFirst: number, first: number, last: number): boolean {
  if (!DASHES.has(ix.words[last + 1]) || first - sentenceFirst > DATELINE_REACH) return false;
  for (let k = sentenceFirst; k < first; k++) if (ix.tokens.pos[k] === "VERB" || ix.tokens.pos[k] === "AUX") return false;
  return true;
}

/** Shorter quotes are phrases inside the reporter's sentence ("had a "good meeting" with"): coded. */
const MIN_QUOTE_WORDS = 5;

/** Tokens inside direct quotes: what a speaker says happened is the speaker's claim, not a coded event. */
function quotedTokens(ix: ActorIndex, doc: Doc): Uint8Array {
  const mask = new Uint8Array(ix.words.length);
  const quotes: Quote[] = doc.quotes ?? [];
  for (const q of quotes) if (q.direct && q.text.split(/\s+/).length >= MIN_QUOTE_WORDS) for (const t of tokensIn(layer(doc, "segments"), q.start, q.end)) mask[t] = 1;
  return mask;
}

/** For each token inside a direct quote with a known speaker, that speaker: the voice of "we", "I", "our". */
function quoteVoices(doc: Doc): Map<number, ActorRef> {
  const voices = new Map<number, ActorRef>();
  for (const q of doc.quotes ?? []) {
    if (!q.direct || !q.speaker) continue;
    for (const t of tokensIn(layer(doc, "segments"), q.start, q.end)) voices.set(t, q.speaker);
  }
  return voices;
}

/** Whether the verb at `t` has a first-person subject inside a quote whose speaker is known. */
function inFirstPerson(ix: ActorIndex, t: number, voices: Map<number, ActorRef>): boolean {
  const subject = subjectToken(ix, t);
  return subject >= 0 && voices.has(subject) && FIRST_PERSON.has(ix.words[subject]);
}

let defaultLexicon: TriggerLexicon | undefined;

export const eventsStage = defineStage({
  name: "events.patterns",
  needs: ["segments", "syntax", "entities", "timexes", "quantities", "quotes"],
  adds: "events",
  run: (doc, ctx) => codeEvents(doc, (defaultLexicon ??= loadTriggerLexicon()), ctx.kb),
});

// The clause around a speech verb before a quote: who speaks in it other than the verb's subject (a "with"
// phrase's, a participle's, the reporter of a cue in reported words), and cues that utter nothing (responses,
// the means of an act, a verb coordinated with an earlier cue).
import type { ActorRef } from "../model/index.ts";
import { RESPONSE_VERBS, SPEECH_VERBS, subjectOf } from "../link/index.ts";
import type { ActorIndex, Chunk } from "../link/index.ts";
import { describedOrganisation, documentIssuer } from "./descriptions.ts";

/** A verb of the speech lexicon (data/quotes/speech-verbs.yaml) at token `t`. */
export function isSpeechVerb(ix: ActorIndex, t: number): boolean {
  const pos = ix.tokens.pos[t];
  return (pos === "VERB" || pos === "AUX") && SPEECH_VERBS.has(ix.tokens.lemma[t]);
}

/** Who a noun phrase names as a speaker: an organisation it describes, a document's issuer, or its actor. */
export function speakerOf(ix: ActorIndex, chunk: Chunk | undefined): ActorRef | undefined {
  if (!chunk) return undefined;
  return describedOrganisation(ix, chunk) ?? documentIssuer(ix, chunk) ?? (chunk.head ?? chunk.possessor)?.ref;
}

/**
 * "..., with armed forces spokesman X saying Israel "..."": the noun phrase after "with" is the participle's
 * own subject, not the sentence's. The person it names, when it names one ("spokesman of the army X").
 */
export function withSubject(ix: ActorIndex, t: number, first: number): ActorRef | undefined {
  if (ix.tokens.pos[t] !== "VERB" || !ix.words[t].endsWith("ing")) return undefined;
  let person: ActorRef | undefined;
  let nearest: ActorRef | undefined;
  let k = t - 1;
  while (k > first) {
    const c = ix.chunkAt[k];
    if (c >= 0) {
      const actor = ix.chunks[c].head ?? ix.chunks[c].possessor;
      if (actor?.isPerson) person ??= actor.ref;
      nearest ??= actor?.ref;
      k = ix.chunks[c].first - 1;
    } else if (ix.words[k] === "of" || ix.words[k] === ",") k--;
    else break;
  }
  return ix.words[k] === "with" && k < t - 1 ? person ?? nearest : undefined;
}

/**
 * "Kurti accused Serbia of sponsoring the attack, calling it "..."", "a spokesperson said Tehran should free
 * the tanker, calling the seizure "..."": a speech participle set off by a comma is said by the one who
 * speaks in the clause it closes, the subject of the nearest speech verb above it (or of the sentence),
 * never by a subject the reported words or a misread tree give it before the comma.
 */
export function participleSpeaker(ix: ActorIndex, t: number): ActorRef | undefined {
  if (!ix.words[t].endsWith("ing") || ix.words[t - 1] !== ",") return undefined;
  const { tree } = ix;
  // "Trump was the first to announce the deal, saying ...": an infinitive with no subject of its own
  // passes the walk on to the clause above it.
  for (let v = tree.head(t), steps = 0; v >= 0 && steps < 6; v = tree.head(v), steps++) {
    if (v > t || !(isSpeechVerb(ix, v) || tree.head(v) < 0)) continue;
    const speaker = speakerOf(ix, subjectOf(ix, v));
    if (speaker || tree.childrenWith(v, "mark").every((k) => ix.words[k] !== "to")) return speaker;
  }
  return undefined;
}

/**
 * "Magwenya said the government urged "all relevant stakeholders to ..."": a cue in what a person reports, whose
 * own subject names no person, gives words the reporter quotes; the reporter speaks.
 */
export function reportingSpeaker(ix: ActorIndex, t: number): ActorRef | undefined {
  const { tree } = ix;
  const up = tree.head(t);
  if (up < 0 || tree.base(t) !== "ccomp" || !isSpeechVerb(ix, up)) return undefined;
  if (subjectOf(ix, t)?.head?.isPerson) return undefined;
  const reporter = subjectOf(ix, up)?.head;
  return reporter?.isPerson && reporter.kind === "entity" ? reporter.ref : undefined;
}

/** "the army was responding to "repeated violations"": the words responded to are someone else's. */
export function respondsTo(ix: ActorIndex, t: number): boolean {
  return ix.words[t + 1] === "to" && RESPONSE_VERBS.has(ix.tokens.lemma[t]);
}

/** Prepositions of the means an act is done with: "respond with "all available means"" is no utterance. */
const MEANS = new Set(["with", "by", "through"]);

/**
 * Whether the quoted words from token `quote` are themselves the means the verb at `t` acts with, not words it
 * utters ("would respond with "all available means""); "responded with a statement calling it "..."" utters them.
 */
export function quotesMeans(ix: ActorIndex, t: number, quote: number): boolean {
  const { tree } = ix;
  for (let at = quote, steps = 0; at >= 0 && steps < 12; at = tree.head(at), steps++) {
    if (tree.head(at) === t) return at >= quote && tree.base(at) === "obl" && MEANS.has(tree.marker(at));
  }
  return false;
}

/** "... and warned", "..., but insisted": a verb that continues the clause before it. */
export function isCoordinated(ix: ActorIndex, t: number, first: number): boolean {
  let k = t - 1;
  while (k > first && (ix.tokens.pos[k] === "ADV" || ix.tokens.pos[k] === "AUX" || ix.words[k] === ",")) k--;
  return ix.words[k] === "and" || ix.words[k] === "but";
}

// Who does what to whom, from the order of words: the subject before a verb, the object or a
// prepositional phrase after it, passives, coordination ("X and Y met"), relative clauses ("Trump, who ...").
import type { ActorIndex, Chunk } from "./actors.ts";
import { CLAUSAL_VERBS, SPEECH_VERBS } from "./speech.ts";

/** Prepositions whose noun phrase is the one acted on ("attack on", "talks with", "aid to"). */
const TARGET_PREPOSITIONS = new Set(["on", "against", "to", "with", "at", "toward", "towards", "into", "upon", "for", "from", "over"]);
/** Prepositions of place: "in Kuala Lumpur" is where, not whom. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "across", "throughout", "around", "along", "off"]);
/** Words that open another clause: the object search stops there. */
const CLAUSE_BARRIERS = new Set([";", ":", "—", "–", "as", "while", "after", "before", "because", "since", "when", "which", "who", "whom", "where", "following", "amid", "although", "though", "but", "until", "unless", "if", "whereas"]);
const COORDINATORS = new Set(["and", "or", "but", "nor"]);
const RELATIVES = new Set(["who", "which", "that"]);
/** Words that open a clause: the noun phrase after them is a subject, not a prepositional object. */
const CLAUSE_OPENERS = new Set(["as", "while", "after", "before", "because", "since", "when", "although", "though", "if", "once", "until", "whereas"]);

export interface Objects {
  /** The object, or the noun phrase of a target preposition. */
  target?: Chunk;
  /** The other side of "between X and Y" or of a coordinated object. */
  partner?: Chunk;
  /** The agent of a passive ("by X"). */
  agent?: Chunk;
  /** A place phrase ("in Kuala Lumpur"). */
  place?: Chunk;
  /** Last token looked at: the end of the clause as far as the event goes. */
  end: number;
}

const hasActor = (c: Chunk | undefined): boolean => !!c && (!!c.head || !!c.possessor || c.pair);

/**
 * The subject of the verb at token `v`: the nearest noun phrase to its left that is not inside a
 * prepositional phrase and not the object of another verb; through coordination ("X ruled out A and
 * berated B"), relative pronouns ("Trump, who ...") and participles ("..., having met").
 */
export function subjectOf(ix: ActorIndex, v: number, sentenceFirst: number, depth = 0): Chunk | undefined {
  const { pos, lemma } = ix.tokens;
  const w = ix.words;
  // "drones capable of shooting down ... and targeting ...": a gerund after "of" has no subject to find.
  if (w[v].endsWith("ing") && w[v - 1] === "of") return undefined;
  let k = v - 1;
  while (k >= sentenceFirst && (pos[k] === "ADV" || pos[k] === "AUX" || pos[k] === "PART")) k--;
  if (k < sentenceFirst) return undefined;
  if (COORDINATORS.has(w[k]) && depth < 3) {
    for (let j = k - 1; j >= sentenceFirst; j--) if (pos[j] === "VERB") return subjectOf(ix, j, sentenceFirst, depth + 1);
    return undefined;
  }
  for (; k >= sentenceFirst; k--) {
    if (w[k] === ";") return undefined;
    // "Xi Jinping (R) during a meeting", "the ministry (MFA) said": a parenthesis is an aside.
    if (w[k] === ")") {
      while (k > sentenceFirst && w[k] !== "(") k--;
      continue;
    }
    if (RELATIVES.has(w[k]) && ix.chunkAt[k] < 0) {
      const antecedent = ix.chunkAt[w[k - 1] === "," ? k - 2 : k - 1];
      // "The Sudan Doctors Network, a medical group that tracks the war, accused ...": through the apposition.
      if (antecedent >= 0 && hasActor(ix.chunks[antecedent])) return appositionHead(ix, ix.chunks[antecedent], sentenceFirst) ?? ix.chunks[antecedent];
      if (w[k] !== "that") return undefined;
      continue;
    }
    const c = ix.chunkAt[k];
    if (c < 0) continue;
    const chunk = ix.chunks[c];
    k = chunk.first;
    if (chunk.time) continue;
    const before = chunk.first - 1;
    // "Up to 100 ethnic Albanians": a number after "up to", "about" is a quantity, not a prepositional phrase.
    const quantified = pos[chunk.first] === "NUM";
    if (before >= sentenceFirst && pos[before] === "ADP" && !CLAUSE_OPENERS.has(w[before]) && !quantified) continue;
    // The object of another verb, unless that "verb" opens the sentence as an adjective ("Ousted President X").
    const attributive = before === sentenceFirst;
    if (before >= sentenceFirst && pos[before] === "VERB" && !CLAUSAL_VERBS.has(lemma[before]) && !attributive) continue;
    if (hasActor(chunk)) return appositionHead(ix, chunk, sentenceFirst) ?? chunk;
    // "the attack targeted ...": a noun phrase in subject position is the subject even when it names no one.
    if (chunk.subject && pos[chunk.last] === "NOUN" && !attachedActor(ix, chunk)) return coordinatedWith(ix, chunk, sentenceFirst);
    // "a camp for Congolese refugees was attacked"; a phrase naming no one ("unusually critical") is passed over.
    const attached = attachedActor(ix, chunk);
    if (attached) return attached;
  }
  return undefined;
}

/**
 * "But on Tuesday, a day after ordering ..., he was critical": a clause put before its sentence's
 * subject takes that subject, the first one after the next comma.
 */
export function subjectAfterComma(ix: ActorIndex, v: number, sentenceLast: number): Chunk | undefined {
  let k = v + 1;
  while (k <= sentenceLast && ix.words[k] !== ",") k++;
  for (k++; k <= sentenceLast; k++) {
    const c = ix.chunkAt[k];
    if (c < 0) continue;
    const chunk = ix.chunks[c];
    if (chunk.time) { k = chunk.last; continue; }
    return chunk.subject && hasActor(chunk) ? chunk : undefined;
  }
  return undefined;
}

/**
 * "Pakistan, a key U.S. ally, has refused", "Dmitriev, Russia's special envoy, said": a described
 * apposition stands for the name before it.
 */
function appositionHead(ix: ActorIndex, chunk: Chunk, sentenceFirst: number): Chunk | undefined {
  const comma = chunk.first - 1;
  const described = ix.tokens.pos[chunk.first] === "DET" || (chunk.possessor && chunk.head?.kind === "group");
  if (comma - 1 < sentenceFirst || ix.words[comma] !== "," || !described) return undefined;
  const c = ix.chunkAt[comma - 1];
  return c >= 0 && hasActor(ix.chunks[c]) ? ix.chunks[c] : undefined;
}

/** "a camp for Congolese refugees": a phrase that names no actor takes the one of its "of/for" phrase. */
function attachedActor(ix: ActorIndex, chunk: Chunk, depth = 0): Chunk | undefined {
  const prep = ix.words[chunk.last + 1];
  if (prep !== "of" && prep !== "for") return undefined;
  const c = ix.chunkAt[chunk.last + 2];
  if (c < 0) return undefined;
  // "Tens of thousands of students": through a chain of "of".
  return hasActor(ix.chunks[c]) ? ix.chunks[c] : depth < 3 ? attachedActor(ix, ix.chunks[c], depth + 1) : undefined;
}

/** The other side when a subject is coordinated: "Rubio and Lavrov", "Neither Lavrov nor Rubio". */
export function coordinatedWith(ix: ActorIndex, chunk: Chunk, sentenceFirst: number): Chunk | undefined {
  const k = chunk.first - 1;
  if (k - 1 < sentenceFirst || (ix.words[k] !== "and" && ix.words[k] !== "nor" && ix.words[k] !== ",")) return undefined;
  let j = k - 1;
  // "Rubio (4th L) and Lavrov": a parenthesis between the two is passed over.
  if (ix.words[j] === ")") while (j > sentenceFirst && ix.words[j] !== "(") j--;
  if (ix.words[j] === "(") j--;
  const c = ix.chunkAt[j];
  return c >= 0 && hasActor(ix.chunks[c]) ? ix.chunks[c] : undefined;
}

const LIST_COORDINATORS = new Set(["and", "or"]);

/**
 * "aid for Romania and Poland", "sanctions on Iran, Libya and Sudan": the phrases coordinated after
 * `chunk`, each naming an actor. A comma alone is a list only when "and"/"or" closes it; otherwise it
 * opens an apposition ("Kyiv, the capital") or another clause.
 */
export function conjunctsAfter(ix: ActorIndex, chunk: Chunk, sentenceLast: number): Chunk[] {
  const out: Chunk[] = [];
  let closed = false;
  for (let k = chunk.last + 1; k <= sentenceLast; ) {
    let coordinated = false;
    let comma = false;
    while (k <= sentenceLast && (ix.words[k] === "," || LIST_COORDINATORS.has(ix.words[k]))) {
      if (ix.words[k] === ",") comma = true;
      else coordinated = true;
      k++;
    }
    if (!coordinated && !comma) break;
    if (coordinated) closed = true;
    const c = ix.chunkAt[k];
    if (c < 0 || !hasActor(ix.chunks[c]) || ix.chunks[c].time) break;
    out.push(ix.chunks[c]);
    k = ix.chunks[c].last + 1;
    if (coordinated) break;
  }
  return closed ? out : [];
}

/** A noun phrase then a reporting verb ("the ministry said", "officials in Nairobi said") from token `k`. */
function attributionFollows(ix: ActorIndex, k: number, sentenceLast: number): boolean {
  // A text cut right after a comma has no token k.
  if (k > sentenceLast || ix.chunkAt[k] < 0) return false;
  let v = ix.chunks[ix.chunkAt[k]].last + 1;
  // "relief officials in Nairobi said": where the speakers are is part of the attribution.
  if (PLACE_PREPOSITIONS.has(ix.words[v]) && ix.chunkAt[v + 1] >= 0) v = ix.chunks[ix.chunkAt[v + 1]].last + 1;
  while (v <= sentenceLast && (ix.tokens.pos[v] === "ADV" || ix.tokens.pos[v] === "AUX")) v++;
  return v <= sentenceLast && ix.tokens.pos[v] === "VERB" && SPEECH_VERBS.has(ix.tokens.lemma[v]);
}

/** The phrases after a verb (or a nominal trigger), up to the end of its clause. */
export function objectsAfter(ix: ActorIndex, end: number, sentenceLast: number): Objects {
  const { pos, lemma } = ix.tokens;
  const w = ix.words;
  const out: Objects = { end: sentenceLast };
  let prep: string | undefined;
  for (let k = end + 1, steps = 0; k <= sentenceLast && steps < 16; k++, steps++) {
    // "demanded that the US cancel ...": the subject of the clause a demand or warning is about.
    if (w[k] === "that" && k <= end + 4 && !out.target) {
      const c = ix.chunkAt[k + 1];
      if (c >= 0 && hasActor(ix.chunks[c])) out.target = ix.chunks[c];
    }
    // "denounced as an ugly crime Serbia's ...": "as" before a noun phrase is a preposition.
    const asPreposition = w[k] === "as" && ix.chunkAt[k + 1] >= 0 && pos[k + 1] !== "PRON";
    if ((CLAUSE_BARRIERS.has(w[k]) || pos[k] === "SCONJ") && !asPreposition) { out.end = k - 1; break; }
    // Another verb opens another clause, unless it reports this one ("critical, saying Putin's ...").
    // An infinitive ("threatened to break relations with"), a reporting participle, or a participle
    // used as an adjective ("war-torn Mozambique", "the besieged town") continue the clause.
    // So does a participle right after its noun ("the curfew imposed in Sudan").
    const reducedRelative = pos[k - 1] === "NOUN" && w[k].endsWith("ed");
    const continues = w[k - 1] === "to" || w[k - 1] === "-" || pos[k - 1] === "DET" || reducedRelative || (SPEECH_VERBS.has(lemma[k]) && w[k].endsWith("ing"));
    if (pos[k] === "VERB" && k > end + 2 && !prep && !continues) { out.end = k - 1; break; }
    if (pos[k] === "ADP" || w[k] === "between") { prep = w[k]; continue; }
    if (w[k] === ",") {
      // ", the Associated Press reported": an attribution tail is not part of the event's clause.
      if (attributionFollows(ix, k + 1, sentenceLast)) { out.end = k - 1; break; }
      prep = undefined;
      continue;
    }
    const c = ix.chunkAt[k];
    if (c < 0) continue;
    const chunk = ix.chunks[c];
    k = chunk.last;
    if (chunk.time) { prep = undefined; continue; }
    const actor = chunk.head ?? chunk.possessor;
    // "in the northern city of Kirkuk": a place phrase naming no one is named by its "of" phrase.
    if (prep && PLACE_PREPOSITIONS.has(prep) && !actor && w[chunk.last + 1] === "of") { k++; continue; }
    // "tortured scores of Sierra Leonean refugees": the object is who the "of" phrase names.
    if ((!prep || TARGET_PREPOSITIONS.has(prep)) && !actor && !out.target && w[chunk.last + 1] === "of") { k++; continue; }
    if (prep === "by") out.agent ??= hasActor(chunk) ? chunk : undefined;
    else if (prep === "between" && hasActor(chunk)) {
      out.target = chunk;
      const other = ix.words[chunk.last + 1] === "and" ? ix.chunkAt[chunk.last + 2] : -1;
      if (other >= 0 && hasActor(ix.chunks[other])) { out.partner = ix.chunks[other]; k = ix.chunks[other].last; }
    } else if (prep && PLACE_PREPOSITIONS.has(prep) && actor && (actor.place || actor.kind === "country" || actor.entityType === "LOC" || actor.entityType === "FAC")) {
      out.place ??= chunk;
      // "launched drones at Kyiv": at a city is both where and whom (its country).
      if (prep === "at" && actor.place && !out.target) out.target = chunk;
    } else if ((!prep || TARGET_PREPOSITIONS.has(prep)) && hasActor(chunk) && !out.target) {
      out.target = chunk;
      if (w[chunk.last + 1] === "and") {
        const other = ix.chunkAt[chunk.last + 2];
        if (other >= 0 && hasActor(ix.chunks[other])) out.partner = ix.chunks[other];
      }
    }
    prep = undefined;
  }
  return out;
}

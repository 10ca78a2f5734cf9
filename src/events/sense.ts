// The sense a trigger word has where it stands, read from the tree: whether it names an act that
// happened at all ("the detained journalists", "an effort to end", "condemned the attack" are not
// acts reported), and whether what it acts on fits its class ("released prisoners", not "a statement").
import type { ActorIndex, Chunk } from "../link/index.ts";
import { chunkHead, chunkOfToken, isMotive, patientToken } from "../link/index.ts";
import { CLAIMERS, GOVERNORS } from "./context.ts";
import { judgingPhrase } from "./speech-acts.ts";
import { loadWordClasses, type WordClass } from "./word-classes.ts";

/** Whether the word at `head` names an act the sentence reports (not a modifier, a purpose or a judged act). */
export function isReportedAct(ix: ActorIndex, head: number): boolean {
  return !isPurpose(ix, head) && !isGovernedNoun(ix, head) && !isAttributive(ix, head) && !isClaimedAct(ix, head) && !isMotive(ix, head);
}

/**
 * "accused the army of shelling Wagner camps", "blamed Kyiv for attacking the bridge": the act in a
 * claimer's "of"/"for" clause, on the verb or on its object, is the claim (coded as the accusation).
 */
function isClaimedAct(ix: ActorIndex, head: number): boolean {
  const { tree } = ix;
  if (!tree.childrenWith(head, "mark").some((k) => ix.words[k] === "of" || ix.words[k] === "for")) return false;
  const up = tree.head(head);
  if (up < 0) return false;
  // On the claimer itself, or on its object ("accused the army of ...").
  const claimer = !CLAIMERS.has(tree.lemma(up)) && tree.base(up) === "obj" ? tree.head(up) : up;
  return claimer >= 0 && CLAIMERS.has(tree.lemma(claimer));
}

/**
 * "the detained journalists", "a besieged town", "the Syrian-backed militia", "the hard-left party": a
 * participle used as an adjective, or the second half of a hyphenated compound, names no act; nor does a
 * noun that only says what kind another is ("riot police", "protest leaders", "ceasefire talks").
 */
function isAttributive(ix: ActorIndex, head: number): boolean {
  const { tree } = ix;
  if (tree.upos(head) === "NOUN") return tree.relation(head) === "compound" && tree.head(head) > head && tree.upos(tree.head(head)) === "NOUN";
  if (tree.upos(head) !== "VERB" || head < 1) return false;
  return tree.base(head) === "amod" || (ix.words[head - 1] === "-" && ix.tokens.start[head] === ix.tokens.end[head - 1]);
}

/** "an effort to re-establish relations", "a bid to end", "in order to": a purpose, not something that happened. */
function isPurpose(ix: ActorIndex, head: number): boolean {
  const { tree } = ix;
  const up = tree.head(head);
  const marked = tree.childrenWith(head, "mark").some((k) => ix.words[k] === "to");
  if (!marked || up < 0) return false;
  if (tree.relation(head) === "acl" && (tree.upos(up) === "NOUN" || tree.upos(up) === "PROPN")) return true;
  return tree.base(head) === "advcl" && tree.childrenWith(head, "mark").some((k) => ix.words[k] === "order" || ix.words[k] === "in");
}

const GOVERNED_PREPOSITIONS = new Set(["of", "about", "over"]);

/**
 * "halt the killing", "condemned the attack", "fears of reprisals", "concerns about retaliation", "called the
 * arrest unacceptable": the act is what is asked for, judged or feared, not reported.
 */
function isGovernedNoun(ix: ActorIndex, head: number): boolean {
  const { tree } = ix;
  const up = tree.head(head);
  // "called the arrest of its official "unacceptable"": what a verb of calling judges is judged, not told.
  if (up >= 0 && tree.base(head) === "obj" && judgingPhrase(ix, up) >= 0) return true;
  if (up < 0 || !GOVERNORS.has(tree.lemma(up))) return false;
  const relation = tree.base(head);
  // "the killing must stop" is asked for; "the meeting ended in a shouting match" happened.
  if (relation === "nsubj") return tree.childrenWith(up, "aux").some((k) => ASKING_AUXILIARIES.has(tree.lemma(k)));
  // "agreed to stop attacking each other": a gerund a governor takes is its object too.
  if (relation === "xcomp" && ix.words[head].endsWith("ing")) return true;
  return relation === "obj" || ((relation === "nmod" || relation === "obl") && GOVERNED_PREPOSITIONS.has(tree.marker(head)));
}

/** Auxiliaries under which a governor's subject is asked for, not reported: "the war must end". */
const ASKING_AUXILIARIES = new Set(["must", "should"]);

/** Whether what the act is done to belongs to the trigger's class: "freed 16 prisoners", not "released a statement". */
export function objectFits(ix: ActorIndex, head: number, cls: WordClass): boolean {
  const object = measured(ix, patientToken(ix, head));
  if (object < 0) return cls.orNone;
  const lemma = ix.tree.lemma(object).toLowerCase();
  if (cls.words.has(lemma) || cls.words.has(ix.words[object])) return true;
  // "rescue teams": a class word of two, the compound before the noun.
  const compound = ix.tree.childrenWith(object, "compound").find((k) => k === object - 1);
  if (compound !== undefined && cls.words.has(`${ix.tree.lemma(compound).toLowerCase()} ${lemma}`)) return true;
  const named = chunkOfToken(ix, object)?.head;
  return cls.namedActors && !!named && named.kind === "entity" && (named.isPerson || named.entityType === "ORG");
}

/** Words that measure what follows their "of": "$50,000 worth of goods", "40 tons of food", "a shipment of arms". */
const MEASURES = new Set(["worth", "ton", "tonne", "kilogram", "kg", "package", "shipment", "batch", "consignment", "load", "truckload",
  "planeload", "convoy", "amount", "quantity", "lot", "set", "supply", "million", "billion", "thousand", "hundred", "dozen"]);

/** The measured noun of a measure ("goods" in "$50,000 worth of goods"), else the word itself. */
function measured(ix: ActorIndex, t: number): number {
  if (t < 0 || !MEASURES.has(ix.tree.lemma(t).toLowerCase())) return t;
  return ix.tree.childrenWith(t, "nmod").find((k) => ix.tree.marker(k) === "of") ?? t;
}

let remarks: WordClass | undefined;

/** "declined to comment on Russia", "refused to speculate about the talks": a remark acts on no one. */
export function isRemarkAbout(ix: ActorIndex, head: number, target: Chunk): boolean {
  const content = ix.tree.child(head, "xcomp");
  remarks ??= loadWordClasses().get("remarks");
  return content >= 0 && !!remarks?.words.has(ix.tree.lemma(content)) && ix.tree.dominates(content, chunkHead(ix, target));
}

// "Persad-Bissessar praised the strike", "the attack targeted members of Tren de Aragua": a definite act
// noun that names no one stands for the act the article has told, so its author is that act's source.
// The nouns are the trigger lexicon's own one-word act nouns; the act is the latest one of the noun's
// type told before, with its source, anywhere earlier in the article (an article tells of its act).
import type { PloverType } from "../model/index.ts";
import type { Actor, ActorIndex } from "../link/index.ts";
import { actorOf, chunkOfToken, hasActor } from "../link/index.ts";
import type { TriggerLexicon } from "./lexicon.ts";
import { RESTATING_NOUNS } from "./when.ts";
import { sameActor } from "./sides.ts";

const built = new WeakMap<TriggerLexicon, Map<string, PloverType | "any">>();

/**
 * The types a word names as a one-word act noun of the lexicon ("strike": ASSAULT), and the nouns that tell
 * an act again ("the launch", "the move": any act; "the ban": a restriction; restating_nouns in contexts.yaml);
 * built once per lexicon.
 */
export function actNounTypes(lexicon: TriggerLexicon): Map<string, PloverType | "any"> {
  const known = built.get(lexicon);
  if (known) return known;
  const out = new Map<string, PloverType | "any">();
  built.set(lexicon, out);
  for (const [form, triggers] of lexicon.byFirst) {
    for (const t of triggers) {
      const [step] = t.steps;
      if (t.steps.length !== 1 || step.kind !== "word" || (step.pos && !step.pos.has("NOUN")) || t.def.symmetric) continue;
      if (!out.has(form)) out.set(form, t.def.type);
    }
  }
  for (const [noun, type] of RESTATING_NOUNS) if (!out.has(noun)) out.set(noun, type as PloverType | "any");
  return out;
}

/** An act told earlier: its type, its source, and the sentence it was told in. */
export interface ToldAct {
  type: string;
  /** The trigger's head word: "raided" is what "the raid" points back to first. */
  lemma: string;
  source?: Actor;
  target?: Actor;
  sentence: number;
  /** The day the text dates it to, once coded. */
  date?: string;
}

const DEFINITE = new Set(["the", "this", "that", "these", "those"]);

/**
 * The source of the act a definite act noun at `noun` stands for, if the article has told one; of the acts
 * told, one aimed at `actedOnBy` first ("Kyiv and Moscow accused each other ... The Kremlin rejected the
 * charge": the charge against Moscow).
 */
export function authorOf(ix: ActorIndex, nounTypes: Map<string, PloverType | "any">, told: ToldAct[], noun: number, sentence: number, actedOnBy?: Actor): Actor | undefined {
  const chunk = noun >= 0 ? ix.chunks[ix.chunkAt[noun]] : undefined;
  if (chunk && hasActor(chunk)) return undefined; // "Russia's strike" names its author
  const act = (actedOnBy && restatedAct(ix, nounTypes, told, noun, sentence, (a) => isAimedAt(a, actedOnBy))) || restatedAct(ix, nounTypes, told, noun, sentence);
  return act?.source && { ...act.source, first: noun, last: noun };
}

/** The act told before that a definite act noun at `noun` ("the strike", "the move") stands for, of those `accept` passes. */
export function restatedAct(ix: ActorIndex, nounTypes: Map<string, PloverType | "any">, told: ToldAct[], noun: number, sentence: number,
  accept: (act: ToldAct) => boolean = () => true): ToldAct | undefined {
  const { tree } = ix;
  if (noun < 0 || (tree.upos(noun) !== "NOUN" && tree.upos(noun) !== "PROPN")) return undefined;
  const lemma = tree.lemma(noun).toLowerCase();
  const type = nounTypes.get(lemma);
  if (!type) return undefined;
  if (!tree.children(noun).some((k) => k < noun && tree.base(k) === "det" && DEFINITE.has(ix.words[k]))) return undefined;
  // The latest act told before with the noun's own word ("the raid" after "raided"), else of its type.
  let byWord: ToldAct | undefined;
  let byType: ToldAct | undefined;
  for (let k = told.length - 1; k >= 0 && !byWord; k--) {
    const a = told[k];
    if (!a.source || a.sentence >= sentence || !accept(a)) continue;
    if (a.lemma === lemma) byWord = a;
    else if (!byType && (type === "any" || a.type === type)) byType = a;
  }
  return byWord ?? byType;
}

/**
 * "Kurti accused Serbia of sponsoring the attack ... Vučić denied that his government was involved": a denial
 * answers the latest accusation told of the denier or of the denier's state, so its author is the one rejected.
 */
export function accuserOf(told: ToldAct[], denier: Actor, sentence: number): Actor | undefined {
  for (let k = told.length - 1; k >= 0; k--) {
    const { type, source, sentence: at } = told[k];
    if (type !== "ACCUSE" || at > sentence || !source || sameActor(source, denier)) continue;
    // A rival at home accuses too ("Prigozhin accused the army ... The defence ministry denied the claim").
    if (isAimedAt(told[k], denier)) return source;
  }
  return undefined;
}

/** Whether an act told was done to `actor` or to its state. */
function isAimedAt(act: ToldAct, actor: Actor): boolean {
  const { target } = act;
  return !!target && (sameActor(target, actor) || (!!target.ref.country && target.ref.country === actor.ref.country));
}

/**
 * "Today's decision by the Russian Federation", "Moscow's move": a noun that tells any act, with its author
 * named, is an act told, which a later "the move" may stand for although no event was coded from it.
 */
export function authoredActNouns(ix: ActorIndex, first: number, last: number, sentence: number): ToldAct[] {
  const { tree } = ix;
  const out: ToldAct[] = [];
  for (let t = first; t <= last; t++) {
    const lemma = tree.lemma(t).toLowerCase();
    if (tree.upos(t) !== "NOUN" || RESTATING_NOUNS.get(lemma) !== "any") continue;
    const chunk = ix.chunks[ix.chunkAt[t]];
    const byAgent = tree.childrenWith(t, "nmod").find((k) => tree.marker(k) === "by");
    const source = chunk?.possessor ?? (byAgent === undefined ? undefined : actorOf(ix, chunkOfToken(ix, byAgent)));
    if (source) out.push({ type: "any", lemma, source, sentence });
  }
  return out;
}

// Finds trigger patterns in a sentence's tokens. Between two pattern words the modifiers news puts there
// are skipped ("held indirect talks", "launched 18 missiles"); "..." allows any few words.
import type { ActorIndex, Chunk } from "../link/index.ts";
import type { CompiledTrigger, PatternStep, TriggerLexicon } from "./lexicon.ts";
import { objectFits } from "./sense.ts";

export interface TriggerMatch {
  trigger: CompiledTrigger;
  /** First and last matched tokens. */
  first: number;
  last: number;
  /** Token of the first pattern word: the verb or noun the roles are read around. */
  head: number;
  source?: Chunk;
  target?: Chunk;
}

const POSSESSIVE_MARKS = new Set(["'", "’"]);
/** The apostrophe of a plural possessive, written onto its word: "members'". */
function isPossessiveMark(ix: ActorIndex, k: number): boolean {
  return POSSESSIVE_MARKS.has(ix.words[k]) && k > 0 && ix.tokens.start[k] === ix.tokens.end[k - 1] && ix.words[k - 1].endsWith("s");
}

/** Words skipped between pattern words: "held indirect talks", "launched 18 missiles", "a 25% tariff". */
const MODIFIERS = new Set(["ADJ", "ADV", "DET", "NUM", "SYM"]);
const MAX_MODIFIERS = 3;
const MAX_GAP = 6;

/** All matches in tokens [first, last], longest first where two overlap on the same head. */
export function matchTriggers(ix: ActorIndex, lexicon: TriggerLexicon, first: number, last: number, skip: (t: number) => boolean): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (let t = first; t <= last; t++) {
    if (skip(t)) continue;
    const lemma = lemmaOf(ix, t);
    const byLemma = lexicon.byFirst.get(lemma);
    const byWord = ix.words[t] === lemma ? undefined : lexicon.byFirst.get(ix.words[t]);
    for (const trigger of byLemma ?? []) {
      const m = matchAt(ix, trigger, t, last);
      if (m) out.push(m);
    }
    for (const trigger of byWord ?? []) {
      if (byLemma?.includes(trigger)) continue;
      const m = matchAt(ix, trigger, t, last);
      if (m) out.push(m);
    }
  }
  // A pattern whose object is not of its class ("released a statement") does not compete for the words.
  const fitting = out.map((m) => ({ ...m, head: phraseHead(ix, m) })).filter((m) => !m.trigger.def.objectClass || objectFits(ix, m.head, m.trigger.def.objectClass));
  return dropOverlaps(fitting);
}

/**
 * The word the act's roles are read around: the pattern's first word, unless the tree hangs that word
 * from another word of the match ("military aid": aid; "held talks" stays held).
 */
function phraseHead(ix: ActorIndex, m: TriggerMatch): number {
  let head = m.head;
  for (let steps = 0; steps < 8; steps++) {
    const up = ix.tree.head(head);
    if (up < m.first || up > m.last) break;
    head = up;
  }
  return head;
}

/**
 * The lemma a word is matched by: wink's, or the tree's for a verb the tree reads outside every noun phrase
 * where wink read none ("Juraj Cintula shot Prime Minister Robert Fico": shoot).
 */
function lemmaOf(ix: ActorIndex, t: number): string {
  return isTreeOnlyVerb(ix, t) ? ix.tree.lemma(t) : ix.tokens.lemma[t];
}

function isTreeOnlyVerb(ix: ActorIndex, t: number): boolean {
  return ix.tree.upos(t) === "VERB" && ix.tokens.pos[t] !== "VERB" && ix.chunkAt[t] < 0;
}

function wordFits(ix: ActorIndex, step: Extract<PatternStep, { kind: "word" }>, t: number): boolean {
  const inflected = step.inflected.has(ix.words[t]) && ix.tokens.pos[t] !== "ADJ";
  if (!inflected && !step.forms.has(lemmaOf(ix, t)) && !step.forms.has(ix.words[t])) return false;
  return !step.pos || step.pos.has(isTreeOnlyVerb(ix, t) ? "VERB" : ix.tokens.pos[t]);
}

/** The last token of an apposition set off by the comma at `comma` (with its closing comma), or -1. */
function appositionAfter(ix: ActorIndex, comma: number, last: number): number {
  if (ix.words[comma] !== ",") return -1;
  for (let a = comma + 1; a <= Math.min(last, comma + MAX_GAP); a++) {
    if (ix.tree.base(a) !== "appos") continue;
    const [first, end] = ix.tree.extent(a);
    if (first !== comma && first !== comma + 1) return -1;
    return ix.words[end + 1] === "," ? end + 1 : end;
  }
  return -1;
}

function matchAt(ix: ActorIndex, trigger: CompiledTrigger, start: number, last: number): TriggerMatch | undefined {
  const steps = trigger.steps;
  const first = steps[0];
  if (first.kind !== "word" || !wordFits(ix, first, start)) return undefined;
  const m: TriggerMatch = { trigger, first: start, last: start, head: start };
  let t = start + 1;
  let gap = false;
  for (let s = 1; s < steps.length; s++) {
    const step = steps[s];
    if (step.kind === "gap") { gap = true; continue; }
    if (step.kind === "slot") {
      const chunk = slotChunk(ix, t, last, gap);
      if (!chunk) return undefined;
      m[step.role] = chunk;
      t = chunk.last + 1;
      gap = false;
      continue;
    }
    let reach = gap ? MAX_GAP : MAX_MODIFIERS;
    let k = t;
    let passedName = false;
    while (k <= last && k - t <= reach && !wordFits(ix, step, k)) {
      if (ix.tokens.pos[k] === "PROPN") passedName = true;
      // "declared the Mexican ambassador, Raquel Serur, persona non grata": a gap passes over an apposition.
      const apposition = gap ? appositionAfter(ix, k, last) : -1;
      if (apposition > k) {
        reach += apposition - k + 1;
        k = apposition + 1;
        continue;
      }
      if (!gap && !MODIFIERS.has(ix.tokens.pos[k]) && ix.tokens.pos[k] !== "PROPN") return undefined;
      // Only a gap spans a list's commas ("launched artillery, mortar and rocket fire"); a possessive's
      // apostrophe is no boundary ("shut its members' borders").
      if (ix.tokens.pos[k] === "PUNCT" && ix.words[k] !== "-" && !isPossessiveMark(ix, k) && !(gap && ix.words[k] === ",")) return undefined;
      k++;
    }
    if (k > last || k - t > reach) return undefined;
    // "what the State Department calls the Washington Accords for Peace": past a name, the word must still
    // belong to the act, not to the name ("for Peace" is the name's).
    if (passedName && !belongsToMatch(ix, k, m.first, m.last)) return undefined;
    m.last = k;
    t = k + 1;
    gap = false;
  }
  if (gap) return undefined;
  return m;
}

/** Whether the word at `k` (a preposition: through the noun it marks) hangs on a word of the match so far. */
function belongsToMatch(ix: ActorIndex, k: number, first: number, last: number): boolean {
  let up = ix.tree.head(k);
  if (ix.tree.base(k) === "case" && up >= 0) up = ix.tree.head(up);
  return up >= first && up <= last;
}

/** The noun phrase a slot takes: the next one (past adverbs), or after a gap the first that names an actor. */
function slotChunk(ix: ActorIndex, t: number, last: number, gap: boolean): Chunk | undefined {
  for (let k = t; k <= last && k - t <= (gap ? MAX_GAP : 2); k++) {
    const c = ix.chunkAt[k];
    if (c < 0) {
      if (!gap && ix.tokens.pos[k] !== "ADV" && ix.tokens.pos[k] !== "DET") return undefined;
      continue;
    }
    const chunk = ix.chunks[c];
    if (chunk.head || chunk.possessor) return chunk;
    if (!gap) return undefined;
    k = chunk.last;
  }
  return undefined;
}

/** Where matches overlap, the one with more pattern words (then the earlier one) stays. */
function dropOverlaps(matches: TriggerMatch[]): TriggerMatch[] {
  const sorted = [...matches].sort((a, b) => b.trigger.words - a.trigger.words || a.first - b.first);
  const kept: TriggerMatch[] = [];
  for (const m of sorted) {
    if (kept.some((k) => m.first <= k.last && k.first <= m.last)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.first - b.first);
}

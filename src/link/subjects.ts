// The subject of a verb in the tree: its own, or the one it shares through coordination, control,
// relative and participial clauses, a document and its issuer; passives and participles.
import type { ActorIndex, Chunk } from "./actors.ts";
import { NOUNS } from "./nouns.ts";
import { chunkOfToken } from "./phrases.ts";

/** Relative pronouns: the subject of a relative clause is the noun the clause modifies. */
const RELATIVES = new Set(["who", "which", "that", "whom"]);
/** Verbs whose object is who does the act of their infinitive ("urged Moscow to halt", "asked them to leave"). */
const OBJECT_CONTROL = new Set(["urge", "ask", "call", "order", "tell", "force", "press", "invite", "encourage", "allow", "persuade", "pressure", "warn", "advise", "instruct", "request", "authorize", "authorise", "compel", "appeal"]);

/**
 * The subject token of the verb (or predicate) `v`: its own, else the one it shares with the verb it is
 * coordinated with, the controller of an infinitive, the noun a relative or participial clause
 * modifies, or the subject of the clause a participle hangs from ("..., saying ...").
 */
export function subjectToken(ix: ActorIndex, v: number, depth = 0): number {
  const { tree } = ix;
  if (v < 0 || depth > 6) return -1;
  const own = tree.child(v, "nsubj", "csubj");
  const relation = tree.relation(v);
  if (own >= 0) {
    const relative = RELATIVES.has(ix.words[own]) && tree.upos(own) === "PRON";
    return relative && tree.base(v) === "acl" ? tree.head(v) : own;
  }
  const up = tree.head(v);
  if (up < 0) return -1;
  if (relation === "conj" || relation === "xcomp") {
    if (relation === "xcomp" && OBJECT_CONTROL.has(tree.lemma(up))) {
      const object = tree.child(up, "obj", "iobj");
      if (object >= 0) return object;
    }
    return subjectToken(ix, up, depth + 1);
  }
  // "a day after ordering ...": a clause marked like an adverbial one tells of the main clause's subject.
  if (relation === "acl" && tree.child(v, "mark") >= 0 && tree.head(up) >= 0) return subjectToken(ix, tree.head(up), depth + 1);
  // "issued a declaration demanding", "adopted a resolution condemning": a document acts for its issuer.
  if (relation.startsWith("acl")) return isIssuedDocument(ix, up) ? subjectToken(ix, tree.head(up), depth + 1) : up;
  // "..., saying ...", "Having met X, Y said": a participle or infinitive without its own subject;
  // "..., having already met ASEAN" is one too when the parser sets it apart as parataxis.
  if (relation === "advcl" && tree.child(v, "mark") < 0) return subjectToken(ix, up, depth + 1);
  if (relation === "parataxis" && isParticiple(ix, v)) return subjectToken(ix, up, depth + 1);
  return -1;
}

/** A document noun naming no one, the object of the verb that issued it. */
function isIssuedDocument(ix: ActorIndex, t: number): boolean {
  const chunk = ix.chunkAt[t] >= 0 ? ix.chunks[ix.chunkAt[t]] : undefined;
  return NOUNS.documents.has(ix.tree.lemma(t)) && ix.tree.base(t) === "obj" && !chunk?.head && !chunk?.possessor;
}

/** "saying", "having met": a participle with no finite auxiliary ("were fleeing" is finite). */
function isParticiple(ix: ActorIndex, v: number): boolean {
  const auxiliaries = ix.tree.childrenWith(v, "aux").map((a) => ix.words[a]);
  if (auxiliaries.includes("having") || auxiliaries.includes("being")) return true;
  return ix.words[v].endsWith("ing") && auxiliaries.length === 0;
}

export function subjectOf(ix: ActorIndex, v: number): Chunk | undefined {
  const t = subjectToken(ix, v);
  return t < 0 ? undefined : chunkOfToken(ix, t);
}

/** "was shelled", "were detained", and participles modifying a noun ("militias backed by Iran"). */
export function isPassiveClause(ix: ActorIndex, v: number): boolean {
  const { tree } = ix;
  if (tree.isPassive(v)) return true;
  return tree.base(v) === "acl" && tree.upos(v) === "VERB" && !ix.words[v].endsWith("ing") && tree.child(v, "nsubj") < 0;
}

// Where a noun phrase stands in its sentence, for the chunker (./actors.ts): the subject of the sentence's
// main verb or of a clause it reports (what "he" and "it" are about next), of any clause, or in a subject's
// place before a verb where the tree says nothing.
import { DescribedActors } from "./described.ts";

export abstract class ClausePositions extends DescribedActors {
  /** Whether token `i` belongs in a noun phrase (the chunker's rule). */
  abstract isChunkToken(i: number): boolean;

  /** Whether the name starting at `t` is, in the tree, the subject of a verb after it. */
  protected isClauseSubject(t: number): boolean {
    let top = t;
    for (let steps = 0; steps < 4; steps++) {
      const up = this.tree.head(top);
      if (up <= t || up > t + 4 || !/^(flat|compound)$/.test(this.tree.base(top))) break;
      top = up;
    }
    const verb = this.tree.head(top);
    return this.tree.base(top) === "nsubj" && verb > top && this.tree.upos(verb) === "VERB";
  }

  /** The sentence's root, a verb coordinated with it, or (`reported`) one it reports ("said Japan had contacted ..."). */
  protected isMainVerb(v: number, reported = false): boolean {
    for (let at = v, steps = 0; steps < 6; steps++) {
      const up = this.tree.head(at);
      if (up < 0) return true;
      if (this.tree.base(at) !== "conj" && !(reported && this.tree.base(at) === "ccomp")) return false;
      at = up;
    }
    return false;
  }

  /** The tree's subject of the sentence's main verb, or (`reported`) of a clause it reports. */
  protected isTreeSubject(first: number, last: number, reported = false): boolean {
    for (let k = first; k <= last; k++) {
      const up = this.tree.head(k);
      if (up >= first && up <= last) continue;
      if (this.tree.base(k) === "nsubj" && this.tree.upos(up) === "VERB" && this.isMainVerb(up, reported)) return true;
    }
    return false;
  }

  /** Whether the phrase is the subject of any clause in the tree. */
  protected isAnySubject(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) {
      const up = this.tree.head(k);
      if ((up < first || up > last) && this.tree.base(k) === "nsubj") return true;
    }
    return false;
  }

  /** Subject: not after a preposition or a verb, and followed (past adverbs and auxiliaries) by a verb. */
  protected inSubjectPosition(first: number, last: number, sentenceLast: number): boolean {
    // "Boluarte, 60, a lawyer who becomes president, called for ...": the subject of the sentence's main verb
    // in the tree, however far from it (an adverbial clause's, "while Spain insisted", is not the topic).
    if (this.isTreeSubject(first, last)) return true;
    const before = first > 0 ? this.pos(first - 1) : "";
    if (before === "ADP" || before === "VERB" || before === "SCONJ") return false;
    let k = last + 1;
    while (k <= sentenceLast && (this.pos(k) === "ADV" || this.pos(k) === "PART")) k++;
    // "The Resistance Committees in el-Fasher, a coalition ..., issued": a place phrase after the subject.
    if (k < sentenceLast && this.words[k] === "in" && this.isChunkToken(k + 1)) {
      k++;
      while (k <= sentenceLast && this.isChunkToken(k)) k++;
    }
    if (k > sentenceLast) return false;
    if (this.pos(k) === "VERB" || this.pos(k) === "AUX") return true;
    // "His counterpart, Thérèse Kayikwamba Wagner, called ...": the name in apposition to a subject.
    if (this.words[first - 1] === "," && this.words[k] === ",") {
      let v = k + 1;
      while (v <= sentenceLast && this.pos(v) === "ADV") v++;
      if (this.pos(v) === "VERB" || this.pos(v) === "AUX") return true;
    }
    return this.words[k] === "," && (this.words[k + 1] === "who" || this.pos(k + 1) === "DET" || this.pos(k + 1) === "PROPN");
  }
}

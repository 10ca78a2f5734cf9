// Indirect speech: "X said (that) ...", "..., X said.", "saying ...", "X declined to comment". The
// reported words are kept as a quote with `direct: false`; sentences holding a direct quote are left to it.
import type { Quote, Segments, Sentence } from "../model/index.ts";
import { CLAUSAL_VERBS, DECLINED, DECLINED_FIRST, subjectOf } from "../link/index.ts";
import type { ActorIndex } from "../link/index.ts";
import { isSpeechVerb } from "./attribution.ts";

export function findIndirectSpeech(text: string, segments: Segments, ix: ActorIndex, sentences: Sentence[]): Quote[] {
  const out: Quote[] = [];
  for (const s of sentences) {
    const quote = reportedIn(text, segments, ix, s);
    if (quote) out.push(quote);
  }
  return out;
}

function reportedIn(text: string, segments: Segments, ix: ActorIndex, s: Sentence): Quote | undefined {
  const { start, end } = segments.tokens;
  for (let t = s.firstToken; t <= s.lastToken; t++) {
    const declined = DECLINED_FIRST.has(ix.tokens.lemma[t]) ? DECLINED.find((p) => p.every((w, k) => ix.tokens.lemma[t + k] === w)) : undefined;
    if (declined) {
      const speaker = ix.chunks[ix.chunkAt[t - 1]]?.head?.ref ?? speakerOfVerb(ix, t, s);
      if (!speaker) continue;
      const last = t + declined.length - 1;
      return indirect(text, start[t], end[last], speaker, text.slice(start[t], end[t]), "quotes/declined");
    }
    if (!isSpeechVerb(ix, t) || !CLAUSAL_VERBS.has(ix.tokens.lemma[t])) continue;
    const speaker = speakerOfVerb(ix, t, s);
    if (!speaker) continue;
    const cue = text.slice(start[t], end[t]);
    let from = t + 1;
    if (ix.words[from] === "that") from++;
    if (from + 2 <= s.lastToken) {
      // "The Kremlin said on Wednesday it was ...": the time phrase belongs to the saying.
      while (from < s.lastToken && (ix.tokens.pos[from] === "ADP" || ix.chunks[ix.chunkAt[from]]?.time)) from++;
      if (ix.words[from] === "that") from++;
      return indirect(text, start[from], end[lastWord(ix, s.lastToken)], speaker, cue, "quotes/reported-clause");
    }
    // "Russia had launched 18 missiles, Zelenskiy said.": the reported words come first.
    const comma = lastComma(ix, s.firstToken, t);
    if (comma > s.firstToken) return indirect(text, start[s.firstToken], end[comma - 1], speaker, cue, "quotes/reported-before");
  }
  return undefined;
}

function speakerOfVerb(ix: ActorIndex, t: number, s: Sentence) {
  const subject = subjectOf(ix, t, s.firstToken);
  const actor = subject?.head ?? subject?.possessor;
  if (actor) return actor.ref;
  const after = ix.chunkAt[t + 1];
  return after >= 0 ? ix.chunks[after].head?.ref : undefined;
}

function lastWord(ix: ActorIndex, last: number): number {
  let k = last;
  while (k > 0 && ix.tokens.pos[k] === "PUNCT") k--;
  return k;
}

function lastComma(ix: ActorIndex, first: number, before: number): number {
  for (let k = before - 1; k > first; k--) if (ix.words[k] === ",") return k;
  return -1;
}

function indirect(text: string, s: number, e: number, speaker: Quote["speaker"], cue: string, source: string): Quote | undefined {
  if (e <= s) return undefined;
  return { start: s, end: e, text: text.slice(s, e), speaker, direct: false, cue, source };
}

// Indirect speech: "X said (that) ...", "..., X said.", "saying ...", "X declined to comment". The
// reported words are kept as a quote with `direct: false`; sentences holding a direct quote are left to it.
import type { Quote, Segments, Sentence } from "../model/index.ts";
import { DECLINED, DECLINED_FIRST, reportedWords, subjectOf } from "../link/index.ts";
import type { ActorIndex } from "../link/index.ts";

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
      const speaker = speakerOfVerb(ix, t);
      if (!speaker) continue;
      const last = t + declined.length - 1;
      return indirect(text, start[t], end[last], speaker, text.slice(start[t], end[t]), "quotes/declined");
    }
    const words = reportedWords(ix, t, s);
    if (!words) continue;
    const speaker = speakerOfVerb(ix, t);
    if (!speaker) continue;
    const source = words.before ? "quotes/reported-before" : "quotes/reported-clause";
    return indirect(text, start[words.first], end[words.last], speaker, text.slice(start[t], end[t]), source);
  }
  return undefined;
}

/** The speaker is the speech verb's subject, before it or after it ("said Lavrov"). */
function speakerOfVerb(ix: ActorIndex, t: number) {
  const subject = subjectOf(ix, t);
  return (subject?.head ?? subject?.possessor)?.ref;
}

function indirect(text: string, s: number, e: number, speaker: Quote["speaker"], cue: string, source: string): Quote | undefined {
  if (e <= s) return undefined;
  return { start: s, end: e, text: text.slice(s, e), speaker, direct: false, cue, source };
}

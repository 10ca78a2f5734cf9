// Where speakers' words are, for the stances read in them: reported speech ("X warned that ...", "..., X
// said"), a speech noun's "that" clause ("Trump's suggestion that ..."), the phrase a verb of calling judges
// by ("called the attack a terrorist attack"), and the direct quotes with their speakers.
import type { ActorRef, Quote, Sentence } from "../model/index.ts";
import { sentenceAt, segmentText, tokensIn } from "../segment/index.ts";
import { actorOf, reportedWords, subjectOf } from "../link/index.ts";
import type { ActorIndex } from "../link/index.ts";
import type { CodingContext } from "./code.ts";

/** Words reported as a speaker's: who, the cue that reports them, and their tokens. */
export interface SpeechAct {
  speaker: ActorRef;
  /** First token of the words naming the speaker, when they are in the text around the words. */
  speakerFirst?: number;
  /** Token of the reporting verb or noun, when there is one. */
  cue?: number;
  cueLemma?: string;
  first: number;
  last: number;
  sentence: number;
}

/** Tokens between a speech noun and its "that": "Trump's suggestion on Tuesday that". */
const NOUN_TO_THAT = 4;

/** Verbs that judge their object by a second phrase: "called the revolt a stab in the back", "described it as illegal". */
const JUDGING_VERBS = new Set(["call", "describe", "brand", "label", "term", "deem", "consider", "denounce", "condemn", "characterise", "characterize", "dub"]);

/**
 * The phrase by which a verb of calling judges its object: "called the revolt a stab in the back" (xcomp, or
 * read as a second object), "described the vote as illegal" ("as"), "called the attack a "terrorist attack""
 * (read as an apposition or an unmarked modifier of the object); -1 when there is none.
 */
export function judgingPhrase(ix: ActorIndex, verb: number): number {
  const { tree } = ix;
  if (verb < 0 || !JUDGING_VERBS.has(tree.lemma(verb))) return -1;
  const object = tree.child(verb, "obj");
  if (object < 0) return -1;
  const own = tree.children(verb).find((k) => k > object && (tree.base(k) === "xcomp" || tree.base(k) === "obj" || tree.marker(k) === "as"));
  if (own !== undefined) return own;
  return tree.children(object).find((k) => k > object && (tree.base(k) === "appos" || tree.relation(k) === "nmod:unmarked")) ?? -1;
}

/** Reported speech of every sentence ("X warned that ...", "X's suggestion that ...") and the direct quotes. */
export function speechActs(cc: CodingContext, quotes: Quote[], speechNouns: ReadonlySet<string>): SpeechAct[] {
  const acts: SpeechAct[] = [];
  cc.segments.sentences.forEach((s, i) => acts.push(...reportedIn(cc.ix, s, i, speechNouns)));
  for (const q of quotes) {
    if (!q.direct || !q.speaker) continue;
    const tokens = tokensIn(cc.segments, q.start, q.end);
    const sentence = sentenceAt(cc.segments, q.end - 1);
    if (!tokens.length || !sentence) continue;
    acts.push({
      speaker: q.speaker, first: tokens[0], last: tokens[tokens.length - 1],
      sentence: cc.segments.sentences.indexOf(sentence), cueLemma: q.cue ? cueLemma(q.cue) : undefined,
    });
  }
  return acts;
}

const cueLemmas = new Map<string, string>();
function cueLemma(cue: string): string {
  const key = cue.toLowerCase();
  let lemma = cueLemmas.get(key);
  if (lemma === undefined) cueLemmas.set(key, (lemma = segmentText(key).tokens.lemma[0] ?? key));
  return lemma;
}

/** The reported clauses of a sentence, each ending where the next one's speaker begins. */
function reportedIn(ix: ActorIndex, s: Sentence, sentence: number, speechNouns: ReadonlySet<string>): SpeechAct[] {
  const acts: SpeechAct[] = [];
  for (let t = s.firstToken; t <= s.lastToken; t++) {
    const verbal = ix.tokens.pos[t] === "VERB" || ix.tokens.pos[t] === "AUX";
    const act = verbal ? reportedByVerb(ix, s, t) ?? judgedByVerb(ix, t) : speechNouns.has(ix.tokens.lemma[t]) ? reportedByNoun(ix, s, t) : undefined;
    if (act) acts.push({ ...act, sentence });
  }
  for (let i = 0; i + 1 < acts.length; i++) {
    const next = acts[i + 1];
    const nextFirst = Math.min(next.speakerFirst ?? next.first, next.cue ?? next.first);
    if (nextFirst > acts[i].first && nextFirst <= acts[i].last) acts[i].last = nextFirst - 1;
  }
  return acts;
}

/** "Zelensky warned Wednesday that ...", "..., Zelensky said.": the words the verb reports, and its subject. */
function reportedByVerb(ix: ActorIndex, s: Sentence, verb: number): Omit<SpeechAct, "sentence"> | undefined {
  const words = reportedWords(ix, verb, s);
  const subject = words && subjectOf(ix, verb);
  const speaker = subject && actorOf(ix, subject);
  if (!words || !subject || !speaker) return undefined;
  return { speaker: speaker.ref, speakerFirst: subject.first, cue: verb, cueLemma: ix.tokens.lemma[verb], first: words.first, last: words.last };
}

/** "Ali called the attack a terrorist attack": the subject of a verb of calling said the words it judges by. */
function judgedByVerb(ix: ActorIndex, verb: number): Omit<SpeechAct, "sentence"> | undefined {
  const phrase = judgingPhrase(ix, verb);
  const subject = phrase < 0 ? undefined : subjectOf(ix, verb);
  const speaker = subject && actorOf(ix, subject);
  if (!subject || !speaker) return undefined;
  const [first, last] = ix.tree.extent(phrase);
  return { speaker: speaker.ref, speakerFirst: subject.first, cue: verb, cueLemma: ix.tokens.lemma[verb], first, last };
}

/** "Trump's suggestion on Tuesday that Kyiv could win": a speech noun's owner said what its "that" clause says. */
function reportedByNoun(ix: ActorIndex, s: Sentence, noun: number): Omit<SpeechAct, "sentence"> | undefined {
  const c = ix.chunkAt[noun];
  const chunk = c >= 0 ? ix.chunks[c] : undefined;
  const speaker = chunk?.possessor;
  if (!chunk || !speaker) return undefined;
  for (let k = chunk.last + 1; k <= Math.min(s.lastToken - 1, chunk.last + NOUN_TO_THAT); k++) {
    if (ix.words[k] === "that") return { speaker: speaker.ref, speakerFirst: chunk.first, cue: noun, cueLemma: ix.tokens.lemma[noun], first: k + 1, last: s.lastToken };
  }
  return undefined;
}

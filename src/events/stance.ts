// Stances: what a speaker's words say about another actor, coded as the speaker's act toward it.
// "Zelensky warned that Europe could lose Moldova to Russian influence" accuses Russia; "Trump's
// suggestion that Kyiv could win" supports Ukraine. The trigger patterns code what actors do; these
// code what they say of others, inside reported speech and direct quotes. The words are data
// (data/events/stances.yaml).
import type { ActorRef, PloverType, Quote, Sentence } from "../model/index.ts";
import { readDataFile } from "../model/index.ts";
import { segmentText } from "../segment/index.ts";
import { actorOf, isPassiveClause, subjectOf } from "../link/index.ts";
import type { Actor, ActorIndex } from "../link/index.ts";
import { namesCountry, sameRef } from "./sides.ts";
import type { CodedEvent, CodingContext } from "./code.ts";
import { contextsOf } from "./context.ts";
import { ploverTypeOf } from "./lexicon.ts";
import { datesOf } from "./when.ts";
import { authorOf } from "./authors.ts";
import { judgingPhrase, speechActs, type SpeechAct } from "./speech-acts.ts";

interface StanceFile {
  speech_nouns: string[];
  stances: Array<{ type: string; cameo?: string; mode?: string; cues?: string[]; contexts?: string[]; owner_of?: string[]; subject_of?: string[]; obliges?: string[]; judges?: string[] }>;
}

/** A phrase of the lexicon as lemmas; `role` says where in it the target is found. */
interface StancePhrase {
  lemmas: string[];
  role: "owner" | "subject" | "obliged" | "judged";
  stance: Stance;
  text: string;
}

interface Stance {
  type: PloverType;
  cameo?: string;
  mode?: string;
  cues?: ReadonlySet<string>;
  /** Contexts the phrase's verb must be in ("future": "many more will be arrested", not "77 were arrested"). */
  contexts?: string[];
}

const FILE = "events/stances.yaml";
/** Stances infer an act from words about another: less sure than an act the text states. */
const CONFIDENCE = { reported: 0.6, quoted: 0.55 };

interface StanceLexicon {
  byFirst: Map<string, StancePhrase[]>;
  speechNouns: ReadonlySet<string>;
}

let lexicon: StanceLexicon | undefined;

function loadStances(): StanceLexicon {
  const file = readDataFile<StanceFile>(FILE);
  const byFirst = new Map<string, StancePhrase[]>();
  const add = (text: string, role: StancePhrase["role"], stance: Stance) => {
    const lemmas = segmentText(text).tokens.lemma;
    const phrase: StancePhrase = { lemmas, role, stance, text };
    byFirst.set(lemmas[0], [...(byFirst.get(lemmas[0]) ?? []), phrase]);
  };
  for (const s of file.stances ?? []) {
    const stance: Stance = { type: ploverTypeOf(s.type, FILE), cameo: s.cameo, mode: s.mode, cues: s.cues && new Set(s.cues), contexts: s.contexts };
    for (const w of s.owner_of ?? []) add(w, "owner", stance);
    for (const w of s.subject_of ?? []) add(w, "subject", stance);
    for (const w of s.obliges ?? []) add(w, "obliged", stance);
    for (const w of s.judges ?? []) add(w, "judged", stance);
  }
  const speechNouns = new Set((file.speech_nouns ?? []).map((n) => segmentText(n).tokens.lemma[0]));
  return { byFirst, speechNouns };
}

/** The stance events of a document: one per stance phrase about another actor in each speaker's words. */
export function codeStances(cc: CodingContext, quotes: Quote[]): CodedEvent[] {
  const lex = (lexicon ??= loadStances());
  const out: CodedEvent[] = [];
  for (const act of speechActs(cc, quotes, lex.speechNouns)) {
    // One record per stance of a speaker's words, with each phrase that shows it as evidence.
    const byTarget = new Map<string, CodedEvent>();
    for (let t = act.first; t <= act.last; t++) {
      for (const phrase of lex.byFirst.get(cc.ix.tokens.lemma[t]) ?? []) {
        const event = stanceAt(cc, act, phrase, t);
        if (!event) continue;
        const key = `${event.type}|${event.target?.entity ?? event.target?.name}`;
        const held = byTarget.get(key);
        const shown = event.evidence[event.evidence.length - 1];
        if (held && !held.evidence.some((e) => e.start === shown.start && e.end === shown.end)) held.evidence.push(shown);
        else byTarget.set(key, event);
      }
    }
    out.push(...byTarget.values());
  }
  return out;
}

function stanceAt(cc: CodingContext, act: SpeechAct, phrase: StancePhrase, first: number): CodedEvent | undefined {
  const { ix } = cc;
  const last = first + phrase.lemmas.length - 1;
  if (last > act.last || !phrase.lemmas.every((l, i) => ix.tokens.lemma[first + i] === l)) return undefined;
  const { stance } = phrase;
  if (stance.cues && !(act.cueLemma && stance.cues.has(act.cueLemma))) return undefined;
  // The phrase's verb: "arrested" in "be arrested", "face" in "face consequences".
  let verb = first;
  while (verb < last && ix.tree.upos(verb) !== "VERB") verb++;
  if (stance.contexts && !stance.contexts.every((c) => contextsOf(ix, verb).includes(c))) return undefined;
  const target = phrase.role === "owner" ? ownerOf(ix, first, last)
    : phrase.role === "subject" ? affirmedSubject(ix, verb)
    : phrase.role === "obliged" ? obligedSubject(ix, first)
    : judgedActor(cc, first, last, act.sentence);
  if (!target || target.counted || target.entityType === "LOC" || !isOther(ix, act.speaker, target)) return undefined;
  const s = cc.segments.sentences[act.sentence];
  const evidence = [spanOf(cc, Math.min(target.first, first), last)];
  const cueFirst = act.speakerFirst ?? act.cue;
  if (cueFirst !== undefined && act.cue !== undefined) evidence.unshift(spanOf(cc, Math.min(cueFirst, act.cue), Math.max(cueFirst, act.cue)));
  const event: CodedEvent = {
    id: "", type: stance.type, source: act.speaker, target: target.ref, evidence,
    confidence: act.cue === undefined ? CONFIDENCE.quoted : CONFIDENCE.reported,
    rule: `stances.yaml: ${phrase.text}`, symmetric: false, sentence: act.sentence,
  };
  if (stance.cameo) event.cameo = stance.cameo;
  if (stance.mode) event.mode = stance.mode;
  const date = whenSaid(cc, act, s);
  if (date) {
    event.date = date.value;
    event.dateFrom = date.from;
  }
  return event;
}

/** "Russian aggression", "Moscow's orbit", "interference by Iran": who the noun's act is by. */
function ownerOf(ix: ActorIndex, first: number, last: number): Actor | undefined {
  const c = ix.chunkAt[last];
  const chunk = c >= 0 ? ix.chunks[c] : undefined;
  if (chunk?.possessor) return actorOf(ix, { ...chunk, head: undefined });
  if (chunk?.head && chunk.head.last < first) return actorOf(ix, chunk);
  const after = (chunk?.last ?? last) + 1;
  if (ix.words[after] !== "of" && ix.words[after] !== "by") return undefined;
  const next = ix.chunkAt[after + 1];
  return next >= 0 ? actorOf(ix, ix.chunks[next]) : undefined;
}

/**
 * "Venezuela's plans were a direct threat", "called the revolt a stab in the back": the one whose thing
 * the words judge, unless the judgement is denied. The thing judged is the subject of the judging
 * predicate, or the object of the verb that judges by it; its owner, the actor it names, or the author
 * of the act it stands for ("the attack") is the one judged.
 */
function judgedActor(cc: CodingContext, first: number, last: number, sentence: number): Actor | undefined {
  const { ix } = cc;
  const { tree } = ix;
  let head = first;
  while (head < last && tree.head(head) >= first && tree.head(head) <= last) head++;
  if (contextsOf(ix, head).includes("negated")) return undefined;
  let judged = tree.child(head, "nsubj", "nsubj:pass");
  const up = tree.head(head);
  if (judged < 0 && up >= 0) {
    const verb = tree.base(up) === "obj" ? tree.head(up) : up;
    if (judgingPhrase(ix, verb) === head) judged = tree.child(verb, "obj");
  }
  if (judged < 0) return undefined;
  const chunk = ix.chunks[ix.chunkAt[judged]];
  const named = chunk && (chunk.possessor ? actorOf(ix, { ...chunk, head: undefined }) : chunk.head?.kind === "pronoun" ? undefined : actorOf(ix, chunk));
  return named ?? authorOf(ix, cc.actNouns, cc.told, judged, sentence);
}

/** "Kyiv could win the war": the subject of the verb within the speaker's words, unless negated. */
function affirmedSubject(ix: ActorIndex, verb: number): Actor | undefined {
  if (ix.tree.upos(verb) !== "VERB") return undefined;
  const subject = subjectOf(ix, verb);
  if (!subject || contextsOf(ix, verb).includes("negated")) return undefined;
  return actorOf(ix, subject);
}

/**
 * "Russia must withdraw its troops", "Iran has to stop": whom the words oblige to act, the subject of the
 * active clause the modal ("must") or the verb of need ("have to") governs, unless negated. "Russia must be
 * held accountable" (passive) asks nothing of Russia.
 */
function obligedSubject(ix: ActorIndex, modal: number): Actor | undefined {
  const { tree } = ix;
  const act = tree.base(modal) === "aux" ? tree.head(modal) : tree.child(modal, "xcomp");
  if (act < 0 || tree.upos(act) !== "VERB" || isPassiveClause(ix, act) || contextsOf(ix, act).includes("negated")) return undefined;
  const subject = subjectOf(ix, act);
  const actor = subject && actorOf(ix, subject);
  // "the state must have a monopoly on arms": a group no country places is no one asked.
  return actor && (actor.kind !== "group" || actor.ref.country) ? actor : undefined;
}

/** A speaker takes no stance toward itself or toward the state it belongs to (a rival at home is another). */
function isOther(ix: ActorIndex, speaker: ActorRef, target: Actor): boolean {
  return !sameRef(speaker, target.ref) && !(speaker.country && speaker.country === target.ref.country && namesState(ix, target));
}

/** "Ukraine", "Ukrainians" and, by metonymy, "Kyiv": the state itself. */
function namesState(ix: ActorIndex, actor: Actor): boolean {
  return namesCountry(actor, ix) || ix.countries.phraseAt(ix.words, actor.first, actor.last + 1)?.kind === "capital";
}

/** When the words were said: a date of the saying's own words ("warned Wednesday that"), else the article's. */
function whenSaid(cc: CodingContext, act: SpeechAct, s: Sentence) {
  const timexes = cc.sentenceTimexes[act.sentence].filter((t) => t.last < act.first || t.first > act.last);
  const cue = act.cue ?? act.first;
  const dates = datesOf(cc.ix, {
    sentence: s, clauseFirst: Math.min(act.speakerFirst ?? cue, cue), clauseLast: act.cue !== undefined && act.cue < act.first ? act.first - 1 : cue,
    head: cue, timexes, published: cc.published, todayCue: cc.todayCues[act.sentence],
  });
  return dates[0];
}

function spanOf(cc: CodingContext, first: number, last: number) {
  const start = cc.segments.tokens.start[first];
  const end = cc.segments.tokens.end[last];
  return { start, end, text: cc.text.slice(start, end) };
}

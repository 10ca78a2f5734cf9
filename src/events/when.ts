// When an event happened: the timex of its clause (not the publication date), shifted by "a day after"
// phrases, one date per coordinated timex ("in May and June"); else the article's date, marked as
// said today ("publication") or as undated in the text ("article").
import type { Sentence, Timex } from "../model/index.ts";
import type { ActorIndex } from "../link/index.ts";
import { SPEECH_VERBS } from "../link/index.ts";
import { CONTEXTS } from "./contexts-file.ts";
import { isBackground } from "./record.ts";

export interface EventDate {
  value: string;
  /**
   * "clause": a timex of the event's clause; "sentence": of its sentence; "shifted": "a day after ...";
   * "publication": the text says today; "narrative": the day an earlier sentence gave, the text not
   * having moved on; "article": no date in the text, the article's date as the latest; "restated": the
   * date the next sentence gives the act it tells again ("... has agreed to ... The breakthrough came late
   * on Monday").
   */
  from: "clause" | "sentence" | "shifted" | "publication" | "narrative" | "article" | "restated";
  timex?: Timex;
}

const CALENDAR = /^\d{4}(-\d\d(-\d\d)?|-W\d\d)?/;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };

/** Calendar timexes of each sentence with their first and last tokens, in text order. */
export type SentenceTimexes = Array<Array<{ timex: Timex; first: number; last: number }>>;
/** The day the text last dated an event to, and the sentence it did so in: the narrative's time. */
export interface Narrative { value: string; sentence: number }

export interface DateScope {
  sentence: Sentence;
  /** The event's clause in tokens: from its source to the end of its objects. */
  clauseFirst: number;
  clauseLast: number;
  head: number;
  /** Calendar timexes of the sentence with their first and last tokens, in text order. */
  timexes: Array<{ timex: Timex; first: number; last: number }>;
  published?: string;
  todayCue: boolean;
  /** The day a sentence shortly before dated an event to ("Trump said on Sunday ... Colombia responded"). */
  narrative?: string;
  /** The date of the act the clause above tells again ("The attack came two days after ..."), to the day if the text gave it so. */
  restated?: string;
}

/**
 * "Sunday's election", "a 2018 military agreement": a date that names a thing, not a time the text tells
 * of (a date after its noun, "a phone call on Monday", is the call's time and the sentence's). For an
 * act's own date (`act`: its trigger), the trigger's own date ("the 2018 summit") and that of an
 * occasion it took place at ("berated him at a February encounter") are its time.
 */
function namesThing(ix: ActorIndex, first: number, last: number, act = -1): boolean {
  let head = first;
  while (head < last && ix.tree.head(head) >= first && ix.tree.head(head) <= last) head++;
  const relation = ix.tree.relation(head);
  if (relation !== "nmod:poss" && relation !== "compound" && relation !== "amod") return false;
  const noun = ix.tree.head(head);
  return act < 0 || (noun !== act && ix.tree.base(noun) !== "obl");
}

/** The dates of an event: usually one; one per timex when the clause coordinates them. */
export function datesOf(ix: ActorIndex, given: DateScope): EventDate[] {
  const scope = { ...given, timexes: given.timexes.filter((t) => !namesThing(ix, t.first, t.last, given.head)) };
  const shifted = shiftedDate(ix, scope);
  if (shifted) return [shifted];
  const own = clauseOf(ix, scope.head);
  const inClause = scope.timexes.filter((t) => clauseOf(ix, spanHead(ix, t.first, t.last)) === own);
  if (inClause.length) {
    const nearest = nearestTo(inClause, scope.head);
    return coordinated(ix, inClause, nearest).map((t) => ({ value: t.timex.value, from: "clause", timex: t.timex }));
  }
  if (scope.todayCue && scope.published) return [{ value: scope.published.slice(0, 10), from: "publication" }];
  // A timex of the sentence outside the clause dates the event only when no relative clause ("who ...
  // at a February encounter") holds it: such a clause tells another event.
  const free = scope.timexes.filter((t) => !insideRelativeClause(ix, scope, t.first));
  if (free.length) {
    const nearest = nearestTo(free, scope.head);
    return [{ value: nearest.timex.value, from: "sentence", timex: nearest.timex }];
  }
  if (scope.narrative) return [{ value: scope.narrative, from: "narrative" }];
  // News reports what has just happened: an act the text does not date is dated by the article, as
  // the latest it can have happened, and marked so.
  if (scope.published) return [{ value: scope.published.slice(0, 10), from: "article" }];
  return [];
}

export function isCalendarTimex(t: Timex): boolean {
  return (t.type === "DATE" || t.type === "TIME") && CALENDAR.test(t.value);
}

function nearestTo<T extends { first: number; last: number }>(list: T[], head: number): T {
  let best = list[0];
  let bestDistance = Infinity;
  for (const t of list) {
    const d = t.first > head ? t.first - head : (head - t.last) * 1.5; // adverbials mostly follow the verb
    if (d < bestDistance) { best = t; bestDistance = d; }
  }
  return best;
}

/** Relations that open a clause of their own: a date inside one dates that clause's act. */
const CLAUSES = new Set(["root", "ccomp", "advcl", "acl", "acl:relcl", "parataxis", "xcomp", "csubj", "list"]);

/** The head of the clause a token is in; a noun's clause is its verb's. Conjoined verbs are clauses of their own. */
export function clauseOf(ix: ActorIndex, t: number): number {
  const { tree } = ix;
  let at = t;
  for (let steps = 0; steps < 50; steps++) {
    const relation = tree.relation(at);
    const up = tree.head(at);
    if (up < 0 || CLAUSES.has(relation)) return at;
    if (relation === "conj" && (tree.upos(at) === "VERB" || tree.upos(up) === "VERB")) return at;
    at = up;
  }
  return at;
}

/** The token of a span that the span's other tokens hang from. */
function spanHead(ix: ActorIndex, first: number, last: number): number {
  for (let t = first; t <= last; t++) {
    const h = ix.tree.head(t);
    if (h < first || h > last) return t;
  }
  return last;
}

/** "who ... at a February encounter": a date in a relative clause tells of another act than the sentence's. */
function insideRelativeClause(ix: ActorIndex, scope: DateScope, token: number): boolean {
  let nested = false;
  for (let at = token, steps = 0; at >= 0 && steps < 50; at = ix.tree.head(at), steps++) {
    // "defended Castillo, saying there had been hostility since he took office in July 2021": a clause
    // below the event's own tells another act, and its date is that act's.
    if (at === scope.head) return nested;
    if (ix.tree.base(at) === "acl") return true;
    // The clause that reports the act ("..., Turkey's foreign minister said on Friday") dates it too.
    const reporting = SPEECH_VERBS.has(ix.tree.lemma(at));
    if ((CLAUSES.has(ix.tree.relation(at)) || CLAUSES.has(ix.tree.base(at))) && !isTemporalClause(ix, at) && !reporting) nested = true;
  }
  return false;
}

/** A clause they open tells when the act above it happened ("struck Gaza when the truce ended on Monday"). */
const TEMPORAL_MARKERS = new Set(["since", "when", "after", "before", "until", "while", "as"]);

function isTemporalClause(ix: ActorIndex, clause: number): boolean {
  return ix.tree.children(clause).some((k) => (ix.tree.base(k) === "mark" || ix.tree.base(k) === "advmod") && TEMPORAL_MARKERS.has(ix.words[k]));
}

/** "in May and June", "on Monday and Tuesday": the timexes joined to the nearest one by "and"/"or"/",". */
function coordinated<T extends { first: number; last: number }>(ix: ActorIndex, list: T[], nearest: T): T[] {
  const out = [nearest];
  const joins = (a: T, b: T) => b.first - a.last <= 2 && [..."and or ,".split(" ")].includes(ix.words[a.last + 1]);
  let i = list.indexOf(nearest);
  while (i + 1 < list.length && joins(list[i], list[i + 1])) out.push(list[++i]);
  i = list.indexOf(nearest);
  while (i > 0 && joins(list[i - 1], list[i])) out.unshift(list[--i]);
  return out;
}

/** "on Tuesday, a day after ordering ...": the anchor date shifted back (after) or on (before). */
function shiftedDate(ix: ActorIndex, scope: DateScope): EventDate | undefined {
  // "a day after army officers seized power and placed Bongo under house arrest": both acts are shifted.
  const first = ix.tree.firstConjunct(scope.head);
  return shiftBefore(ix, scope, scope.head) ?? (first !== scope.head ? shiftBefore(ix, scope, first) : undefined);
}

/**
 * The "N days after/before" phrase of `head`, applied to the anchor day before it: the sentence's day before
 * the phrase or, with none, the day of the act the clause above tells again ("The attack came two days after
 * Witkoff met Putin"), else the narrative's.
 */
function shiftBefore(ix: ActorIndex, scope: DateScope, head: number): EventDate | undefined {
  const span = spanBefore(ix, scope, head);
  if (!span) return undefined;
  const anchors = scope.timexes.filter((t) => t.last < span.first && /^\d{4}-\d\d-\d\d/.test(t.timex.value));
  const anchor = anchors[anchors.length - 1];
  const day = anchor ? anchor.timex.value.slice(0, 10) : [scope.restated, scope.narrative].find((d) => d !== undefined && DAY.test(d));
  if (!day) return undefined;
  const value = addDays(day, span.days);
  return anchor ? { value, from: "shifted", timex: anchor.timex } : { value, from: "shifted" };
}

/**
 * "a day after ordering", "two days after Trump's special envoy Steve Witkoff met": the days an act is
 * shifted from the day before it (negative: it came before), and where the span begins. The span right
 * before the act's words, or the one the tree hangs on the act's clause with its "after"/"before".
 */
function spanBefore(ix: ActorIndex, scope: DateScope, head: number): { days: number; first: number } | undefined {
  const w = ix.words;
  const days = (count: number | undefined, unit: string, marker: string) =>
    count && UNIT_DAYS[unit] ? count * UNIT_DAYS[unit] * (marker === "after" ? -1 : 1) : undefined;
  for (let k = head - 1; k >= Math.max(scope.sentence.firstToken, head - 4); k--) {
    if (w[k] !== "after" && w[k] !== "before") continue;
    const shift = days(NUMBER_WORDS[w[k - 2]] ?? Number(w[k - 2]), ix.tokens.lemma[k - 1], w[k]);
    return shift === undefined ? undefined : { days: shift, first: k - 2 };
  }
  const { tree } = ix;
  const marker = tree.childrenWith(head, "mark").find((k) => w[k] === "after" || w[k] === "before");
  const unit = tree.children(head).find((k) => k < head && tree.relation(k) === "obl:npmod");
  if (marker === undefined || unit === undefined) return undefined;
  const number = tree.childrenWith(unit, "nummod")[0] ?? tree.childrenWith(unit, "det")[0];
  const shift = number === undefined ? undefined : days(NUMBER_WORDS[w[number]] ?? Number(w[number]), tree.lemma(unit).toLowerCase(), w[marker]);
  return shift === undefined ? undefined : { days: shift, first: number! };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from `date` (any TIMEX3 calendar precision, taken at its end) to `published`. */
export function daysBefore(date: string, published: string): number {
  const [y, m, d] = date.split("-");
  if (!/^\d{4}$/.test(y)) return 0;
  const month = m && /^\d\d$/.test(m) ? Number(m) : 12;
  const day = d ? Number(d.slice(0, 2)) : new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  const end = Date.UTC(Number(y), month - 1, day);
  return (Date.parse(published.slice(0, 10)) - end) / 86_400_000;
}

/** How many sentences on an undated act still happens on the day the text last named. */
const NARRATIVE_REACH = 3;
/** A date to the day: what the narrative's time is kept at. */
const DAY = /^\d{4}-\d\d-\d\d$/;
/** A month: "Relations soured last July. Algeria withdrew its ambassador" happened that July. */
const MONTH = /^\d{4}-\d\d$/;

/** The day the text last gave, as the narrative's time of an undated act in sentence `sentenceIndex`. */
export function narrativeDate(ix: ActorIndex, sentences: Sentence[], sentenceTimexes: SentenceTimexes, narrative: Narrative | undefined, sentenceIndex: number, published?: string): string | undefined {
  const coded = narrative && sentenceIndex > narrative.sentence && sentenceIndex - narrative.sentence <= NARRATIVE_REACH ? narrative : undefined;
  // "Lawmakers passed the bill on Tuesday. Crowds then broke into parliament": a day the text gave
  // shortly before, whether or not an event was coded there; a month only in the same paragraph ("... concluded in
  // July. \n Japan's government protested against the ban" is the story's day again).
  const paragraphFirst = paragraphStart(ix, sentences, sentenceIndex);
  for (let k = sentenceIndex - 1; k >= Math.max(0, sentenceIndex - NARRATIVE_REACH) && (!coded || k > coded.sentence); k--) {
    const days = sentenceTimexes[k].filter((t) => isNarrativeTime(t.timex.value, published) && (k >= paragraphFirst || DAY.test(t.timex.value)) && !namesThing(ix, t.first, t.last));
    if (days.length) return days[days.length - 1].timex.value;
  }
  return coded?.value;
}

/** The first sentence of the paragraph of sentence `sentenceIndex`: the one after the last line break before it. */
function paragraphStart(ix: ActorIndex, sentences: Sentence[], sentenceIndex: number): number {
  for (let k = sentenceIndex; k > 0; k--) {
    for (let t = sentences[k - 1].lastToken + 1; t < sentences[k].firstToken; t++) if (ix.words[t].includes("\n")) return k;
  }
  return 0;
}

/**
 * Whether a date the text gives can be the narrative's time: a day, or a month while recent ("the killing of
 * civilians in March 2022" is background); never one after publication ("a meeting called for Monday").
 */
function isNarrativeTime(value: string, published: string | undefined): boolean {
  if (published && daysBefore(value, published) < 0) return false;
  return DAY.test(value) || (MONTH.test(value) && !isBackground(value, published));
}

/** A day the text itself gives an event becomes the narrative's time for the sentences after it. */
export function narrativeKept(dated: EventDate[], sentenceIndex: number): Narrative | undefined {
  const day = dated.find((d) => (d.from === "clause" || d.from === "sentence" || d.from === "shifted") && DAY.test(d.value));
  return day && { value: day.value, sentence: sentenceIndex };
}

/**
 * Nouns that tell again an act just told, by the type of act ("any" for any act): "The breakthrough came
 * late on Monday" dates it, "condemned the launch" acts on its author (authors.ts).
 */
export const RESTATING_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries(CONTEXTS.restating_nouns)
  .flatMap(([type, nouns]) => nouns.map((noun) => [noun, type] as [string, string])));
const DEFINITE = new Set(["the", "this", "that"]);

/**
 * "Erdoğan has agreed to send Sweden's application ... The breakthrough came late on Monday": an act the
 * text did not date takes the day the next sentence gives it, when that sentence's subject is a definite
 * noun that tells an act again and its own clause holds the day. Dates of later acts are left as they are.
 */
export function dateRestatedActs<E extends { sentence: number; type: string; date?: string; dateFrom?: EventDate["from"] }>(
  ix: ActorIndex, events: E[], sentences: Sentence[], sentenceTimexes: SentenceTimexes, published?: string,
): void {
  sentences.forEach((s, i) => {
    if (i === 0) return;
    const restated = restatedDay(ix, s, sentenceTimexes[i]);
    if (!restated || (published && restated.day > published.slice(0, 10))) return;
    // "The summit opens on Tuesday" tells a meeting again, not an agreement; "the breakthrough", any act.
    const type = RESTATING_NOUNS.get(restated.noun);
    for (const e of events) {
      if (e.sentence !== i - 1 || (e.dateFrom !== "article" && e.dateFrom !== "publication") || (type !== "any" && e.type !== type)) continue;
      e.date = restated.day;
      e.dateFrom = "restated";
    }
  });
}

/** The day a sentence whose subject tells an act again gives it in its own clause ("The breakthrough came late on Monday"). */
function restatedDay(ix: ActorIndex, s: Sentence, timexes: Array<{ timex: Timex; first: number; last: number }>): { day: string; noun: string } | undefined {
  const { tree } = ix;
  let root = -1;
  for (let t = s.firstToken; t <= s.lastToken && root < 0; t++) if (tree.head(t) < 0 && ix.tokens.pos[t] !== "SPACE") root = t;
  const subject = root < 0 ? -1 : tree.child(root, "nsubj", "nsubj:pass");
  const noun = subject < 0 ? "" : tree.lemma(subject).toLowerCase();
  if (!RESTATING_NOUNS.has(noun)) return undefined;
  if (!tree.children(subject).some((k) => k < subject && DEFINITE.has(ix.words[k]))) return undefined;
  const own = timexes.find((t) => DAY.test(t.timex.value) && clauseOf(ix, spanHead(ix, t.first, t.last)) === clauseOf(ix, root));
  return own && { day: own.timex.value, noun };
}

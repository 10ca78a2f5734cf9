// Casualties on events: counts of people killed, injured, missing, displaced or arrested, read from
// the quantities layer ("killing at least 34 people", "15 were injured") and linked to the event that
// caused them ("a strike on a market killed at least 15 people" gives the ASSAULT killed = 15). Cue
// words, the units that count people and which event types cause which casualties are in
// data/events/casualties.yaml. The link is made in one function, causeOf, that reads the sentence
// today and can read its dependency tree when the parse is there.
import { z } from "zod";
import {
  AppError, CASUALTY_KINDS, PLOVER_TYPES, readDataFile,
  type CasualtyCount, type CasualtyKind, type Event, type Quantity, type Segments, type Sentence,
} from "../model/index.ts";
import { sentenceAt, tokensIn } from "../segment/index.ts";

const kindList = z.array(z.string().min(1));
const CasualtyLexiconFile = z.object({
  reach: z.number().int().min(1).max(12),
  cues: z.record(z.enum(CASUALTY_KINDS), kindList),
  units: kindList,
  clause_breaks: kindList,
  caused_by: z.record(z.enum(CASUALTY_KINDS), z.array(z.enum(PLOVER_TYPES))),
});

interface CasualtyLexicon {
  reach: number;
  kindOf: Map<string, CasualtyKind>;
  units: Set<string>;
  breaks: Set<string>;
  causedBy: Record<CasualtyKind, Set<string>>;
}

const CASUALTY_FILE = "events/casualties.yaml";
let lexicon: CasualtyLexicon | undefined;

function casualtyLexicon(): CasualtyLexicon {
  if (lexicon) return lexicon;
  const parsed = CasualtyLexiconFile.safeParse(readDataFile<unknown>(CASUALTY_FILE));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("KB", `${issue.path.join(".")}: ${issue.message}`, `data/${CASUALTY_FILE}`);
  }
  const file = parsed.data;
  const kindOf = new Map<string, CasualtyKind>();
  for (const kind of CASUALTY_KINDS) for (const word of file.cues[kind]) kindOf.set(word.toLowerCase(), kind);
  return (lexicon = {
    reach: file.reach,
    kindOf,
    units: new Set(file.units),
    breaks: new Set(file.clause_breaks),
    causedBy: Object.fromEntries(CASUALTY_KINDS.map((k) => [k, new Set(file.caused_by[k])])) as CasualtyLexicon["causedBy"],
  });
}

/** A casualty count found in the text, before it is linked to its event. */
interface FoundCount {
  kind: CasualtyKind;
  count: CasualtyCount;
  sentence: Sentence;
}

/**
 * The events with the casualties their sentences count. An event keeps the highest figure of each
 * kind its document gives (a toll that rises as the report goes on).
 */
export function attachCasualties(events: Event[], text: string, segments: Segments, quantities: Quantity[]): Event[] {
  const found = quantities.flatMap((q) => casualtyCountOf(q, text, segments) ?? []);
  if (!found.length) return events;
  const out = events.map((e) => ({ ...e }));
  for (const f of found) {
    const event = causeOf(f, out);
    if (!event) continue;
    const known = event.casualties?.[f.kind];
    if (!known || f.count.value > known.value) event.casualties = { ...event.casualties, [f.kind]: f.count };
  }
  return out;
}

/** A quantity that counts casualties: people, with a cue word of its clause within reach. */
function casualtyCountOf(q: Quantity, text: string, segments: Segments): FoundCount | undefined {
  const { units, reach } = casualtyLexicon();
  if (q.unit && !units.has(q.unit)) return undefined;
  const sentence = sentenceAt(segments, q.start);
  const own = tokensIn(segments, q.start, q.end);
  if (!sentence || !own.length) return undefined;
  const cue = cueNear(segments, own[0]! - 1, -1, sentence.firstToken, reach, text) ?? cueNear(segments, own[own.length - 1]! + 1, 1, sentence.lastToken, reach, text);
  if (!cue) return undefined;
  const start = Math.min(q.start, segments.tokens.start[cue.token]!);
  const end = Math.max(q.end, segments.tokens.end[cue.token]!);
  const count: CasualtyCount = {
    start, end, text: text.slice(start, end), value: q.value,
    ...(q.approximate ? { approximate: true } : {}), ...(q.max !== undefined ? { max: q.max } : {}),
  };
  return { kind: cue.kind, count, sentence };
}

/** The first cue word walking from `from` in `step` direction, within reach and the clause. */
function cueNear(segments: Segments, from: number, step: 1 | -1, limit: number, reach: number, text: string): { token: number; kind: CasualtyKind } | undefined {
  const { kindOf, breaks } = casualtyLexicon();
  const { start, end, lemma, pos } = segments.tokens;
  for (let t = from, n = 0; n < reach && (step > 0 ? t <= limit : t >= limit); t += step, n++) {
    const word = text.slice(start[t], end[t]).toLowerCase();
    const kind = kindOf.get(word) ?? kindOf.get(lemma[t]!);
    if (kind) return { token: t, kind };
    if (breaks.has(word) || pos[t] === "NUM") return undefined;
  }
  return undefined;
}

/**
 * The event that caused a count: of a type that causes that kind of casualty, stated in the same
 * sentence, the nearest to the count when several are.
 */
function causeOf(found: FoundCount, events: Event[]): Event | undefined {
  const { causedBy } = casualtyLexicon();
  let best: { event: Event; distance: number } | undefined;
  for (const event of events) {
    if (!causedBy[found.kind].has(event.type)) continue;
    for (const span of event.evidence) {
      if (span.start < found.sentence.start || span.end > found.sentence.end) continue;
      const distance = Math.max(0, span.start - found.count.end, found.count.start - span.end);
      if (!best || distance < best.distance) best = { event, distance };
    }
  }
  return best?.event;
}

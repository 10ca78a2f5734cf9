// One record per event per article: sentences that restate an event (same type, same sides, compatible
// dates, same contexts) become one record keeping every evidence span; within a sentence, a record
// with no target takes the one a second trigger found ("launched 18 missiles ... targeted Kyiv").
import { datesCompatible, type ActorRef } from "../model/index.ts";
import type { CodedEvent } from "./code.ts";

const key = (a: ActorRef | undefined): string => (a ? a.entity ?? `${a.name.toLowerCase()}|${a.country ?? ""}` : "");

function sameSides(a: CodedEvent, b: CodedEvent): boolean {
  const direct = key(a.source) === key(b.source) && key(a.target) === key(b.target);
  const swapped = a.symmetric && key(a.source) === key(b.target) && key(a.target) === key(b.source);
  return direct || swapped;
}

/**
 * "Ethiopia and Somalia have agreed ... Abiy Ahmed and Hassan Sheikh Mohamud signed a joint declaration late on
 * Wednesday": the next sentence tells the same act by the states' leaders, and dates it. Sides of the same
 * countries, within a sentence or two, one of the two not dated by the text.
 */
function restatedByLeaders(a: CodedEvent, b: CodedEvent): boolean {
  // Two-sided acts only: leaders meet and sign for their states, while a strike's victims are its own targets.
  if (!a.symmetric || !b.symmetric || Math.abs(a.sentence - b.sentence) > RESTATEMENT_REACH || (textDate(a) && textDate(b))) return false;
  const sameState = (x: ActorRef | undefined, y: ActorRef | undefined) => !!x?.country && x.country === y?.country;
  const direct = sameState(a.source, b.source) && sameState(a.target, b.target);
  const swapped = sameState(a.source, b.target) && sameState(a.target, b.source);
  return (direct || swapped) && a.source?.country !== a.target?.country;
}

/** Sentences apart within which leaders' act restates their states'. */
const RESTATEMENT_REACH = 2;

/**
 * Two triggers of one sentence telling one event: the same source with one target missing ("launched
 * 18 missiles ... targeted Kyiv"), or the same target reached through a person and his country
 * ("Trump ordered deliveries of U.S. weapons to Ukraine"): the first record is kept.
 */
function completes(a: CodedEvent, b: CodedEvent): boolean {
  if (a.sentence !== b.sentence) return false;
  if (key(a.source) === key(b.source)) return !a.target || !b.target;
  return !!a.target && key(a.target) === key(b.target) && !!a.source?.country && a.source.country === b.source?.country;
}

/** Dates that can name the same day at their precisions (the one rule fusion applies across articles too). */
function compatibleDates(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || datesCompatible(a, b);
}

const sameContexts = (a: CodedEvent, b: CodedEvent): boolean =>
  (a.context ?? []).filter((c) => c !== "historical").join() === (b.context ?? []).filter((c) => c !== "historical").join();

/** The date the text gives an event; the article's date stands in for none. */
const textDate = (e: CodedEvent): string | undefined => (e.dateFrom === "article" ? undefined : e.date);

function absorb(into: CodedEvent, e: CodedEvent): void {
  into.evidence.push(...e.evidence);
  into.target ??= e.target;
  into.place ??= e.place;
  const given = textDate(e);
  const held = textDate(into);
  if (given && (!held || given.length > held.length)) {
    into.date = e.date;
    into.dateFrom = e.dateFrom;
    into.context = e.context;
  }
  if (e.quantities) into.quantities = [...(into.quantities ?? []), ...e.quantities.filter((q) => !into.quantities?.some((p) => p.start === q.start))];
  // Restated by the article: a little surer than either statement alone.
  into.confidence = Math.min(0.98, Math.round((Math.max(into.confidence, e.confidence) + 0.03) * 100) / 100);
}

/** Merges restatements (until nothing more merges: a merge can complete a record), and numbers the records. */
export function mergeRestatements(events: CodedEvent[]): CodedEvent[] {
  let out = events.map((e) => ({ ...e, evidence: [...e.evidence] }));
  for (let size = Infinity; out.length < size; ) {
    size = out.length;
    out = mergeOnce(out);
  }
  out.forEach((e, i) => { e.id = `ev${i + 1}`; });
  return out;
}

function mergeOnce(events: CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of events) {
    let found: CodedEvent | undefined;
    for (let i = out.length - 1; i >= 0 && !found; i--) {
      const o = out[i];
      // A phone call is not the meeting of another day: modes that differ keep records of two sentences apart
      // (one sentence's "investigating alleged war crimes by" is one accusation, told by two words).
      if (o.type !== e.type || !sameContexts(o, e) || (o.mode && e.mode && o.mode !== e.mode && o.sentence !== e.sentence)) continue;
      // Within a sentence the first trigger's date stands; across sentences dates must agree.
      if (completes(o, e) || (sameSides(o, e) && compatibleDates(textDate(o), textDate(e))) || restatedByLeaders(o, e)) found = o;
    }
    if (found) absorb(found, e);
    else out.push(e);
  }
  return out;
}

/**
 * "The U.S. had struck the boat ... The attack targeted members of Tren de Aragua": an event without a
 * source completes the latest earlier one of its type without a target, within a few sentences; else it
 * is dropped (an event needs a source).
 */
export function completeSources(events: CodedEvent[], reach = 3): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of events) {
    if (e.source) { out.push(e); continue; }
    const earlier = [...out].reverse().find((o) => o.type === e.type && !o.target && o.source && e.sentence - o.sentence <= reach);
    if (!earlier) continue;
    earlier.target = e.target;
    earlier.evidence.push(...e.evidence);
  }
  return out;
}

/**
 * An attack with no stated target ("launched a record 728 drones at its smaller neighbor") is, in an
 * article, most likely on the target of the same attacker's attacks told before: taken, and marked.
 */
export function inheritTargets(events: CodedEvent[], types: ReadonlySet<string>): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.target || !types.has(e.type)) continue;
    const earlier = events.slice(0, i).reverse().find((o) => o.type === e.type && o.target && key(o.source) === key(e.source));
    if (!earlier) continue;
    e.target = earlier.target;
    e.targetFrom = "article";
    e.confidence = Math.round(e.confidence * 0.85 * 100) / 100;
  }
}

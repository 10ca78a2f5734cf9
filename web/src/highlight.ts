// The article reader's highlighting: annotation layers become marks over the text, and the text is cut
// at every mark boundary into pieces, each knowing which marks cover it (marks overlap: a timex inside
// a quote inside an event's evidence).
import { humanDate } from "../../src/query/human-date.ts";
import type { StoredDocument } from "./api.ts";

/** "sentence" marks the sentence around the evidence the reader was opened for; "caption" a photo caption. */
export type MarkKind = "entity" | "timex" | "quantity" | "quote" | "event" | "sentence" | "caption";

export const MARK_KINDS: Array<{ kind: Exclude<MarkKind, "sentence" | "caption">; label: string }> = [
  { kind: "entity", label: "Entities" },
  { kind: "timex", label: "Dates and times" },
  { kind: "quantity", label: "Quantities" },
  { kind: "quote", label: "Quotes" },
  { kind: "event", label: "Event evidence" },
];

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** What the mark says about the words, shown on hover. */
  label: string;
  /** A finer class: the entity type or the event stance. */
  variant?: string;
  /** Where a click on it leads: an actor or a fused event. */
  target?: { view: "entity" | "event"; id: string };
  /** The event the reader was opened for. */
  focus?: boolean;
}

export interface Piece {
  start: number;
  end: number;
  marks: Mark[];
}

/** Cuts [0, length) at every mark boundary; pieces outside all marks are kept with no marks. */
export function splitAtMarks(length: number, marks: Mark[]): Piece[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    pieces.push({ start, end, marks: active.filter((m) => m.start <= start) });
  }
  return pieces;
}

/** Every layer of a stored document as marks; `focusEvent` is a fused or per-document event id. */
export function marksOf(stored: StoredDocument, focusEvent?: string, stanceOf?: (type: string) => string): Mark[] {
  const doc = stored.document;
  const marks: Mark[] = [];
  for (const entity of doc.entities) {
    const actor = stored.actors[entity.id];
    const label = `${entity.name} (${entity.type}${entity.role ? `, ${entity.role}` : ""})`;
    for (const mention of entity.mentions) {
      marks.push({
        start: mention.start, end: mention.end, kind: "entity", label, variant: entity.type.toLowerCase(),
        target: actor ? { view: "entity", id: actor } : undefined,
      });
    }
  }
  for (const t of doc.timexes) marks.push({ start: t.start, end: t.end, kind: "timex", label: `${t.type} ${humanDate(t.value)} (${t.value})` });
  for (const q of doc.quantities) {
    const value = `${q.approximate ? "about " : ""}${q.value}${q.max !== undefined ? `–${q.max}` : ""}${q.unit ? ` ${q.unit}` : ""}`;
    marks.push({ start: q.start, end: q.end, kind: "quantity", label: `quantity: ${value}` });
  }
  for (const q of doc.quotes) {
    marks.push({ start: q.start, end: q.end, kind: "quote", label: `${q.direct ? "quote" : "reported speech"}${q.speaker ? ` by ${q.speaker.name}` : ""}` });
  }
  for (const c of doc.captions ?? []) marks.push({ start: c.start, end: c.end, kind: "caption", label: "photo caption (set after the article's body)" });
  for (const event of doc.events) {
    const fused = stored.events[event.id];
    const sides = [event.source?.name, event.target?.name].filter(Boolean).join(" → ");
    const label = `${event.type}${sides ? `: ${sides}` : ""}${event.date ? ` (${humanDate(event.date)}, ${event.date})` : ""}, confidence ${event.confidence.toFixed(2)}`;
    const focus = focusEvent !== undefined && (focusEvent === fused || focusEvent === event.id);
    for (const span of event.evidence) {
      marks.push({
        start: span.start, end: span.end, kind: "event", label, variant: stanceOf?.(event.type), focus,
        target: fused ? { view: "event", id: fused } : undefined,
      });
    }
  }
  return marks;
}

/**
 * The sentence around [start, end): from after the previous sentence end (. ! ? followed by a space,
 * or a line break) to the next one. Evidence spans are the words that state an event; readers want
 * them in their sentence. A display aid only: the pipeline's own sentences stay on the server.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !(text[from - 1] === "\n" || (/[.!?]/.test(text[from - 2] ?? "") && /\s/.test(text[from - 1]!)))) from--;
  let to = Math.max(end, start);
  while (to < text.length && text[to] !== "\n" && !(/[.!?]/.test(text[to]!) && (to + 1 === text.length || /\s/.test(text[to + 1]!)))) to++;
  if (to < text.length && text[to] !== "\n") to++;
  while (from < to && /\s/.test(text[from]!)) from++;
  return { start: Math.min(from, start), end: Math.max(to, end) };
}

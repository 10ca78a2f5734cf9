// Where an export goes: anything with a node-style write (a file stream, process.stdout, a
// response body). When write() says the buffer is full, the export waits for "drain".
import { createHash } from "node:crypto";
import type { EventQuery } from "../query/index.ts";
import type { EventCursor, EventFilter, EventRecord, EventReport, Store } from "../store/index.ts";

export interface ExportSink {
  write(chunk: string): boolean | void;
  once?(event: "drain", listener: () => void): unknown;
}

export async function emit(out: ExportSink, chunk: string): Promise<void> {
  if (out.write(chunk) === false && out.once) await new Promise<void>((resolve) => out.once!("drain", resolve));
}

export interface ExportedEvent extends EventRecord {
  sources: EventReport[];
}

/** What the user asked of an export besides its format. */
export interface ExportOptions {
  /** Which events: the filters of `sitrep events` (the whole corpus by default). */
  query?: EventQuery;
  /** CSV: start with a UTF-8 byte-order mark (for Excel). */
  bom?: boolean;
  /** GDELT: a header row of the codebook's column names (GDELT's own files have none). */
  header?: boolean;
  /** GDELT: sitrep's own columns after the 61 of the codebook. */
  extended?: boolean;
  /** ACLED: also the events that have no ACLED type or day (their ACLED columns empty). */
  all?: boolean;
}

/** What a format writer reads: the store, the chosen events and the options. */
export interface ExportInput {
  store: Store;
  /** The chosen events, chronologically, a page at a time; each call starts again (graphs read twice). */
  events(): AsyncGenerator<ExportedEvent>;
  options: ExportOptions;
}

const PAGE = 500;

/**
 * Every fused event the filter matches, with its sources, by first day (undated last), a page at a
 * time: memory stays flat, and each page costs the same however far into the corpus (keyset paging).
 */
export async function* eachEvent(store: Store, filter: EventFilter = {}): AsyncGenerator<ExportedEvent> {
  for (let after: EventCursor = {}; ;) {
    const events = await store.listEvents({ ...filter, limit: PAGE, after });
    const reports = await store.eventReports(events.map((e) => e.id));
    const byEvent = new Map<string, EventReport[]>();
    for (const r of reports) {
      const list = byEvent.get(r.eventId);
      if (list) list.push(r);
      else byEvent.set(r.eventId, [r]);
    }
    for (const e of events) yield { ...e, sources: byEvent.get(e.id) ?? [] };
    if (events.length < PAGE) return;
    const last = events[events.length - 1]!;
    after = { dateStart: last.dateStart ?? null, id: last.id };
  }
}

/** Distinct publications reporting an event, "; "-joined. */
export function sourceNames(e: ExportedEvent): string {
  return [...new Set(e.sources.map((s) => s.document.source ?? s.document.title ?? s.document.id))].join("; ");
}

/** The evidence of the event's first report: the words that state it. */
export function evidenceNote(e: ExportedEvent): string {
  return e.sources[0]?.evidence.map((s) => s.text).join(" … ") ?? "";
}

/** A positive integer below 2^53 from the event's id, the same on every run: GDELT's GLOBALEVENTID, ACLED's event number. */
export function numericEventId(id: string): number {
  return parseInt(createHash("sha256").update(id).digest("hex").slice(0, 13), 16);
}

// Event fusion in the store: a document's event reports join the fused events their keys and dates
// allow (the rules are src/fuse's), new events are written whole and joined ones recomputed from all
// their reports, with the per-actor counts and links kept beside them.
import type { AnnotatedDocument, Event } from "../model/index.ts";
import { candidateWindow, casualtyRanges, chooseEvent, claimOf, eventKey, type EventCandidate } from "../fuse/index.ts";
import { dateRange, morePrecise, precisionOf } from "../model/index.ts";
import { inList, insertRows, type Query, type SqlDriver, type SqlValue } from "./driver.ts";
import { hashId } from "./ids.ts";

/** A fused event as the fusion rules see it while a document is fused; kept current in memory. */
interface EventState {
  id: string;
  key: string;
  date?: string;
  start?: string;
  end?: string;
  firstPublished?: string;
  reports: number;
  /** Reports this document adds (all of its reports, for an event it creates). */
  added: Array<ReportRow & { id: string }>;
  created: boolean;
}

/**
 * Event fusion for a document: the events its reports may join are read in one query, the choices
 * made in memory (a report may join an event another report of the same document made or changed),
 * and the events written back: new ones whole, joined ones recomputed from all their reports.
 */
export async function fuseEvents(tx: SqlDriver, doc: AnnotatedDocument, sides: Array<{ source?: string; target?: string }>, source: string): Promise<void> {
  const reports = doc.events.map((event, i) => {
    const key = eventKey(event.type, event.context, sides[i].source, sides[i].target);
    return { event, key, id: `${doc.id}/${event.id}`, window: candidateWindow({ date: event.date, published: doc.published }) };
  });
  const queries = reports.map(({ key, window }) => candidatesQuery(key, window)).filter((q): q is Query => !!q);
  const reportIds = reports.map((r) => r.id);
  const [splitRows, ...candidateRows] = await tx.batch([
    // Merges undone by hand: pairs of reports never to share an event, with the event each is in now.
    [`SELECT s.report_id, s.apart_from, a.event_id AS report_event, b.event_id AS apart_event
      FROM report_splits s LEFT JOIN event_reports a ON a.id = s.report_id LEFT JOIN event_reports b ON b.id = s.apart_from
      WHERE s.report_id IN ${inList(reportIds.length)} OR s.apart_from IN ${inList(reportIds.length)}`, [...reportIds, ...reportIds]],
    ...queries,
  ]);
  /** Report id -> the event each report of this document has joined so far. */
  const joined = new Map<string, string>();
  /** The events a report may not join: those holding a report it was split from. */
  const apart = (reportId: string): Set<string> => {
    const events = new Set<string>();
    for (const r of splitRows) {
      if (r.report_id === reportId) events.add(joined.get(String(r.apart_from)) ?? String(r.apart_event));
      if (r.apart_from === reportId) events.add(joined.get(String(r.report_id)) ?? String(r.report_event));
    }
    return events;
  };
  const events = new Map<string, EventState>();
  for (const r of candidateRows.flat()) {
    if (events.has(String(r.id))) continue;
    events.set(String(r.id), {
      id: String(r.id), key: String(r.fusion_key), date: (r.date as string | null) ?? undefined, start: (r.date_start as string | null) ?? undefined,
      end: (r.date_end as string | null) ?? undefined, firstPublished: (r.first_published as string | null) ?? undefined,
      reports: Number(r.reports), added: [], created: false,
    });
  }
  const rows: SqlValue[][] = [];
  for (const [i, { event, key, id, window }] of reports.entries()) {
    const split = apart(id);
    const candidates = [...events.values()].filter((e) => e.key === key && inWindow(e, window) && !split.has(e.id));
    const choice = chooseEvent(
      { date: event.date, published: doc.published },
      candidates.map((c): EventCandidate => ({ id: c.id, date: c.date, firstPublished: c.firstPublished, reports: c.reports })),
    );
    const report = { id, record: JSON.stringify(event), independent_source: source, source_actor: sides[i].source, target_actor: sides[i].target, published: doc.published };
    const state = choice ? events.get(choice.id)! : newEvent(hashId("ev_", id), key);
    events.set(state.id, state);
    joined.set(id, state.id);
    joinEvent(state, event.date, report);
    rows.push([id, state.id, doc.id, sides[i].source, sides[i].target, event.evidence.map((e) => e.text).join(" … "), source,
      choice ? `merged: same type ${event.type}, same actors, ${choice.reason}` : "first report", report.record]);
  }
  await insertRows(tx, "event_reports (id, event_id, document_id, source_actor, target_actor, evidence_text, independent_source, reason, record)", rows);
  const touched = [...events.values()].filter((e) => e.added.length);
  const counts = new SideCounts();
  // All of a new event's reports are this document's: ordered as recomputeEvents orders them.
  await createEvents(tx, touched.filter((t) => t.created).map((e) => ({ id: e.id, key: e.key, reports: e.added.sort((a, b) => (a.id < b.id ? -1 : 1)) })), counts);
  await recomputeEvents(tx, touched.filter((t) => !t.created).map((t) => t.id), counts);
  await counts.write(tx);
}

/** Events with this key whose days overlap the window's, or first published in its news cycle. */
function candidatesQuery(key: string, window: ReturnType<typeof candidateWindow>): Query | undefined {
  const near: string[] = [];
  const params: SqlValue[] = [key];
  if (window.days) {
    near.push("(date_start <= ? AND date_end >= ?)");
    params.push(window.days[1], window.days[0]);
  }
  if (window.published) {
    near.push(`(${window.days ? "date_start IS NULL AND " : ""}first_published BETWEEN ? AND ?)`);
    params.push(...window.published);
  }
  if (!near.length) return undefined;
  return [`SELECT id, fusion_key, date, date_start, date_end, first_published, reports FROM events WHERE fusion_key = ? AND (${near.join(" OR ")})`, params];
}

/** candidatesQuery's condition, for events this document created or changed. */
function inWindow(e: EventState, window: ReturnType<typeof candidateWindow>): boolean {
  if (window.days && e.start !== undefined && e.end !== undefined && e.start <= window.days[1] && e.end >= window.days[0]) return true;
  if (window.published && (!window.days || e.start === undefined) && e.firstPublished !== undefined) {
    return e.firstPublished >= window.published[0] && e.firstPublished <= window.published[1];
  }
  return false;
}

function newEvent(id: string, key: string): EventState {
  return { id, key, reports: 0, added: [], created: true };
}

/** What a report changes in an event as later reports of the same document see it. */
function joinEvent(state: EventState, date: string | undefined, report: ReportRow & { id: string }): void {
  state.added.push(report);
  state.reports++;
  state.date = morePrecise(state.date, date);
  const range = dateRange(state.date);
  state.start = range?.start;
  state.end = range?.end;
  if (report.published && (!state.firstPublished || report.published < state.firstPublished)) state.firstPublished = report.published;
}


/** A report as fusion reads it back: its event record and what the store knows of its document. */
export interface ReportRow {
  record: string;
  independent_source: string;
  source_actor: string | null | undefined;
  target_actor: string | null | undefined;
  published: string | null | undefined;
}

/** Reads ReportRows; add a WHERE clause. */
export const SELECT_REPORT_ROWS = `SELECT r.event_id, r.record, r.independent_source, r.source_actor, r.target_actor, d.published
  FROM event_reports r JOIN documents d ON d.id = r.document_id`;

/** The fields of a fused event that follow from its reports. */
const DERIVED_FIELDS = [
  "mode", "cameo", "context", "source_actor", "source_name", "target_actor", "target_name", "date", "precision",
  "date_start", "date_end", "place_name", "place_country", "lat", "lon", "place_precision", "confidence", "reports", "corroboration", "first_published",
  "casualties",
];

/** New fused events, each from its first report(s), in as few statements as insertRows makes; counted in `counts`. */
export async function createEvents(tx: SqlDriver, events: Array<{ id: string; key: string; reports: ReportRow[] }>, counts: SideCounts): Promise<void> {
  const rows = events.map(({ id, key, reports }) => {
    const first = JSON.parse(reports[0].record) as Event;
    counts.add(reports[0].source_actor, reports[0].target_actor, 1);
    return [id, key, claimOf(first.context), first.type, ...derivedFields(reports)];
  });
  await insertRows(tx, `events (id, fusion_key, claim, type, ${DERIVED_FIELDS.join(", ")})`, rows, null);
}

/**
 * Sets fused events' fields from their reports again (after merges or a split); drops those none is
 * left in. The sides they had and have now go to `counts`.
 */
export async function recomputeEvents(tx: SqlDriver, eventIds: string[], counts: SideCounts): Promise<void> {
  if (!eventIds.length) return;
  const [rows, before] = (await tx.batch([
    [`${SELECT_REPORT_ROWS} WHERE r.event_id IN ${inList(eventIds.length)} ORDER BY d.published, d.doc_no, r.id`, eventIds],
    [`SELECT id, source_actor, target_actor FROM events WHERE id IN ${inList(eventIds.length)}`, eventIds],
  ])) as [Array<ReportRow & { event_id: string }>, Array<{ id: string; source_actor: string | null; target_actor: string | null }>];
  for (const old of before) counts.add(old.source_actor, old.target_actor, -1);
  for (const eventId of eventIds) {
    const reports = rows.filter((r) => r.event_id === eventId);
    if (!reports.length) {
      await tx.run("DELETE FROM events WHERE id = ?", [eventId]);
      continue;
    }
    counts.add(reports[0].source_actor, reports[0].target_actor, 1);
    await tx.run(`UPDATE events SET ${DERIVED_FIELDS.map((f) => `${f} = ?`).join(", ")} WHERE id = ?`, [...derivedFields(reports), eventId]);
  }
}

/**
 * What events created, changed or dropped in a transaction change in the counts the actor page reads
 * (schema v8): actors.events, each actor's events, and actor_links, the events each pair of actors
 * shares, one row per direction. Summed in memory, written in two or three statements by `write`.
 */
export class SideCounts {
  private readonly actors = new Map<string, number>();
  private readonly links = new Map<string, number>();

  /** An event with these sides was added (+1) or taken away (-1). */
  add(source: string | null | undefined, target: string | null | undefined, delta: number): void {
    const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + delta);
    if (source) bump(this.actors, source);
    if (target && target !== source) bump(this.actors, target);
    if (source && target && source !== target) {
      bump(this.links, `${source}\u0000${target}`);
      bump(this.links, `${target}\u0000${source}`);
    }
  }

  async write(tx: SqlDriver): Promise<void> {
    const actors = [...this.actors].filter(([, n]) => n !== 0);
    if (actors.length) {
      await tx.run(
        `UPDATE actors SET events = events + CASE id ${actors.map(() => "WHEN ? THEN CAST(? AS INTEGER)").join(" ")} END WHERE id IN ${inList(actors.length)}`,
        [...actors.flat(), ...actors.map(([id]) => id)],
      );
    }
    const links = [...this.links].filter(([, n]) => n !== 0).map(([key, n]) => [...key.split("\u0000"), n]);
    await insertRows(tx, "actor_links (actor_id, other_id, events)", links, "(actor_id, other_id) DO UPDATE SET events = actor_links.events + excluded.events");
    const emptied = links.filter(([, , n]) => Number(n) < 0).map(([id]) => id);
    if (emptied.length) await tx.run(`DELETE FROM actor_links WHERE events <= 0 AND actor_id IN ${inList(emptied.length)}`, emptied);
  }
}

/**
 * The most precise date of any report, every independent source counted once, the highest
 * confidence, and the sides, mode and place as the earliest report that gives them.
 */
function derivedFields(reports: ReportRow[]): SqlValue[] {
  const records = reports.map((r) => JSON.parse(r.record) as Event);
  const first = reports[0];
  const firstRecord = records[0];
  const date = records.reduce<string | undefined>((best, r) => morePrecise(best, r.date), undefined);
  const range = dateRange(date);
  const place = records.find((r) => r.place)?.place;
  const published = reports.map((r) => r.published).filter((p): p is string => !!p).sort()[0];
  return [
    records.find((r) => r.mode)?.mode, records.find((r) => r.cameo)?.cameo,
    firstRecord.context?.length ? JSON.stringify(firstRecord.context) : null,
    first.source_actor, firstRecord.source?.name, first.target_actor, firstRecord.target?.name,
    date, precisionOf(date), range?.start, range?.end, place?.name, place?.country, place?.lat, place?.lon, place?.precision,
    Math.max(...records.map((r) => r.confidence ?? 0)), reports.length, new Set(reports.map((r) => r.independent_source)).size,
    published, jsonOrNull(casualtyRanges(records.map((r) => r.casualties))),
  ];
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

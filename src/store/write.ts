// Writing one annotated document into the corpus and fusing it, inside the caller's transaction.
// The fusion rules themselves live in src/fuse; this file applies them to the tables.
import type { ActorRef, AnnotatedDocument, Entity, Event } from "../model/index.ts";
import {
  candidateWindow, casualtyRanges, chooseEvent, claimOf, countriesCompatible, dateRange, eventKey, independentSource, isNameLike, isSameStory, morePrecise,
  nameKey, precisionOf, storySketch, wireOf, type EventCandidate,
} from "../fuse/index.ts";
import { actorCandidatesQuery, actorId, ActorIndex, type ActorKeys, type ActorRow } from "./actor-index.ts";
import { inList, placeholders, type Query, type SqlDriver, type SqlValue } from "./driver.ts";
import { hashId } from "./ids.ts";
import type { AddResult, DocumentOrigin } from "./types.ts";

/** Writes one annotated document and fuses it into the corpus, in the caller's transaction. */
export async function addDocument(tx: SqlDriver, doc: AnnotatedDocument, origin: DocumentOrigin = {}): Promise<AddResult> {
  // Idempotent by content hash; writers are serialised (see driver.ts), so the check holds until COMMIT.
  const sketch = storySketch(doc.text);
  const [stored, storyRows, actorRows] = await tx.batch([
    ["SELECT 1 AS found FROM documents WHERE id = ?", [doc.id]],
    storyQuery(sketch),
    actorCandidatesQuery(actorKeys(doc)),
  ]);
  if (stored.length) return "exists";
  const story = storyFrom(storyRows, sketch, doc.id);
  const wire = wireOf(doc.source, doc.text);
  const { text, ...layers } = doc;
  await tx.run(
    `INSERT INTO documents (id, title, source, url, published, input, story, wire, words, events, added_at, text, layers)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [doc.id, doc.title, doc.source, doc.url, doc.published, origin.input, story, wire,
      countWords(text), doc.events.length, new Date().toISOString(), text, JSON.stringify(layers)],
  );
  if (tx.dialect === "sqlite") {
    await tx.run("INSERT INTO documents_fts (rowid, title, text) SELECT doc_no, ?, ? FROM documents WHERE id = ?", [doc.title ?? "", text, doc.id]);
  }
  // Fused as it comes, the corpus now depends on the order documents came in, until refuseCorpus.
  await tx.run("UPDATE fusion_state SET canonical = 0 WHERE canonical <> 0");
  await fuseDocument(tx, doc, sketch, story, wire, actorRows);
  return "added";
}

/**
 * Joins a stored document's story, entities, events and quotes to the corpus: actor fusion answered
 * from one read (`actorRows`, when the caller read them with its own), events from another.
 */
async function fuseDocument(
  tx: SqlDriver, doc: AnnotatedDocument, sketch: string[], story: string, wire: string | undefined, actorRows?: Array<Record<string, unknown>>,
): Promise<void> {
  await insertRows(tx, "document_sketches (hash, document_id)", sketch.map((hash) => [hash, doc.id]));
  const [candidates] = actorRows ? [actorRows] : await tx.batch([actorCandidatesQuery(actorKeys(doc))]);
  const writer = new DocumentWriter(tx, doc, new ActorIndex(candidates));
  writer.fuseEntities();
  const sides = doc.events.map((event) => ({ source: writer.actorForRef(event.source), target: writer.actorForRef(event.target) }));
  const speakers = doc.quotes.map((quote) => writer.actorForRef(quote.speaker));
  await writer.writeActors();
  await fuseEvents(tx, doc, sides, independentSource(wire, story));
  await storeQuotes(tx, doc, speakers);
}

/** The tables fusion fills; the documents and their layers are what it is computed from. */
const FUSED_TABLES = ["actors", "actor_aliases", "actor_links", "document_entities", "mentions", "events", "event_reports", "quotes", "document_sketches"];

/**
 * Fuses the whole corpus again, one document at a time in a canonical order (publication date, then
 * content hash), so that the same documents always give the same stories, actors and events, whatever
 * order or how many writers they were ingested in. With `onlyWhenNeeded`, a corpus already fused so
 * since its last addition is left as it is. Returns the number of documents fused.
 */
export async function refuseCorpus(tx: SqlDriver, onlyWhenNeeded: boolean): Promise<number> {
  const [state] = await tx.all<{ canonical: number }>("SELECT canonical FROM fusion_state");
  if (onlyWhenNeeded && Number(state?.canonical) === 1) return 0;
  for (const table of FUSED_TABLES) await tx.run(`DELETE FROM ${table}`);
  const documents = await tx.all<{ id: string }>("SELECT id FROM documents ORDER BY coalesce(published, ''), id");
  for (const { id } of documents) {
    const [row] = await tx.all<{ text: string; layers: string }>("SELECT text, layers FROM documents WHERE id = ?", [id]);
    const doc = { ...JSON.parse(row.layers), text: row.text } as AnnotatedDocument;
    const sketch = storySketch(doc.text);
    const story = storyFrom((await tx.batch([storyQuery(sketch)]))[0], sketch, doc.id);
    await tx.run("UPDATE documents SET story = ? WHERE id = ?", [story, id]);
    await fuseDocument(tx, doc, sketch, story, wireOf(doc.source, doc.text));
  }
  await tx.run("UPDATE fusion_state SET canonical = 1");
  return documents.length;
}

/** A document's story: that of the stored document sharing most of its sketch (storyQuery's row) if isSameStory, else its own id. */
function storyFrom(rows: Array<Record<string, unknown>>, sketch: string[], docId: string): string {
  const best = rows[0] as { story: string; shared: number } | undefined;
  return best && isSameStory(Number(best.shared), sketch.length) ? best.story : docId;
}

/** The story cluster of the stored document sharing most of a sketch (isSameStory decides if it is one). */
function storyQuery(sketch: string[]): Query {
  return [
    `SELECT d.story, count(*) AS shared FROM document_sketches s JOIN documents d ON d.id = s.document_id
     WHERE s.hash IN ${inList(sketch.length)} GROUP BY d.id, d.story ORDER BY shared DESC LIMIT 1`,
    sketch,
  ];
}

/** Every key the fusion rules may look an actor up by for this document's entities, events and quotes. */
function actorKeys(doc: AnnotatedDocument): ActorKeys {
  const keys: ActorKeys = { kbs: new Set(), aliasKeys: new Set(), nameKeys: new Set(), ids: new Set() };
  for (const entity of doc.entities) {
    if (entity.kb) keys.kbs.add(entity.kb);
    keys.aliasKeys.add(nameKey(entity.name));
    for (const alias of entity.aliases.filter(isNameLike)) keys.nameKeys.add(nameKey(alias));
    keys.ids.add(actorId(entity.name, entity.type, entity.country, entity.kb));
  }
  const refs = [...doc.events.flatMap((e) => [e.source, e.target]), ...doc.quotes.map((q) => q.speaker)];
  for (const ref of refs) {
    if (!ref) continue;
    keys.aliasKeys.add(nameKey(ref.name));
    keys.ids.add(actorId(ref.name, "ACTOR", ref.country, undefined));
  }
  return keys;
}

/** Rows per INSERT: far below SQLite's and PostgreSQL's limits on parameters per statement. */
const ROWS_PER_INSERT = 200;

/**
 * Inserts rows in as few statements as the parameter limits allow, skipping those already there, or
 * doing what `onConflict` says (`(key) DO UPDATE SET ...`; no key may come twice in `rows` then;
 * null: a row already there is an error).
 */
async function insertRows(tx: SqlDriver, into: string, rows: SqlValue[][], onConflict: string | null = "DO NOTHING"): Promise<void> {
  if (!rows.length) return;
  const row = `(${placeholders(rows[0].length)})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    await tx.run(`INSERT INTO ${into} VALUES ${batch.map(() => row).join(", ")}${onConflict ? ` ON CONFLICT ${onConflict}` : ""}`, batch.flat());
  }
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Actor fusion for one document, answered from its ActorIndex; the changes are written in writeActors. */
class DocumentWriter {
  /** Document entity id -> actor id. */
  private readonly actorOf = new Map<string, string>();
  private readonly joined: SqlValue[][] = [];

  constructor(private readonly tx: SqlDriver, private readonly doc: AnnotatedDocument, private readonly actors: ActorIndex) {}

  fuseEntities(): void {
    const seen = new Set<string>();
    for (const entity of this.doc.entities) {
      const { actor, reason } = this.actorForEntity(entity);
      this.actorOf.set(entity.id, actor.id);
      this.joined.push([this.doc.id, entity.id, actor.id, entity.name, entity.type, reason]);
      this.enrichActor(actor, entity, !seen.has(actor.id));
      seen.add(actor.id);
    }
  }

  /** The corpus actor an entity joins (see the rules in src/fuse/index.ts), created when none fits. */
  private actorForEntity(entity: Entity): { actor: ActorRow; reason: string } {
    if (entity.kb) {
      const actor = this.actors.withKb(entity.kb);
      if (actor) return { actor, reason: `same knowledge-base id ${entity.kb}` };
    }
    const fits = (a: ActorRow) => countriesCompatible(a.country, entity.country) && (!entity.kb || !a.kb || a.kb === entity.kb);
    const key = nameKey(entity.name);
    // The entity's name is a known name of the actor...
    const named = this.actors.withAlias(key, entity.type).find(fits);
    if (named) return { actor: named, reason: `same name "${entity.name}" and type ${entity.type}${countryNote(named, entity)}` };
    // ...or the actor's name is one of the entity's names. Two actors merely sharing an alias (a
    // surname) are not merged: "Eric Trump" and "Donald Trump" both being "Trump" proves nothing.
    const aliasKeys = [...new Set(entity.aliases.filter(isNameLike).map(nameKey))].filter((k) => k && k !== key);
    const aliased = aliasKeys.length ? this.actors.withNameKey(aliasKeys, entity.type).find(fits) : undefined;
    if (aliased) return { actor: aliased, reason: `alias "${aliased.name}" and type ${entity.type}${countryNote(aliased, entity)}` };
    return { actor: this.actors.create(entity.name, entity.type, entity.country, entity.kb), reason: "first seen" };
  }

  private enrichActor(actor: ActorRow, entity: Entity, firstInDocument: boolean): void {
    this.actors.addAliases(actor.id, [entity.name, ...entity.aliases.filter(isNameLike)]);
    const roles: string[] = JSON.parse(actor.roles);
    if (entity.role && !roles.includes(entity.role)) roles.push(entity.role);
    actor.roles = JSON.stringify(roles);
    actor.country ??= entity.country ?? null;
    actor.kb ??= entity.kb ?? null;
    actor.documents += firstInDocument ? 1 : 0;
    actor.mentions += entity.mentions.length;
    this.actors.touch(actor);
  }

  /** The actor an event or quote names: its linked entity's, else one with that name, else a new one. */
  actorForRef(ref: ActorRef | undefined): string | undefined {
    if (!ref) return undefined;
    const linked = ref.entity && this.actorOf.get(ref.entity);
    if (linked) return linked;
    const found = this.actors.withAlias(nameKey(ref.name)).find((a) => countriesCompatible(a.country, ref.country));
    return (found ?? this.actors.create(ref.name, "ACTOR", ref.country, undefined)).id;
  }

  /** New actors, changed actors, new aliases and the document's entities, in a few statements. */
  async writeActors(): Promise<void> {
    const row = (id: string) => {
      const a = this.actors.get(id)!;
      return [a.id, a.name, a.name_key, a.type, a.country, a.kb, a.roles, a.documents, a.mentions];
    };
    // New and changed actors in one statement: a changed one is already there and takes the new values.
    await insertRows(
      this.tx, "actors (id, name, name_key, type, country, kb, roles, documents, mentions)", [...this.actors.created, ...this.actors.changed].map(row),
      "(id) DO UPDATE SET roles = excluded.roles, country = excluded.country, kb = excluded.kb, documents = excluded.documents, mentions = excluded.mentions",
    );
    await insertRows(this.tx, "actor_aliases (actor_id, alias_key, alias)", [...this.actors.newAliases.values()]);
    await insertRows(this.tx, "document_entities (document_id, entity_id, actor_id, name, type, reason)", this.joined);
    await insertRows(
      this.tx,
      "mentions (document_id, entity_id, start_offset, end_offset, text)",
      this.doc.entities.flatMap((entity) => entity.mentions.map((m) => [this.doc.id, entity.id, m.start, m.end, m.text])),
    );
  }
}

function countryNote(actor: ActorRow, entity: Entity): string {
  return actor.country && entity.country ? `, same country ${actor.country}` : "";
}

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
async function fuseEvents(tx: SqlDriver, doc: AnnotatedDocument, sides: Array<{ source?: string; target?: string }>, source: string): Promise<void> {
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

async function storeQuotes(tx: SqlDriver, doc: AnnotatedDocument, speakers: Array<string | undefined>): Promise<void> {
  await insertRows(
    tx,
    "quotes (id, document_id, start_offset, end_offset, text, direct, cue, speaker_actor, speaker_name)",
    doc.quotes.map((quote, index) => [`${doc.id}/q${index + 1}`, doc.id, quote.start, quote.end, quote.text, quote.direct, quote.cue,
      speakers[index], quote.speaker?.name]),
  );
  // The order quotes are listed in (schema v9): the document's publication date and number.
  if (doc.quotes.length) {
    await tx.run("UPDATE quotes SET published = d.published, doc_no = d.doc_no FROM documents d WHERE d.id = ? AND quotes.document_id = d.id", [doc.id]);
  }
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

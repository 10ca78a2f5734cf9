// Writing one annotated document into the corpus and fusing it, inside the caller's transaction.
// The fusion rules themselves live in src/fuse; this file applies them to the tables.
import { createHash } from "node:crypto";
import type { ActorRef, AnnotatedDocument, Entity, Event } from "../model/index.ts";
import {
  candidateWindow, casualtyRanges, chooseEvent, claimOf, countriesCompatible, dateRange, eventKey, independentSource, isNameLike, isSameStory, morePrecise,
  nameKey, precisionOf, storySketch, wireOf, type EventCandidate,
} from "../fuse/index.ts";
import { placeholders, type SqlDriver, type SqlValue } from "./driver.ts";
import type { AddResult, DocumentOrigin } from "./types.ts";

interface ActorRow {
  id: string;
  name: string;
  type: string;
  country: string | null;
  kb: string | null;
  roles: string;
  mentions: number;
}

/** Short stable ids: a prefix and a hash of what makes the record unique. */
export function hashId(prefix: string, ...parts: string[]): string {
  return prefix + createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

export async function addDocument(tx: SqlDriver, doc: AnnotatedDocument, origin: DocumentOrigin = {}): Promise<AddResult> {
  // Idempotent by content hash: the INSERT below adds nothing when a document with this id is stored.
  const sketch = storySketch(doc.text);
  const story = await storyOf(tx, sketch, doc.id);
  const wire = wireOf(doc.source, doc.text);
  const { text, ...layers } = doc;
  const [inserted] = await tx.all<{ doc_no: number }>(
    `INSERT INTO documents (id, title, source, url, published, input, story, wire, words, events, added_at, text, layers)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING doc_no`,
    [doc.id, doc.title, doc.source, doc.url, doc.published, origin.input, story, wire,
      countWords(text), doc.events.length, new Date().toISOString(), text, JSON.stringify(layers)],
  );
  if (!inserted) return "exists";
  if (tx.dialect === "sqlite") {
    await tx.run("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", [inserted.doc_no, doc.title ?? "", text]);
  }
  // Fused as it comes, the corpus now depends on the order documents came in, until refuseCorpus.
  await tx.run("UPDATE fusion_state SET canonical = 0");
  await fuseDocument(tx, doc, sketch, story, wire);
  return "added";
}

/** Joins a stored document's story, entities, events and quotes to the corpus. */
async function fuseDocument(tx: SqlDriver, doc: AnnotatedDocument, sketch: string[], story: string, wire: string | undefined): Promise<void> {
  await insertRows(tx, "document_sketches (hash, document_id)", sketch.map((hash) => [hash, doc.id]));
  const writer = new DocumentWriter(tx, doc);
  await writer.fuseEntities();
  const source = independentSource(wire, story);
  for (const event of doc.events) await writer.fuseEvent(event, source);
  await writer.storeQuotes();
}

/** The tables fusion fills; the documents and their layers are what it is computed from. */
const FUSED_TABLES = ["actors", "actor_aliases", "document_entities", "mentions", "events", "event_reports", "quotes", "document_sketches"];

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
    const story = await storyOf(tx, sketch, doc.id);
    await tx.run("UPDATE documents SET story = ? WHERE id = ?", [story, id]);
    await fuseDocument(tx, doc, sketch, story, wireOf(doc.source, doc.text));
  }
  await tx.run("UPDATE fusion_state SET canonical = 1");
  return documents.length;
}

/** The story cluster of a document: that of the stored document sharing most of its sketch, else its own id. */
async function storyOf(tx: SqlDriver, sketch: string[], docId: string): Promise<string> {
  if (!sketch.length) return docId;
  const [best] = await tx.all<{ story: string; shared: number }>(
    `SELECT d.story, count(*) AS shared FROM document_sketches s JOIN documents d ON d.id = s.document_id
     WHERE s.hash IN (${placeholders(sketch.length)}) GROUP BY d.id, d.story ORDER BY shared DESC LIMIT 1`,
    sketch,
  );
  return best && isSameStory(Number(best.shared), sketch.length) ? best.story : docId;
}

/** Rows per INSERT: far below SQLite's and PostgreSQL's limits on parameters per statement. */
const ROWS_PER_INSERT = 200;

/** Inserts rows (skipping those already there) in as few statements as the parameter limits allow. */
async function insertRows(tx: SqlDriver, into: string, rows: SqlValue[][]): Promise<void> {
  if (!rows.length) return;
  const row = `(${placeholders(rows[0].length)})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    await tx.run(`INSERT INTO ${into} VALUES ${batch.map(() => row).join(", ")} ON CONFLICT DO NOTHING`, batch.flat());
  }
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

class DocumentWriter {
  /** Document entity id -> actor id. */
  private readonly actorOf = new Map<string, string>();

  constructor(private readonly tx: SqlDriver, private readonly doc: AnnotatedDocument) {}

  async fuseEntities(): Promise<void> {
    const seen = new Set<string>();
    const joined: SqlValue[][] = [];
    for (const entity of this.doc.entities) {
      const { actor, reason } = await this.actorForEntity(entity);
      this.actorOf.set(entity.id, actor.id);
      joined.push([this.doc.id, entity.id, actor.id, entity.name, entity.type, reason]);
      await this.enrichActor(actor, entity, !seen.has(actor.id));
      seen.add(actor.id);
    }
    // Nothing in this transaction reads these back, so each table gets its rows in one statement.
    await insertRows(this.tx, "document_entities (document_id, entity_id, actor_id, name, type, reason)", joined);
    await insertRows(
      this.tx,
      "mentions (document_id, entity_id, start_offset, end_offset, text)",
      this.doc.entities.flatMap((entity) => entity.mentions.map((m) => [this.doc.id, entity.id, m.start, m.end, m.text])),
    );
  }

  /** The corpus actor an entity joins (see the rules in src/fuse/index.ts), created when none fits. */
  private async actorForEntity(entity: Entity): Promise<{ actor: ActorRow; reason: string }> {
    if (entity.kb) {
      const [actor] = await this.tx.all<ActorRow>("SELECT * FROM actors WHERE kb = ? ORDER BY mentions DESC LIMIT 1", [entity.kb]);
      if (actor) return { actor, reason: `same knowledge-base id ${entity.kb}` };
    }
    const fits = (a: ActorRow) => countriesCompatible(a.country, entity.country) && (!entity.kb || !a.kb || a.kb === entity.kb);
    const key = nameKey(entity.name);
    // The entity's name is a known name of the actor...
    const byName = await this.tx.all<ActorRow>(
      `SELECT a.* FROM actors a JOIN actor_aliases al ON al.actor_id = a.id
       WHERE al.alias_key = ? AND a.type = ? ORDER BY a.mentions DESC LIMIT 20`,
      [key, entity.type],
    );
    const named = byName.find(fits);
    if (named) return { actor: named, reason: `same name "${entity.name}" and type ${entity.type}${countryNote(named, entity)}` };
    // ...or the actor's name is one of the entity's names. Two actors merely sharing an alias (a
    // surname) are not merged: "Eric Trump" and "Donald Trump" both being "Trump" proves nothing.
    const aliasKeys = [...new Set(entity.aliases.filter(isNameLike).map(nameKey))].filter((k) => k && k !== key);
    if (aliasKeys.length) {
      const byAlias = await this.tx.all<ActorRow>(
        `SELECT * FROM actors WHERE name_key IN (${placeholders(aliasKeys.length)}) AND type = ? ORDER BY mentions DESC LIMIT 20`,
        [...aliasKeys, entity.type],
      );
      const aliased = byAlias.find(fits);
      if (aliased) return { actor: aliased, reason: `alias "${aliased.name}" and type ${entity.type}${countryNote(aliased, entity)}` };
    }
    return { actor: await this.createActor(entity.name, entity.type, entity.country, entity.kb), reason: "first seen" };
  }

  private async createActor(name: string, type: string, country: string | undefined, kb: string | undefined): Promise<ActorRow> {
    const id = hashId("a_", type, nameKey(name), country ?? "", kb ?? "");
    // The no-op update makes RETURNING give the stored row when the actor exists already.
    const [actor] = await this.tx.all<ActorRow>(
      `INSERT INTO actors (id, name, name_key, type, country, kb, roles, documents, mentions) VALUES (?, ?, ?, ?, ?, ?, '[]', 0, 0)
       ON CONFLICT (id) DO UPDATE SET name_key = actors.name_key RETURNING *`,
      [id, name, nameKey(name), type, country, kb],
    );
    await this.addAliases(id, [name]);
    return actor;
  }

  private async enrichActor(actor: ActorRow, entity: Entity, firstInDocument: boolean): Promise<void> {
    await this.addAliases(actor.id, [entity.name, ...entity.aliases.filter(isNameLike)]);
    const roles: string[] = JSON.parse(actor.roles);
    if (entity.role && !roles.includes(entity.role)) roles.push(entity.role);
    await this.tx.run(
      `UPDATE actors SET roles = ?, country = coalesce(country, ?), kb = coalesce(kb, ?),
         documents = documents + ?, mentions = mentions + ? WHERE id = ?`,
      [JSON.stringify(roles), entity.country, entity.kb, firstInDocument ? 1 : 0, entity.mentions.length, actor.id],
    );
    actor.roles = JSON.stringify(roles);
  }

  private async addAliases(actorId: string, names: string[]): Promise<void> {
    const byKey = new Map<string, string>();
    for (const name of names) {
      const key = nameKey(name);
      if (key && !byKey.has(key)) byKey.set(key, name);
    }
    await insertRows(this.tx, "actor_aliases (actor_id, alias_key, alias)", [...byKey].map(([key, name]) => [actorId, key, name]));
  }

  /** The actor an event or quote names: its linked entity's, else one with that name, else a new one. */
  private async actorForRef(ref: ActorRef | undefined): Promise<string | undefined> {
    if (!ref) return undefined;
    const linked = ref.entity && this.actorOf.get(ref.entity);
    if (linked) return linked;
    const candidates = await this.tx.all<ActorRow>(
      `SELECT a.* FROM actors a JOIN actor_aliases al ON al.actor_id = a.id WHERE al.alias_key = ? ORDER BY a.mentions DESC LIMIT 20`,
      [nameKey(ref.name)],
    );
    const found = candidates.find((a) => countriesCompatible(a.country, ref.country));
    return (found ?? (await this.createActor(ref.name, "ACTOR", ref.country, undefined))).id;
  }

  async fuseEvent(event: Event, source: string): Promise<void> {
    const reportId = `${this.doc.id}/${event.id}`;
    const sourceActor = await this.actorForRef(event.source);
    const targetActor = await this.actorForRef(event.target);
    const key = eventKey(event.type, event.context, sourceActor, targetActor);
    const report = { date: event.date, published: this.doc.published };
    const candidates = await this.candidateEvents(key, reportId, candidateWindow(report));
    const choice = chooseEvent(
      report,
      candidates.map((c): EventCandidate => ({ id: c.id, date: c.date ?? undefined, firstPublished: c.first_published ?? undefined, reports: Number(c.reports) })),
    );
    const eventId = choice?.id ?? hashId("ev_", reportId);
    const record = JSON.stringify(event);
    if (!choice) {
      await createEvent(this.tx, eventId, key, [
        { record, independent_source: source, source_actor: sourceActor, target_actor: targetActor, published: this.doc.published },
      ]);
    }
    await this.tx.run(
      `INSERT INTO event_reports (id, event_id, document_id, source_actor, target_actor, evidence_text, independent_source, reason, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [reportId, eventId, this.doc.id, sourceActor, targetActor, event.evidence.map((e) => e.text).join(" … "), source,
        choice ? `merged: same type ${event.type}, same actors, ${choice.reason}` : "first report", record],
    );
    if (choice) await recomputeEvent(this.tx, eventId);
  }

  /**
   * Events with the same fusion key whose days overlap the report's, or (dated or not) first published
   * in its news cycle, less those holding a report it was split from by hand. chooseEvent makes the final decision.
   */
  private async candidateEvents(key: string, reportId: string, window: ReturnType<typeof candidateWindow>) {
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
    if (!near.length) return [];
    return this.tx.all<{ id: string; date: string | null; first_published: string | null; reports: number }>(
      `SELECT id, date, first_published, reports FROM events
       WHERE fusion_key = ? AND (${near.join(" OR ")}) AND id NOT IN (
         SELECT r.event_id FROM event_reports r JOIN report_splits s
           ON (s.report_id = ? AND s.apart_from = r.id) OR (s.apart_from = ? AND s.report_id = r.id))`,
      [...params, reportId, reportId],
    );
  }

  async storeQuotes(): Promise<void> {
    const rows: SqlValue[][] = [];
    for (const [index, quote] of this.doc.quotes.entries()) {
      rows.push([`${this.doc.id}/q${index + 1}`, this.doc.id, quote.start, quote.end, quote.text, quote.direct, quote.cue,
        await this.actorForRef(quote.speaker), quote.speaker?.name]);
    }
    await insertRows(this.tx, "quotes (id, document_id, start_offset, end_offset, text, direct, cue, speaker_actor, speaker_name)", rows);
  }
}

function countryNote(actor: ActorRow, entity: Entity): string {
  return actor.country && entity.country ? `, same country ${actor.country}` : "";
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

/** A new fused event from its first report(s), in one statement. */
export async function createEvent(tx: SqlDriver, id: string, key: string, reports: ReportRow[]): Promise<void> {
  const first = JSON.parse(reports[0].record) as Event;
  await tx.run(
    `INSERT INTO events (id, fusion_key, claim, type, ${DERIVED_FIELDS.join(", ")}) VALUES (?, ?, ?, ?, ${placeholders(DERIVED_FIELDS.length)})`,
    [id, key, claimOf(first.context), first.type, ...derivedFields(reports)],
  );
}

/** Sets a fused event's fields from its reports again (after a merge or a split); drops it when none is left. */
export async function recomputeEvent(tx: SqlDriver, eventId: string): Promise<void> {
  const reports = await tx.all<ReportRow>(`${SELECT_REPORT_ROWS} WHERE r.event_id = ? ORDER BY d.published, d.doc_no, r.id`, [eventId]);
  if (!reports.length) {
    await tx.run("DELETE FROM events WHERE id = ?", [eventId]);
    return;
  }
  await tx.run(`UPDATE events SET ${DERIVED_FIELDS.map((f) => `${f} = ?`).join(", ")} WHERE id = ?`, [...derivedFields(reports), eventId]);
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

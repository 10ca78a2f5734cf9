// The Store over any SqlDriver: the read side here, the write side (with fusion) in write.ts.
import { AppError, type AnnotatedDocument, type Event, type PlacePrecision, type PloverType } from "../model/index.ts";
import { nameKey } from "../fuse/index.ts";
import { dateRange } from "../model/index.ts";
import { placeholders, type Row, type SqlDriver, type SqlValue } from "./driver.ts";
import { SUMMARY_COLUMNS, toSummary } from "./document-label.ts";
import { searchDocuments } from "./search.ts";
import { migrate, UNDATED_LAST } from "./schema.ts";
import { hashId } from "./ids.ts";
import { addDocument, refuseCorpus } from "./write.ts";
import { createEvents, recomputeEvents, SELECT_REPORT_ROWS, SideCounts, type ReportRow } from "./event-fusion.ts";
import type {
  ActorFilter, ActorLink, ActorRecord, DatePrecision, EventCursor, EventFilter, EventRecord, EventReport,
  QuoteFilter, QuoteRecord, SearchHit, Store, StoredDocument,
} from "./types.ts";

/** IN lists are sent in chunks so that no statement exceeds a driver's parameter limit. */
const CHUNK = 500;

export async function openSqlStore(db: SqlDriver, location: string): Promise<Store> {
  await migrate(db);
  return new SqlStore(db, location);
}

class SqlStore implements Store {
  readonly kind: "sqlite" | "postgres";

  constructor(private readonly db: SqlDriver, readonly location: string) {
    this.kind = db.dialect;
  }

  addDocument(doc: AnnotatedDocument, origin?: { input?: string }) {
    return this.guard(() => this.db.transaction((tx) => addDocument(tx, doc, origin)));
  }

  refuse(options: { onlyWhenNeeded?: boolean } = {}) {
    return this.guard(() => this.db.transaction((tx) => refuseCorpus(tx, Boolean(options.onlyWhenNeeded))));
  }

  async hasDocument(id: string) {
    return (await this.db.all("SELECT 1 FROM documents WHERE id = ?", [id])).length > 0;
  }

  async getDocument(id: string): Promise<StoredDocument | undefined> {
    const [row] = await this.db.all(`SELECT ${SUMMARY_COLUMNS}, d.text, d.layers FROM documents d WHERE d.id = ?`, [id]);
    if (!row) return undefined;
    const document = { ...JSON.parse(row.layers as string), text: row.text } as AnnotatedDocument;
    const actors: Record<string, string> = {};
    for (const r of await this.db.all<{ entity_id: string; actor_id: string }>("SELECT entity_id, actor_id FROM document_entities WHERE document_id = ?", [id])) {
      actors[r.entity_id] = r.actor_id;
    }
    const events: Record<string, string> = {};
    for (const r of await this.db.all<{ id: string; event_id: string }>("SELECT id, event_id FROM event_reports WHERE document_id = ?", [id])) {
      events[r.id.slice(id.length + 1)] = r.event_id;
    }
    return { summary: toSummary(row), document, actors, events };
  }

  async listDocuments(options: { limit?: number; offset?: number } = {}) {
    const rows = await this.db.all(`SELECT ${SUMMARY_COLUMNS} FROM documents d ORDER BY d.published DESC, d.doc_no DESC LIMIT ? OFFSET ?`, [options.limit ?? 100, options.offset ?? 0]);
    return rows.map(toSummary);
  }

  /** Matches in the order SEARCH_RANKED explains (./search.ts). */
  searchDocuments(text: string, options: { limit?: number; offset?: number; ranked?: number } = {}): Promise<SearchHit[]> {
    return searchDocuments(this.db, text, options);
  }

  async findActors(name: string): Promise<ActorRecord[]> {
    const key = nameKey(name);
    if (!key) return [];
    let rows = await this.db.all(`${this.actorWithAliases} WHERE a.id IN (SELECT actor_id FROM actor_aliases WHERE alias_key = ?) ORDER BY a.mentions DESC`, [key]);
    // A first or last name alone ("Rubio") finds the people whose full name has it.
    if (!rows.length) {
      rows = await this.db.all(
        `${this.actorWithAliases} WHERE a.type = 'PERSON' AND a.id IN (SELECT actor_id FROM actor_aliases WHERE alias_key LIKE ? OR alias_key LIKE ?) ORDER BY a.mentions DESC LIMIT 20`,
        [`% ${key}`, `${key} %`],
      );
    }
    return this.withAliases(rows);
  }

  async getActor(id: string) {
    return (await this.getActors([id]))[0];
  }

  async getActors(ids: string[]) {
    const rows: Row[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      rows.push(...(await this.db.all(`${this.actorWithAliases} WHERE a.id IN (${placeholders(chunk.length)})`, chunk)));
    }
    return this.withAliases(rows);
  }

  async listActors(filter: ActorFilter = {}) {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.type) {
      where.push("a.type = ?");
      params.push(filter.type);
    }
    if (filter.text) {
      where.push("a.id IN (SELECT actor_id FROM actor_aliases WHERE alias_key LIKE ?)");
      params.push(`%${nameKey(filter.text)}%`);
    }
    const rows = await this.db.all(
      `${ACTOR_SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY a.mentions DESC, a.name LIMIT ? OFFSET ?`,
      [...params, filter.limit ?? 100, filter.offset ?? 0],
    );
    return this.withAliases(rows);
  }

  async listEvents(filter: EventFilter = {}): Promise<EventRecord[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const anyOf = (ids: string[]) => `(${placeholders(ids.length)})`;
    if (filter.type?.length) {
      where.push(`e.type IN (${placeholders(filter.type.length)})`);
      params.push(...filter.type);
    }
    if (filter.from) {
      const from = dateRange(filter.from)?.start ?? filter.from;
      // No event's dates span more than a year: the lower bound on date_start lets the date index range-scan.
      where.push("e.date_end >= ? AND e.date_start >= ?");
      params.push(from, shiftDays(from, -MAX_EVENT_DAYS));
    }
    if (filter.to) {
      where.push("e.date_start <= ?");
      params.push(dateRange(filter.to)?.end ?? filter.to);
    }
    // Said outright (a dated event is what a date filter matches), so that the date indexes seek to the dates.
    if (filter.from || filter.to) where.push(`${UNDATED_LAST_E} = 0`);
    if (filter.asserted) where.push("e.claim = ''");
    if (filter.place) {
      where.push("lower(e.place_name) LIKE ?");
      params.push(`%${filter.place.toLowerCase()}%`);
    }
    if (filter.text) {
      where.push("e.id IN (SELECT event_id FROM event_reports WHERE lower(evidence_text) LIKE ?)");
      params.push(`%${filter.text.toLowerCase()}%`);
    }
    const page = [filter.limit ?? 100, filter.offset ?? 0];
    const ids = filter.actorIds ?? [];
    const withActors = () => {
      if (ids.length && filter.withIds?.length) {
        const a = anyOf(ids);
        const w = anyOf(filter.withIds);
        where.unshift(`((e.source_actor IN ${a} AND e.target_actor IN ${w}) OR (e.target_actor IN ${a} AND e.source_actor IN ${w}))`);
        params.unshift(...ids, ...filter.withIds, ...ids, ...filter.withIds);
      } else if (ids.length) {
        where.unshift(`(e.source_actor IN ${anyOf(ids)} OR e.target_actor IN ${anyOf(ids)})`);
        params.unshift(...ids, ...ids);
      }
    };
    if (filter.after) {
      withActors();
      return this.eventsAfter(where, params, filter.after, filter.limit ?? 100);
    }
    // With a date filter every event is dated: the order without its first key is the same, and
    // SQLite's index walk only sees that it holds when the key is not there.
    const byDate = filter.from || filter.to ? DATED_ORDER : DATE_ORDER;
    const order = filter.order === "reports" ? "e.reports DESC, e.corroboration DESC, e.id" : byDate;
    if (ids.length && !filter.withIds?.length && filter.order !== "reports") {
      // An actor's events in date order: each side walks its own index in order and stops at the
      // page's end, instead of sorting every event of a much-reported actor; the names of the sides
      // are joined to the page's events only.
      const side = (name: string, condition: string, sideParams: SqlValue[]) => [
        `SELECT * FROM (SELECT e.* FROM events e WHERE ${[condition, ...where].join(" AND ")} ORDER BY ${byDate} LIMIT ?) ${name}`,
        [...sideParams, ...params, page[0] + page[1]],
      ] as const;
      const asSource = side("as_source", `e.source_actor IN ${anyOf(ids)}`, ids);
      const asTarget = side("as_target", `e.target_actor IN ${anyOf(ids)} AND (e.source_actor IS NULL OR e.source_actor NOT IN ${anyOf(ids)})`, [...ids, ...ids]);
      const rows = await this.db.all(
        `${EVENT_SELECT.replace("FROM events e", `FROM (SELECT * FROM (${asSource[0]} UNION ALL ${asTarget[0]}) e ORDER BY ${DATE_ORDER} LIMIT ? OFFSET ?) e`)}
         ORDER BY ${DATE_ORDER}`,
        [...asSource[1], ...asTarget[1], ...page],
      );
      return rows.map(toEvent);
    }
    withActors();
    const rows = await this.db.all(
      `${EVENT_SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...params, ...page],
    );
    return rows.map(toEvent);
  }

  /**
   * Keyset paging: dated events by first day then id, then undated ones by id, after the cursor. Each
   * page seeks to the cursor in the index of this order, events_by_start (date_start, id; schema v10),
   * and reads on in it: no sort, so the millionth event costs what the first does (OFFSET re-reads
   * every row before the page; an order other than the index's sorts every row after it).
   */
  private async eventsAfter(where: string[], params: SqlValue[], after: EventCursor, limit: number): Promise<EventRecord[]> {
    const page = (condition: string, values: SqlValue[], n: number) =>
      this.db.all(`${EVENT_SELECT} WHERE ${[...where, condition].join(" AND ")} ORDER BY e.date_start, e.id LIMIT ?`, [...params, ...values, n]);
    // A row value compared with a NULL date_start is NULL: the dated query never reads an undated event.
    const dated = after.dateStart === null ? [] : after.dateStart === undefined
      ? await page("e.date_start IS NOT NULL", [], limit)
      : await page("(e.date_start, e.id) > (?, ?)", [after.dateStart, after.id ?? ""], limit);
    // Ordered by date_start too (NULL in all of them), so that PostgreSQL sees the index's order.
    const undated = dated.length >= limit ? [] : await page("e.date_start IS NULL AND e.id > ?", [after.dateStart === null ? after.id ?? "" : ""], limit - dated.length);
    return [...dated, ...undated].map(toEvent);
  }

  async getEvent(id: string) {
    const [row] = await this.db.all(`${EVENT_SELECT} WHERE e.id = ?`, [id]);
    return row ? toEvent(row) : undefined;
  }

  async coActors(actorId: string, limit: number): Promise<Array<{ id: string; events: number }>> {
    const rows = await this.db.all<{ other_id: string; events: number }>(
      "SELECT other_id, events FROM actor_links WHERE actor_id = ? AND events > 0 ORDER BY events DESC, other_id LIMIT ?",
      [actorId, limit],
    );
    return rows.map((r) => ({ id: r.other_id, events: Number(r.events) }));
  }

  async eventReports(eventIds: string[]): Promise<EventReport[]> {
    const out: EventReport[] = [];
    for (let i = 0; i < eventIds.length; i += CHUNK) {
      const ids = eventIds.slice(i, i + CHUNK);
      const rows = await this.db.all(
        `SELECT ${SUMMARY_COLUMNS}, r.id AS report_id, r.event_id, r.record, r.independent_source, r.reason,
           r.source_actor, sa.name AS source_actor_name, sa.country AS source_actor_country,
           r.target_actor, ta.name AS target_actor_name, ta.country AS target_actor_country
         FROM event_reports r JOIN documents d ON d.id = r.document_id
         LEFT JOIN actors sa ON sa.id = r.source_actor LEFT JOIN actors ta ON ta.id = r.target_actor
         WHERE r.event_id IN (${placeholders(ids.length)}) ORDER BY d.published, d.doc_no, r.id`,
        ids,
      );
      for (const r of rows) {
        const record = JSON.parse(r.record as string) as Event;
        out.push({
          id: String(r.report_id),
          eventId: String(r.event_id),
          document: toSummary(r),
          type: record.type,
          date: record.date,
          source: actorLink(r, "source", record.source?.name, record.source?.role),
          target: actorLink(r, "target", record.target?.name, record.target?.role),
          evidence: record.evidence,
          ...(record.casualties ? { casualties: record.casualties } : {}),
          confidence: record.confidence,
          independentSource: String(r.independent_source),
          reason: String(r.reason),
        });
      }
    }
    return out;
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<QuoteRecord[]> {
    const ids = filter.speakerIds;
    const rows = await this.db.all(
      `SELECT ${SUMMARY_COLUMNS}, q.id AS quote_id, q.start_offset, q.end_offset, q.text AS quote_text, q.direct, q.cue,
         q.speaker_actor, q.speaker_name, a.name AS speaker_actor_name, a.country AS speaker_actor_country
       FROM (SELECT q.* FROM quotes q ${ids?.length ? `WHERE q.speaker_actor IN (${placeholders(ids.length)})` : ""}
         ORDER BY ${QUOTE_ORDER} LIMIT ? OFFSET ?) q
       JOIN documents d ON d.id = q.document_id LEFT JOIN actors a ON a.id = q.speaker_actor
       ORDER BY ${QUOTE_ORDER}`,
      [...(ids ?? []), filter.limit ?? 100, filter.offset ?? 0],
    );
    return rows.map((r) => ({
      id: String(r.quote_id),
      document: toSummary(r),
      text: String(r.quote_text),
      start: Number(r.start_offset),
      end: Number(r.end_offset),
      direct: Boolean(Number(r.direct)),
      ...(r.cue ? { cue: String(r.cue) } : {}),
      ...(r.speaker_actor || r.speaker_name ? { speaker: actorLink(r, "speaker", r.speaker_name as string | undefined) } : {}),
    }));
  }

  unmergeReport(reportId: string): Promise<string> {
    return this.guard(() => this.db.transaction(async (tx) => {
      const [report] = await tx.all<ReportRow & { event_id: string }>(`${SELECT_REPORT_ROWS} WHERE r.id = ?`, [reportId]);
      if (!report) throw new AppError("NOT_FOUND", "no event report with this id", reportId);
      const [{ n }] = await tx.all<{ n: number }>("SELECT count(*) AS n FROM event_reports WHERE event_id = ?", [report.event_id]);
      if (Number(n) === 1) return report.event_id;
      const [old] = await tx.all<{ fusion_key: string }>("SELECT fusion_key FROM events WHERE id = ?", [report.event_id]);
      const newId = hashId("ev_", reportId, "split", report.event_id);
      const counts = new SideCounts();
      await createEvents(tx, [{ id: newId, key: old.fusion_key, reports: [report] }], counts);
      await tx.run("UPDATE event_reports SET event_id = ?, reason = ? WHERE id = ?", [newId, `split off ${report.event_id} by hand`, reportId]);
      await tx.run(
        "INSERT INTO report_splits (report_id, apart_from) SELECT ?, id FROM event_reports WHERE event_id = ? ON CONFLICT DO NOTHING",
        [reportId, report.event_id],
      );
      await recomputeEvents(tx, [report.event_id], counts);
      await counts.write(tx);
      return newId;
    }));
  }

  async stats() {
    const count = async (table: string) => Number((await this.db.all<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0].n);
    return {
      documents: await count("documents"),
      actors: await count("actors"),
      events: await count("events"),
      reports: await count("event_reports"),
      quotes: await count("quotes"),
    };
  }

  close() {
    return this.db.close();
  }

  /**
   * Actors with their aliases in the same row (a JSON array), for lookups by id or name: one round
   * trip instead of two. Not for listActors, whose sort would compute it for every actor first.
   */
  private get actorWithAliases(): string {
    const aliases = this.db.dialect === "sqlite"
      ? "(SELECT json_group_array(alias ORDER BY alias) FROM actor_aliases WHERE actor_id = a.id)"
      : "(SELECT coalesce(json_agg(alias ORDER BY alias), '[]')::text FROM actor_aliases WHERE actor_id = a.id)";
    return `SELECT a.*, ${aliases} AS alias_list FROM actors a`;
  }

  /** Actor rows as records, their aliases from the rows' alias_list or else read here. */
  private async withAliases(rows: Row[]): Promise<ActorRecord[]> {
    if (!rows.length) return [];
    const aliases = new Map<string, string[]>();
    for (const r of rows) if (r.alias_list != null) aliases.set(String(r.id), JSON.parse(String(r.alias_list)));
    const unread = [...new Set(rows.filter((r) => r.alias_list == null).map((r) => String(r.id)))];
    for (let i = 0; i < unread.length; i += CHUNK) {
      const ids = unread.slice(i, i + CHUNK);
      for (const a of await this.db.all<{ actor_id: string; alias: string }>(
        `SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (${placeholders(ids.length)}) ORDER BY alias`, ids,
      )) {
        aliases.set(a.actor_id, [...(aliases.get(a.actor_id) ?? []), a.alias]);
      }
    }
    return rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      type: String(r.type),
      ...(r.country ? { country: String(r.country) } : {}),
      ...(r.kb ? { kb: String(r.kb) } : {}),
      roles: JSON.parse(String(r.roles)),
      aliases: (aliases.get(String(r.id)) ?? []).filter((a) => a !== r.name),
      documents: Number(r.documents),
      mentions: Number(r.mentions),
      events: Number(r.events),
    }));
  }

  /** Database errors become AppError("STORE"), naming the store; AppErrors pass through. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError("STORE", e instanceof Error ? e.message : String(e), this.location, { cause: e });
    }
  }
}

/** Newest documents first, in the order of the quotes indexes (schema v9): a page needs no sort. */
const QUOTE_ORDER = "q.published DESC, q.doc_no DESC, q.start_offset";

/** Actors with their number of events (actors.events, kept by the write path since schema v8). */
const ACTOR_SELECT = "SELECT a.* FROM actors a";

/** Chronological, undated last: the order the date indexes of schema.ts (v4) hold, so that pages need no sort. */
const UNDATED_LAST_E = `(${UNDATED_LAST.replace("date_start", "e.date_start")})`;
const DATED_ORDER = "e.date_start, e.date_end, e.first_published, e.id";
const DATE_ORDER = `${UNDATED_LAST_E}, ${DATED_ORDER}`;

/** Longest span of days an event date covers (a year); see the date filter in listEvents. */
const MAX_EVENT_DAYS = 366;

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(day.slice(0, 10)) + days * 86_400_000).toISOString().slice(0, 10);
}

const EVENT_SELECT = `SELECT e.*, sa.name AS source_actor_name, sa.country AS source_actor_country,
  ta.name AS target_actor_name, ta.country AS target_actor_country
  FROM events e LEFT JOIN actors sa ON sa.id = e.source_actor LEFT JOIN actors ta ON ta.id = e.target_actor`;

/** An actor side of a row: `<side>_actor` (id), `<side>_actor_name`, `<side>_actor_country`. */
function actorLink(r: Row, side: string, fallbackName?: string, role?: string): ActorLink | undefined {
  const id = r[`${side}_actor`] as string | null;
  const name = (r[`${side}_actor_name`] as string | null) ?? fallbackName;
  if (!id && !name) return undefined;
  const country = r[`${side}_actor_country`] as string | null;
  return { ...(id ? { id } : {}), name: name ?? "", ...(country ? { country } : {}), ...(role ? { role } : {}) };
}

function toEvent(r: Row): EventRecord {
  const out: EventRecord = {
    id: String(r.id),
    type: r.type as PloverType,
    precision: r.precision as DatePrecision,
    confidence: Number(r.confidence),
    reports: Number(r.reports),
    corroboration: Number(r.corroboration),
  };
  if (r.mode) out.mode = String(r.mode);
  if (r.cameo) out.cameo = String(r.cameo);
  if (r.context) out.context = JSON.parse(String(r.context));
  if (r.casualties) out.casualties = JSON.parse(String(r.casualties));
  const source = actorLink(r, "source", r.source_name as string | undefined);
  const target = actorLink(r, "target", r.target_name as string | undefined);
  if (source) out.source = source;
  if (target) out.target = target;
  if (r.date) {
    out.date = String(r.date);
    out.dateStart = String(r.date_start);
    out.dateEnd = String(r.date_end);
  }
  if (r.place_name) {
    out.place = { name: String(r.place_name) };
    if (r.place_country) out.place.country = String(r.place_country);
    if (r.lat != null && r.lon != null) {
      out.place.lat = Number(r.lat);
      out.place.lon = Number(r.lon);
    }
    if (r.place_precision) out.place.precision = r.place_precision as PlacePrecision;
  }
  return out;
}

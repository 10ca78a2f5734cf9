// The schema, versioned: each migration runs once, in order, recorded in `schema_version`.
// Add a migration at the end; never edit one that has shipped.
import type { SqlDriver } from "./driver.ts";

type Dialect = SqlDriver["dialect"];

/** 1 for an undated event, else 0: the first key of the date orders, so that undated events come last. */
export const UNDATED_LAST = "CASE WHEN date_start IS NULL THEN 1 ELSE 0 END";
const DATE_KEYS = `(${UNDATED_LAST}), date_start, date_end, first_published, id`;

interface Migration {
  version: number;
  statements(dialect: Dialect): string[];
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    statements: (dialect) => [
      // Documents: metadata, text (for full-text search and the reader) and the annotation layers
      // as JSON, so that the full annotated document comes back exactly as the pipeline made it.
      `CREATE TABLE documents (
        doc_no ${dialect === "sqlite" ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY"},
        id TEXT NOT NULL UNIQUE,
        title TEXT, source TEXT, url TEXT, published TEXT, input TEXT,
        story TEXT NOT NULL, wire TEXT, simhash TEXT NOT NULL,
        band0 INTEGER NOT NULL, band1 INTEGER NOT NULL, band2 INTEGER NOT NULL, band3 INTEGER NOT NULL,
        words INTEGER NOT NULL, events INTEGER NOT NULL, added_at TEXT NOT NULL,
        text TEXT NOT NULL, layers TEXT NOT NULL)`,
      "CREATE INDEX documents_band0 ON documents (band0)",
      "CREATE INDEX documents_band1 ON documents (band1)",
      "CREATE INDEX documents_band2 ON documents (band2)",
      "CREATE INDEX documents_band3 ON documents (band3)",
      "CREATE INDEX documents_published ON documents (published)",
      // Actors: the entities of all documents fused (see src/fuse).
      `CREATE TABLE actors (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, type TEXT NOT NULL,
        country TEXT, kb TEXT, roles TEXT NOT NULL,
        documents INTEGER NOT NULL, mentions INTEGER NOT NULL)`,
      "CREATE INDEX actors_kb ON actors (kb)",
      "CREATE INDEX actors_name_key ON actors (name_key)",
      "CREATE INDEX actors_mentions ON actors (mentions)",
      `CREATE TABLE actor_aliases (
        actor_id TEXT NOT NULL, alias_key TEXT NOT NULL, alias TEXT NOT NULL,
        PRIMARY KEY (actor_id, alias_key))`,
      "CREATE INDEX actor_aliases_key ON actor_aliases (alias_key)",
      // Each document entity, the actor it joined and why.
      `CREATE TABLE document_entities (
        document_id TEXT NOT NULL, entity_id TEXT NOT NULL, actor_id TEXT NOT NULL,
        name TEXT NOT NULL, type TEXT NOT NULL, reason TEXT NOT NULL,
        PRIMARY KEY (document_id, entity_id))`,
      "CREATE INDEX document_entities_actor ON document_entities (actor_id)",
      `CREATE TABLE mentions (
        document_id TEXT NOT NULL, entity_id TEXT NOT NULL,
        start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL)`,
      "CREATE INDEX mentions_document ON mentions (document_id, entity_id)",
      // Fused events, and the raw per-document events (reports) they were fused from.
      `CREATE TABLE events (
        id TEXT PRIMARY KEY, fusion_key TEXT NOT NULL, claim TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT, context TEXT,
        source_actor TEXT, source_name TEXT, target_actor TEXT, target_name TEXT,
        date TEXT, precision TEXT NOT NULL, date_start TEXT, date_end TEXT,
        place_name TEXT, place_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
        confidence DOUBLE PRECISION NOT NULL, reports INTEGER NOT NULL, corroboration INTEGER NOT NULL,
        first_published TEXT)`,
      "CREATE INDEX events_fusion_key ON events (fusion_key)",
      "CREATE INDEX events_source ON events (source_actor)",
      "CREATE INDEX events_target ON events (target_actor)",
      "CREATE INDEX events_date ON events (date_start)",
      `CREATE TABLE event_reports (
        id TEXT PRIMARY KEY, event_id TEXT NOT NULL, document_id TEXT NOT NULL,
        source_actor TEXT, target_actor TEXT, evidence_text TEXT NOT NULL,
        independent_source TEXT NOT NULL, reason TEXT NOT NULL, record TEXT NOT NULL)`,
      "CREATE INDEX event_reports_event ON event_reports (event_id)",
      "CREATE INDEX event_reports_document ON event_reports (document_id)",
      // Merges undone by hand: this report is never fused into this event again.
      `CREATE TABLE event_splits (report_id TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (report_id, event_id))`,
      `CREATE TABLE quotes (
        id TEXT PRIMARY KEY, document_id TEXT NOT NULL,
        start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL,
        direct INTEGER NOT NULL, cue TEXT, speaker_actor TEXT, speaker_name TEXT)`,
      "CREATE INDEX quotes_speaker ON quotes (speaker_actor)",
      "CREATE INDEX quotes_document ON quotes (document_id)",
      dialect === "sqlite"
        ? `CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='doc_no', tokenize='porter unicode61 remove_diacritics 2')`
        : `CREATE INDEX documents_fts ON documents USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))`,
    ],
  },
  {
    // Story clusters by shared sentences (a bottom-k sketch) instead of a whole-text SimHash, which
    // one inserted phrase in a short article moved too far.
    version: 2,
    statements: () => [
      "DROP INDEX documents_band0",
      "DROP INDEX documents_band1",
      "DROP INDEX documents_band2",
      "DROP INDEX documents_band3",
      ...["simhash", "band0", "band1", "band2", "band3"].map((c) => `ALTER TABLE documents DROP COLUMN ${c}`),
      "CREATE TABLE document_sketches (hash TEXT NOT NULL, document_id TEXT NOT NULL, PRIMARY KEY (hash, document_id))",
    ],
  },
  {
    // Fusion looks up events by key and date range; the key alone matched hundreds of events in a
    // large corpus of recurring meetings.
    version: 3,
    statements: () => [
      "DROP INDEX events_fusion_key",
      "CREATE INDEX events_fusion ON events (fusion_key, date_start)",
      "CREATE INDEX events_fusion_published ON events (fusion_key, first_published)",
    ],
  },
  {
    // How much of the map an event's place covers (site, city, region, country): the map draws a
    // country as its area, not as a point at its centroid.
    version: 4,
    statements: () => ["ALTER TABLE events ADD COLUMN place_precision TEXT"],
  },
  {
    // Casualties of each fused event, as ranges over its reports (JSON); NULL when none is reported.
    version: 5,
    statements: () => ["ALTER TABLE events ADD COLUMN casualties TEXT"],
  },
  {
    // Whether the fused tables are as refuseCorpus makes them (independent of ingest order), or were
    // fused document by document as they came. A merge undone by hand is kept as the pairs of reports
    // it parted, which survive fusing the corpus again (event ids may change then).
    version: 6,
    statements: () => [
      "CREATE TABLE fusion_state (canonical INTEGER NOT NULL)",
      "INSERT INTO fusion_state (canonical) SELECT CASE WHEN EXISTS (SELECT 1 FROM documents) THEN 0 ELSE 1 END",
      "CREATE TABLE report_splits (report_id TEXT NOT NULL, apart_from TEXT NOT NULL, PRIMARY KEY (report_id, apart_from))",
      `INSERT INTO report_splits (report_id, apart_from)
       SELECT s.report_id, r.id FROM event_splits s JOIN event_reports r ON r.event_id = s.event_id WHERE r.id <> s.report_id`,
      "DROP TABLE event_splits",
    ],
  },
  {
    // Queries at a million events: an actor's events, events by type and events by date are read in
    // date order straight from an index (the order listEvents asks for), a page at a time.
    version: 7,
    statements: () => [
      "DROP INDEX events_source",
      "DROP INDEX events_target",
      "DROP INDEX events_date",
      `CREATE INDEX events_source_date ON events (source_actor, ${DATE_KEYS})`,
      `CREATE INDEX events_target_date ON events (target_actor, ${DATE_KEYS})`,
      `CREATE INDEX events_type_date ON events (type, ${DATE_KEYS})`,
      `CREATE INDEX events_by_date ON events (${DATE_KEYS})`,
    ],
  },
  {
    // The actor page at a million events: each actor's number of events, and the number of events it
    // shares with each other actor (both directions, one row each), kept by the write path in the
    // document's own transaction, instead of counting a much-reported actor's events on every read.
    // PostgreSQL: the search vector is stored once per document, so that ranking candidates reads it
    // instead of parsing each matching text again.
    version: 8,
    statements: (dialect) => [
      "ALTER TABLE actors ADD COLUMN events INTEGER NOT NULL DEFAULT 0",
      `UPDATE actors SET events = c.n FROM (SELECT actor_id, count(*) AS n FROM (${EVENT_SIDES}) sides GROUP BY actor_id) c WHERE c.actor_id = actors.id`,
      "CREATE TABLE actor_links (actor_id TEXT NOT NULL, other_id TEXT NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (actor_id, other_id))",
      "CREATE INDEX actor_links_ranked ON actor_links (actor_id, events DESC, other_id)",
      `INSERT INTO actor_links (actor_id, other_id, events)
       SELECT actor_id, other_id, count(*) FROM (${EVENT_PAIRS}) pairs GROUP BY actor_id, other_id`,
      ...(dialect === "postgres"
        ? [
          "ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED",
          "DROP INDEX documents_fts",
          "CREATE INDEX documents_search ON documents USING gin (search)",
        ]
        : []),
    ],
  },
  {
    // Quotes newest first, of one speaker or all, read from an index a page at a time: each quote
    // carries its document's publication date and number (the order), kept by the write path.
    version: 9,
    statements: () => [
      "ALTER TABLE quotes ADD COLUMN published TEXT",
      "ALTER TABLE quotes ADD COLUMN doc_no BIGINT",
      "UPDATE quotes SET published = d.published, doc_no = d.doc_no FROM documents d WHERE d.id = quotes.document_id",
      "DROP INDEX quotes_speaker",
      "CREATE INDEX quotes_speaker_latest ON quotes (speaker_actor, published DESC, doc_no DESC, start_offset)",
      "CREATE INDEX quotes_latest ON quotes (published DESC, doc_no DESC, start_offset)",
    ],
  },
  {
    // Exports read every event by key, a page at a time, in the order (date_start, id): this index
    // holds that order, so that each page is a seek and a walk of its own rows, where the date index
    // (v7), whose order is not the page's, left every page to sort all the events after it (an export
    // of a million events took half an hour). Undated events are the ones with a NULL date_start.
    version: 10,
    statements: () => ["CREATE INDEX events_by_start ON events (date_start, id)"],
  },
];

/** Each event's actors, once each (an actor on both sides counts once): what actors.events counts. */
const EVENT_SIDES = `SELECT source_actor AS actor_id FROM events WHERE source_actor IS NOT NULL
  UNION ALL SELECT target_actor FROM events WHERE target_actor IS NOT NULL AND (source_actor IS NULL OR source_actor <> target_actor)`;
/** Each event's two actors, both ways round: what actor_links counts. */
const EVENT_PAIRS = `SELECT source_actor AS actor_id, target_actor AS other_id FROM events WHERE source_actor <> target_actor
  UNION ALL SELECT target_actor, source_actor FROM events WHERE source_actor <> target_actor`;

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Brings the database to the latest schema; safe when several processes open it at once. */
export async function migrate(db: SqlDriver): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    const [row] = await tx.all<{ version: number | null }>("SELECT max(version) AS version FROM schema_version");
    const current = Number(row?.version ?? 0);
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      for (const statement of migration.statements(tx.dialect)) await tx.run(statement);
      await tx.run("INSERT INTO schema_version (version) VALUES (?)", [migration.version]);
    }
  });
}

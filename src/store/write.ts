// Writing one annotated document into the corpus and fusing it, inside the caller's transaction.
// The fusion rules themselves live in src/fuse; this file applies them to actors and quotes, and
// ./event-fusion.ts to events.
import type { ActorRef, AnnotatedDocument, Entity } from "../model/index.ts";
import { countriesCompatible, independentSource, isNameLike, isSameStory, nameKey, storySketch, wireOf } from "../fuse/index.ts";
import { actorCandidatesQuery, actorId, ActorIndex, type ActorKeys, type ActorRow } from "./actor-index.ts";
import { inList, insertRows, type Query, type SqlDriver, type SqlValue } from "./driver.ts";
import { fuseEvents } from "./event-fusion.ts";
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

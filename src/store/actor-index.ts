// The corpus actors one document may join, read in one query before the document is fused and kept
// up to date in memory while it is: every lookup the fusion rules make for this document is answered
// here, as the database would answer it, with no round trip. Changes are written back at the end.
import { nameKey } from "../fuse/index.ts";
import { inList, type Query, type SqlValue } from "./driver.ts";
import { hashId } from "./ids.ts";

export interface ActorRow {
  id: string;
  name: string;
  name_key: string;
  type: string;
  country: string | null;
  kb: string | null;
  roles: string;
  documents: number;
  mentions: number;
}

/** What a document may look actors up by: knowledge-base ids, alias keys, name keys and ids. */
export interface ActorKeys {
  kbs: Set<string>;
  aliasKeys: Set<string>;
  nameKeys: Set<string>;
  ids: Set<string>;
}

/** Lookups answer from at most this many actors, most mentioned first, as the SQL did with LIMIT 20. */
const CANDIDATES = 20;

/** The id an actor gets when this name, type, country and knowledge-base id create it. */
export function actorId(name: string, type: string, country: string | undefined, kb: string | undefined): string {
  return hashId("a_", type, nameKey(name), country ?? "", kb ?? "");
}

/**
 * One query for every actor the keys can reach, with the alias keys (of those asked) each has. The
 * ways to reach one are a UNION of index lookups: as an OR, PostgreSQL read the whole actors table
 * for every document (16 ms at 40,000 actors).
 */
export function actorCandidatesQuery(keys: ActorKeys): Query {
  const aliasKeys = [...keys.aliasKeys];
  const kbs = [...keys.kbs];
  const nameKeys = [...keys.nameKeys];
  const ids = [...keys.ids];
  const params: SqlValue[] = [...aliasKeys, ...aliasKeys, ...kbs, ...nameKeys, ...ids];
  return [
    `SELECT a.id, a.name, a.name_key, a.type, a.country, a.kb, a.roles, a.documents, a.mentions, al.alias_key
     FROM actors a LEFT JOIN actor_aliases al ON al.actor_id = a.id AND al.alias_key IN ${inList(aliasKeys.length)}
     WHERE a.id IN (SELECT actor_id FROM actor_aliases WHERE alias_key IN ${inList(aliasKeys.length)}
       UNION SELECT id FROM actors WHERE kb IN ${inList(kbs.length)} UNION SELECT id FROM actors WHERE name_key IN ${inList(nameKeys.length)}
       UNION SELECT id FROM actors WHERE id IN ${inList(ids.length)})`,
    params,
  ];
}

export class ActorIndex {
  private readonly actors = new Map<string, ActorRow>();
  private readonly byAlias = new Map<string, Set<string>>();
  /** Ids of actors created by this document, and of stored actors it changed. */
  readonly created = new Set<string>();
  readonly changed = new Set<string>();
  /** Aliases to store, first name per actor and key. */
  readonly newAliases = new Map<string, [actorId: string, key: string, alias: string]>();

  constructor(rows: Array<Record<string, unknown>>) {
    for (const r of rows) {
      const id = String(r.id);
      if (!this.actors.has(id)) {
        this.actors.set(id, {
          id, name: String(r.name), name_key: String(r.name_key), type: String(r.type), country: (r.country as string | null) ?? null,
          kb: (r.kb as string | null) ?? null, roles: String(r.roles), documents: Number(r.documents), mentions: Number(r.mentions),
        });
      }
      if (r.alias_key != null) this.indexAlias(id, String(r.alias_key));
    }
  }

  get(id: string): ActorRow | undefined {
    return this.actors.get(id);
  }

  /** The most mentioned actor with this knowledge-base id. */
  withKb(kb: string): ActorRow | undefined {
    return this.ranked([...this.actors.values()].filter((a) => a.kb === kb))[0];
  }

  /** Actors with this alias key (and type, if given), most mentioned first. */
  withAlias(key: string, type?: string): ActorRow[] {
    const ids = [...(this.byAlias.get(key) ?? [])];
    return this.ranked(ids.map((id) => this.actors.get(id)!).filter((a) => !type || a.type === type)).slice(0, CANDIDATES);
  }

  /** Actors whose own name has one of these keys, of this type, most mentioned first. */
  withNameKey(keys: string[], type: string): ActorRow[] {
    return this.ranked([...this.actors.values()].filter((a) => a.type === type && keys.includes(a.name_key))).slice(0, CANDIDATES);
  }

  /** The actor these create, or the stored one with that id. */
  create(name: string, type: string, country: string | undefined, kb: string | undefined): ActorRow {
    const id = actorId(name, type, country, kb);
    let actor = this.actors.get(id);
    if (!actor) {
      actor = { id, name, name_key: nameKey(name), type, country: country ?? null, kb: kb ?? null, roles: "[]", documents: 0, mentions: 0 };
      this.actors.set(id, actor);
      this.created.add(id);
    }
    this.addAliases(id, [name]);
    return actor;
  }

  addAliases(actorId: string, names: string[]): void {
    for (const name of names) {
      const key = nameKey(name);
      if (!key || this.newAliases.has(`${actorId}\u0000${key}`)) continue;
      this.newAliases.set(`${actorId}\u0000${key}`, [actorId, key, name]);
      this.indexAlias(actorId, key);
    }
  }

  /** Marks a stored actor as changed (its row is written back at the end). */
  touch(actor: ActorRow): void {
    if (!this.created.has(actor.id)) this.changed.add(actor.id);
  }

  private indexAlias(actorId: string, key: string): void {
    let ids = this.byAlias.get(key);
    if (!ids) this.byAlias.set(key, (ids = new Set()));
    ids.add(actorId);
  }

  private ranked(actors: ActorRow[]): ActorRow[] {
    return actors.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

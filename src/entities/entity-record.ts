// The entity record of one group of mentions: its canonical name (the knowledge base's, else the longest
// seen), aliases, type, country (the most common), role (a current title, else the dated knowledge-base
// role), and CAMEO-style actor code.
import type { Entity, EntityType, Span } from "../model/index.ts";
import { roleOn } from "../kb/index.ts";
import type { KbEntry } from "../kb/index.ts";
import type { Mention } from "./mention.ts";

/** An entity of the annotated document, with the CAMEO-style actor code when known. */
export interface LinkedEntity extends Entity {
  cameo?: string;
}

/** Mentions of one real-world entity, as the grouper gathers them. */
export interface Group {
  mentions: Mention[];
  kb?: KbEntry;
  type: EntityType;
  /** variantKey of each word of the fullest name seen. */
  words: string[];
  keys: Set<string>;
}

export function toEntity(g: Group, id: string, text: string, surface: (m: Mention) => string, published?: string): LinkedEntity {
  g.mentions.sort((a, b) => a.start - b.start);
  const named = g.mentions.filter((m) => !m.description && !m.acronymOf);
  const name = g.kb?.name ?? longest((named.length ? named : g.mentions).map(surface));
  const seen = [...new Set(g.mentions.map(surface))];
  const aliases = [...new Set([...seen, ...(g.kb?.aliases ?? [])])].filter((a) => a !== name);
  const titled = g.mentions.find((m) => m.title && !m.pastRole);
  const kbRole = g.kb ? roleOn(g.kb, published) : undefined;
  const country = g.kb?.country ?? mostCommon(g.mentions.map((m) => m.country));
  const placeByContext = !g.kb && g.type !== "NORP" && g.mentions.some((m) => m.locative) && g.mentions.every((m) => m.source === "entities/proper-noun-chunk" || m.acronymOf);
  const entity: LinkedEntity = {
    id,
    name,
    type: g.kb?.type ?? (placeByContext ? "GPE" : g.type),
    aliases,
    mentions: g.mentions.map((m): Span => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
    source: g.mentions[0].source,
  };
  if (country) entity.country = country;
  const role = titled?.title ?? kbRole?.title;
  if (role) entity.role = role;
  if (g.kb) entity.kb = g.kb.id;
  if (g.kb?.geo) entity.geo = g.kb.geo;
  const sector = titled?.sector ?? kbRole?.sector;
  const cameo = kbRole?.code ?? g.kb?.code ?? (titled ?? g.mentions.find((m) => m.code))?.code ?? (country && sector ? `${country}${sector}` : country);
  if (cameo) entity.cameo = cameo;
  return entity;
}

function longest(names: string[]): string {
  return names.reduce((a, b) => (b.length > a.length ? b : a), "");
}

function mostCommon(values: Array<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, c] of counts) if (!best || c > counts.get(best)!) best = v;
  return best;
}

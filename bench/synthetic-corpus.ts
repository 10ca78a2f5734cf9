// Synthetic news for the query benchmark at scale: 50,000 actors (a few much more often in the news
// than most, as in real corpora), ten years of dates (2015-2024), 16 PLOVER types. Each document is a
// short article of ten events among six actors, with text, mentions, evidence spans and a quote, so
// that every table and the full-text index fill as ingest fills them. Deterministic: document n is
// always the same.
import { PLOVER_TYPES, type AnnotatedDocument, type Entity, type Event, type Quote } from "../src/model/index.ts";

export const ACTORS = 50_000;
const SYLLABLES = ["ka", "lo", "mi", "ra", "se", "tu", "vi", "no", "da", "re", "an", "el", "or", "in", "ba", "zo", "ki", "pe", "su", "ha"];
const COUNTRIES = ["USA", "RUS", "UKR", "CHN", "FRA", "DEU", "GBR", "TUR", "IRN", "ISR", "IND", "PAK", "BRA", "ZAF", "NGA", "KEN", "JPN", "KOR", "SAU", "EGY"];
export const PLACES = ["Kyiv", "Geneva", "Nairobi", "Doha", "Ankara", "Vienna", "Jakarta", "Lima", "Dakar", "Oslo", "Manila", "Bogota"];
const VERBS: Record<string, string> = {
  AGREE: "signed an accord with", CONSULT: "met", SUPPORT: "praised", CONCEDE: "yielded to", COOPERATE: "joined forces with",
  AID: "sent aid to", RETREAT: "withdrew troops from the border with", REQUEST: "asked for help from", ACCUSE: "accused",
  REJECT: "rejected a proposal from", THREATEN: "threatened", PROTEST: "protested against", SANCTION: "imposed sanctions on",
  MOBILIZE: "mobilized forces against", COERCE: "blockaded", ASSAULT: "attacked",
};
export const TOPICS = ["grain exports", "border security", "energy prices", "a prisoner exchange", "water rights", "fishing zones", "port access", "election monitoring"];
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3652;

function random(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
/** Actor i's name: two syllables, then three; 400 x 8000 possible, 50,000 used. */
export function actorName(i: number): string {
  const s = (n: number) => SYLLABLES[n % 20];
  const last = Math.floor(i / 400);
  return `${cap(s(i) + s(Math.floor(i / 20)))} ${cap(s(last) + s(Math.floor(last / 20)) + s(Math.floor(last / 400)))}`;
}

/** Popular actors are picked far more often: index = ACTORS * u^2. */
function pickActor(r: () => number): number {
  return Math.floor(ACTORS * r() ** 2);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Document n: six actors, ten events among them around one day, their sentences as the text. */
export function syntheticDocument(n: number): AnnotatedDocument {
  const r = random(n + 1);
  const day = FIRST_DAY + Math.floor(r() * DAYS) * DAY;
  const actors = new Set<number>();
  while (actors.size < 6) actors.add(pickActor(r));
  const cast = [...actors];
  let text = "";
  const entities: Entity[] = cast.map((a, i) => ({
    id: `e${i + 1}`, name: actorName(a), type: "PERSON", aliases: [], country: COUNTRIES[a % COUNTRIES.length], mentions: [],
  }));
  const events: Event[] = [];
  for (let k = 0; k < 10; k++) {
    const s = Math.floor(r() * 6);
    const t = (s + 1 + Math.floor(r() * 5)) % 6;
    const type = PLOVER_TYPES[Math.floor(r() * PLOVER_TYPES.length)];
    const date = isoDay(day - Math.floor(r() * 30) * DAY);
    const place = PLACES[Math.floor(r() * PLACES.length)];
    const start = text.length;
    const source = entities[s];
    const target = entities[t];
    text += `${source.name} `;
    source.mentions.push({ start, end: start + source.name.length, text: source.name });
    text += `${VERBS[type]} `;
    const targetStart = text.length;
    text += `${target.name}`;
    target.mentions.push({ start: targetStart, end: text.length, text: target.name });
    text += ` in ${place} on ${date} over ${TOPICS[Math.floor(r() * TOPICS.length)]} (report ${n}.${k}).`;
    events.push({
      id: `ev${k + 1}`, type, source: { entity: source.id, name: source.name, country: source.country },
      target: { entity: target.id, name: target.name, country: target.country }, date, place: { name: place },
      evidence: [{ start, end: text.length, text: text.slice(start) }], confidence: 0.5 + r() / 2,
    });
    text += " ";
  }
  const speaker = entities[0];
  const quoteStart = text.length + 1;
  text += `"We will not give up on ${TOPICS[n % TOPICS.length]}," ${speaker.name} said.`;
  const quotes: Quote[] = [{ start: quoteStart, end: quoteStart + text.slice(quoteStart).indexOf(",\""), text: text.slice(quoteStart, quoteStart + text.slice(quoteStart).indexOf(",\"")), direct: true, speaker: { entity: speaker.id, name: speaker.name } }];
  return {
    id: `synthetic-${String(n).padStart(8, "0")}`, title: `${entities[0].name} and ${entities[1].name}: report ${n}`, source: `Wire ${n % 7}`,
    published: isoDay(day + DAY), text, entities: entities.filter((e) => e.mentions.length), timexes: [], quantities: [], quotes, events,
  };
}


// A generated corpus for load tests: documents whose sentences each state one event between two
// countries at their capitals, on dates spread over a decade, so that the UI must cope with ~10,000 events.
import worldCountries, { type Country as WorldCountry } from "world-countries";
import { documentId, PLOVER_TYPES, type AnnotatedDocument, type Entity, type Event } from "../../src/model/index.ts";

interface Country { name: string; code: string; capital: string; lat: number; lon: number }

// The package's declaration types its default export as a module; at run time it is the array.
const COUNTRIES: Country[] = (worldCountries as unknown as WorldCountry[])
  .filter((c) => c.unMember && c.capital.length && c.latlng.length === 2)
  // The country's centre stands for its capital: close enough to place events on a world map.
  .map((c) => ({ name: c.name.common, code: c.cca3, capital: c.capital[0]!, lat: c.latlng[0]!, lon: c.latlng[1]! }));
if (COUNTRIES.length < 2) throw new Error("world-countries lists fewer than two UN members with a capital");

const VERBS: Record<string, string> = {
  AGREE: "signed an accord with", CONSULT: "held talks with", SUPPORT: "endorsed", CONCEDE: "made concessions to",
  COOPERATE: "ran joint exercises with", AID: "sent aid to", RETREAT: "withdrew troops from the border with", REQUEST: "appealed to",
  ACCUSE: "accused", REJECT: "rejected a proposal from", THREATEN: "threatened", PROTEST: "protested against",
  SANCTION: "imposed sanctions on", MOBILIZE: "massed troops near", COERCE: "blockaded", ASSAULT: "shelled positions of",
};

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same corpus. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 11 * 365;

export function* generatedDocuments(events: number, perDocument = 25): Generator<AnnotatedDocument> {
  const random = sequence(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  for (let first = 0; first < events; first += perDocument) {
    const sentences: string[] = [];
    const docEvents: Event[] = [];
    const entities = new Map<string, Entity>();
    let text = "";
    for (let i = first; i < Math.min(events, first + perDocument); i++) {
      const source = pick(COUNTRIES);
      let target = pick(COUNTRIES);
      while (target === source) target = pick(COUNTRIES);
      const type = pick(PLOVER_TYPES);
      const date = new Date(FIRST_DAY + Math.floor(random() * DAYS) * DAY).toISOString().slice(0, 10);
      const sentence = `${source.name} ${VERBS[type]} ${target.name} in ${target.capital} on ${date} (report ${i}).`;
      const start = text.length + (text ? 1 : 0);
      text += (text ? " " : "") + sentence;
      sentences.push(sentence);
      const mention = (country: Country, offset: number) => {
        const entity = entities.get(country.code) ?? {
          id: `e${entities.size + 1}`, name: country.name, type: "GPE", country: country.code, aliases: [], mentions: [],
        };
        entity.mentions.push({ start: start + offset, end: start + offset + country.name.length, text: country.name });
        entities.set(country.code, entity);
        return entity.id;
      };
      const sourceId = mention(source, 0);
      const targetId = mention(target, sentence.indexOf(target.name, source.name.length));
      docEvents.push({
        id: `ev${i - first + 1}`, type, date,
        source: { entity: sourceId, name: source.name, country: source.code },
        target: { entity: targetId, name: target.name, country: target.code },
        place: { name: target.capital, country: target.code, lat: target.lat, lon: target.lon },
        evidence: [{ start, end: start + sentence.length, text: sentence }],
        confidence: 0.5 + random() / 2,
      });
    }
    yield {
      id: documentId(text), title: `Generated digest ${first / perDocument + 1}`, source: `Generated ${first % 7}`,
      published: docEvents[0]!.date, text, entities: [...entities.values()], timexes: [], quantities: [], quotes: [], events: docEvents,
    };
  }
}

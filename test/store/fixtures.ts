// Annotated documents written by hand for the store, fusion, query and export tests: short news
// reports in our own words about the 2025 meetings and calls of Marco Rubio and Sergei Lavrov,
// with the layers a full pipeline would add.
import { documentId, type AnnotatedDocument, type Entity, type Event, type Quote } from "../../src/model/index.ts";

interface EntitySpec extends Omit<Entity, "mentions" | "aliases"> {
  aliases?: string[];
  /** The words whose every occurrence is a mention. */
  find: string[];
}
interface EventSpec extends Omit<Event, "evidence" | "confidence" | "source" | "target" | "id"> {
  source?: string;
  target?: string;
  evidence: string;
}
interface QuoteSpec {
  text: string;
  speaker: string;
}

export function article(meta: { title: string; source?: string; published: string }, text: string, layers: {
  entities: EntitySpec[];
  events?: EventSpec[];
  quotes?: QuoteSpec[];
}): AnnotatedDocument {
  const entities: Entity[] = layers.entities.map(({ find, aliases, ...e }) => ({
    ...e,
    aliases: aliases ?? [],
    mentions: find.flatMap((words) => spansOf(text, words)),
  }));
  const ref = (id: string | undefined) => {
    const e = entities.find((x) => x.id === id);
    return e && { entity: e.id, name: e.name, ...(e.country ? { country: e.country } : {}) };
  };
  const events: Event[] = (layers.events ?? []).map(({ source, target, evidence, ...e }, i) => ({
    id: `ev${i + 1}`,
    ...e,
    ...(source ? { source: ref(source) } : {}),
    ...(target ? { target: ref(target) } : {}),
    evidence: [spanOf(text, evidence)],
    confidence: 0.8,
  }));
  const quotes: Quote[] = (layers.quotes ?? []).map((q) => ({ ...spanOf(text, q.text), direct: true, speaker: ref(q.speaker) }));
  return { id: documentId(text), ...meta, text, entities, timexes: [], quantities: [], quotes, events };
}

function spansOf(text: string, words: string) {
  const out = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length)) out.push({ start: i, end: i + words.length, text: words });
  return out;
}

function spanOf(text: string, words: string) {
  const [span] = spansOf(text, words);
  if (!span) throw new Error(`fixture: "${words}" is not in the text`);
  return span;
}

const RUBIO = { id: "e1", name: "Marco Rubio", type: "PERSON", country: "USA", role: "Secretary of State", kb: "actor:marco-rubio", aliases: ["Rubio"] };
const LAVROV = { id: "e2", name: "Sergei Lavrov", type: "PERSON", country: "RUS", role: "Foreign Minister", kb: "actor:sergei-lavrov", aliases: ["Lavrov"] };

/** February: the first in-person talks, in Riyadh (dated to the day). */
export const riyadhTalks = article(
  { title: "Rubio and Lavrov hold first talks in Riyadh", source: "Associated Press", published: "2025-02-18" },
  "RIYADH (AP) - U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held more than four hours of talks in Riyadh on Tuesday, the first sit-down between the two countries' top diplomats since Russia invaded Ukraine. Lavrov called the conversation useful. Rubio said the two sides agreed to restore staff at their embassies.",
  {
    entities: [
      { ...RUBIO, find: ["Marco Rubio", "Rubio said"] },
      { ...LAVROV, find: ["Sergei Lavrov", "Lavrov called"] },
      { id: "e3", name: "Riyadh", type: "GPE", country: "SAU", find: ["Riyadh"] },
    ],
    events: [{
      type: "CONSULT", mode: "visit", cameo: "043", source: "e1", target: "e2", date: "2025-02-18",
      place: { name: "Riyadh", country: "SAU", lat: 24.71, lon: 46.68 },
      evidence: "held more than four hours of talks in Riyadh on Tuesday",
    }],
    quotes: [{ text: "useful", speaker: "e2" }],
  },
);

const KL_TEXT = "KUALA LUMPUR (Reuters) - U.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov on Thursday on the sidelines of a regional meeting in Malaysia, their second face-to-face encounter. The two had first met in Saudi Arabia in February and had spoken by telephone in May and again in June. Rubio told reporters afterwards that the talks had been \"frank\". Lavrov left without speaking to the press.";

function kualaLumpurLayers(text: string) {
  void text;
  return {
    entities: [
      { ...RUBIO, find: ["Marco Rubio", "Rubio told"] },
      { ...LAVROV, find: ["Sergei Lavrov", "Lavrov left"] },
      { id: "e3", name: "Kuala Lumpur", type: "GPE", country: "MYS", find: ["KUALA LUMPUR"] },
    ],
    events: [
      { type: "CONSULT" as const, mode: "third-party", cameo: "043", source: "e1", target: "e2", date: "2025-07-10", place: { name: "Kuala Lumpur", country: "MYS", lat: 3.139, lon: 101.687 }, evidence: "met Russian Foreign Minister Sergei Lavrov on Thursday" },
      { type: "CONSULT" as const, source: "e1", target: "e2", date: "2025-02", evidence: "first met in Saudi Arabia in February" },
      { type: "CONSULT" as const, mode: "phone", cameo: "040", source: "e1", target: "e2", date: "2025-05", evidence: "spoken by telephone in May" },
      { type: "CONSULT" as const, mode: "phone", cameo: "040", source: "e1", target: "e2", date: "2025-06", evidence: "again in June" },
    ],
    quotes: [{ text: "frank", speaker: "e1" }],
  };
}

/** July: the Kuala Lumpur meeting, recalling February and the calls of May and June. */
export const kualaLumpurMeeting = article(
  { title: "Rubio meets Lavrov in Malaysia", source: "Reuters", published: "2025-07-10" }, KL_TEXT, kualaLumpurLayers(KL_TEXT),
);

/** The same wire story as a client paper printed it, with a line of its own at the end. */
export const kualaLumpurSyndicated = (() => {
  const text = `${KL_TEXT} The meeting lasted under an hour.`;
  return article({ title: "US, Russian diplomats meet in Malaysia", source: "The Star", published: "2025-07-10" }, text, kualaLumpurLayers(text));
})();

/** An independent report of the same meeting, the actors the other way round, dated to the evening. */
export const kualaLumpurIndependent = article(
  { title: "Lavrov and Rubio talk for 50 minutes", source: "Al Jazeera", published: "2025-07-11" },
  "Russia's top diplomat Sergei Lavrov sat down with Marco Rubio on Thursday evening in Kuala Lumpur, a conversation that Moscow described as constructive. Officials said it lasted about 50 minutes.",
  {
    entities: [
      { ...LAVROV, aliases: [], find: ["Sergei Lavrov"] },
      { ...RUBIO, aliases: [], find: ["Marco Rubio"] },
      { id: "e3", name: "Kuala Lumpur", type: "GPE", country: "MYS", find: ["Kuala Lumpur"] },
      { id: "e4", name: "Moscow", type: "GPE", country: "RUS", find: ["Moscow"] },
    ],
    events: [
      { type: "CONSULT", source: "e2", target: "e1", date: "2025-07-10TEV", evidence: "sat down with Marco Rubio on Thursday evening" },
    ],
  },
);

/** September: talks in New York during the UN General Assembly; an undated refusal too. */
export const newYorkTalks = article(
  { title: "Rubio, Lavrov meet at the UN", source: "Reuters", published: "2025-09-24" },
  "NEW YORK (Reuters) - Secretary of State Rubio met Foreign Minister Lavrov on Wednesday on the margins of the United Nations General Assembly, the State Department said. Lavrov did not agree to a ceasefire, officials said, and the two sides did not meet again that week.",
  {
    entities: [
      { ...RUBIO, name: "Rubio", kb: "actor:marco-rubio", aliases: ["Marco Rubio"], find: ["Rubio"] },
      { ...LAVROV, name: "Lavrov", kb: undefined, aliases: ["Sergei Lavrov"], find: ["Lavrov met", "Lavrov did"] },
      { id: "e3", name: "State Department", type: "ORG", country: "USA", find: ["State Department"] },
    ],
    events: [
      { type: "CONSULT", source: "e1", target: "e2", date: "2025-09-24", place: { name: "New York", country: "USA", lat: 40.75, lon: -73.97 }, evidence: "met Foreign Minister Lavrov on Wednesday" },
      { type: "CONSULT", source: "e1", target: "e2", context: ["negated"], date: "2025-09", evidence: "did not meet again that week" },
    ],
  },
);

/** An unrelated story with a person sharing a surname with nobody here, to check nothing leaks across. */
export const kyivStrike = article(
  { title: "Russian drones strike Kyiv", source: "Kyiv Independent", published: "2025-07-10" },
  "Russia launched hundreds of drones at Kyiv overnight, Ukrainian President Volodymyr Zelenskyy said, calling on allies to send more air defence systems.",
  {
    entities: [
      { id: "e1", name: "Russia", type: "GPE", country: "RUS", kb: "country:RUS", find: ["Russia"] },
      { id: "e2", name: "Kyiv", type: "GPE", country: "UKR", find: ["Kyiv"] },
      { id: "e3", name: "Volodymyr Zelenskyy", type: "PERSON", country: "UKR", role: "President", kb: "actor:volodymyr-zelenskyy", aliases: ["Zelenskiy"], find: ["Volodymyr Zelenskyy"] },
    ],
    events: [
      { type: "ASSAULT", mode: "drone", cameo: "195", source: "e1", target: "e2", date: "2025-07-10", place: { name: "Kyiv", country: "UKR", lat: 50.45, lon: 30.52 }, evidence: "launched hundreds of drones at Kyiv overnight" },
    ],
  },
);

/**
 * Apostrophes, a backslash, question marks and a dollar figure: characters a database driver must
 * pass through untouched (PostgreSQL writes are sent with their values quoted into the SQL text).
 */
export const dublinQuestion = article(
  { title: "O'Dowd asks who pays for the grain corridor", source: "Irish Examiner", published: "2025-10-03" },
  `DUBLIN - Irish lawmaker Niamh O'Dowd asked on Friday: "Who pays for the grain corridor? We do." She later posted a shrug ¯\\_(ツ)_/¯ on X under a question about the $1 billion aid package.`,
  {
    entities: [
      { id: "e1", name: "Niamh O'Dowd", type: "PERSON", country: "IRL", role: "lawmaker", aliases: ["O'Dowd"], find: ["Niamh O'Dowd"] },
    ],
    quotes: [{ text: "Who pays for the grain corridor? We do.", speaker: "e1" }],
  },
);

export const CORPUS = [riyadhTalks, kualaLumpurMeeting, kualaLumpurSyndicated, kualaLumpurIndependent, newYorkTalks, kyivStrike];

// A small corpus of annotated documents written for these tests (realistic news in our own words about
// real events), stored in a real SQLite file, and a server over it on a free port of 127.0.0.1.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveApi, type RunningServer } from "../../src/api/index.ts";
import { documentId, type AnnotatedDocument, type Entity, type Event, type Span } from "../../src/model/index.ts";
import type { Pipeline } from "../../src/pipeline/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";

/** The span of the n-th occurrence of `phrase` in `text`; throws if absent, so fixtures cannot drift. */
function spanOf(text: string, phrase: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`fixture: "${phrase}" is not in the text`);
  return { start, end: start + phrase.length, text: phrase };
}

/** An entity mentioned by `phrases`; a phrase "Russia#1" is the second occurrence of "Russia". */
function entity(text: string, id: string, name: string, type: string, phrases: string[], extra: Partial<Entity> = {}): Entity {
  const mentions = phrases.map((p) => {
    const [phrase, nth] = p.split("#");
    return spanOf(text, phrase!, Number(nth ?? 0));
  });
  const names = mentions.map((m) => m.text);
  return { id, name, type, aliases: [...new Set(names.filter((n) => n !== name))], mentions, ...extra };
}

const KUALA_LUMPUR = { name: "Kuala Lumpur", country: "MYS", lat: 3.139, lon: 101.687, precision: "city" as const };
const KYIV = { name: "Kyiv", country: "UKR", lat: 50.45, lon: 30.523, precision: "city" as const };
const NEW_YORK = { name: "New York", country: "USA", lat: 40.713, lon: -74.006, precision: "city" as const };

const RUBIO = { name: "Marco Rubio", country: "USA", role: "Secretary of State" };
const LAVROV = { name: "Sergei Lavrov", country: "RUS", role: "Foreign Minister" };

/** The evidence sentence of the Kuala Lumpur meeting in the first article (the UI test looks for it). */
export const KL_MEETING_SENTENCE =
  "U.S. Secretary of State Marco Rubio sat down with Russian Foreign Minister Sergei Lavrov on Thursday on the sidelines of a regional summit in the Malaysian capital, their first face-to-face talks since February.";

function kualaLumpurReport(): AnnotatedDocument {
  const text = [
    `KUALA LUMPUR — ${KL_MEETING_SENTENCE}`,
    `The two men spoke for roughly 50 minutes, a State Department official said. Rubio told reporters afterwards that the meeting had been "frank and substantive" and that Washington wanted a path toward ending the war in Ukraine.`,
    "Hours before the talks, Russia fired 18 missiles and about 400 drones at Kyiv, Ukrainian officials said, killing at least two people.",
  ].join("\n\n");
  const meeting = spanOf(text, KL_MEETING_SENTENCE);
  const strike = spanOf(text, "Russia fired 18 missiles and about 400 drones at Kyiv");
  const events: Event[] = [
    {
      id: "ev1", type: "CONSULT", mode: "third-party", cameo: "040",
      source: { entity: "e1", ...RUBIO }, target: { entity: "e2", ...LAVROV },
      date: "2025-07-10", place: KUALA_LUMPUR, evidence: [meeting], confidence: 0.9,
    },
    {
      id: "ev2", type: "ASSAULT", mode: "aerial", cameo: "195",
      source: { entity: "e4", name: "Russia", country: "RUS" }, target: { entity: "e5", name: "Kyiv", country: "UKR" },
      date: "2025-07-10", place: KYIV, evidence: [strike], confidence: 0.85,
      quantities: [{ ...spanOf(text, "18 missiles"), value: 18, unit: "missile" }],
    },
  ];
  return {
    id: documentId(text), title: "Rubio and Lavrov meet in Kuala Lumpur as Russia pounds Kyiv", source: "Fixture Wire",
    published: "2025-07-10", dateline: "KUALA LUMPUR", text,
    entities: [
      entity(text, "e1", "Marco Rubio", "PERSON", ["Marco Rubio", "Rubio"], { country: "USA", role: "Secretary of State" }),
      entity(text, "e2", "Sergei Lavrov", "PERSON", ["Sergei Lavrov"], { country: "RUS", role: "Foreign Minister" }),
      entity(text, "e3", "Kuala Lumpur", "GPE", ["KUALA LUMPUR"], { country: "MYS" }),
      entity(text, "e4", "Russia", "GPE", ["Russia#1"], { country: "RUS" }),
      entity(text, "e5", "Kyiv", "GPE", ["Kyiv"], { country: "UKR" }),
      entity(text, "e6", "Ukraine", "GPE", ["Ukraine"], { country: "UKR" }),
    ],
    timexes: [
      { ...spanOf(text, "Thursday"), type: "DATE", value: "2025-07-10" },
      { ...spanOf(text, "February"), type: "DATE", value: "2025-02" },
      { ...spanOf(text, "roughly 50 minutes"), type: "DURATION", value: "PT50M" },
    ],
    quantities: [
      { ...spanOf(text, "18 missiles"), value: 18, unit: "missile" },
      { ...spanOf(text, "about 400 drones"), value: 400, unit: "drone", approximate: true },
      { ...spanOf(text, "at least two people"), value: 2, unit: "person" },
    ],
    quotes: [{ ...spanOf(text, "frank and substantive"), direct: true, cue: "told", speaker: { entity: "e1", ...RUBIO } }],
    events,
  };
}

function followUpReport(): AnnotatedDocument {
  const text = [
    "Secretary of State Marco Rubio said on Friday that he had conveyed President Donald Trump's impatience to Sergei Lavrov when the two met in Kuala Lumpur on Thursday.",
    "Rubio said the talks with the Russian foreign minister had lasted less than an hour.",
    `Trump on Tuesday dismissed Vladimir Putin's assurances on peace as "meaningless" and accused the Kremlin of stalling.`,
  ].join("\n\n");
  return {
    id: documentId(text), title: "Rubio says he told Lavrov of Trump's impatience", source: "Fixture Daily",
    published: "2025-07-11", text,
    entities: [
      entity(text, "e1", "Marco Rubio", "PERSON", ["Marco Rubio", "Rubio"], { country: "USA", role: "Secretary of State" }),
      entity(text, "e2", "Sergei Lavrov", "PERSON", ["Sergei Lavrov"], { country: "RUS", role: "Foreign Minister" }),
      entity(text, "e3", "Donald Trump", "PERSON", ["Donald Trump", "Trump"], { country: "USA", role: "President" }),
      entity(text, "e4", "Vladimir Putin", "PERSON", ["Vladimir Putin"], { country: "RUS", role: "President" }),
      entity(text, "e5", "Kuala Lumpur", "GPE", ["Kuala Lumpur"], { country: "MYS" }),
    ],
    timexes: [
      { ...spanOf(text, "Friday"), type: "DATE", value: "2025-07-11" },
      { ...spanOf(text, "Thursday"), type: "DATE", value: "2025-07-10" },
      { ...spanOf(text, "Tuesday"), type: "DATE", value: "2025-07-08" },
    ],
    quantities: [],
    quotes: [{ ...spanOf(text, "meaningless"), direct: true, cue: "dismissed", speaker: { entity: "e3", name: "Donald Trump", country: "USA" } }],
    events: [
      {
        id: "ev1", type: "CONSULT", source: { entity: "e1", ...RUBIO }, target: { entity: "e2", ...LAVROV },
        date: "2025-07-10", place: KUALA_LUMPUR, evidence: [spanOf(text, text.split("\n\n")[0]!)], confidence: 0.8,
      },
      {
        id: "ev2", type: "ACCUSE", source: { entity: "e3", name: "Donald Trump", country: "USA" },
        target: { entity: "e4", name: "Vladimir Putin", country: "RUS" }, date: "2025-07-08",
        evidence: [spanOf(text, text.split("\n\n")[2]!)], confidence: 0.75,
      },
    ],
  };
}

function newYorkReport(): AnnotatedDocument {
  const text = [
    "NEW YORK — Marco Rubio and Sergei Lavrov met on Wednesday on the sidelines of the United Nations General Assembly, their second meeting in little more than two months.",
    "Separately, the European Union pledged a further package of military aid to Ukraine.",
  ].join("\n\n");
  return {
    id: documentId(text), title: "Rubio and Lavrov meet again at the U.N.", source: "Fixture Wire",
    published: "2025-09-24", dateline: "NEW YORK", text,
    entities: [
      entity(text, "e1", "Marco Rubio", "PERSON", ["Marco Rubio"], { country: "USA" }),
      entity(text, "e2", "Sergei Lavrov", "PERSON", ["Sergei Lavrov"], { country: "RUS" }),
      entity(text, "e3", "European Union", "ORG", ["European Union"]),
      entity(text, "e4", "Ukraine", "GPE", ["Ukraine"], { country: "UKR" }),
      entity(text, "e5", "New York", "GPE", ["NEW YORK"], { country: "USA" }),
    ],
    timexes: [{ ...spanOf(text, "Wednesday"), type: "DATE", value: "2025-09-24" }],
    quantities: [],
    quotes: [],
    events: [
      {
        id: "ev1", type: "CONSULT", mode: "multilateral", source: { entity: "e1", ...RUBIO }, target: { entity: "e2", ...LAVROV },
        date: "2025-09-24", place: NEW_YORK, evidence: [spanOf(text, text.split("\n\n")[0]!.slice("NEW YORK — ".length))], confidence: 0.9,
      },
      {
        id: "ev2", type: "AID", source: { entity: "e3", name: "European Union" }, target: { entity: "e4", name: "Ukraine", country: "UKR" },
        date: "2025-09-24", evidence: [spanOf(text, "the European Union pledged a further package of military aid to Ukraine")], confidence: 0.7,
      },
    ],
  };
}

export function fixtureDocuments(): AnnotatedDocument[] {
  return [kualaLumpurReport(), followUpReport(), newYorkReport()];
}

export interface TestServer extends RunningServer {
  store: Store;
  /** Stops the server, closes the store and removes its temporary file. */
  stop(): Promise<void>;
}

/** A server over its own temporary SQLite store filled by `fill`, on a free port of 127.0.0.1. */
export async function startTestServer(
  options: { fill?: (store: Store) => Promise<void>; allowWrite?: boolean; token?: string; allowPrivateUrls?: boolean } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-api-test-"));
  const store = await openStore(join(dir, "test.db"));
  await (options.fill ?? fillWithFixtures)(store);
  let pipeline: Promise<Pipeline> | undefined;
  const server = await serveApi({
    store,
    annotator: () => (pipeline ??= loadPipeline()),
    allowWrite: options.allowWrite,
    token: options.token,
    allowPrivateUrls: options.allowPrivateUrls,
    port: 0,
  });
  return {
    ...server,
    store,
    async stop() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function loadPipeline(): Promise<Pipeline> {
  const [{ loadKnowledgeBase }, { buildPipeline }] = await Promise.all([import("../../src/kb/index.ts"), import("../../src/pipeline/index.ts")]);
  return buildPipeline({ kb: loadKnowledgeBase() });
}

export async function fillWithFixtures(store: Store): Promise<void> {
  for (const doc of fixtureDocuments()) await store.addDocument(doc, { input: `fixture/${doc.id}.txt` });
}

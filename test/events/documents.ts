// Builds annotated documents by hand for the quotes and events tests: text, then the entity, timex and
// quantity layers written in the test, so these stages are tested apart from the recognisers before them.
import { loadKnowledgeBase } from "../../src/kb/index.ts";
import type { KnowledgeBase } from "../../src/kb/index.ts";
import type { Entity, Quantity, Timex, TimexType } from "../../src/model/index.ts";
import type { Doc } from "../../src/pipeline/index.ts";
import { segmentText } from "../../src/segment/index.ts";
import { parseSegments } from "../../src/syntax/index.ts";
import { findQuotes } from "../../src/quotes/index.ts";
import { codeEvents, loadTriggerLexicon } from "../../src/events/index.ts";
import type { TriggerLexicon } from "../../src/events/index.ts";

export interface EntitySpec {
  name: string;
  type: string;
  country?: string;
  role?: string;
  geo?: { lat: number; lon: number };
  /** Every occurrence of each of these strings is a mention. */
  mentions: string[];
}

export interface DocSpec {
  entities?: EntitySpec[];
  timexes?: Array<{ text: string; value: string; type?: TimexType }>;
  quantities?: Array<{ text: string; value: number; unit?: string }>;
  published?: string;
  /** The place a story was filed from, as ingest reads it off the text's opening ("LIBREVILLE"). */
  dateline?: string;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    if ((!before || !/\w/.test(before)) && (!after || !/\w/.test(after))) out.push(i);
  }
  return out;
}

export function makeDoc(text: string, spec: DocSpec = {}): Doc {
  const entities: Entity[] = (spec.entities ?? []).map((e, n) => ({
    id: `e${n + 1}`, name: e.name, type: e.type, aliases: [], country: e.country, role: e.role, geo: e.geo,
    mentions: e.mentions.flatMap((m) => occurrences(text, m).map((start) => ({ start, end: start + m.length, text: m }))),
  }));
  let from = 0;
  const timexes: Timex[] = (spec.timexes ?? []).map((t) => {
    const start = text.indexOf(t.text, from);
    if (start < 0) throw new Error(`timex "${t.text}" is not in the text`);
    from = start + t.text.length;
    return { start, end: start + t.text.length, text: t.text, value: t.value, type: t.type ?? "DATE" };
  });
  const quantities: Quantity[] = (spec.quantities ?? []).map((q) => {
    const start = text.indexOf(q.text);
    return { start, end: start + q.text.length, text: q.text, value: q.value, unit: q.unit };
  });
  const segments = segmentText(text);
  return { input: "test", text, published: spec.published, dateline: spec.dateline, warnings: [], segments, syntax: parseSegments(text, segments, entities), entities, timexes, quantities };
}

/** The quotes layer, then the events layer with the bundled triggers (or the lexicon given). */
export function annotate(text: string, spec: DocSpec = {}, lexicon: TriggerLexicon = bundled()) {
  const doc = makeDoc(text, spec);
  doc.quotes = findQuotes(doc, bundledKb());
  doc.events = codeEvents(doc, lexicon, bundledKb());
  return { quotes: doc.quotes, events: doc.events };
}

let kb: KnowledgeBase | undefined;
/** The bundled knowledge base: countries, demonyms and capitals name actors the entities do not. */
export function bundledKb(): KnowledgeBase {
  return (kb ??= loadKnowledgeBase());
}

let lexicon: TriggerLexicon | undefined;
function bundled(): TriggerLexicon {
  return (lexicon ??= loadTriggerLexicon([]));
}

export const PEOPLE = {
  rubio: { name: "Marco Rubio", type: "PERSON", country: "USA", role: "Secretary of State", mentions: ["Marco Rubio", "Rubio"] },
  lavrov: { name: "Sergei Lavrov", type: "PERSON", country: "RUS", role: "Foreign Minister", mentions: ["Sergei Lavrov", "Lavrov"] },
  zelensky: { name: "Volodymyr Zelenskyy", type: "PERSON", country: "UKR", role: "President", mentions: ["Volodymyr Zelenskyy", "Zelenskyy"] },
  trump: { name: "Donald Trump", type: "PERSON", country: "USA", role: "President", mentions: ["Donald Trump", "Trump"] },
  stubb: { name: "Alexander Stubb", type: "PERSON", country: "FIN", role: "President", mentions: ["Alexander Stubb", "Stubb"] },
  tusk: { name: "Donald Tusk", type: "PERSON", country: "POL", role: "Prime Minister", mentions: ["Donald Tusk", "Tusk"] },
} satisfies Record<string, EntitySpec>;

export const PLACES = {
  russia: { name: "Russia", type: "GPE", country: "RUS", mentions: ["Russia", "Moscow"] },
  ukraine: { name: "Ukraine", type: "GPE", country: "UKR", mentions: ["Ukraine"] },
  kyiv: { name: "Kyiv", type: "GPE", country: "UKR", geo: { lat: 50.45, lon: 30.52 }, mentions: ["Kyiv"] },
  helsinki: { name: "Helsinki", type: "GPE", country: "FIN", geo: { lat: 60.17, lon: 24.94 }, mentions: ["Helsinki"] },
} satisfies Record<string, EntitySpec>;

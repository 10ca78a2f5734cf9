// Documents for the export tests, written for them: a missile strike with titled actors (for CAMEO
// actor codes and casualties), and a report whose names and evidence carry everything that breaks
// exports (tabs, line breaks, quotes, a spreadsheet formula, right-to-left text, a 10,000-character
// sentence).
import type { AnnotatedDocument } from "../../src/model/index.ts";
import { article } from "../store/fixtures.ts";

/** The roles of each side as the pipeline gives them (the shared fixture builder leaves them out). */
function withRoles(doc: AnnotatedDocument, roles: Record<string, string>): AnnotatedDocument {
  const role = (side: AnnotatedDocument["events"][number]["source"]) => side && roles[side.name] ? { ...side, role: roles[side.name] } : side;
  return { ...doc, events: doc.events.map((e) => ({ ...e, source: role(e.source), target: role(e.target) })) };
}

/** The casualty counts of a text: each phrase found in it, with its value. */
function counted(text: string, counts: Record<string, { phrase: string; value: number; approximate?: boolean }>) {
  return Object.fromEntries(Object.entries(counts).map(([kind, c]) => {
    const start = text.indexOf(c.phrase);
    if (start < 0) throw new Error(`fixture: "${c.phrase}" is not in the text`);
    return [kind, { start, end: start + c.phrase.length, text: c.phrase, value: c.value, ...(c.approximate ? { approximate: true } : {}) }];
  }));
}

const SUMY_TEXT = "SUMY, Ukraine - Russian ballistic missiles struck the centre of Sumy on Sunday morning as people gathered for Palm Sunday, killing at least 34 people and injuring 117 others, Ukrainian officials said. President Volodymyr Zelenskiy spoke by phone with French President Emmanuel Macron in the afternoon.";
const SUMY_CASUALTIES = { killed: { phrase: "killing at least 34", value: 34, approximate: true }, injured: { phrase: "injuring 117", value: 117 } };

/** 13 April 2025: Russian missiles on central Sumy; Zelenskiy calls Macron. */
export const sumyStrike = withRoles({ url: "https://news.example.org/2025/04/13/sumy-strike", ...article(
  { title: "Missiles hit central Sumy on Palm Sunday", source: "Kyiv Desk", published: "2025-04-13" },
  SUMY_TEXT,
  {
    entities: [
      { id: "e1", name: "Russia", type: "GPE", country: "RUS", find: ["Russian"] },
      { id: "e2", name: "Sumy", type: "GPE", country: "UKR", find: ["Sumy,", "Sumy on"] },
      { id: "e3", name: "Volodymyr Zelenskyy", type: "PERSON", country: "UKR", role: "President", find: ["Volodymyr Zelenskiy"] },
      { id: "e4", name: "Emmanuel Macron", type: "PERSON", country: "FRA", role: "President", find: ["Emmanuel Macron"] },
    ],
    events: [
      { type: "ASSAULT", mode: "missile", cameo: "195", source: "e1", target: "e2", date: "2025-04-13", place: { name: "Sumy", country: "UKR", lat: 50.9077, lon: 34.7981 }, evidence: "Russian ballistic missiles struck the centre of Sumy", casualties: counted(SUMY_TEXT, SUMY_CASUALTIES) },
      { type: "CONSULT", mode: "phone", cameo: "040", source: "e3", target: "e4", date: "2025-04-13", evidence: "spoke by phone with French President Emmanuel Macron" },
    ],
  },
) }, { "Volodymyr Zelenskyy": "President", "Emmanuel Macron": "President" });

/** A paper's copy of the same story, with a line of its own: the same figures, never to be added up. */
export const sumyStrikeCopy = (() => {
  const text = `${SUMY_TEXT} Schools in the city will stay closed on Monday.`;
  return article({ title: "Palm Sunday strike on Sumy", source: "Eastern Herald", published: "2025-04-13" }, text, {
    entities: [
      { id: "e1", name: "Russia", type: "GPE", country: "RUS", find: ["Russian"] },
      { id: "e2", name: "Sumy", type: "GPE", country: "UKR", find: ["Sumy,", "Sumy on"] },
    ],
    events: [{ type: "ASSAULT", mode: "missile", cameo: "195", source: "e1", target: "e2", date: "2025-04-13", place: { name: "Sumy", country: "UKR", lat: 50.9077, lon: 34.7981 }, evidence: "Russian ballistic missiles struck the centre of Sumy", casualties: counted(text, SUMY_CASUALTIES) }],
  });
})();

/** The next day, an independent report: the toll has risen. */
export const sumyToll = (() => {
  const text = "KYIV - The number of people killed by Sunday's Russian missile strike on Sumy rose to 35 on Monday, and 119 were wounded, the regional governor said.";
  return article({ title: "Sumy death toll rises to 35", source: "Capital Wire", published: "2025-04-14" }, text, {
    entities: [
      { id: "e1", name: "Russia", type: "GPE", country: "RUS", find: ["Russian"] },
      { id: "e2", name: "Sumy", type: "GPE", country: "UKR", find: ["Sumy"] },
    ],
    events: [{ type: "ASSAULT", mode: "missile", source: "e1", target: "e2", date: "2025-04-13", evidence: "Russian missile strike on Sumy", casualties: counted(text, { killed: { phrase: "killed by Sunday's Russian missile strike on Sumy rose to 35", value: 35 }, injured: { phrase: "119 were wounded", value: 119 } }) }],
  });
})();

export const FORMULA_NAME = "=cmd|' /C calc'!A0";
export const QUOTED_NAME = 'The "Northern"\tBrigade\nof Idlib';
export const RTL_NAME = "هيئة تحرير الشام";
export const LONG_EVIDENCE = `Witnesses said ${"the convoy moved slowly through the valley, ".repeat(240)}and then the shelling began`;

/** A report whose actor names and evidence carry what breaks naive exports. */
export const hostileReport = article(
  { title: "Clashes near Idlib, \"heavy\" shelling", source: "Desk\tWire", published: "2025-03-02" },
  `IDLIB - Fighters of ${RTL_NAME} shelled positions of the brigade on Saturday. ${LONG_EVIDENCE}. A group calling itself by a formula claimed the attack.`,
  {
    entities: [
      { id: "e1", name: RTL_NAME, type: "ORG", country: "SYR", find: [RTL_NAME] },
      { id: "e2", name: QUOTED_NAME, type: "ORG", country: "SYR", find: ["the brigade"] },
      { id: "e3", name: FORMULA_NAME, type: "ORG", find: ["a formula"] },
    ],
    events: [
      { type: "ASSAULT", mode: "artillery", source: "e1", target: "e2", date: "2025-03-01", place: { name: "Idlib", country: "SYR", lat: 35.93, lon: 36.63 }, evidence: LONG_EVIDENCE },
      { type: "ASSAULT", source: "e3", target: "e2", date: "2025-03-01", place: { name: "Idlib", country: "SYR", lat: 35.93, lon: 36.63 }, evidence: "claimed the attack" },
    ],
  },
);

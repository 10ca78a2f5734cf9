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

/** 13 April 2025: Russian missiles on central Sumy; Zelenskiy calls Macron. */
export const sumyStrike = withRoles({ url: "https://news.example.org/2025/04/13/sumy-strike", ...article(
  { title: "Missiles hit central Sumy on Palm Sunday", source: "Kyiv Desk", published: "2025-04-13" },
  "SUMY, Ukraine - Russian ballistic missiles struck the centre of Sumy on Sunday morning as people gathered for Palm Sunday, killing at least 34 people and injuring 117 others, Ukrainian officials said. President Volodymyr Zelenskiy spoke by phone with French President Emmanuel Macron in the afternoon.",
  {
    entities: [
      { id: "e1", name: "Russia", type: "GPE", country: "RUS", find: ["Russian"] },
      { id: "e2", name: "Sumy", type: "GPE", country: "UKR", find: ["Sumy,", "Sumy on"] },
      { id: "e3", name: "Volodymyr Zelenskyy", type: "PERSON", country: "UKR", role: "President", find: ["Volodymyr Zelenskiy"] },
      { id: "e4", name: "Emmanuel Macron", type: "PERSON", country: "FRA", role: "President", find: ["Emmanuel Macron"] },
    ],
    events: [
      { type: "ASSAULT", mode: "missile", cameo: "195", source: "e1", target: "e2", date: "2025-04-13", place: { name: "Sumy", country: "UKR", lat: 50.9077, lon: 34.7981 }, evidence: "Russian ballistic missiles struck the centre of Sumy" },
      { type: "CONSULT", mode: "phone", cameo: "040", source: "e3", target: "e4", date: "2025-04-13", evidence: "spoke by phone with French President Emmanuel Macron" },
    ],
  },
) }, { "Volodymyr Zelenskyy": "President", "Emmanuel Macron": "President" });

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

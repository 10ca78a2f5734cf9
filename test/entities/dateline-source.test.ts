import { test } from "node:test";
import assert from "node:assert/strict";
import { readArticleText } from "../../src/ingest/index.ts";
import { entitiesOf, named } from "./helpers.ts";
import { annotateText } from "./helpers.ts";

test("the outlet in a dateline's brackets, after its date, is a news organisation, never a person", () => {
  for (const outlet of ["Desk", "Anna Kaya", "Horn Wire Service"]) {
    const es = entitiesOf(`ANKARA, May 14 (${outlet}) - Turkish President Recep Tayyip Erdoğan met Lula on Wednesday.`);
    const source = named(es, outlet);
    assert.equal(source?.type, "ORG", outlet);
    assert.equal((source as { cameo?: string }).cameo, "MED", outlet);
    assert.ok(!es.some((e) => e.type === "PERSON" && e.name.includes(outlet)), outlet);
  }
});

test("an agency in capitals after the dateline's comma is the source; a region there is not", () => {
  assert.equal(named(entitiesOf("Tehran, IRNA – Araghchi met Lula on Monday."), "Islamic Republic News Agency")?.type, "ORG");
  const es = entitiesOf("ERBIL, Kurdistan Region - Israel struck Iran overnight.");
  assert.equal(named(es, "Kurdistan Region")?.type, "GPE");
});

test("ingest reads datelines written in capitals of any alphabet, and their agency is the article's source", () => {
  for (const [text, place, agency] of [
    ["İSTANBUL, May 14 (Anadolu) - Erdoğan met Lula on Wednesday.", "İSTANBUL", "Anadolu"],
    ["SÃO PAULO (Reuters) - Lula met Erdoğan on Wednesday.", "SÃO PAULO", "Reuters"],
    ["Łódź, PAP – Sikorski spoke on Monday.", "Łódź", "PAP"],
  ]) {
    const article = readArticleText(`${text}\n\nThe talks went on.\n`, "test.txt");
    assert.equal(article.dateline, place);
    assert.equal(article.source, agency);
    const doc = annotateText(article.text);
    assert.equal(doc.entities.find((e) => e.name === agency || e.aliases.includes(agency))?.type, "ORG", agency);
  }
});

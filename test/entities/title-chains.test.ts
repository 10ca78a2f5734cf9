import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText, entitiesOf, named } from "./helpers.ts";

test("a title chain with 'for', commas, 'and' and departments ends at the name and is the person's role", () => {
  const doc = annotateText("Assistant Secretary-General for the Middle East, Asia and the Pacific in the Departments of Political " +
    "and Peacebuilding Affairs and Peace Operations Khaled Khiari said \"the situation is grave\".");
  const people = doc.entities.filter((e) => e.type === "PERSON");
  assert.deepEqual(people.map((e) => e.name), ["Khaled Khiari"], "no piece of the chain is a person");
  assert.equal(people[0].role, "Assistant Secretary-General for the Middle East, Asia and the Pacific in the Departments of " +
    "Political and Peacebuilding Affairs and Peace Operations");
  assert.ok(!doc.entities.some((e) => e.type === "ORG"), "nor an organisation");
});

test("two titles joined by 'and' before a name: one person, the chain as role, after an organisation's acronym", () => {
  const doc = annotateText("UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher " +
    "said \"aid must flow\".");
  assert.deepEqual(doc.entities.filter((e) => e.type === "PERSON").map((e) => e.name), ["Tom Fletcher"]);
  assert.equal(named(doc.entities, "Tom Fletcher")?.role, "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator");
  assert.equal(named(doc.entities, "United Nations")?.type, "ORG");
});

// The quotes stage takes the speaker from the dependency tree (src/link/roles.ts): the subject of "said"
// is the chain's head word ("General", "United Nations"), and the person whose name ends the chain speaks.
test("the person a title chain ends at speaks the quote", () => {
  const khiari = annotateText("Assistant Secretary-General for the Middle East, Asia and the Pacific in the Departments of " +
    "Political and Peacebuilding Affairs and Peace Operations Khaled Khiari said \"the situation is grave\".");
  assert.equal(khiari.quotes[0]?.speaker?.name, "Khaled Khiari");
  const fletcher = annotateText("UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher " +
    "said \"aid must flow\".");
  assert.equal(fletcher.quotes[0]?.speaker?.name, "Tom Fletcher");
});

test("a chain naming a country with 'of' gives the person that country; places inside stay places", () => {
  const es = entitiesOf("Deputy Minister for Foreign Affairs of the Russian Federation Sergei Ryabkov spoke. " +
    "Minister of State for the Middle East Hamish Falconer and Head of the Department of Peace Operations Jean-Pierre Lacroix also spoke.");
  assert.equal(named(es, "Sergei Ryabkov")?.country, "RUS");
  assert.equal(named(es, "Sergei Ryabkov")?.role, "Deputy Minister for Foreign Affairs of the Russian Federation");
  assert.equal(named(es, "Hamish Falconer")?.role, "Minister of State for the Middle East");
  assert.equal(named(es, "Jean-Pierre Lacroix")?.role, "Head of the Department of Peace Operations");
  assert.equal(named(es, "Middle East")?.type, "LOC");
  assert.deepEqual(es.filter((e) => e.type === "PERSON").map((e) => e.name), ["Sergei Ryabkov", "Hamish Falconer", "Jean-Pierre Lacroix"]);
});

test("an envoy 'for' a country is not of that country", () => {
  const es = entitiesOf("UN Special Envoy for Syria Geir Pedersen arrived in Damascus.");
  assert.equal(named(es, "Geir Pedersen")?.role, "Special Envoy for Syria");
  assert.equal(named(es, "Geir Pedersen")?.country, undefined);
  assert.equal(named(es, "Syria")?.type, "GPE");
});

test("a chain whose title is several tokens opens the sentence or follows a quote, with no organisation before it", () => {
  for (const text of [
    "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher told the Council aid must flow.",
    "\"Aid must flow,\" Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher told the Council.",
  ]) {
    const doc = annotateText(text);
    assert.deepEqual(doc.entities.filter((e) => e.type === "PERSON").map((e) => e.name), ["Tom Fletcher"], text);
    assert.equal(named(doc.entities, "Tom Fletcher")?.role, "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator");
  }
  // "Under" that opens no title is a preposition: no chain, and the name after the title is still read.
  const es = entitiesOf("Under the deal, Foreign Minister Badr Albusaidi of Oman will host the talks.");
  assert.deepEqual(es.filter((e) => e.type === "PERSON").map((e) => e.name), ["Badr Albusaidi"]);
});

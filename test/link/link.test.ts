import { test } from "node:test";
import assert from "node:assert/strict";
import { actorRef, countryEntity, countryOfAdjective, mentionIndex, roleHolders, withArticleNames } from "../../src/link/index.ts";
import { entitiesOf, kb } from "../entities/helpers.ts";

const text = "Polish Prime Minister Donald Tusk met Ukrainian officials in Warsaw. Tusk said Poland would keep helping Kyiv.";
const entities = entitiesOf(text, "2025-04-01");

test("entityAt finds the entity mentioned at a character offset", () => {
  const index = mentionIndex(entities);
  assert.equal(index.entityAt(text.indexOf("Tusk said"))?.name, "Donald Tusk");
  assert.equal(index.entityAt(text.indexOf("Warsaw") + 3)?.name, "Warsaw");
  assert.equal(index.entityAt(text.indexOf("met")), undefined);
  assert.deepEqual(index.entitiesIn(text.indexOf("Tusk said"), text.length).map((e) => e.name), ["Donald Tusk", "Poland", "Ukraine"]);
});

test("a nationality adjective resolves to its country and the article's country entity", () => {
  assert.equal(countryOfAdjective(kb, "Russian"), "RUS");
  assert.equal(countryOfAdjective(kb, "Ukrainians"), "UKR");
  assert.equal(countryOfAdjective(kb, "U.S."), "USA");
  assert.equal(countryOfAdjective(kb, "table"), undefined);
  assert.equal(countryEntity(entities, "POL")?.name, "Poland");
});

test("actorRef carries the entity id, name, country and role", () => {
  const tusk = entities.find((e) => e.name === "Donald Tusk")!;
  assert.deepEqual(actorRef(tusk), { entity: tusk.id, name: "Donald Tusk", country: "POL", role: "Prime Minister" });
  assert.deepEqual(roleHolders(kb, "POL", "head-of-government", "2025-04-01").map((e) => e.name), ["Donald Tusk"]);
});

test("a region's adjective ending in a nation's names no nation: 'Latin American countries' are not American", async () => {
  const { countryGazetteer } = await import("../../src/link/index.ts");
  const g = countryGazetteer(kb);
  const words = ["diplomats", "from", "seven", "latin", "american", "countries"];
  assert.equal(g.phraseAt(words, 4, words.length), undefined);
  assert.equal(g.phraseAt(["american", "diplomats"], 0, 2)?.country.code, "USA");
});

test("an actor's other names: the words its phrase was read from first, then its entity's mentions, never its own name", () => {
  const entity = { id: "e1", name: "Azerbaijan", type: "GPE", aliases: [], mentions: [{ start: 0, end: 10, text: "Azerbaijan" }, { start: 40, end: 44, text: "Baku" }] };
  const ref = withArticleNames({ entity: "e1", name: "Azerbaijan", country: "AZE", aliases: ["Azerbaijan's defence ministry"] }, [entity as never]);
  assert.deepEqual(ref.aliases, ["Azerbaijan's defence ministry", "Baku"]);
  assert.equal(withArticleNames({ entity: "e1", name: "Azerbaijan" }, [{ ...entity, mentions: [entity.mentions[0]] } as never]).aliases, undefined);
});

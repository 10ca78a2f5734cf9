import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate, PEOPLE, PLACES } from "./documents.ts";

const brief = (events: ReturnType<typeof annotate>["events"]) =>
  events.map((e) => [e.type, e.source?.name, e.target?.name ?? null]);

const peru = { name: "Peru", type: "GPE", country: "PER", mentions: ["Peru"] };

test("a natural or impersonal happening is no attacker: 'the earthquake that struck', 'fighting that killed'", () => {
  const quake = annotate("The earthquake that struck southern Peru on Tuesday destroyed hundreds of homes.", { entities: [peru] }).events;
  assert.deepEqual(quake.filter((e) => e.type === "ASSAULT"), []);
  const clashes = annotate("Donald Trump said the fighting that killed 12 people in Peru had to end.", { entities: [PEOPLE.trump, peru] }).events;
  assert.deepEqual(clashes.filter((e) => e.type === "ASSAULT"), []);
  // The same verbs with a real subject are still attacks.
  const army = annotate("Russian troops struck Kyiv on Tuesday.", { entities: [{ name: "Kyiv", type: "GPE", country: "UKR", mentions: ["Kyiv"] }] }).events;
  assert.equal(army.find((e) => e.type === "ASSAULT")?.source?.country, "RUS");
});

test("two leaders who sign a joint declaration or a pact agree with each other; a disaster declaration is no agreement", () => {
  const leaders = [
    { name: "Nikol Pashinyan", type: "PERSON", country: "ARM", mentions: ["Nikol Pashinyan"] },
    { name: "Ilham Aliyev", type: "PERSON", country: "AZE", mentions: ["Ilham Aliyev"] },
  ];
  const joint = annotate("Nikol Pashinyan and Ilham Aliyev signed a joint declaration in Washington.", { entities: leaders }).events;
  const agree = joint.find((e) => e.type === "AGREE");
  assert.deepEqual([agree?.source?.name, agree?.target?.name].sort(), ["Ilham Aliyev", "Nikol Pashinyan"]);
  const pact = annotate("Nikol Pashinyan and Ilham Aliyev signed a transit pact.", { entities: leaders }).events;
  assert.ok(pact.some((e) => e.type === "AGREE"));
  const disaster = annotate("Donald Trump signed a disaster declaration for the flooded counties.", { entities: [PEOPLE.trump] }).events;
  assert.deepEqual(brief(disaster).filter(([type]) => type === "AGREE"), []);
});

test("a dateline's date is when the story was filed: the act takes its own clause's date, else the article's", () => {
  const spec = {
    entities: [PLACES.russia, PLACES.ukraine],
    published: "2025-05-17",
    timexes: [{ text: "May 17", value: "2025-05-17" }, { text: "Friday", value: "2025-05-16" }],
  };
  const [agree] = annotate("ISTANBUL, May 17 - Russia and Ukraine agreed to a prisoner exchange, Turkey's foreign minister said on Friday.", spec).events;
  assert.equal(agree?.type, "AGREE");
  assert.equal(agree?.date, "2025-05-16");
});

test("an agreement needs a second side, except within a body of members; a pledge needs none", () => {
  const lone = annotate("After a long night of talks, the commanders had agreed.", {}).events;
  assert.deepEqual(lone.filter((e) => e.type === "AGREE"), []);
  const nato = { name: "North Atlantic Treaty Organization", type: "ORG", mentions: ["NATO"] };
  const body = annotate("NATO leaders agreed on Wednesday to raise defence spending.", { entities: [nato] }).events;
  assert.equal(body.find((e) => e.type === "AGREE")?.source?.name, "North Atlantic Treaty Organization");
  const pledge = annotate("Donald Trump promised to lower prices for American families.", { entities: [PEOPLE.trump] }).events;
  assert.equal(pledge.find((e) => e.type === "AGREE")?.source?.name, "Donald Trump");
});

test("an attack on no one named is not recorded; one on a named place is", () => {
  const spec = { entities: [PLACES.russia, PLACES.ukraine, PLACES.kyiv] };
  assert.deepEqual(annotate("Russian forces had shelled overnight, the governor said.", spec).events.filter((e) => e.type === "ASSAULT"), []);
  const named = annotate("Russian forces shelled Kyiv overnight.", spec).events.filter((e) => e.type === "ASSAULT");
  assert.deepEqual(named.map((e) => [e.source?.country, e.target?.country]), [["RUS", "UKR"]]);
});

test("coercion of no one named is not recorded; coercion in a named country is done to it", () => {
  const tbilisi = { name: "Tbilisi", type: "GPE", country: "GEO", mentions: ["Tbilisi"] };
  assert.deepEqual(annotate("Riot police used tear gas late on Friday.", { entities: [tbilisi] }).events.filter((e) => e.type === "COERCE"), []);
  const placed = annotate("Riot police used tear gas in Tbilisi late on Friday.", { entities: [tbilisi] }).events.filter((e) => e.type === "COERCE");
  assert.deepEqual(placed.map((e) => e.target?.country), ["GEO"]);
});

test("protesters named as the ones acted on or spoken of hold no protest; their rally is one", () => {
  const belgrade = { name: "Belgrade", type: "GPE", country: "SRB", mentions: ["Belgrade"] };
  const spoken = annotate("The president accused the protesters of planning violence in Belgrade.", { entities: [belgrade] }).events;
  assert.deepEqual(spoken.filter((e) => e.type === "PROTEST"), []);
  const rally = annotate("Serbian students rallied in Belgrade on Saturday.", { entities: [belgrade] }).events;
  assert.deepEqual(rally.filter((e) => e.type === "PROTEST").map((e) => e.source?.country), ["SRB"]);
});

test("a demand about a later act was made by publication: it takes the article's date, not the act's", () => {
  const spec = {
    entities: [{ name: "European Union", type: "ORG", mentions: ["European Union"] }, PEOPLE.zelensky],
    published: "2025-10-24",
    timexes: [{ text: "2027", value: "2027" }],
  };
  const [request] = annotate("Volodymyr Zelenskyy urged the European Union to approve a reparations loan for Ukraine in 2027.", spec).events.filter((e) => e.type === "REQUEST");
  assert.equal(request?.source?.name, "Volodymyr Zelenskyy");
  assert.equal(request?.date, "2025-10-24");
});

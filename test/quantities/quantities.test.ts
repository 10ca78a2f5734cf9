// Quantities: the number, the noun it counts, and what is not a quantity at all.
import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentText } from "../../src/segment/index.ts";
import { findTimexes } from "../../src/timex/index.ts";
import { findQuantities, quantitiesIn, type CountedQuantity } from "../../src/quantities/index.ts";

function quantitiesOf(text: string, published = "2025-07-10"): CountedQuantity[] {
  const doc = { input: "test", text, warnings: [], published, segments: segmentText(text) };
  return findQuantities({ ...doc, timexes: findTimexes(doc) });
}

/** value/unit/approximate/max of each quantity, in text order. */
const brief = (text: string) =>
  quantitiesOf(text).map((q) => ({ value: q.value, unit: q.unit, ...(q.approximate ? { approximate: true } : {}), ...(q.max ? { max: q.max } : {}) }));

test("numbers take the lemma of the noun they count, past its modifiers", () => {
  assert.deepEqual(brief("Russia launched 18 missiles and around 400 drones at Kyiv."), [
    { value: 18, unit: "missile" },
    { value: 400, unit: "drone", approximate: true },
  ]);
  assert.deepEqual(brief("Pakistan said it shot down five Indian fighter jets."), [{ value: 5, unit: "jet" }]);
  assert.deepEqual(brief("Israel began releasing around 2,000 Palestinian prisoners."), [{ value: 2000, unit: "prisoner", approximate: true }]);
  assert.deepEqual(brief("Moscow fired a record 728 drones at its neighbour."), [{ value: 728, unit: "drone" }]);
});

test("people, civilians, the dead and the wounded are counted as persons", () => {
  assert.deepEqual(brief("Twenty-six people were killed and 46 others injured."), [
    { value: 26, unit: "person" },
    { value: 46, unit: "person" },
  ]);
  assert.deepEqual(brief("At least 40 civilians were killed and 20 were wounded."), [
    { value: 40, unit: "person", approximate: true },
    { value: 20, unit: "person" },
  ]);
});

test("lists and ranges", () => {
  assert.deepEqual(brief("The new drones can fly up to 2,000, 3,000 kilometers."), [
    { value: 2000, unit: "kilometer", approximate: true },
    { value: 3000, unit: "kilometer" },
  ]);
  assert.deepEqual(brief("Between 300 and 500 soldiers crossed the river."), [{ value: 300, unit: "soldier", max: 500 }]);
  assert.deepEqual(brief("The assembly passed the motion 204-85."), [{ value: 204, unit: undefined }, { value: 85, unit: undefined }]);
});

test("percentages and money with their currency", () => {
  assert.deepEqual(brief("Washington threatened 500% tariffs on buyers of Russian oil."), [{ value: 500, unit: "%" }]);
  assert.deepEqual(brief("Tariffs fell to 30 percent."), [{ value: 30, unit: "%" }]);
  assert.deepEqual(brief("The EU pledged $1.5 billion and €300 million in aid."), [
    { value: 1.5e9, unit: "usd" },
    { value: 3e8, unit: "eur" },
  ]);
  assert.deepEqual(brief("Kyiv will receive 50 billion euros."), [{ value: 5e10, unit: "eur" }]);
  assert.deepEqual(brief("India approved Rs 5,000 crore for the army and USD 2 billion in loans."), [
    { value: 5e10, unit: "inr" },
    { value: 2e9, unit: "usd" },
  ]);
});

test("written and vague amounts", () => {
  assert.deepEqual(brief("Three diplomats were expelled."), [{ value: 3, unit: "diplomat" }]);
  assert.deepEqual(brief("Dozens of civilians fled and tens of thousands of people lost power."), [],
    "a vague amount has no value: left out, and 'thousands' is not read as a number");
  assert.deepEqual(brief("The destroyers fired about two dozen cruise missiles."), [{ value: 24, unit: "missile", approximate: true }]);
  assert.deepEqual(brief("The army said it intercepted 74 of 110 drones."), [{ value: 74, unit: "drone" }, { value: 110, unit: "drone" }]);
  assert.deepEqual(brief("The missile flew about 350km before falling."), [{ value: 350, unit: "kilometer", approximate: true }]);
});

test("years, dates, clock times, ordinals, ages, ranks and names are not quantities", () => {
  const text = "In 2022, Resolution 2774 passed on March 3 at 10:30. A Su-34 and a MiG-29 flew. " +
    "The 45-year-old soldier, aged 45, came second. He is the country's No. 2 official. Zelenskiy, 47, spoke.";
  assert.deepEqual(quantitiesOf(text).map((q) => q.text), []);
});

test("events find the quantities of a sentence and the noun phrase each one counts", () => {
  const text = "Russia launched 18 missiles and around 400 Shahed drones at Kyiv overnight.";
  const found = quantitiesIn(quantitiesOf(text), 0, text.length);
  assert.deepEqual(found.map((q) => q.noun?.text), ["missiles", "Shahed drones"]);
  const noun = found[1].noun!;
  assert.equal(text.slice(noun.start, noun.end), "Shahed drones");
});

test("a small written number after 'the' or a possessive points back and counts nothing new", () => {
  const text = "The two countries agreed to talks, and their three leaders met two envoys from Qatar.";
  assert.deepEqual(brief(text), [{ value: 2, unit: "envoy" }]);
});

test("the counted noun is the head after a hyphenated modifier, with the qualifier of its unit", () => {
  assert.deepEqual(brief("Seven B-2 bombers dropped 14 bunker-busting bombs on the site."),
    [{ value: 7, unit: "bomber" }, { value: 14, unit: "bomb" }]);
  assert.deepEqual(brief("China agreed to buy 12 million metric tons of soybeans."), [{ value: 12000000, unit: "metric ton" }]);
});

test("a part of a named group counts the group's noun; a number inside a name counts nothing", () => {
  assert.deepEqual(brief("The army said 23 of its soldiers and nine of their fighters had died."),
    [{ value: 23, unit: "soldier" }, { value: 9, unit: "fighter" }]);
  assert.deepEqual(brief("Leaders of the Group of 20 met in Johannesburg."), []);
  assert.deepEqual(brief("Out of 77 people arrested, 38 remain in custody.")[0], { value: 77, unit: "person" });
});

test("a plural noun right after the number is what it counts, whatever nouns follow", () => {
  assert.deepEqual(brief("London said 12 companies face export bans and 30 vessels risk port closures."), [
    { value: 12, unit: "company" },
    { value: 30, unit: "vessel" },
  ]);
});

test("a model name written with a hyphen modifies the noun counted; a magnitude is its own unit", () => {
  assert.deepEqual(brief("Russia fired 4 Iskander-M missiles and Israel ordered 25 F-35 jets."), [
    { value: 4, unit: "missile" },
    { value: 25, unit: "jet" },
  ]);
  assert.deepEqual(brief("A magnitude 6.4 earthquake struck the coast."), [{ value: 6.4, unit: "magnitude" }]);
});

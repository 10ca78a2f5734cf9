// Words that look like time but are not: names, modal verbs, counts, codes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { timexesOf } from "./annotate.ts";

const nothingIn = (text: string) => assert.deepEqual(timexesOf(text, "2025-07-10").map((t) => t.text), [], text);

test("weekdays and seasons inside names", () => {
  nothingIn("The Sunday Times reported the plan first.");
  nothingIn("The Good Friday Agreement is still the basis of power-sharing.");
  nothingIn("The clocks change with British Summer Time.");
  nothingIn("The fall of Kabul shocked Western capitals.");
});

test("month words used as verbs and nouns", () => {
  nothingIn("Talks may resume if both sides agree.");
  nothingIn("Veterans joined the March on Washington anniversary.");
});

test("counts, codes, ratios and clock-free numbers", () => {
  nothingIn("Some 2000 troops and 1500 police were deployed.");
  nothingIn("Su-34 jets and 24/7 patrols guard the border; the vote was 300-12.");
  nothingIn("The 45-year-old commander took over.");
});

test("a year followed by a comma is no amount of the units after it", () => {
  const texts = timexesOf("The last talks took place in March 2022, weeks after the invasion began.", "2025-05-16").map((t) => t.text);
  assert.ok(texts.includes("March 2022"), texts.join(" | "));
  assert.ok(!texts.some((t) => t.includes("2022, weeks")), texts.join(" | "));
});

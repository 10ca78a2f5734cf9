// Numbers beyond what a count or an amount can mean are no quantities; the words stay in the text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentText } from "../../src/segment/index.ts";
import { findTimexes } from "../../src/timex/index.ts";
import { findQuantities } from "../../src/quantities/index.ts";

function quantitiesOf(text: string) {
  const doc = { input: "test", text, warnings: [], published: "2025-07-10", segments: segmentText(text) };
  return findQuantities({ ...doc, timexes: findTimexes(doc) }).map((q) => ({ text: q.text, value: q.value, unit: q.unit }));
}

test("a 400-digit count, 10^400 and 1e400 give no quantity (never a null value, never 400 missiles)", () => {
  assert.deepEqual(quantitiesOf(`Russia fired ${"9".repeat(400)} missiles at Kyiv.`), []);
  assert.deepEqual(quantitiesOf("Russia fired 10^400 missiles at Kyiv."), []);
  assert.deepEqual(quantitiesOf("Russia fired 1e400 missiles at Kyiv."), []);
});

test("large real amounts stay quantities beside a huge one", () => {
  assert.deepEqual(quantitiesOf(`The fund holds $1.5 trillion, not ${"9".repeat(30)} dollars, and 400 drones were fired.`), [
    { text: "$1.5 trillion", value: 1.5e12, unit: "usd" },
    { text: "400", value: 400, unit: "drone" },
  ]);
});

// Regression guard for the events layer: the dev set (type + actors + date) and the PLOVER gold
// sentences (type + actors' countries), floors a little under what the coder reached on 2025-11-30.
import { test } from "node:test";
import assert from "node:assert/strict";
import { evalMissing, missesOf, scoreSuite } from "./run-scorer.ts";

const DEV_MIN_F1 = { eventsCountry: 0.55, eventsUndated: 0.52, events: 0.48 };
const PLOVER_MIN_COUNTRY_F1 = 0.46;

test("event F1 on the dev set stays at its level", { skip: evalMissing }, () => {
  const summary = scoreSuite("dev", "events");
  for (const [layer, min] of Object.entries(DEV_MIN_F1)) {
    const { f1, p, r } = summary[layer];
    assert.ok(f1 >= min, `${layer} F1 ${f1} (P ${p}, R ${r}) is below ${min}`);
  }
});

test("PLOVER gold sentences: country-level event F1 stays at its level", { skip: evalMissing }, () => {
  const { f1, p, r } = scoreSuite("plover", "events").eventsCountry;
  assert.ok(f1 >= PLOVER_MIN_COUNTRY_F1, `country-level F1 ${f1} (P ${p}, R ${r}) is below ${PLOVER_MIN_COUNTRY_F1}`);
});

test("the Reuters reference article keeps its meetings, phone calls and attack coded with dates", { skip: evalMissing }, () => {
  const misses = missesOf("dev", "events", "000_c8073708a892a54c.json").filter((m) => m.startsWith("event missed"));
  for (const kept of ['"CONSULT","source":"Marco Rubio","target":"Sergei Lavrov","date":"2025-07-10"',
    '"date":"2025-02"', '"date":"2025-05"', '"date":"2025-06"', '"ASSAULT","source":"Russia","target":"Ukraine","date":"2025-07-10"']) {
    assert.ok(!misses.some((m) => m.includes(kept)), `missed again: ${kept}`);
  }
});

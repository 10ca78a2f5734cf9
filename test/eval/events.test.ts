// Regression guard for the events layer: the dev set (type + actors + date) and the PLOVER gold sentences
// (type + actors' countries), floors a little under what the coder reached (eval/own and eval/fresh: own.test.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { evalMissing, missesOf, scoreSuite } from "./run-scorer.ts";

// Reached at the end of the ninth session (2026-12-07): dev 0.667 / 0.611 / 0.579, PLOVER 0.555.
// Reached at the end of the seventh session (2026-12-07): dev 0.636 / 0.593 / 0.561, PLOVER 0.538. With sides read
// through the tree's frames, the dateline and the repairs of the sixth session: dev 0.649 / 0.587 / 0.556, PLOVER 0.529. With speakers, topics, sides and dates read from the
// tree (fifth session): dev 0.585 / 0.566 / 0.528, PLOVER 0.437. The fourth session (the syntax model `npm run train:syntax` writes, its repairs
// and roles) reached 0.571 / 0.552 / 0.514 and 0.435. The model before it, which training no longer reproduced, reached 0.585 / 0.528 / 0.491 and
// 0.468 with the rules of the session before (tuned on its errors); retrained alone, 0.520 / 0.480 / 0.440 and 0.426.
// The word-order rules before the tree reached 0.607 / 0.571 / 0.531 and 0.504 on these two sets, which
// they had been written from.
const DEV_MIN_F1 = { eventsCountry: 0.64, eventsUndated: 0.58, events: 0.55 };
const PLOVER_MIN_COUNTRY_F1 = 0.53;

function assertFloors(summary: ReturnType<typeof scoreSuite>, floors: Record<string, number>): void {
  for (const [layer, min] of Object.entries(floors)) {
    const { f1, p, r } = summary[layer];
    assert.ok(f1 >= min, `${layer} F1 ${f1} (P ${p}, R ${r}) is below ${min}`);
  }
}

test("event F1 on the dev set stays at its level", { skip: evalMissing }, () => {
  assertFloors(scoreSuite("dev", "events"), DEV_MIN_F1);
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

test("the 004 reference article gives every required event (its caption's meeting, Trump's support of Ukraine, Zelensky's warning) and no extra", {
  skip: evalMissing,
  todo: "tree roles: the caption's position notes ('Rubio (4th L) and ... Lavrov (2nd R)') break the parse of the meeting; Zelensky's support is dated by the wrong clause; the February accusation is not found",
}, () => {
  assert.deepEqual(missesOf("dev", "events", "004_74dc95e94b69c806.json"), []);
});

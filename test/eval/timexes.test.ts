// Score regressions for timexes: TempEval-3 platinum and the dev set, through the real CLI.
import { test } from "node:test";
import assert from "node:assert/strict";
import { evalMissing, missesOf, scoreSuite } from "./run-scorer.ts";

// Reached when these tests were written: TE3 value F1 0.878 (HeidelTime 0.776), dev value F1 0.982.
const TE3_VALUE_F1 = 0.86;
const DEV_VALUE_F1 = 0.96;

test("TempEval-3 platinum: timex value F1 stays above what we reached, less a margin", { skip: evalMissing }, () => {
  const { timexes } = scoreSuite("te3", "timexes");
  assert.ok(timexes.f1 >= TE3_VALUE_F1, `TE3 timex value F1 ${timexes.f1} < ${TE3_VALUE_F1}`);
});

test("dev set: timex value F1, and every timex of both reference articles right", { skip: evalMissing }, () => {
  const { timexes } = scoreSuite("dev", "timexes");
  assert.ok(timexes.f1 >= DEV_VALUE_F1, `dev timex value F1 ${timexes.f1} < ${DEV_VALUE_F1}`);
  for (const reference of ["000_c8073708a892a54c.json", "004_74dc95e94b69c806.json"]) {
    assert.deepEqual(missesOf("dev", "timexes", reference), [], reference);
  }
});

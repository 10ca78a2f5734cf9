// Score regressions for quantities on the dev set, through the real CLI.
import { test } from "node:test";
import assert from "node:assert/strict";
import { evalMissing, missesOf, scoreSuite } from "./run-scorer.ts";

// Reached when this test was written: dev quantities F1 0.940 (recall 1.0).
const DEV_QUANTITIES_F1 = 0.92;

test("dev set: quantities F1, and every quantity of both reference articles right", { skip: evalMissing }, () => {
  const { quantities } = scoreSuite("dev", "quantities");
  assert.ok(quantities.f1 >= DEV_QUANTITIES_F1, `dev quantities F1 ${quantities.f1} < ${DEV_QUANTITIES_F1}`);
  for (const reference of ["000_c8073708a892a54c.json", "004_74dc95e94b69c806.json"]) {
    assert.deepEqual(missesOf("dev", "quantities", reference), [], reference);
  }
});

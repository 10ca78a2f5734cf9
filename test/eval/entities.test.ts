// Regression guard on the dev set: entity F1 must not fall below what the entities stage reached
// (1.000 on 2025-11-30) minus a small margin, and the two reference articles keep every gold entity.
import { test } from "node:test";
import assert from "node:assert/strict";
import { evalMissing, missesOf, scoreSuite } from "./run-scorer.ts";

const MIN_F1 = 0.97;

test("entity F1 on the dev set stays at its level", { skip: evalMissing }, () => {
  const { f1, p, r } = scoreSuite("dev", "entities").entities;
  assert.ok(f1 >= MIN_F1, `entity F1 ${f1} (P ${p}, R ${r}) is below ${MIN_F1}`);
});

test("the reference articles give every gold entity and nothing else", { skip: evalMissing }, () => {
  for (const gold of ["000_c8073708a892a54c.json", "004_74dc95e94b69c806.json"]) {
    assert.deepEqual(missesOf("dev", "entities", gold), [], gold);
  }
});

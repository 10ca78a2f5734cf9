import { test } from "node:test";
import assert from "node:assert/strict";
import { casualtyRanges } from "../../src/fuse/index.ts";

const count = (value: number, max?: number) => ({ start: 0, end: 1, text: "x", value, ...(max !== undefined ? { max } : {}) });

test("casualty figures of several reports make a range, never a sum; a reported range widens it", () => {
  assert.deepEqual(casualtyRanges([{ killed: count(12) }, { killed: count(12) }, { killed: count(10, 20), injured: count(40) }, undefined]), {
    killed: { min: 10, max: 20, reports: 3 },
    injured: { min: 40, max: 40, reports: 1 },
  });
  assert.equal(casualtyRanges([undefined, {}]), undefined);
});

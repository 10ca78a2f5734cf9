import { test } from "node:test";
import assert from "node:assert/strict";
import { dateRange, datesCompatible, morePrecise } from "../../src/model/index.ts";

test("a TIMEX3 value covers the days of its precision", () => {
  assert.deepEqual(dateRange("2025-07"), { precision: "month", start: "2025-07-01", end: "2025-07-31" });
  assert.deepEqual(dateRange("2024-02"), { precision: "month", start: "2024-02-01", end: "2024-02-29" });
  assert.deepEqual(dateRange("2025-07-10TEV"), { precision: "part-of-day", start: "2025-07-10", end: "2025-07-10" });
  assert.deepEqual(dateRange("2025-07-10T14:30"), { precision: "time", start: "2025-07-10", end: "2025-07-10" });
  assert.deepEqual(dateRange("2025-W28"), { precision: "week", start: "2025-07-07", end: "2025-07-13" });
  assert.deepEqual(dateRange("2025-Q3"), { precision: "year", start: "2025-07-01", end: "2025-09-30" });
  assert.deepEqual(dateRange("2025-WI"), { precision: "year", start: "2025-12-01", end: "2026-02-28" });
  assert.equal(dateRange("PAST_REF"), undefined);
  assert.equal(dateRange("PT50M"), undefined);
});

test("a day is compatible with its month, week and part of day, not with another day", () => {
  assert.ok(datesCompatible("2025-07-10", "2025-07"));
  assert.ok(datesCompatible("2025-07", "2025-07-10"));
  assert.ok(datesCompatible("2025-07-10TEV", "2025-07-10"));
  assert.ok(datesCompatible("2025-07-10", "2025-W28"));
  assert.ok(!datesCompatible("2025-07-10", "2025-07-11"));
  assert.ok(!datesCompatible("2025-07-10", "2025-06"));
  assert.ok(!datesCompatible("2025-07-10TMO", "2025-07-10TEV"));
  assert.ok(!datesCompatible("2025-07-10", "PRESENT_REF"));
});

test("the more precise of two dates wins", () => {
  assert.equal(morePrecise("2025-02", "2025-02-18"), "2025-02-18");
  assert.equal(morePrecise("2025-07-10TEV", "2025-07-10"), "2025-07-10TEV");
  assert.equal(morePrecise(undefined, "2025"), "2025");
});

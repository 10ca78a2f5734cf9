// Dates as a person reads them, from the TIMEX3 values the pipeline writes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { humanDate } from "../../src/query/index.ts";

test("days, months, years, parts of the day and clock times", () => {
  assert.equal(humanDate("2025-07-10"), "10 July 2025");
  assert.equal(humanDate("2025-07-10TEV"), "10 July 2025, evening");
  assert.equal(humanDate("2025-07-09TNI"), "9 July 2025, night");
  assert.equal(humanDate("2025-07-10T14:30"), "10 July 2025, 14:30");
  assert.equal(humanDate("2025-02"), "February 2025");
  assert.equal(humanDate("2025"), "2025");
  assert.equal(humanDate("XXXX-12-25"), "25 December");
});

test("weeks, weekends, quarters, halves, seasons, decades", () => {
  assert.equal(humanDate("2025-W28"), "week 28 of 2025");
  assert.equal(humanDate("2025-W28-WE"), "the weekend of week 28 of 2025");
  assert.equal(humanDate("2025-Q3"), "the third quarter of 2025");
  assert.equal(humanDate("2025-H1"), "the first half of 2025");
  assert.equal(humanDate("2025-SU"), "summer 2025");
  assert.equal(humanDate("202"), "the 2020s");
  assert.equal(humanDate("20"), "the 21st century");
});

test("references and durations; anything else is shown as it is", () => {
  assert.equal(humanDate("PRESENT_REF"), "now");
  assert.equal(humanDate("PT50M"), "50 minutes");
  assert.equal(humanDate("P1Y6M"), "1 year 6 months");
  assert.equal(humanDate("P1D"), "1 day");
  assert.equal(humanDate("2025-13-45x"), "2025-13-45x");
});

// A day the calendar does not have is no date: it must never become an event's date or an export's SQLDATE.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDay } from "../../src/timex/index.ts";
import { assertTimex, timexesOf } from "./annotate.ts";

test("February 30, April 31, June 31 and 2025-02-30 are no dates", () => {
  for (const text of ["The talks were held on February 30.", "They met on 31 April 2025.", "The vote is on June 31, officials said.", "The 2025-02-30 meeting was cancelled."]) {
    assert.deepEqual(timexesOf(text, "2025-03-03").filter((t) => /-\d\d-\d\d/.test(t.value)), [], text);
  }
});

test("real days at the edge of a month stay dates, February 29 only in a leap year", () => {
  assertTimex("They met on February 29, 2024.", "2025-03-03", "February 29, 2024", "2024-02-29");
  assertTimex("They met on April 30.", "2025-05-03", "April 30", "2025-04-30");
  assert.equal(timexesOf("They met on February 29, 2025.", "2025-03-03").some((t) => t.value === "2025-02-29"), false);
  assert.equal(parseDay("2025-02-30"), undefined);
  assert.deepEqual(parseDay("2024-02-29"), { y: 2024, m: 2, d: 29 });
});

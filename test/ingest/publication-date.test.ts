import { test } from "node:test";
import assert from "node:assert/strict";
import { normalisePublicationDate, parsePublicationDate } from "../../src/ingest/publication-date.ts";

test("publication dates as pages and feeds write them, keeping the source's own time zone", () => {
  assert.equal(parsePublicationDate("Thu, 10 Jul 2025"), "2025-07-10");
  assert.equal(parsePublicationDate(" September 24, 2025"), "2025-09-24");
  assert.equal(parsePublicationDate("Published: 3 March 2025"), "2025-03-03");
  assert.equal(parsePublicationDate("Sept. 4, 2025 10:30 AM ET"), "2025-09-04");
  assert.equal(parsePublicationDate("Sat, 10 May 2025 18:30:00 +0530"), "2025-05-10T18:30:00+05:30");
  assert.equal(parsePublicationDate("2025-06-22T09:15:00Z"), "2025-06-22T09:15:00Z");
  assert.equal(normalisePublicationDate("Sun, 22 Jun 2025 09:15:00 GMT"), "2025-06-22T09:15:00Z");
});

test("a headline that mentions a date, or an impossible date, is not a publication date", () => {
  assert.equal(parsePublicationDate("Talks resume on September 24, 2025"), undefined);
  assert.equal(parsePublicationDate("February 30, 2025"), undefined);
  assert.equal(parsePublicationDate("2025"), undefined);
  assert.equal(normalisePublicationDate("soon"), undefined);
});

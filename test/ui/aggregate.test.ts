import assert from "node:assert/strict";
import { test } from "node:test";
import { extentOf, MAX_ITEMS, timelineItems } from "../../web/src/aggregate.ts";
import type { EventRecord } from "../../src/store/types.ts";

function event(id: number, date: string, type: EventRecord["type"] = "CONSULT", dateEnd = date): EventRecord {
  return { id: `ev${id}`, type, date, precision: "day", dateStart: date, dateEnd, confidence: 0.9, reports: 1, corroboration: 1 };
}

const DAY = 86_400_000;

test("a sparse window draws each event, month-precision ones as ranges", () => {
  const events = [event(1, "2025-07-10"), event(2, "2025-02-01", "AGREE", "2025-02-28"), event(3, "2025-07-09", "ASSAULT")];
  const extent = extentOf(events)!;
  const items = timelineItems(events, extent.start, extent.end);
  assert.equal(items.length, 3);
  const month = items.find((i) => i.id === "ev2")!;
  assert.equal(month.end! - month.start, 28 * DAY);
  assert.equal(items.find((i) => i.id === "ev1")!.end, undefined, "a single day is a point");
  assert.equal(items.find((i) => i.id === "ev3")!.group, "conflict");
});

test("a dense window is counted per bucket and stance, and zooming in brings single events back", () => {
  const events: EventRecord[] = [];
  for (let i = 0; i < 10_000; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * DAY).toISOString().slice(0, 10);
    events.push(event(i, day, i % 2 ? "ASSAULT" : "CONSULT"));
  }
  const extent = extentOf(events)!;
  const items = timelineItems(events, extent.start, extent.end);
  assert.ok(items.length <= 2 * 40, `${items.length} buckets`);
  assert.ok(items.every((i) => i.unit === "year"));
  assert.equal(items.reduce((n, i) => n + i.count, 0), 10_000, "every event is counted once");
  const oneWeek = timelineItems(events, Date.UTC(2020, 5, 1), Date.UTC(2020, 5, 8));
  assert.ok(oneWeek.length <= MAX_ITEMS && oneWeek.every((i) => i.event), "a week shows single events");
  assert.equal(oneWeek.length, 21);
});

test("undated events are left off the timeline", () => {
  const undated: EventRecord = { ...event(9, "2025-01-01"), date: undefined, dateStart: undefined, dateEnd: undefined, precision: "none" };
  assert.equal(extentOf([undated]), undefined);
  assert.deepEqual(timelineItems([undated], 0, Date.now()), []);
});

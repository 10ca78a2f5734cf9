// Expressions relative to the publication date or to the last date the text fixed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertTimex, timexesOf } from "./annotate.ts";

const JULY_10 = "2025-07-10";

test("the previous night counts back from the day the text was talking about", () => {
  const text = "Drones struck Kyiv on Thursday. Moscow had launched 728 drones the previous night.";
  assertTimex(text, JULY_10, "the previous night", "2025-07-09TNI");
  assertTimex("The day before, the ministers had spoken by phone.", JULY_10, "The day before", "2025-07-09");
});

test("the day after, the week before: one unit from the date in focus; not before an event noun", () => {
  assertTimex("A truce began on June 24. The day after, strikes resumed.", JULY_10, "The day after", "2025-06-25");
  assertTimex("Talks collapsed on July 3; the week before, both sides had been hopeful.", JULY_10, "the week before", "2025-W26");
  assert.deepEqual(timexesOf("The day before the election, police raided offices.", JULY_10), []);
});

test("overnight, last night, yesterday, today and tomorrow are days around publication", () => {
  assertTimex("Air raid sirens sounded across Ukraine overnight.", JULY_10, "overnight", "2025-07-10TNI");
  assertTimex("Israeli jets struck targets in Beirut last night.", JULY_10, "last night", "2025-07-09TNI");
  assertTimex("The minister resigned yesterday.", JULY_10, "yesterday", "2025-07-09");
  assertTimex("The court rules tomorrow.", JULY_10, "tomorrow", "2025-07-11");
});

test("this, last and next calendar units, with early/late modifiers", () => {
  assertTimex("Trump returned to the White House this year.", JULY_10, "this year", "2025");
  assertTimex("The pivot to peace talks came early this year.", "2025-09-24", "early this year", "2025");
  assertTimex("Fighting in Sudan intensified last week.", JULY_10, "last week", "2025-W27");
  assertTimex("Negotiators meet again next week.", "2025-04-12", "next week", "2025-W16");
  assertTimex("Prices rose sharply this month.", JULY_10, "this month", "2025-07");
  assertTimex("Turnout was lower last year.", "2013-03-21", "last year", "2012");
});

test("this weekend on a Monday is the weekend just past", () => {
  assertTimex("Delegations met in Geneva this weekend.", "2025-05-12", "this weekend", "2025-W19-WE");
});

test("ago counts from publication, later and earlier from the last date in focus", () => {
  assertTimex("The dam was destroyed two years ago.", "2025-06-06", "two years ago", "2023");
  assertTimex("The truce collapsed two months ago.", "2025-06-27", "two months ago", "2025-04");
  assertTimex("Troops crossed the border on March 3. Two days later, they withdrew.", "2025-03-10", "Two days later", "2025-03-05");
});

test("'a day after' is the one-day distance, not a date of its own", () => {
  assertTimex("On Tuesday, a day after ordering the arms deliveries resumed, he criticised Putin.", JULY_10, "a day", "P1D", "DURATION");
});

test("bare years and modified years", () => {
  assertTimex("The full-scale invasion began in 2022.", JULY_10, "2022", "2022");
  assertTimex("The plan runs to the end of 2028.", "2024-11-30", "the end of 2028", "2028");
  assertTimex("Growth slowed in early 2011.", "2013-03-21", "early 2011", "2011");
  assertTimex("Both seasons, 2009-2010 and 2012, were severe.", "2013-03-22", "2010", "2010");
  assertTimex("The city changed hands twice in the 1990s.", JULY_10, "1990s", "199");
});

test("counts, prices and codes are not years", () => {
  const found = timexesOf("Some 2000 troops and 1500 police were deployed, at a cost of $2024 per officer.", JULY_10);
  assert.deepEqual(found.map((t) => t.text), []);
});

test("without a publication date, relative dates keep only what the text fixes", () => {
  assertTimex("The ministers met on Thursday.", undefined, "Thursday", "XXXX-WXX-4");
  assertTimex("They first met in February.", undefined, "February", "XXXX-02");
  assertTimex("The war began in 2022.", undefined, "2022", "2022");
  assertTimex("The accord was signed on 10 July 2025.", undefined, "10 July 2025", "2025-07-10");
  assertTimex("Talks resumed last week.", undefined, "last week", "XXXX-WXX");
  assertTimex("The strike hit the port yesterday.", undefined, "yesterday", "XXXX-XX-XX");
  assertTimex("The dam was destroyed two years ago.", undefined, "two years ago", "XXXX");
});

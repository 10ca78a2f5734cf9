// Times of day, durations, sets, present/past/future references, seasons, quarters and weeks.
import { test } from "node:test";
import { assertTimex } from "./annotate.ts";

const JULY_10 = "2025-07-10";

test("calendar dates and clock times written in full", () => {
  assertTimex("Thu, 10 Jul 2025", JULY_10, "Thu, 10 Jul 2025", "2025-07-10");
  assertTimex("The vote is set for October 30.", "2025-10-01", "October 30", "2025-10-30");
  assertTimex("Kick-off is at 15:00 GMT Saturday.", "2013-03-22", "15:00 GMT Saturday", "2013-03-23T15:00", "TIME");
  assertTimex("The jet bombed the village around 1:20pm on Wednesday.", "2025-01-09", "1:20pm on Wednesday", "2025-01-08T13:20");
});

test("parts of day after a weekday", () => {
  assertTimex("Rubio met Lavrov on Thursday evening.", JULY_10, "Thursday evening", "2025-07-10TEV", "TIME");
  assertTimex("India struck on Tuesday night.", "2025-05-07", "Tuesday night", "2025-05-06TNI");
  assertTimex("Russian missiles hit Kyiv early on Thursday.", JULY_10, "early on Thursday", "2025-07-10");
});

test("durations at the precision written", () => {
  assertTimex("The meeting lasted about 50 minutes.", JULY_10, "about 50 minutes", "PT50M", "DURATION");
  assertTimex("Talks went on for about two and a half hours.", JULY_10, "about two and a half hours", "PT2.5H");
  assertTimex("Tariffs were paused for 90 days.", JULY_10, "90 days", "P90D");
  assertTimex("The siege lasted almost three years.", JULY_10, "almost three years", "P3Y");
  assertTimex("It was the first such visit in more than a decade.", JULY_10, "more than a decade", "P10Y");
  assertTimex("Airspace was closed for 48 hours.", JULY_10, "48 hours", "PT48H");
  assertTimex("Kyiv signed a three-month deal.", JULY_10, "three-month", "P3M");
  assertTimex("After months of talks, the deal collapsed.", JULY_10, "months", "PXM");
  assertTimex("Belarus has drifted toward Moscow for many, many years.", JULY_10, "many, many years", "PXY");
  assertTimex("Fighting flared in recent weeks.", JULY_10, "recent weeks", "PXW");
});

test("present, past and future references", () => {
  assertTimex("Europe is now living through an arms race.", JULY_10, "now", "PRESENT_REF");
  assertTimex("Such strikes were rare in the past.", JULY_10, "the past", "PAST_REF");
  assertTimex("Sanctions may be eased in the future.", JULY_10, "the future", "FUTURE_REF");
  assertTimex("The two sides recently resumed contacts.", JULY_10, "recently", "PAST_REF");
});

test("sets", () => {
  assertTimex("Shelling hits the city every day.", JULY_10, "every day", "P1D", "SET");
  assertTimex("Patrols leave every morning.", JULY_10, "every morning", "XXXX-XX-XXTMO", "SET");
  assertTimex("Envoys meet twice a month.", JULY_10, "twice a month", "P1M", "SET");
  assertTimex("The ministry publishes losses daily.", JULY_10, "daily", "P1D", "SET");
});

test("seasons, quarters, halves and weeks", () => {
  assertTimex("The counteroffensive stalled last summer.", "2025-03-22", "last summer", "2024-SU");
  assertTimex("Exports fell in the third quarter of 2024.", JULY_10, "the third quarter of 2024", "2024-Q3");
  assertTimex("Output grew in Q1 2025.", JULY_10, "Q1 2025", "2025-Q1");
  assertTimex("Growth slowed in the first half of 2025.", "2025-09-01", "the first half of 2025", "2025-H1");
  assertTimex("Revenue rose in fiscal 2024.", JULY_10, "fiscal 2024", "2024");
  assertTimex("Spending grows this fiscal year.", "2013-03-22", "this fiscal year", "2013");
  assertTimex("Sales fell in the fourth quarter of last year.", "2013-03-22", "the fourth quarter of last year", "2012-Q4");
  assertTimex("Ministers met twice this week.", "2013-03-22", "this week", "2013-W12");
  assertTimex("Europe was reshaped in the 20th century.", JULY_10, "20th century", "19");
});

test("wire clock times and a range across two months", () => {
  assertTimex("The strike came at 0300 GMT on Sunday.", "2025-03-05", "0300 GMT on Sunday", "2025-03-02T03:00", "TIME");
  assertTimex("Sirens sounded at 06:00 local time on Sunday.", "2025-03-05", "06:00 local time on Sunday", "2025-03-02T06:00", "TIME");
  assertTimex("The raids of Feb. 28-March 1 killed 10.", "2025-03-05", "Feb. 28", "2025-02-28");
  assertTimex("The raids of Feb. 28-March 1 killed 10.", "2025-03-05", "March 1", "2025-03-01");
});

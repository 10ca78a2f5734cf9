// Weekdays and months without a year: the clause's tense decides whether they point back or forward.
import { test } from "node:test";
import { assertTimex } from "./annotate.ts";

// Thursday 2025-07-10
const JULY_10 = "2025-07-10";

test("past-tense weekdays go back to the last such day, the publication day included", () => {
  assertTimex("Rubio met Lavrov in Kuala Lumpur on Thursday.", JULY_10, "Thursday", "2025-07-10");
  assertTimex("Russia launched a record wave of drones at Ukraine on Wednesday.", JULY_10, "Wednesday", "2025-07-09");
  assertTimex("The Kremlin has said on Friday that it would keep talking.", JULY_10, "Friday", "2025-07-04");
  assertTimex("Talks were held in Istanbul on Monday.", JULY_10, "Monday", "2025-07-07");
});

test("future clauses and present-tense schedules go forward", () => {
  assertTimex("Zelensky will meet European leaders in Rome on Monday.", JULY_10, "Monday", "2025-07-14");
  assertTimex("Moldova goes to the polls on Sunday.", "2025-09-24", "Sunday", "2025-09-28");
  assertTimex("The foreign ministers are set to sign the accord on Saturday.", JULY_10, "Saturday", "2025-07-12");
  assertTimex("Officials won't travel to Geneva on Tuesday.", JULY_10, "Tuesday", "2025-07-15");
});

test("reported future ('said the truce would begin') goes forward; 'would have' goes back", () => {
  assertTimex("Qatar's prime minister said the truce would begin on Sunday.", "2025-01-15", "Sunday", "2025-01-19");
  assertTimex("Diplomats said the envoys would have met on Sunday had the talks held.", "2025-01-15", "Sunday", "2025-01-12");
  assertTimex("Northern Ireland's qualifier has been postponed until Saturday.", "2013-03-22", "Saturday", "2013-03-23");
});

test("last and next weekdays skip the current one", () => {
  assertTimex("Lawmakers impeached Yoon last Saturday.", "2024-12-14", "last Saturday", "2024-12-07");
  assertTimex("The envoy arrives next Thursday.", JULY_10, "next Thursday", "2025-07-17");
});

test("a month in a January article: past tense means last December, future this year's", () => {
  assertTimex("Israel and Hamas negotiators made little progress in December.", "2025-01-15", "December", "2024-12");
  assertTimex("The new parliament will convene in December.", "2025-01-15", "December", "2025-12");
  assertTimex("Rubio and Lavrov first met in Saudi Arabia in February.", JULY_10, "February", "2025-02");
});

test("a future clause in November puts December in the same year; a past one in the year before", () => {
  assertTimex("The summit will be held in December in Brasília.", "2025-11-20", "December", "2025-12");
  assertTimex("Protesters filled the streets of Tbilisi in December.", "2025-11-20", "December", "2024-12");
});

test("a month and day without a year follow the same rule", () => {
  assertTimex("Trump will take office on January 20.", "2024-11-10", "January 20", "2025-01-20");
  assertTimex("The ceasefire took hold on November 27.", "2025-01-09", "November 27", "2024-11-27");
});

test("day-first and month-first dates without a year, with ordinals and abbreviations", () => {
  assertTimex("Drones struck Kyiv on the night of July 8.", JULY_10, "July 8", "2025-07-08");
  assertTimex("Troops pulled back on Jan. 6.", JULY_10, "Jan. 6", "2025-01-06");
  assertTimex("On 24th February 2022, Russian troops crossed the border.", JULY_10, "24th February 2022", "2022-02-24");
  assertTimex("The plan is due at end-March.", JULY_10, "end-March", "2026-03");
});

test("a month in a present-tense clause is the nearest one; 'is due', 'is scheduled' look ahead", () => {
  assertTimex("Some 1.2 million people are displaced, up from 800,000 in May.", JULY_10, "May", "2025-05");
  assertTimex("The summit is scheduled for December.", JULY_10, "December", "2025-12");
  assertTimex("Elections are in March.", "2025-11-10", "March", "2026-03");
});

test("last and next months count from the publication month", () => {
  assertTimex("The agreement was signed last May.", "2025-03-21", "last May", "2024-05");
  assertTimex("Elections are due next March.", "2025-03-21", "next March", "2026-03");
});

test("a month of last or next year is one date in that year; a month before 'last week' is not joined to it", () => {
  assertTimex("Russian forces have held the dam since February last year.", "2023-06-06", "February last year", "2022-02");
  assertTimex("The new office opens in May next year.", "2023-06-06", "May next year", "2024-05");
  assertTimex("The talks began in February; last week they stalled.", "2023-06-06", "February", "2023-02");
});

test("a date a meeting is called for lies ahead, whatever the tense of the call", () => {
  assertTimex("The agency's chief called an emergency meeting of its board for Monday.", "2025-06-22", "Monday", "2025-06-23");
});

test("a date something takes effect from is the nearest such date", () => {
  assertTimex("Markets fell when Trump threatened an extra tariff from November 1.", "2025-10-30", "November 1", "2025-11-01");
});

test("a clause opened by 'that' takes its tense from its own verb, not the one before", () => {
  assertTimex("Agencies say millions are displaced, and that the fighting in January killed 3,000 people.", "2025-12-05", "January", "2025-01");
});

test("a relative clause between commas keeps its tense to itself", () => {
  assertTimex("Paz will face former President Jorge Quiroga, who took 26.8%, in a runoff on Oct. 19.", "2025-08-18", "Oct. 19", "2025-10-19");
});

test("an apposition between the verb and the weekday keeps the verb's tense", () => {
  // 2025-03-05 is a Wednesday: the Friday of a past killing is the one before
  assertTimex("A drone strike killed Samir Haddad, the group's commander in the south, on Friday.", "2025-03-05", "Friday", "2025-02-28");
  assertTimex("Trump will meet Xi Jinping, China's president, on Friday.", "2025-03-05", "Friday", "2025-03-07");
});

test("'tonight' and 'today' inside a quote count from the day its attribution gives", () => {
  assertTimex('"We will answer tonight," the minister said on Tuesday.', "2025-03-05", "tonight", "2025-03-04TNI", "TIME");
  assertTimex('Speaking on Monday, she said: "Today we start again."', "2025-03-05", "Today", "2025-03-03");
  assertTimex('"Today is a sad day," she said.', "2025-03-05", "Today", "2025-03-05");
  assertTimex('"Last night was hell," a resident said on Sunday.', "2025-03-05", "Last night", "2025-03-01TNI");
});

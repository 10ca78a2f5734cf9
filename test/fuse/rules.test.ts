import { test } from "node:test";
import assert from "node:assert/strict";
import { candidateWindow, chooseEvent, eventKey, isNameLike, isSameStory, nameKey, storySketch, wireOf } from "../../src/fuse/index.ts";

test("name keys ignore case, accents, possessives and dots", () => {
  assert.equal(nameKey("Volodymyr ZELENSKYY"), nameKey("volodymyr Zelenskyy"));
  assert.equal(nameKey("Erdoğan"), "erdogan");
  assert.equal(nameKey("Lavrov's"), "lavrov");
  assert.equal(nameKey("U.S."), nameKey("US"));
});

test("actors match across documents with and without diacritics, and in their own script", () => {
  assert.equal(nameKey("Radosław Sikorski"), nameKey("RADOSLAW SIKORSKI"));
  assert.equal(nameKey("Michelle O’Neill"), nameKey("Michelle O'Neill"));
  assert.notEqual(nameKey("Сергей Лавров"), "");
  assert.notEqual(nameKey("Сергей Лавров"), nameKey("Владимир Путин"));
  assert.ok(isNameLike("محمد السوداني"), "a name in a script without capitals is still a name");
});

test("descriptions never merge actors, names do", () => {
  assert.ok(isNameLike("Zelenskiy"));
  assert.ok(isNameLike("NATO"));
  assert.ok(!isNameLike("the Ukrainian leader"));
  assert.ok(!isNameLike("The minister"));
});

test("a meeting is one event whichever side is named first; an attack is not", () => {
  assert.equal(eventKey("CONSULT", undefined, "a_rubio", "a_lavrov"), eventKey("CONSULT", undefined, "a_lavrov", "a_rubio"));
  assert.notEqual(eventKey("ASSAULT", undefined, "a_russia", "a_ukraine"), eventKey("ASSAULT", undefined, "a_ukraine", "a_russia"));
  assert.notEqual(eventKey("CONSULT", ["negated"], "a", "b"), eventKey("CONSULT", undefined, "a", "b"));
  assert.equal(eventKey("CONSULT", ["historical"], "a", "b"), eventKey("CONSULT", undefined, "a", "b"));
});

test("a report joins the candidate with the most precise agreeing date", () => {
  const candidates = [
    { id: "month", date: "2025-07", reports: 5 },
    { id: "day", date: "2025-07-10", reports: 1 },
    { id: "other-day", date: "2025-07-12", reports: 9 },
  ];
  assert.equal(chooseEvent({ date: "2025-07-10TEV" }, candidates)?.id, "day");
  assert.equal(chooseEvent({ date: "2025-06-30" }, candidates), undefined);
});

test("an undated report joins only an event first reported in the same news cycle", () => {
  const candidates = [{ id: "july", date: "2025-07-10", firstPublished: "2025-07-10", reports: 2 }];
  assert.equal(chooseEvent({ published: "2025-07-11" }, candidates)?.id, "july");
  assert.equal(chooseEvent({ published: "2025-09-01" }, candidates), undefined);
  assert.equal(chooseEvent({}, candidates), undefined);
});

test("the store is asked only for events near the report's date or news cycle", () => {
  assert.deepEqual(candidateWindow({ date: "2025-07", published: "2025-07-10T08:00:00Z" }), {
    days: ["2025-07-01", "2025-07-31"],
    published: ["2025-07-07", "2025-07-13~"],
  });
  assert.deepEqual(candidateWindow({ date: "PRESENT_REF" }), {});
});

const STORY = "Ukraine's air force said Russia launched 120 drones and four missiles overnight, most of them at the Kharkiv and Dnipro regions. Air defence units shot down 95 drones, it said. Regional officials reported damage to a power substation and to several homes, and two people were injured. Russia's defence ministry said its forces had struck military airfields and drone workshops. The attack came hours after talks in Istanbul ended without agreement on a ceasefire.";

test("an edited copy of a story shares most of its sentences; another story shares none", () => {
  const copy = `KHARKIV (Reuters) - ${STORY.replace("Regional officials reported", "Regional officials on Sunday reported")} Reporting by our Kyiv bureau.`;
  const other = "Finland's parliament approved a defence cooperation agreement with the United States on Monday, allowing U.S. troops access to fifteen military areas. The vote passed by a wide margin after a short debate, and the president is expected to sign it this week.";
  const shared = (a: string, b: string) => storySketch(a).filter((h) => storySketch(b).includes(h)).length;
  assert.ok(isSameStory(shared(copy, STORY), storySketch(copy).length));
  assert.ok(!isSameStory(shared(other, STORY), storySketch(other).length));
  assert.deepEqual(storySketch("Too short. Also short."), []);
});

test("wire credits are read from the dateline or the source field", () => {
  assert.equal(wireOf(undefined, "KYIV (Reuters) - Russia launched..."), "Reuters");
  assert.equal(wireOf("The Associated Press", "WASHINGTON - The Senate..."), "Associated Press");
  assert.equal(wireOf(undefined, "BRUSSELS (AFP) - EU ministers..."), "AFP");
  assert.equal(wireOf("Kyiv Independent", "Russia launched hundreds of drones"), undefined);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate, PEOPLE, PLACES } from "./documents.ts";

const brief = (events: ReturnType<typeof annotate>["events"]) =>
  events.map((e) => [e.type, e.source?.name, e.target?.name ?? null]);

test("an act recalled from years before publication is background, not coded; last month's is", () => {
  const spec = { entities: [PLACES.russia, PLACES.ukraine], published: "2025-05-16" };
  const old = annotate("Russia invaded Ukraine in 2022.", { ...spec, timexes: [{ text: "2022", value: "2022" }] }).events;
  assert.deepEqual(old, []);
  const recent = annotate("Russia attacked Ukraine in April.", { ...spec, timexes: [{ text: "April", value: "2025-04" }] }).events;
  assert.deepEqual(brief(recent), [["ASSAULT", "Russia", "Ukraine"]]);
});

test("counted victims are no actor: the place they were in is the target", () => {
  const text = "Russian drones killed 14 people in Kyiv overnight.";
  const events = annotate(text, { entities: [PLACES.kyiv] }).events;
  assert.equal(events.length, 1);
  assert.equal(events[0].source?.country, "RUS");
  assert.equal(events[0].target?.country, "UKR");
  assert.equal(events[0].place?.name, "Kyiv");
});

test("'nine civilians' read as a subject codes nothing; counted rebels of a nation still act", () => {
  assert.deepEqual(annotate("Nine civilians attacked the convoy near the border.").events, []);
  const rebels = annotate("Two hundred Congolese rebels surrendered to the army on Monday.").events;
  assert.equal(rebels[0]?.source?.country, "COD");
});

test("a leader does not act on their own state: 'Trump said the United States ...' has no such target", () => {
  const text = "Donald Trump urged the United States to stop funding the program.";
  const events = annotate(text, { entities: [PEOPLE.trump, { name: "United States", type: "GPE", country: "USA", mentions: ["United States"] }] }).events;
  for (const e of events) assert.notEqual(e.target?.name, "United States");
});

test("nationality words come from the knowledge base: 'Bosnian police', 'Croat police'", () => {
  const town = (name: string) => ({ name, type: "GPE", country: "BIH", mentions: [name] });
  const [bosnian] = annotate("Bosnian police arrested the suspect in Sarajevo on Friday.", { entities: [town("Sarajevo")] }).events;
  assert.equal(bosnian?.source?.country, "BIH");
  const [croat] = annotate("Croat police detained two men in Mostar on Saturday.", { entities: [town("Mostar")] }).events;
  assert.equal(croat?.source?.country, "HRV");
});

test("a group no country places is no target: 'met the leaders' codes no meeting, 'met Afghan leaders' does", () => {
  const spec = { entities: [PEOPLE.rubio] };
  assert.deepEqual(annotate("Rubio met the leaders on Monday.", spec).events, []);
  const [placed] = annotate("Rubio met Afghan leaders in Doha on Monday.", spec).events;
  assert.equal(placed?.target?.country, "AFG");
});

test("a news agency told of an act is not its actor: 'told AFP that a jet bombed ...' codes no AFP attack", () => {
  const text = "A spokesman for the Arakan Army told AFP that a military jet bombed the village of Kyauk Taw on Tuesday.";
  const events = annotate(text, { entities: [
    { name: "Arakan Army", type: "ORG", country: "MMR", mentions: ["Arakan Army"] },
    { name: "Agence France-Presse", type: "ORG", mentions: ["AFP"] },
    { name: "Kyauk Taw", type: "GPE", country: "MMR", mentions: ["Kyauk Taw"] },
  ] }).events;
  assert.ok(!events.some((e) => e.source?.name === "Agence France-Presse"), JSON.stringify(events.map((e) => e.source?.name)));
});

test("an act dated well after publication has not happened; an agreement made now about it has", () => {
  const spec = { entities: [PEOPLE.tusk, PEOPLE.stubb], published: "2025-06-25" };
  const timexes = [{ text: "2027", value: "2027" }];
  assert.deepEqual(annotate("Tusk met Stubb in Helsinki in 2027.", { ...spec, timexes }).events, []);
  const agreed = annotate("Tusk agreed with Stubb to open the border in 2027.", { ...spec, timexes }).events;
  assert.equal(agreed[0]?.type, "AGREE");
});

test("a town no country places is not the one who acts", () => {
  const text = "Pahalgam attacked the tourists on Tuesday.";
  assert.deepEqual(annotate(text, { entities: [{ name: "Pahalgam", type: "GPE", mentions: ["Pahalgam"] }] }).events, []);
});

test("an attack told over two sentences does not take its victims' count as its target", () => {
  const text = "U.S. forces struck a boat near Venezuela on Tuesday. The attack killed 11 people.";
  const events = annotate(text, { timexes: [{ text: "Tuesday", value: "2025-09-02" }] }).events;
  const attack = events.find((e) => e.type === "ASSAULT");
  assert.equal(attack?.source?.country, "USA");
  assert.notEqual(attack?.target?.name, "11 people");
});

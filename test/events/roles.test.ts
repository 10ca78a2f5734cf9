import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate, PEOPLE, PLACES } from "./documents.ts";

const coded = (text: string, spec: Parameters<typeof annotate>[1] = {}) =>
  annotate(text, spec).events.map((e) => [e.type, e.source?.name, e.target?.name ?? null]);

test("subject before the verb is the source, the object after it the target", () => {
  assert.deepEqual(coded("Stubb criticised Tusk over the border plan.", { entities: [PEOPLE.stubb, PEOPLE.tusk] }), [
    ["ACCUSE", "Alexander Stubb", "Donald Tusk"],
  ]);
});

test("a meeting is one record for both sides: 'X met Y', 'X and Y met', 'talks between X and Y'", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk, PLACES.helsinki] };
  for (const text of [
    "Stubb met Tusk in Helsinki on Monday.",
    "Stubb and Tusk met in Helsinki on Monday.",
    "Officials reported talks between Stubb and Tusk in Helsinki on Monday.",
  ]) {
    const events = annotate(text, { ...spec, timexes: [{ text: "Monday", value: "2025-03-03" }] }).events;
    assert.equal(events.length, 1, text);
    assert.equal(events[0].type, "CONSULT");
    assert.deepEqual(new Set([events[0].source?.name, events[0].target?.name]), new Set(["Alexander Stubb", "Donald Tusk"]), text);
    assert.equal(events[0].place?.name, "Helsinki", text);
  }
});

test("passive voice: 'Y was attacked by X' is X -> Y", () => {
  const ukraine = { ...PLACES.ukraine, mentions: ["Ukrainian"] };
  assert.deepEqual(coded("The Ukrainian convoy was attacked by Russian drones.", { entities: [ukraine, PLACES.russia] }), [
    ["ASSAULT", "Russia", "Ukraine"],
  ]);
});

test("nationality words stand for their country, and a capital is the place, not the target", () => {
  const events = annotate("Russian missiles struck the Ukrainian capital overnight.", {}).events;
  assert.equal(events.length, 1);
  assert.equal(events[0].source?.country, "RUS");
  assert.equal(events[0].target?.country, "UKR");
  assert.equal(events[0].place?.name, "Kyiv");
});

test("a noun trigger takes its possessor as source: 'X's attack on Y'", () => {
  assert.deepEqual(coded("Israel's strike on Iran drew condemnation.", {}), [["ASSAULT", "Israel", "Iran"]]);
});

test("relative clauses and coordinated verbs keep their subject", () => {
  const text = "Trump, who praised Stubb last week, criticised Tusk.";
  assert.deepEqual(coded(text, { entities: [PEOPLE.trump, PEOPLE.stubb, PEOPLE.tusk] }), [
    ["SUPPORT", "Donald Trump", "Alexander Stubb"],
    ["ACCUSE", "Donald Trump", "Donald Tusk"],
  ]);
});

test("a described person is resolved to the latest person of that country: 'the Finnish president'", () => {
  const text = "Stubb arrived in Warsaw. Tusk later praised the Finnish president.";
  assert.deepEqual(coded(text, { entities: [PEOPLE.stubb, PEOPLE.tusk] }).filter((e) => e[0] === "SUPPORT"), [
    ["SUPPORT", "Donald Tusk", "Alexander Stubb"],
  ]);
});

test("the counterparts of a later sentence are the two sides of the last meeting", () => {
  const text = "Stubb met Tusk in Helsinki in March. The two leaders also spoke by phone in May.";
  const events = annotate(text, {
    entities: [PEOPLE.stubb, PEOPLE.tusk, PLACES.helsinki],
    timexes: [{ text: "March", value: "2025-03" }, { text: "May", value: "2025-05" }],
    published: "2025-05-20",
  }).events;
  const call = events.find((e) => e.mode === "phone");
  assert.ok(call, "the phone call is coded");
  assert.equal(call.source?.name, "Alexander Stubb");
  assert.equal(call.target?.name, "Donald Tusk");
  assert.equal(call.date, "2025-05");
});

test("what a speaker is asked to do is not coded as done: 'urged X to support Y' is one REQUEST", () => {
  const text = "Stubb urged Tusk to support the sanctions package.";
  assert.deepEqual(coded(text, { entities: [PEOPLE.stubb, PEOPLE.tusk] }), [["REQUEST", "Alexander Stubb", "Donald Tusk"]]);
});

test("a photo caption's position notes are asides: 'X (L) and Y (R) during a meeting' is their meeting", { todo: "parser: the position notes in brackets break the coordination of the two names" }, () => {
  const modi = { name: "Narendra Modi", type: "PERSON", country: "IND", role: "Prime Minister", mentions: ["Narendra Modi"] };
  const xi = { name: "Xi Jinping", type: "PERSON", country: "CHN", role: "President", mentions: ["Xi Jinping"] };
  const text = "Indian Prime Minister Narendra Modi (L) and Chinese President Xi Jinping (R) during a meeting in Tianjin.";
  const events = annotate(text, { entities: [modi, xi] }).events;
  assert.deepEqual(events.map((e) => [e.type, e.source?.name, e.target?.name]), [["CONSULT", "Narendra Modi", "Xi Jinping"]]);
});

test("a described apposition before a relative clause stands for the name it describes", () => {
  const msf = { name: "Doctors Without Borders", type: "ORG", mentions: ["Doctors Without Borders"] };
  const text = "Doctors Without Borders, an aid group that runs clinics in Gaza, accused Russia of bombing a hospital in Kyiv.";
  const events = annotate(text, { entities: [msf, PLACES.russia, PLACES.kyiv] }).events;
  assert.deepEqual(events.filter((e) => e.type === "ACCUSE").map((e) => [e.source?.name, e.target?.name]), [
    ["Doctors Without Borders", "Russia"],
  ]);
});

test("an organ of a named state acts as that state; a minister of it stays a person", () => {
  const finland = { name: "Finland", type: "GPE", country: "FIN", mentions: ["Finland"] };
  const spec = { entities: [finland, PLACES.russia] };
  assert.deepEqual(coded("Finland's foreign ministry criticised Russia over the closed border crossings.", spec), [
    ["ACCUSE", "Finland", "Russia"],
  ]);
  assert.deepEqual(coded("Finland's foreign minister criticised Russia over the closed border crossings.", spec).map((e) => e[1]), [
    "foreign minister",
  ]);
});

test("an act on coordinated targets is an act on each: 'defended X and Y', 'threatened A, B and C'", () => {
  assert.deepEqual(coded("The Finnish president defended Poland and Estonia against the criticism.", {}), [
    ["SUPPORT", "Finland", "Poland"],
    ["SUPPORT", "Finland", "Estonia"],
  ]);
  assert.deepEqual(coded("Russia threatened Finland, Sweden and Norway over the exercises.", {}).map((e) => e[2]), ["Finland", "Sweden", "Norway"]);
  // A comma alone is an apposition, not a list.
  assert.deepEqual(coded("Russia attacked Ukraine, its neighbour, overnight.", {}).map((e) => e[2]), ["Ukraine"]);
});

test("a participle in a hyphenated compound names no act: 'the hard-left party', 'the Russian-backed militia'", () => {
  // The conversation is a meeting; "left" in "hard-left" is no withdrawal.
  const events = coded("Stubb spoke with Li Andersson of the hard-left Finnish party on Monday.", { entities: [PEOPLE.stubb] });
  assert.deepEqual(events.map((e) => e[0]), ["CONSULT"]);
});

test("what an agreement or an offer is to do is its content, not an act of its own: 'agreed to resign'", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk] };
  assert.deepEqual(coded("Stubb offered to withdraw the border guards from the crossing with Tusk.", spec).map((e) => e[0]), ["AGREE"]);
});

test("people named by their trade or age are a group of their country, not the state: 'Finnish landowners protested against the Finnish government'", () => {
  assert.deepEqual(coded("Finnish landowners protested against the Finnish government on Monday.", {}), [["PROTEST", "Finnish landowners", "Finland"]]);
});

test("a body no country places is the one it belongs to: 'President Karanja's government'", () => {
  assert.deepEqual(coded("Kenyan students staged demonstrations against President Karanja's government.", {}), [["PROTEST", "Kenyan students", "Karanja"]]);
});

test("people of a country protesting with no target or place named protest its state: 'Finnish farmers went on strike'", () => {
  assert.deepEqual(coded("Finnish farmers went on strike over unpaid subsidies.", {}), [["PROTEST", "Finnish farmers", "Finland"]]);
});

test("an act done in words is by the one named after its noun: 'answered an appeal by Finland'", { todo: "parser: 'by Finland' is attached to the verb, not to 'appeal'" }, () => {
  const un = { name: "United Nations", type: "ORG", mentions: ["United Nations"] };
  assert.deepEqual(coded("Russia answered an appeal by Finland to the United Nations.", { entities: [un] }), [["REQUEST", "Finland", "United Nations"]]);
});

test("an act feared or worried about is not reported: 'citing concerns about retaliation from the army'", () => {
  assert.deepEqual(coded("The witness asked not to be named, citing concerns about retaliation from the Russian army.", {}), []);
});

test("a sentence-initial plural noun the tagger reads as a name is still a group: 'Farmers staged a protest'", () => {
  const brussels = { name: "Brussels", type: "GPE", country: "BEL", mentions: ["Brussels"] };
  assert.deepEqual(annotate("Farmers staged a protest in Brussels on Monday.", { entities: [brussels] }).events.map((e) => [e.type, e.source?.name, e.source?.country]), [
    ["PROTEST", "Farmers", "BEL"],
  ]);
});

test("rebels, protesters and the opposition act against their own country's leader, whom no entity places; what they demand he do is no act", () => {
  assert.deepEqual(annotate("Opposition groups in Kenya demanded that President Karanja resign.", {}).events.map((e) => [e.type, e.source?.country, e.target?.name, e.target?.country]), [
    ["REQUEST", "KEN", "Karanja", "KEN"],
  ]);
});

test("an attribution tail with the speakers' place is not part of the event: '..., relief officials in Helsinki said'", () => {
  assert.deepEqual(coded("Russian troops shelled Ukraine on Sunday, killing 20 people, relief officials in Helsinki said.", {}), [["ASSAULT", "Russia", "Ukraine"]]);
});

test("talks no one is named in are not the last meeting's sides again: '... progress after weeks of talks was slow'", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk], timexes: [{ text: "Monday", value: "2025-03-03" }, { text: "Friday", value: "2025-03-07" }] };
  const events = annotate("Stubb met Tusk on Monday. Officials said on Friday that progress after weeks of talks was slow.", spec).events;
  assert.deepEqual(events.map((e) => [e.type, e.date]), [["CONSULT", "2025-03-03"]]);
});

test("undoing a measure reports no new one: 'agreed to lift the embargo on Finland' is no embargo", () => {
  assert.deepEqual(coded("Russia agreed to lift the embargo on Finland.", {}).filter((e) => e[0] === "COERCE"), []);
});

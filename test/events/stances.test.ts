// Stances: what a speaker says of another actor is coded as the speaker's act toward it (stances.yaml).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate, PEOPLE, PLACES } from "./documents.ts";

const sandu = { name: "Maia Sandu", type: "PERSON", country: "MDA", role: "President", mentions: ["Maia Sandu", "Sandu"] };
const moldova = { name: "Moldova", type: "GPE", country: "MDA", mentions: ["Moldova"] };
const macron = { name: "Emmanuel Macron", type: "PERSON", country: "FRA", role: "President", mentions: ["Emmanuel Macron", "Macron"] };
const marcos = { name: "Ferdinand Marcos Jr.", type: "PERSON", country: "PHL", role: "President", mentions: ["Ferdinand Marcos Jr.", "Marcos"] };
const china = { name: "China", type: "GPE", country: "CHN", mentions: ["China", "Beijing"] };

const stances = (events: ReturnType<typeof annotate>["events"]) =>
  events.map((e) => [e.type, e.source?.name, e.target?.name ?? null, e.date ?? null]);

test("a warning about another state's influence accuses that state, dated by the warning", () => {
  const { events } = annotate("Maia Sandu warned on Monday that Moldova could slip into Moscow's orbit.", {
    entities: [sandu, moldova, PLACES.russia], published: "2025-09-23", timexes: [{ text: "Monday", value: "2025-09-22" }],
  });
  assert.deepEqual(stances(events), [["ACCUSE", "Maia Sandu", "Russia", "2025-09-22"]]);
  assert.ok(events[0].evidence.some((s) => s.text === "Moscow's orbit"), "the words that show the stance are evidence");
  assert.ok(events[0].evidence.some((s) => s.text.startsWith("Maia Sandu warned")));
});

test("influence named without a warning is no accusation; a word that judges is one in any speech", () => {
  const plain = annotate("Maia Sandu said Russian influence in Moldova had waned.", { entities: [sandu, moldova, PLACES.russia] }).events;
  assert.deepEqual(stances(plain), []);
  const judged = annotate("Maia Sandu said Russian disinformation was flooding Moldova.", { entities: [sandu, moldova, PLACES.russia] }).events;
  assert.deepEqual(stances(judged).map(([type, source, target]) => [type, source, target]), [["ACCUSE", "Maia Sandu", "Russia"]]);
});

test("saying a side can win supports it; not when negated, and not one's own state", () => {
  const spec = { entities: [macron, PEOPLE.zelensky, PLACES.ukraine], published: "2025-03-01" };
  const support = annotate("Emmanuel Macron said Ukraine could still win the war.", spec).events;
  assert.deepEqual(stances(support), [["SUPPORT", "Emmanuel Macron", "Ukraine", "2025-03-01"]]);
  assert.deepEqual(stances(annotate("Emmanuel Macron said Ukraine would not win the war.", spec).events), []);
  assert.deepEqual(stances(annotate("Volodymyr Zelenskyy said Ukraine could win the war.", spec).events), []);
});

test("a speech noun reports its owner's words: 'Trump's suggestion on Tuesday that Kyiv could win' (the capital is its state)", () => {
  const { events } = annotate("Trump's suggestion on Tuesday that Kyiv could win surprised European diplomats.", {
    entities: [PEOPLE.trump, PLACES.kyiv, PLACES.ukraine], published: "2025-09-24", timexes: [{ text: "Tuesday", value: "2025-09-23" }],
  });
  assert.deepEqual(stances(events), [["SUPPORT", "Donald Trump", "Ukraine", "2025-09-23"]]);
});

test("a stance in a speaker's direct quote is the speaker's", () => {
  const { events } = annotate('"Chinese intimidation will not silence us," Marcos said on Friday.', {
    entities: [marcos, china], published: "2025-06-07", timexes: [{ text: "Friday", value: "2025-06-06" }],
  });
  assert.deepEqual(stances(events), [["ACCUSE", "Ferdinand Marcos Jr.", "China", "2025-06-06"]]);
});

test("a vow that someone will be punished or pay threatens them; not when negated, and not without the vow", () => {
  const spec = { entities: [macron, PLACES.russia], published: "2025-03-01" };
  assert.deepEqual(stances(annotate("Emmanuel Macron vowed that Russia would be punished for the attack.", spec).events).map((e) => e.slice(0, 3)),
    [["THREATEN", "Emmanuel Macron", "Russia"]]);
  assert.deepEqual(stances(annotate("Emmanuel Macron warned that Russia would pay a heavy price.", spec).events).map((e) => e.slice(0, 3)),
    [["THREATEN", "Emmanuel Macron", "Russia"]]);
  assert.deepEqual(stances(annotate("Emmanuel Macron vowed that Russia would not be punished.", spec).events), []);
  assert.deepEqual(stances(annotate("Emmanuel Macron said Russia would pay its debts.", spec).events), []);
});

test("a judgement said of a thing accuses its owner or the author of the act it stands for; not when denied", () => {
  const ali = { name: "Irfaan Ali", type: "PERSON", country: "GUY", role: "President", mentions: ["Irfaan Ali", "Ali"] };
  const guyana = { name: "Guyana", type: "GPE", country: "GUY", mentions: ["Guyana"] };
  const venezuela = { name: "Venezuela", type: "GPE", country: "VEN", mentions: ["Venezuela"] };
  const entities = [ali, guyana, venezuela];
  const owner = annotate("Irfaan Ali said Venezuela's plans to annex the region were a direct threat to Guyana.", { entities }).events;
  assert.deepEqual(stances(owner).map(([type, source, target]) => [type, source, target]), [["ACCUSE", "Irfaan Ali", "Venezuela"]]);
  const denied = annotate("Irfaan Ali said Venezuela's plans were not a threat to Guyana.", { entities }).events;
  assert.deepEqual(stances(denied), []);
  const nameless = annotate("Irfaan Ali said the referendum was a threat to Guyana.", { entities }).events;
  assert.deepEqual(stances(nameless), [], "a judgement of what no actor owns accuses no one");
  // "called the attack a terrorist attack": the author of the attack told before, not the one who calls it so.
  const called = annotate("Venezuela shelled a Guyanese outpost on Monday. Irfaan Ali called the attack a terrorist attack.", { entities }).events;
  assert.ok(called.some((e) => e.type === "ACCUSE" && e.source?.name === "Irfaan Ali" && e.target?.name === "Venezuela"), JSON.stringify(stances(called)));
});

test("saying someone will be arrested threatens them; saying they were arrested reports it", () => {
  const vucic = { name: "Aleksandar Vučić", type: "PERSON", country: "SRB", role: "President", mentions: ["Aleksandar Vucic", "Vucic"] };
  const future = annotate("Aleksandar Vucic said many more antigovernment protesters will be arrested.", { entities: [vucic] }).events;
  assert.deepEqual(stances(future).map(([type, source, target]) => [type, source, target]), [["THREATEN", "Aleksandar Vučić", "antigovernment protesters"]],
    "how many is no part of the group's name");
  const past = annotate("Aleksandar Vucic said 77 protesters were arrested on Saturday.", { entities: [vucic] }).events;
  assert.deepEqual(stances(past).filter(([type]) => type === "THREATEN"), []);
});

test("a rival at home is another: a speaker's judgement of a compatriot is coded; of the speaker's own state (or its capital) it is not", () => {
  const dagalo = { name: "Mohamed Hamdan Dagalo", type: "PERSON", country: "SDN", mentions: ["Mohamed Hamdan Dagalo", "Dagalo"] };
  const burhan = { name: "Abdel Fattah al-Burhan", type: "PERSON", country: "SDN", mentions: ["Abdel Fattah al-Burhan", "Burhan"] };
  const spec = { entities: [dagalo, burhan, PEOPLE.zelensky, PLACES.kyiv, PLACES.ukraine], published: "2023-04-16" };
  assert.deepEqual(stances(annotate("Mohamed Hamdan Dagalo called Abdel Fattah al-Burhan a criminal.", spec).events), [["ACCUSE", "Mohamed Hamdan Dagalo", "Abdel Fattah al-Burhan", "2023-04-16"]]);
  assert.deepEqual(stances(annotate("Volodymyr Zelenskyy said Kyiv could win the war.", spec).events), []);
});

test("two words of one sentence telling one accusation make one record, whatever their modes", () => {
  const serbia = { name: "Serbia", type: "GPE", country: "SRB", mentions: ["Serbia"] };
  const { events } = annotate("Serbia is investigating alleged war crimes by Serbian militiamen, a Serbian official said.", { entities: [serbia], published: "1999-10-02" });
  assert.equal(events.filter((e) => e.type === "ACCUSE").length, 1, JSON.stringify(stances(events)));
});

test("saying another must act demands it of them, read from the tree; not of one's own side, not negated, not passive", () => {
  const spec = { entities: [macron, PLACES.russia, PLACES.ukraine, { name: "France", type: "GPE", country: "FRA", mentions: ["France"] }], published: "2025-03-01" };
  const demands = (text: string) => stances(annotate(text, spec).events).filter((e) => e[0] === "REQUEST").map((e) => e.slice(0, 3));
  assert.deepEqual(demands("Emmanuel Macron said on Friday that Russia must withdraw its troops from Ukraine."), [["REQUEST", "Emmanuel Macron", "Russia"]]);
  assert.deepEqual(demands("\"Russia has to stop this war,\" Emmanuel Macron said."), [["REQUEST", "Emmanuel Macron", "Russia"]]);
  assert.deepEqual(demands("Emmanuel Macron said France must do more for Ukraine."), []);
  assert.deepEqual(demands("Emmanuel Macron said Russia must not win."), []);
  assert.deepEqual(demands("Emmanuel Macron said Russia must be held accountable."), []);
  assert.deepEqual(demands("Emmanuel Macron said the state must have a monopoly on arms."), []);
});

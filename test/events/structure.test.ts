// Sides, scope and sense read from the dependency tree, one family of errors at a time (sentences
// written for this test). Each family has a sentence that must be coded and one that must not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "./documents.ts";
import type { EntitySpec } from "./documents.ts";

const place = (name: string, country: string): EntitySpec => ({ name, type: "GPE", country, mentions: [name] });
const org = (name: string, country?: string): EntitySpec => ({ name, type: "ORG", country, mentions: [name] });

type Want = [type: string, source: string, target: string];
const actorIs = (actor: { name: string; country?: string } | undefined, want: string) =>
  actor !== undefined && (actor.name === want || actor.country === want);

function coded(text: string, entities: EntitySpec[], timexes: Array<{ text: string; value: string }> = []) {
  return annotate(text, { entities, timexes, published: "2025-06-02" }).events;
}

function assertCoded(text: string, entities: EntitySpec[], ...wants: Want[]) {
  const events = coded(text, entities);
  for (const [type, source, target] of wants) {
    const found = events.find((e) => e.type === type && actorIs(e.source, source) && actorIs(e.target, target));
    assert.ok(found, `want ${type} ${source} -> ${target}, coded ${JSON.stringify(events.map((e) => [e.type, e.source?.name, e.target?.name]))}`);
  }
}

function assertNotCoded(text: string, entities: EntitySpec[], type: string, source?: string) {
  const events = coded(text, entities).filter((e) => e.type === type && (source === undefined || actorIs(e.source, source)));
  assert.deepEqual(events.map((e) => [e.type, e.source?.name, e.target?.name]), [], text);
}

test("passive: the agent is the one after 'by', the subject the one acted on", () => {
  assertCoded("Kharkiv was shelled by Russian forces on Monday.", [place("Kharkiv", "UKR")], ["ASSAULT", "RUS", "UKR"]);
});

test("passive: a natural cause after 'by' is no attacker", () => {
  assertNotCoded("The bridge near Kherson was destroyed by floods on Monday.", [place("Kherson", "UKR")], "ASSAULT");
});

test("coordination: every coordinated target is acted on", () => {
  assertCoded("The European Union imposed sanctions on Iran, Belarus and North Korea on Monday.",
    [org("European Union"), place("Iran", "IRN"), place("Belarus", "BLR"), place("North Korea", "PRK")],
    ["COERCE", "European Union", "Iran"], ["COERCE", "European Union", "Belarus"], ["COERCE", "European Union", "North Korea"]);
});

test("coordination: coordinated subjects each act", () => {
  assertCoded("Britain, France and Germany imposed sanctions on Iran on Monday.",
    [place("Britain", "GBR"), place("France", "FRA"), place("Germany", "DEU"), place("Iran", "IRN")],
    ["COERCE", "Britain", "Iran"], ["COERCE", "France", "Iran"], ["COERCE", "Germany", "Iran"]);
});

test("relative clause: the clause's subject is the noun it modifies", () => {
  assertCoded("The M23 rebels, who seized Goma in January, attacked Bukavu on Friday.",
    [org("M23"), place("Goma", "COD"), place("Bukavu", "COD")], ["ASSAULT", "M23", "COD"]);
});

test("reported speech: the reported act keeps its own sides, not the speaker's", () => {
  assertCoded("Ukraine's air force said Russian drones struck Odesa overnight.", [place("Ukraine", "UKR"), place("Odesa", "UKR")], ["ASSAULT", "RUS", "UKR"]);
  assertNotCoded("Ukraine's air force said Russian drones struck Odesa overnight.", [place("Ukraine", "UKR"), place("Odesa", "UKR")], "ASSAULT", "Ukraine");
});

test("sense: releasing prisoners is a concession, releasing a statement is not", () => {
  assertCoded("Belarus released 14 political prisoners on Saturday.", [place("Belarus", "BLR")], ["CONCEDE", "Belarus", "BLR"]);
  assertNotCoded("The Belarusian foreign ministry released a statement on Saturday.", [org("Belarusian foreign ministry", "BLR")], "CONCEDE");
});

test("sense: refusing to speculate rejects no one", () => {
  assertNotCoded("The Kremlin spokesman refused to speculate about the talks with Ukraine.", [org("Kremlin", "RUS"), place("Ukraine", "UKR")], "REJECT");
});

test("scope: a negation in the act's own clause makes it negated; one in a clause beside it does not", () => {
  const states = [place("Israel", "ISR"), place("Iran", "IRN"), place("Tehran", "IRN")];
  const negated = coded("Israel did not strike Iran on Monday.", states).find((e) => e.type === "ASSAULT");
  assert.deepEqual(negated?.context, ["negated"]);
  const struck = coded("Israel struck Iran on Monday after Tehran said it would not negotiate.", states).find((e) => e.type === "ASSAULT");
  assert.ok(struck && !struck.context?.includes("negated"), JSON.stringify(struck));
});

test("time: the date of the act's own clause, not of a relative clause beside it", () => {
  const text = "M23 rebels, who had seized Goma on Monday, attacked Bukavu on Wednesday.";
  const events = coded(text, [org("M23"), place("Goma", "COD"), place("Bukavu", "COD")], [{ text: "Monday", value: "2025-05-26" }, { text: "Wednesday", value: "2025-05-28" }]);
  const attack = events.find((e) => e.type === "ASSAULT" && e.evidence[0].text.includes("attacked"));
  assert.equal(attack?.date, "2025-05-28", JSON.stringify(events.map((e) => [e.type, e.date, e.evidence[0].text])));
});

test("speech: in a speaker's quote, 'we' is the speaker; other quoted acts are the speaker's claims, not events", () => {
  const zelensky: EntitySpec = { name: "Volodymyr Zelenskyy", type: "PERSON", country: "UKR", role: "President", mentions: ["Volodymyr Zelenskyy", "Zelenskyy"] };
  assertCoded("\"We will strike back at Russia for every city it burns,\" Volodymyr Zelenskyy said on Monday.", [zelensky], ["THREATEN", "Volodymyr Zelenskyy", "RUS"]);
  assertNotCoded("\"They attacked the village with drones all night long,\" Volodymyr Zelenskyy said on Monday.", [zelensky], "ASSAULT");
});

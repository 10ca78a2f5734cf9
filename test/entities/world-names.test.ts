import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText, mentioned } from "./helpers.ts";
import { WORLD_NAMES } from "./world-names.ts";

const countries = new Set(WORLD_NAMES.map((w) => w.country));

test("the name table covers more than forty countries", () => {
  assert.ok(countries.size >= 40, `${countries.size} countries`);
});

for (const w of WORLD_NAMES) {
  test(`${w.name} (${w.country}) is one person in body text, as a quote speaker and as an event side`, () => {
    const text = `${w.demonym} ${w.title} ${w.name} arrived in Geneva on Monday for talks on the war in Sudan. ` +
      `"We came to listen and to help," ${w.name} told reporters. On Tuesday, ${w.short} met UN Secretary-General António Guterres on Tuesday.`;
    const doc = annotateText(text, "2025-06-10");
    const person = mentioned(doc.entities, w.name);
    assert.ok(person, `no entity with the mention "${w.name}"; entities: ${doc.entities.map((e) => e.name).join("; ")}`);
    assert.equal(person.type, "PERSON");
    assert.equal(person.country, w.country);
    const pieces = doc.entities.filter((e) => e !== person && e.mentions.some((m) => person.mentions.some((n) => m.start < n.end && n.start < m.end)));
    assert.deepEqual(pieces.map((e) => e.name), [], "no other entity holds a piece of the name");
    const short = doc.text.lastIndexOf(w.short);
    assert.ok(person.mentions.some((m) => m.start === short && m.end === short + w.short.length), `"${w.short}" joins the person`);
    const quote = doc.quotes.find((q) => q.text.startsWith("We came"));
    assert.equal(quote?.speaker?.entity, person.id, `speaker: ${quote?.speaker?.name}`);
    const meeting = doc.events.find((e) => e.type === "CONSULT");
    assert.ok(meeting?.source?.entity === person.id || meeting?.target?.entity === person.id,
      `meeting sides: ${meeting?.source?.name} / ${meeting?.target?.name}`);
  });
}

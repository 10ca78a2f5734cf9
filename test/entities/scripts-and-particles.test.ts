import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText, entitiesOf, mentioned, mentionTexts, named } from "./helpers.ts";

test("the issue's article: every name whole, with its country", () => {
  const es = entitiesOf("Turkish President Recep Tayyip Erdoğan met Slovak envoy Miroslav Lajčák and Polish minister Radosław " +
    "Sikorski on Wednesday. Romania's Nicușor Dan and Hungary's Péter Szijjártó also attended, as did Đặng Hoàng Giang of " +
    "Vietnam and Jenča of the United Nations.");
  const people = es.filter((e) => e.type === "PERSON").map((e) => `${e.mentions[0].text}/${e.country ?? ""}`);
  assert.deepEqual(people, ["Recep Tayyip Erdoğan/TUR", "Miroslav Lajčák/SVK", "Radosław Sikorski/POL", "Nicușor Dan/ROU",
    "Péter Szijjártó/HUN", "Đặng Hoàng Giang/VNM", "Jenča/"]);
});

test("a name written with and without diacritics is one entity, and the knowledge base knows both", () => {
  const es = entitiesOf("Erdoğan met Lula in Ankara on Wednesday. Later, Erdogan said the talks were useful. " +
    "Azerbaijan's President İlham Əliyev arrived on Thursday; Aliyev left on Friday.");
  assert.deepEqual(mentionTexts(named(es, "Recep Tayyip Erdoğan")), ["Erdoğan", "Erdogan"]);
  assert.deepEqual(mentionTexts(named(es, "Ilham Aliyev")), ["İlham Əliyev", "Aliyev"]);
});

test("a meeting is coded whichever way the name is spelled", () => {
  for (const name of ["Erdoğan", "Erdogan"]) {
    const doc = annotateText(`${name} met Lula in Ankara on Wednesday.`);
    const meeting = doc.events.find((e) => e.type === "CONSULT");
    assert.deepEqual([meeting?.source?.name, meeting?.target?.name], ["Recep Tayyip Erdoğan", "Luiz Inácio Lula da Silva"], name);
  }
});

test("particles and apostrophes stay inside names: al-, bin, van der, de la, da, Ould, O'Neill", () => {
  const es = entitiesOf("European Commission President Ursula von der Leyen met Saudi Crown Prince Mohammed bin Salman and " +
    "Mauritanian President Mohamed Ould Ghazouani. Northern Ireland's First Minister Michelle O’Neill and Mexican Foreign " +
    "Minister Juan Ramón de la Fuente also spoke, as did Ahmed al-Sharaa. Later, von der Leyen thanked de la Fuente.");
  for (const name of ["Ursula von der Leyen", "Mohammed bin Salman", "Mohamed Ould Ghazouani", "Michelle O’Neill", "Juan Ramón de la Fuente", "Ahmed al-Sharaa"]) {
    assert.equal(mentioned(es, name)?.type, "PERSON", name);
  }
  assert.equal(mentioned(es, "Michelle O’Neill")?.country, "GBR");
  assert.equal(mentioned(es, "von der Leyen"), mentioned(es, "Ursula von der Leyen"), "the family name alone, its particles first, joins her");
  assert.equal(mentioned(es, "de la Fuente"), mentioned(es, "Juan Ramón de la Fuente"));
  assert.equal(named(es, "Van"), undefined, "the particle is not the Turkish city of Van");
});

test("names in Cyrillic, Greek and Arabic script are whole entities, typed by the title before them", () => {
  const doc = annotateText("Russian Foreign Minister Сергей Лавров arrived in Ankara on Monday. Greek Prime Minister Κυριάκος " +
    "Μητσοτάκης said the talks were useful. Iraqi Prime Minister محمد شياع السوداني met the envoy in Baghdad. " +
    "\"We want calm,\" Лавров said.");
  const lavrov = mentioned(doc.entities, "Сергей Лавров");
  assert.equal(lavrov?.type, "PERSON");
  assert.equal(lavrov?.country, "RUS");
  assert.deepEqual(mentionTexts(lavrov), ["Сергей Лавров", "Лавров"]);
  assert.equal(mentioned(doc.entities, "Κυριάκος Μητσοτάκης")?.country, "GRC");
  assert.equal(mentioned(doc.entities, "محمد شياع السوداني")?.country, "IRQ");
  assert.equal(doc.quotes[0]?.speaker?.entity, lavrov?.id);
});

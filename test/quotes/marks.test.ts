import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuotedPassages } from "../../src/quotes/index.ts";

const quoted = (text: string) => findQuotedPassages(text).map((p) => text.slice(p.start, p.end));

test("curly and straight double quotes give the quoted words, without the marks", () => {
  assert.deepEqual(quoted("Tusk called the plan “a step back” on Monday."), ["a step back"]);
  assert.deepEqual(quoted('Stubb said the talks were "useful," officials said.'), ["useful"]);
});

test("apostrophes and plural possessives are not quotation marks", () => {
  assert.deepEqual(quoted("The ministers' meeting did not discuss Russia's frozen assets, and nobody's plan won."), []);
});

test("a single-quoted headline phrase and a quote nested in a quote", () => {
  assert.deepEqual(quoted("Tusk Warns of 'Dangerous' Drift\n\nBody."), ["Dangerous"]);
  assert.deepEqual(quoted("“They called it ‘a provocation’ and left,” Tusk said."), ["They called it ‘a provocation’ and left"]);
});

test("a quote running over paragraphs: the open paragraph continues in the next one that opens with a mark", () => {
  const text = "“We will rebuild every school in the region.\n\n“And we will do it before winter,” the mayor said.";
  const passages = findQuotedPassages(text);
  assert.deepEqual(passages.map((p) => text.slice(p.start, p.end)), [
    "We will rebuild every school in the region.",
    "And we will do it before winter",
  ]);
  assert.equal(passages[0].chain, passages[1].chain, "one quote in two passages");
  assert.equal(passages[0].ending, "runs-on");
});

test("an unclosed quote that does not run on is dropped, not stretched over the next paragraph", () => {
  assert.deepEqual(quoted("He said “this is wrong.\n\nThe vote went ahead."), []);
});

test("PDF text closing a double quote with a stray single mark is repaired", () => {
  const text = 'Stubb said he had a ""frank exchange\' with Tusk before the summit.';
  assert.deepEqual(quoted(text), ["frank exchange"]);
  assert.equal(findQuotedPassages(text)[0].ending, "repaired");
});

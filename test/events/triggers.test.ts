import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { scratchDir } from "../scratch.ts";
import { execFileSync } from "node:child_process";
import { loadTriggerLexicon } from "../../src/events/index.ts";
import { annotate, PEOPLE } from "./documents.ts";

const text = "Stubb snubbed Tusk at the Nordic summit.";
const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk] };

function userTriggerFile(yaml: string): string {
  const dir = scratchDir("triggers");
  const file = join(dir, "mine.yaml");
  writeFileSync(file, yaml);
  return file;
}

test("a trigger added in a user's data file codes new events, with its CAMEO code and provenance", () => {
  assert.deepEqual(annotate(text, spec).events, [], "not coded by the bundled triggers");
  const file = userTriggerFile("type: REJECT\ntriggers:\n  - cameo: \"120\"\n    patterns: [snub]\n");
  const [e] = annotate(text, spec, loadTriggerLexicon([file])).events;
  assert.deepEqual([e.type, e.cameo, e.source?.name, e.target?.name], ["REJECT", "120", "Alexander Stubb", "Donald Tusk"]);
  assert.match((e as { rule?: string }).rule ?? "", /mine\.yaml: snub/);
});

test("patterns are matched on lemmas, with slots and gaps", () => {
  const file = userTriggerFile("type: REQUEST\ntriggers:\n  - patterns: [\"lean on {target} to\", \"put ... pressure on\"]\n");
  const lexicon = loadTriggerLexicon([file]);
  const leaned = annotate("Stubb leaned on Tusk to reopen the border.", spec, lexicon).events;
  assert.deepEqual(leaned.map((e) => [e.type, e.target?.name]), [["REQUEST", "Donald Tusk"]]);
  const pressed = annotate("Stubb put heavy public pressure on Tusk.", spec, lexicon).events;
  assert.deepEqual(pressed.map((e) => [e.type, e.target?.name]), [["REQUEST", "Donald Tusk"]]);
});

test("a trigger file with an unknown type is refused, naming the file and the type", () => {
  const file = userTriggerFile("type: SCOLD\ntriggers:\n  - patterns: [scold]\n");
  assert.throws(() => loadTriggerLexicon([file]), (e: Error) => e.message.includes(file) && e.message.includes("SCOLD"));
});

test("sitrep annotate reads the files named in SITREP_EVENT_TRIGGERS", () => {
  const file = userTriggerFile("type: REJECT\ntriggers:\n  - patterns: [snub]\n");
  const article = join(scratchDir("article"), "a.txt");
  writeFileSync(article, "Finnish President Alexander Stubb snubbed Polish Prime Minister Donald Tusk at the Nordic summit on Monday.\n");
  const run = (env: NodeJS.ProcessEnv) =>
    JSON.parse(execFileSync("./bin/sitrep", ["annotate", article], { encoding: "utf8", env: { ...process.env, ...env } }));
  assert.equal(run({}).events.length, 0);
  const doc = run({ SITREP_EVENT_TRIGGERS: file });
  assert.deepEqual(doc.events.map((e: { type: string }) => e.type), ["REJECT"]);
});

test("a pattern word matches its regular inflections even where the lemmatiser misreads them ('staged')", () => {
  const events = annotate("Finnish farmers staged demonstrations in Helsinki on Monday.", {}).events;
  assert.deepEqual(events.map((e) => [e.type, e.source?.name]), [["PROTEST", "Finnish farmers"]]);
});

test("a symbol is skipped between pattern words like a number ('a 25% tariff'), and 'around X' is a place", () => {
  assert.deepEqual(annotate("Russia imposed a 25% tariff on Finland on Monday.", {}).events.map((e) => [e.type, e.source?.name, e.target?.name]), [["COERCE", "Russia", "Finland"]]);
  assert.deepEqual(annotate("Russia deployed warships around Finland on Monday.", {}).events.map((e) => [e.type, e.source?.name, e.target?.name]), [["MOBILIZE", "Russia", "Finland"]]);
});

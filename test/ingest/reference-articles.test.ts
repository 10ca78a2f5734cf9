// The two reference articles of the evaluation: what a user must get from them (DESIGN.md).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { missingPart } from "../requirements.ts";
import { readOne } from "./helpers.ts";

const ARTICLES = new URL("../../../shared/eval/dev/articles/", import.meta.url).pathname;
const present = existsSync(ARTICLES);
const skip = missingPart(!present && `no ${ARTICLES} here (the evaluation set is only on the development machines)`);
const find = (prefix: string) => join(ARTICLES, readdirSync(ARTICLES).find((f) => f.startsWith(prefix))!);

test("000: Reuters, 2025-07-10, dateline KUALA LUMPUR, header lines out of the body", { skip }, async () => {
  const a = await readOne(find("000_"));
  assert.equal(a.published, "2025-07-10");
  assert.equal(a.title, "Rubio meets Russia's Lavrov in Kuala Lumpur");
  assert.equal(a.source, "Reuters");
  assert.equal(a.dateline, "KUALA LUMPUR");
  assert.ok(a.text.startsWith("KUALA LUMPUR (Reuters) - US Secretary of State Marco Rubio met"));
  assert.ok(!a.text.includes("Jul 2025") && !a.text.includes("date 2025"));
  assert.deepEqual(a.warnings, []);
});

test("004: title over two lines, 2025-09-24, no source, caption after the body without its credit, no related line, quotes mended", { skip }, async () => {
  const a = await readOne(find("004_"));
  assert.equal(a.published, "2025-09-24");
  assert.equal(a.title, "Rubio Urges Russia's Lavrov to Stop 'Killing' in Ukraine");
  assert.equal(a.source, undefined);
  assert.ok(a.text.startsWith("The top U.S. diplomat Marco Rubio"));
  for (const furniture of ["(4th L)", "TASS", "Yermakov", "Related article"]) assert.ok(!a.text.includes(furniture), furniture);
  assert.deepEqual(a.captions?.map((c) => c.text), [
    "U.S. Secretary of State Marco Rubio and Russia's Foreign Minister Sergei Lavrov during a meeting on the sidelines of the UN General Assembly.",
  ]);
  assert.match(a.text, /Rubio "reiterated President/);
  assert.match(a.text, /had a "good meeting" with Trump/);
  assert.match(a.text, /war, which began|ramp up its military production/);
});

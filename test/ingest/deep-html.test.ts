// HTML nested far deeper than any real page is flattened, never a stack overflow or minutes of work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { flattenDeepHtml, MAX_HTML_DEPTH } from "../../src/ingest/html-depth.ts";
import { readOne, scratchDir } from "./helpers.ts";

const dir = scratchDir();
const STORY = "Russian forces attacked Kyiv on Monday, Ukrainian officials said.";

for (const depth of [1_000, 100_000]) {
  test(`a page with its story inside ${depth.toLocaleString("en")} nested <div>s is read, its text kept`, async () => {
    const file = join(dir, `deep-${depth}.html`);
    writeFileSync(file, `<html><head><title>Deep page</title></head><body>${"<div>".repeat(depth)}<p>${STORY}</p>${"</div>".repeat(depth)}<p>After the nest.</p></body></html>`);
    // No stack overflow, no minutes of work (bench/bounded-work.ts measures the time).
    const article = await readOne(file);
    assert.match(article.text, new RegExp(STORY));
    assert.match(article.text, /After the nest\./);
  });
}

test("a real page's nesting is left as it is; only tags past the limit go, their text stays", () => {
  const page = `<html><body><article><p>One <b>bold</b> word.</p><ul><li>a<li>b</ul><img src=x><br/></article></body></html>`;
  assert.equal(flattenDeepHtml(page), page);
  const deep = `${"<section>".repeat(MAX_HTML_DEPTH + 3)}text${"</section>".repeat(MAX_HTML_DEPTH + 3)}`;
  const flat = flattenDeepHtml(deep);
  assert.equal(flat.match(/<section>/g)!.length, MAX_HTML_DEPTH);
  assert.equal(flat.match(/<\/section>/g)!.length, MAX_HTML_DEPTH);
  assert.match(flat, /text/);
  // Markup inside a script or a comment is not nesting.
  const scripted = `<script>${"<div>".repeat(500)}</script><!-- ${"<div>".repeat(500)} --><p>x</p>`;
  assert.equal(flattenDeepHtml(scripted), scripted);
});

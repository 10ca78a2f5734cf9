import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { NO_PUBLISHED_WARNING, rawSpanOf, readArticleText } from "../../src/ingest/index.ts";
import { documentId } from "../../src/model/index.ts";
import { fixture, readOne } from "./helpers.ts";

test("YAML front matter gives the metadata and is not part of the text", async () => {
  const a = await readOne(fixture("front-matter.txt"));
  assert.equal(a.title, "NATO allies agree to raise defence spending target to 5% of GDP");
  assert.equal(a.published, "2025-06-25");
  assert.equal(a.source, "Sample Wire");
  assert.equal(a.author, "Sitrep sample desk");
  assert.equal(a.url, "https://samples.sitrep.invalid/2025/06/25/nato-summit");
  assert.equal(a.dateline, "THE HAGUE");
  assert.ok(a.text.startsWith("THE HAGUE (Sample Wire) - NATO leaders agreed"));
  assert.deepEqual(a.warnings, []);
});

test("a scraper's 'date YYYY-MM-DD title' line and a 'Tue, 11 Mar 2025' line are header, not body", async () => {
  const a = await readOne(fixture("scraped-header.txt"));
  assert.equal(a.title, "Ukraine backs U.S. proposal for a 30-day ceasefire with Russia");
  assert.equal(a.published, "2025-03-11");
  assert.equal(a.dateline, "JEDDAH");
  assert.equal(a.source, "Sample Wire");
  assert.ok(a.text.startsWith("JEDDAH (Sample Wire) - Ukraine said on Tuesday"));
  assert.ok(!a.text.includes("Mar 2025"));
});

test("PDF-extracted text: two-line title and date line, caption moved after the body, related link removed, lines re-joined", async () => {
  const a = await readOne(fixture("pdf-extracted.txt"));
  assert.equal(a.title, "Russia and Ukraine Hold First Direct Talks in Three Years in Istanbul");
  assert.equal(a.published, "2025-05-16");
  assert.ok(a.text.startsWith("Russian and Ukrainian delegations met face to face in Istanbul on Friday for the first time"));
  assert.ok(!a.text.includes("(3rd L)"), "picture positions removed");
  assert.ok(!a.text.includes("Anadolu") && !a.text.includes("Sample Photographer"), "photo credit removed");
  assert.ok(!a.text.includes("Related article"), "related-article line removed");
  assert.ok(!/\n(?!\n)/.test(a.text.replace(/\n\n/g, "")), "no hard line wraps left inside paragraphs");
  // The caption is the last paragraph, marked as such: evidence of who met where, not the story.
  const caption = "Ukrainian Defence Minister Rustem Umerov and Russian presidential aide Vladimir Medinsky at the Dolmabahce Palace in Istanbul.";
  assert.deepEqual(a.captions?.map((c) => c.text), [caption]);
  assert.ok(a.text.endsWith(`\n\n${caption}`));
  assert.equal(a.text.split("\n\n").length, 7);
});

test("PDF-extracted text: hyphenated breaks mended, compound hyphens and dashes kept, quote damage repaired", async () => {
  const { text } = await readOne(fixture("pdf-extracted.txt"));
  assert.match(text, /Moscow was "satisfied with the result" and/);
  assert.match(text, /including a withdrawal of Ukrainian troops/);
  assert.match(text, /as "tough but necessary"\./);
  assert.match(text, /1,000 prisoners of war each — the largest exchange of the conflict — and had/);
  assert.ok(!text.includes("'\""), "no stray apostrophe before a quote mark");
  assert.ok(!text.includes('""'), "no doubled quote marks");
});

test("the offset map takes every word of the cleaned text back to the same word in the raw file", async () => {
  const path = fixture("pdf-extracted.txt");
  const raw = readFileSync(path, "utf8");
  const a = await readOne(path);
  assert.ok(a.offsets && a.offsets.segments.length > 0);
  let checked = 0;
  for (const m of a.text.matchAll(/\p{L}+/gu)) {
    const span = rawSpanOf(a.offsets, m.index, m.index + m[0].length)!;
    const rawWord = raw.slice(span.start, span.end);
    // a word mended across a line break ("satis-\nfied") maps to its two halves in the raw text
    assert.equal(rawWord.replace(/-\n/, ""), m[0], `"${m[0]}" at ${m.index} maps to "${rawWord}"`);
    checked++;
  }
  assert.ok(checked > 150, `only ${checked} words checked`);
  const quote = a.text.indexOf("tough but necessary");
  const back = rawSpanOf(a.offsets, quote, quote + "tough but necessary".length)!;
  assert.equal(raw.slice(back.start, back.end), "tough but necessary");
});

test("offsets of a front-matter file point past the front matter, into the body", async () => {
  const path = fixture("front-matter.txt");
  const raw = readFileSync(path, "utf8");
  const a = await readOne(path);
  const at = a.text.indexOf("Mark Rutte");
  const span = rawSpanOf(a.offsets!, at, at + 10)!;
  assert.equal(raw.slice(span.start, span.end), "Mark Rutte");
  assert.ok(span.start > raw.indexOf("---\n\n"));
});

test("no publication date is never invented: the field is absent and a warning says why", async () => {
  const a = await readOne(fixture("no-date.txt"));
  assert.equal(a.published, undefined);
  assert.deepEqual(a.warnings, [NO_PUBLISHED_WARNING]);
  assert.equal(a.title, "Armenia and Azerbaijan initial peace declaration at the White House");
  assert.ok(a.text.startsWith("The leaders of Armenia and Azerbaijan signed"));
});

test("--published, --title and --source override what the article says", async () => {
  const a = await readOne(fixture("front-matter.txt"), {
    overrides: { published: "2025-06-24", title: "Edited title", source: "Desk copy" },
  });
  assert.equal(a.published, "2025-06-24");
  assert.equal(a.title, "Edited title");
  assert.equal(a.source, "Desk copy");
  const undated = await readOne(fixture("no-date.txt"), { overrides: { published: "2025-08-08" } });
  assert.deepEqual(undated.warnings, []);
});

test("a publication date after today is warned about", async () => {
  const a = await readOne(fixture("front-matter.txt"), { now: new Date("2025-06-01T00:00:00Z") });
  assert.deepEqual(a.warnings, ["publication date 2025-06-25 is in the future"]);
});

test("a caption of an archive picture is dropped, and captions do not change the document id", () => {
  const body = "Title line\n\nThe two ministers met in Ankara on Monday to discuss grain exports, officials said.";
  const withCaption = `${body}\n\nThe foreign ministers of Turkey (L) and Ukraine (R) shake hands in Ankara. Sample Photographer / Reuters`;
  const archived = `${body}\n\nFILE PHOTO: The foreign ministers of Turkey (L) and Ukraine (R) in Kyiv in 2023. Sample Photographer / Reuters`;
  const plain = readArticleText(body, "plain.txt");
  const captioned = readArticleText(withCaption, "captioned.txt");
  assert.deepEqual(captioned.captions?.map((c) => c.text), ["The foreign ministers of Turkey and Ukraine shake hands in Ankara."]);
  assert.equal(readArticleText(archived, "archived.txt").captions, undefined);
  assert.ok(!readArticleText(archived, "archived.txt").text.includes("FILE PHOTO"));
  assert.equal(documentId(captioned.text, captioned.captions), documentId(plain.text, plain.captions));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildPdf } from "./pdf-builder.ts";
import { fixture, readAll, readOne, scratchDir } from "./helpers.ts";

test("HTML: JSON-LD metadata, Readability body without navigation, byline or related link, the caption after it", async () => {
  const a = await readOne(fixture("page.html"));
  assert.equal(a.title, "Sudan army retakes presidential palace in Khartoum");
  assert.equal(a.published, "2025-03-21T10:05:00+02:00");
  assert.equal(a.author, "Amal Osman, Peter Lang");
  assert.equal(a.source, "Sample Daily");
  assert.equal(a.dateline, "KHARTOUM");
  assert.ok(a.text.startsWith("KHARTOUM, March 21 (Sample Daily) - Sudan's army said on Friday"), a.text.slice(0, 80));
  for (const furniture of ["Subscribe", "By Amal Osman", "Related:", "Terms. Privacy", "Sample Photographer"]) {
    assert.ok(!a.text.includes(furniture), `"${furniture}" is not body text`);
  }
  // The figure caption follows the body, without its credit, as a caption span.
  assert.deepEqual(a.captions?.map((c) => c.text), ["Soldiers celebrate in front of the palace."]);
  assert.equal(a.text.slice(a.captions![0].start, a.captions![0].end), "Soldiers celebrate in front of the palace.");
  assert.equal(a.text.split("\n\n").length, 5);
});

test("HTML: <meta> tags and the article's own published time when there is no JSON-LD", async () => {
  const a = await readOne(fixture("page-meta.html"));
  assert.equal(a.title, "Vance criticises European allies at Munich security conference");
  assert.equal(a.published, "2025-02-14T09:30:00+01:00");
  assert.equal(a.author, "Lena Fischer");
  assert.equal(a.source, "Sample Courier");
  assert.equal(a.dateline, "MUNICH");
  assert.match(a.text, /^MUNICH - U\.S\. Vice President JD Vance/);
});

test("RSS: each item an article named by its link, with the item's metadata and full content", async () => {
  const results = await readAll([new URL("../../samples/world-desk.rss", import.meta.url).pathname]);
  assert.equal(results.length, 2);
  const [first, second] = results.map((r) => ("article" in r ? r.article : assert.fail(r.error.message)));
  assert.equal(first.input, "https://samples.sitrep.invalid/2025/05/10/india-pakistan-ceasefire");
  assert.equal(first.title, "India and Pakistan agree to halt military action after four days of strikes");
  assert.equal(first.published, "2025-05-10T18:30:00+05:30");
  assert.equal(first.source, "Sitrep Sample World Desk");
  assert.equal(first.author, "Sitrep sample desk");
  assert.equal(first.dateline, "NEW DELHI/ISLAMABAD");
  assert.equal(first.text.split("\n\n").length, 5);
  assert.match(second.text, /Seven B-2 stealth bombers dropped 14 GBU-57/);
});

test("Atom: entries with HTML content; an entry without a link is named feed#N and read from its summary", async () => {
  const results = await readAll([fixture("feed.atom")], { followLinks: true });
  const articles = results.map((r) => ("article" in r ? r.article : assert.fail(r.error.message)));
  assert.equal(articles[0].input, "https://samples.sitrep.invalid/2025/04/03/hungary-icc");
  assert.equal(articles[0].author, "Marta Kovacs");
  assert.equal(articles[0].published, "2025-04-03T11:20:00+02:00");
  assert.equal(articles[0].text.split("\n\n")[1], "The court issued an arrest warrant for Netanyahu in November 2024.");
  assert.equal(articles[1].input, `${fixture("feed.atom")}#2`);
  assert.equal(articles[1].published, "2025-04-04T08:00:00Z");
  assert.match(articles[1].text, /^Foreign ministers of NATO met in Brussels/);
});

test("JSON Feed: content_text with paragraphs", async () => {
  const a = await readOne(fixture("feed.json"));
  assert.equal(a.title, "Thailand and Cambodia agree to an unconditional ceasefire");
  assert.equal(a.published, "2025-07-28T18:00:00+08:00");
  assert.equal(a.dateline, "PUTRAJAYA");
  assert.equal(a.text.split("\n\n").length, 2);
});

test("JSON Lines: one article per line; a broken line and a line without text are errors naming file:line", async () => {
  const path = fixture("articles.jsonl");
  const results = await readAll([path]);
  assert.deepEqual(results.map((r) => [r.input, "error" in r ? r.error.code : "ok"]), [
    [`${path}:1`, "ok"],
    [`${path}:2`, "INPUT_MALFORMED"],
    [`${path}:3`, "ok"],
    [`${path}:4`, "INPUT_EMPTY"],
  ]);
  const first = results[0];
  assert.ok("article" in first);
  assert.equal(first.article.published, "2024-12-04");
  assert.equal(first.article.dateline, "SEOUL");
  assert.match(results[1].input, /articles\.jsonl:2$/);
  assert.ok("error" in results[1] && results[1].error.message.startsWith(`${path}:2: not valid JSON`));
});

test("PDF: the text layer is read, wrapped lines re-joined and hyphenation mended", async () => {
  const dir = scratchDir();
  const path = join(dir, "talks.pdf");
  writeFileSync(path, buildPdf([
    "Ceasefire talks resume in Doha",
    "January 6, 2025",
    "DOHA - Negotiators from Israel and Hamas resumed indirect nego-",
    "tiations in Qatar on Sunday, with mediators from Egypt and the",
    "United States pressing for a deal before January 20.",
  ]));
  const a = await readOne(path);
  assert.equal(a.title, "Ceasefire talks resume in Doha");
  assert.equal(a.published, "2025-01-06");
  assert.equal(a.dateline, "DOHA");
  assert.equal(a.text, "DOHA - Negotiators from Israel and Hamas resumed indirect negotiations in Qatar on Sunday, with mediators from Egypt and the United States pressing for a deal before January 20.");
});

test("a directory is read recursively in name order, hidden files and folders skipped", async () => {
  const dir = scratchDir();
  mkdirSync(join(dir, "b-nested"));
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, "a.txt"), readFileSync(fixture("front-matter.txt")));
  writeFileSync(join(dir, "b-nested", "c.txt"), readFileSync(fixture("scraped-header.txt")));
  writeFileSync(join(dir, ".notes.txt"), "private notes");
  writeFileSync(join(dir, ".git", "HEAD"), "ref: refs/heads/main");
  const results = await readAll([dir]);
  assert.deepEqual(results.map((r) => r.input), [join(dir, "a.txt"), join(dir, "b-nested", "c.txt")]);
});

test("stdin is read when the input is '-'", () => {
  const script = `import { readArticles } from "./src/ingest/index.ts";
for await (const r of readArticles(["-"])) console.log(JSON.stringify("article" in r ? { title: r.article.title, text: r.article.text } : r.error.message));`;
  const root = new URL("../../", import.meta.url).pathname;
  const out = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: root,
    input: readFileSync(fixture("scraped-header.txt")),
    encoding: "utf8",
  });
  assert.equal(out.status, 0, out.stderr);
  const doc = JSON.parse(out.stdout);
  assert.equal(doc.title, "Ukraine backs U.S. proposal for a 30-day ceasefire with Russia");
  assert.match(doc.text, /^JEDDAH/);
});

test("a JSON array of article objects: each element an article named file#N", async () => {
  const path = join(scratchDir(), "export.json");
  writeFileSync(path, JSON.stringify([
    { title: "Syria's Assad flees as rebels enter Damascus", published: "2024-12-08", text: "DAMASCUS - Rebel forces entered the Syrian capital on Sunday and President Bashar al-Assad left the country, ending more than five decades of his family's rule." },
    { title: "no text" },
  ]));
  const results = await readAll([path]);
  assert.deepEqual(results.map((r) => [r.input, "error" in r ? r.error.code : r.article.dateline]), [
    [`${path}#1`, "DAMASCUS"],
    [`${path}#2`, "INPUT_EMPTY"],
  ]);
});

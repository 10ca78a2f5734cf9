// Each kind of bad input gets one clear error naming the input; nothing hangs; the batch goes on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildPdf } from "./pdf-builder.ts";
import { fixture, readAll, readError, readOne, scratchDir } from "./helpers.ts";

const dir = scratchDir();
const story = "KYIV - Ukraine and Russia exchanged 390 prisoners on Friday in the first stage of a swap agreed in Istanbul.\n";

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

test("UTF-16 LE and BE with a BOM and UTF-8 with a BOM decode to the same article", async () => {
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, "utf16le")]);
  const utf16be = Buffer.from(utf16le);
  utf16be.swap16();
  const texts = await Promise.all([
    readOne(write("le.txt", utf16le)),
    readOne(write("be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be.subarray(2)]))),
    readOne(write("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story)]))),
  ]);
  for (const a of texts) assert.equal(a.text, story.trim());
});

test("empty and white-space-only files are INPUT_EMPTY", async () => {
  for (const content of ["", " \n\n\t \n"]) {
    const e = await readError(write("empty.txt", content));
    assert.equal(e.code, "INPUT_EMPTY");
    assert.match(e.message, /empty\.txt: .*empty/);
  }
});

test("binary data is INPUT_BINARY, named", async () => {
  const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
  const e = await readError(write("photo.jpg", bytes));
  assert.equal(e.code, "INPUT_BINARY");
  assert.ok(e.message.startsWith(join(dir, "photo.jpg") + ": binary data"));
});

test("invalid UTF-8 (a Latin-1 file) is INPUT_ENCODING, not mojibake", async () => {
  const e = await readError(write("latin1.txt", Buffer.from("Les n\xe9gociations de Gen\xe8ve ont repris lundi.", "latin1")));
  assert.equal(e.code, "INPUT_ENCODING");
  assert.match(e.message, /latin1\.txt: not valid UTF-8 text/);
});

test("UTF-16 with a BOM but broken surrogates is INPUT_ENCODING", async () => {
  const e = await readError(write("broken16.txt", Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00])));
  assert.equal(e.code, "INPUT_ENCODING");
});

test("a 200 MB file fails at once with INPUT_TOO_LARGE, without reading it", async () => {
  const path = join(dir, "huge.txt");
  const fd = openSync(path, "w");
  ftruncateSync(fd, 200 * 1024 * 1024); // sparse: costs no disk and no time
  closeSync(fd);
  const before = process.memoryUsage().rss;
  const started = Date.now();
  const e = await readError(path);
  assert.equal(e.code, "INPUT_TOO_LARGE");
  assert.match(e.message, /huge\.txt: larger than the 50 MB cap/);
  assert.ok(Date.now() - started < 1000, "fails fast");
  assert.ok(process.memoryUsage().rss - before < 50 * 1024 * 1024, "does not load the file");
  const small = await readError(write("medium.txt", story.repeat(100)), { maxBytes: 1000 });
  assert.equal(small.code, "INPUT_TOO_LARGE");
});

test("HTML with no body text is INPUT_EMPTY", async () => {
  const e = await readError(fixture("no-body.html"));
  assert.equal(e.code, "INPUT_EMPTY");
  assert.match(e.message, /no-body\.html: the HTML page has no article text/);
});

test("a feed with broken XML is INPUT_MALFORMED, named", async () => {
  const e = await readError(fixture("broken.rss"));
  assert.equal(e.code, "INPUT_MALFORMED");
  assert.match(e.message, /broken\.rss: not a well-formed RSS, Atom or JSON feed/);
});

test("a PDF without a text layer says so; a damaged PDF is INPUT_MALFORMED", async () => {
  const scanned = await readError(write("scan.pdf", buildPdf([])));
  assert.equal(scanned.code, "INPUT_EMPTY");
  assert.match(scanned.message, /scan\.pdf: the PDF has no text layer/);
  const damaged = await readError(write("damaged.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog"));
  assert.equal(damaged.code, "INPUT_MALFORMED");
});

test("a missing file is INPUT_NOT_FOUND; front matter that is not YAML is INPUT_MALFORMED", async () => {
  assert.equal((await readError(join(dir, "nowhere.txt"))).code, "INPUT_NOT_FOUND");
  const e = await readError(write("bad-yaml.txt", "---\ntitle: [unclosed\n---\n\nBody text of the article."));
  assert.equal(e.code, "INPUT_MALFORMED");
  assert.match(e.message, /bad-yaml\.txt: the YAML front matter does not parse/);
});

test("a batch goes on past every bad input, in input order", async () => {
  const good = fixture("front-matter.txt");
  const inputs = [write("first-empty.txt", ""), good, fixture("broken.rss"), join(dir, "missing.txt"), fixture("no-date.txt")];
  const results = await readAll(inputs);
  assert.deepEqual(results.map((r) => ("error" in r ? r.error.code : "ok")), ["INPUT_EMPTY", "ok", "INPUT_MALFORMED", "INPUT_NOT_FOUND", "ok"]);
  assert.deepEqual(results.map((r) => r.input), inputs);
  assert.ok(readFileSync(good).length > 0);
});

// `sitrep annotate` end to end: documents on stdout in order, one line per bad input on stderr, exit 1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fixture, scratchDir } from "./helpers.ts";
import { writeFileSync } from "node:fs";

const ROOT = new URL("../../", import.meta.url).pathname;
const sitrep = (...args: string[]) => spawnSync(join(ROOT, "bin/sitrep"), ["annotate", ...args], { cwd: ROOT, encoding: "utf8" });

test("a batch with bad inputs prints the good documents, one error line per bad input, and exits 1", () => {
  const dir = scratchDir();
  const empty = join(dir, "empty.txt");
  writeFileSync(empty, "");
  const out = sitrep(fixture("front-matter.txt"), empty, fixture("broken.rss"), fixture("no-date.txt"));
  assert.equal(out.status, 1, out.stderr);
  const docs = out.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(docs.map((d) => d.title), [
    "NATO allies agree to raise defence spending target to 5% of GDP",
    "Armenia and Azerbaijan initial peace declaration at the White House",
  ]);
  assert.equal(docs[1].published, undefined);
  const lines = out.stderr.trim().split("\n");
  assert.deepEqual(lines, [
    `sitrep: error: ${empty}: the input is empty`,
    `sitrep: error: ${fixture("broken.rss")}: not a well-formed RSS, Atom or JSON feed (Invalid feed format)`,
    `sitrep: warning: ${fixture("no-date.txt")}: no publication date found; relative dates cannot be resolved`,
  ]);
});

test("--max-bytes and --published are checked and applied", () => {
  const capped = sitrep("--max-bytes", "1kB", fixture("page.html"));
  assert.equal(capped.status, 1);
  assert.match(capped.stderr, /page\.html: larger than the 1 kB cap/);
  const dated = sitrep("--published", "2025-08-08", fixture("no-date.txt"));
  assert.equal(dated.status, 0, dated.stderr);
  assert.equal(JSON.parse(dated.stdout).published, "2025-08-08");
  assert.equal(sitrep("--max-bytes", "lots", fixture("no-date.txt")).status, 2);
});

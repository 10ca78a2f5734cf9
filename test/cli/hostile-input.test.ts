// The CLI before hostile input and careless use: one set of input options for annotate and ingest,
// a closed pipe ends output quietly, --workers is capped, --version answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scratchDir } from "../ingest/helpers.ts";
import { runSitrep, SITREP } from "./run-sitrep.ts";

const dir = scratchDir();
const SAMPLES = new URL("../../samples/", import.meta.url).pathname;

/** The long options a command's --help lists. */
async function optionsOf(command: string): Promise<Set<string>> {
  const { stdout } = await runSitrep([command, "--help"]);
  return new Set(stdout.match(/--[a-z-]+/g));
}

test("annotate and ingest take the same options for reading input", async () => {
  const [annotate, ingest] = await Promise.all([optionsOf("annotate"), optionsOf("ingest")]);
  for (const option of ["--published", "--title", "--source", "--max-bytes", "--timeout", "--no-follow", "--debug", "--kb"]) {
    assert.ok(annotate.has(option) && ingest.has(option), option);
  }
  const db = join(dir, "capped.db");
  const file = join(dir, "pact.txt");
  writeFileSync(file, "Finland and Sweden signed a defence cooperation agreement in Helsinki on Monday, officials said.");
  const capped = await runSitrep(["ingest", "--db", db, "--max-bytes", "20", file]);
  assert.equal(capped.code, 1);
  assert.match(capped.stderr, /pact\.txt: larger than the 20 bytes cap/);
});

test("a text cut after a comma is annotated, in a batch that goes on", async () => {
  const cut = join(dir, "cut.txt");
  writeFileSync(cut, "Russian forces attacked Kyiv,");
  const { code, stdout, stderr } = await runSitrep(["annotate", "--published", "2025-03-03", cut, join(SAMPLES, "2025-08-15-alaska-summit.txt")]);
  assert.equal(code, 0, stderr);
  const docs = stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(docs.length, 2);
  assert.equal(docs[0].events[0].type, "ASSAULT");
});

test("output into a pipe that closes early ends quietly", () => {
  const run = spawnSync("bash", ["-o", "pipefail", "-c", `"${SITREP}" annotate "${SAMPLES}" "${SAMPLES}" | head -c 10`], { encoding: "utf8" });
  assert.equal(run.stdout.length, 10);
  assert.doesNotMatch(run.stderr, /EPIPE|Error/);
  assert.equal(run.status, 0, run.stderr);
});

test("--workers beyond the cores is capped with a message; --version prints the version", async () => {
  const file = join(dir, "strike.txt");
  writeFileSync(file, "---\npublished: 2025-03-05\n---\nRussian drones struck port facilities in Odesa overnight, officials said.");
  const run = await runSitrep(["ingest", "--db", join(dir, "workers.db"), "--workers", "1000", file]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /--workers: 1000 threads asked for, but this machine has \d+ cores: using \d+/);
  assert.match(run.stderr, /1 stored/);
  const version = await runSitrep(["--version"]);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version);
});

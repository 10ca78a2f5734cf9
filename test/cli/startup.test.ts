// The CLI as installed: compiled JavaScript (dist/, built by `npm ci` and by the test runner), a help
// listing every command without loading them, and each command's own help on demand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { COMMANDS } from "../../src/cli/commands/index.ts";
import { isCliBuildFresh } from "../../scripts/cli-build.mjs";
import { runSitrep } from "./run-sitrep.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const ARTICLE = `${ROOT}samples/2025-08-15-alaska-summit.txt`;

test("the compiled CLI is current and annotates exactly as the sources do (data files found from dist/)", () => {
  assert.ok(isCliBuildFresh(), "dist/ is older than src/: run `npm run build:cli` (npm test does it)");
  const compiled = spawnSync(process.execPath, [`${ROOT}dist/cli/main.js`, "annotate", ARTICLE], { encoding: "utf8" });
  const sources = spawnSync(process.execPath, ["--import", "tsx", `${ROOT}src/cli/main.ts`, "annotate", ARTICLE], { encoding: "utf8" });
  assert.equal(compiled.status, 0, compiled.stderr);
  const doc = JSON.parse(compiled.stdout);
  assert.ok(doc.events.length > 0 && doc.entities.some((e: { name: string }) => e.name === "Donald Trump"));
  assert.equal(compiled.stdout, sources.stdout);
});

test("--help lists every command with its summary", async () => {
  const { code, stdout } = await runSitrep(["--help"]);
  assert.equal(code, 0);
  for (const command of COMMANDS) assert.ok(stdout.includes(command.name) && stdout.includes(command.summary.slice(0, 30)), command.name);
});

test("a command's own help, as `cmd --help` or `help cmd`, shows its options", async () => {
  for (const args of [["events", "--help"], ["help", "events"]]) {
    const { code, stdout } = await runSitrep(args);
    assert.equal(code, 0, args.join(" "));
    assert.match(stdout, /Usage: sitrep events \[options\]/);
    assert.match(stdout, /--actor <name>/);
  }
});

test("an unknown command is a usage error (exit 2) naming it", async () => {
  const { code, stderr } = await runSitrep(["evnets"]);
  assert.equal(code, 2);
  assert.match(stderr, /unknown command 'evnets'/);
});

#!/usr/bin/env node
// Runs every test/**/*.test.ts with node's own test runner (through tsx), or only the files or
// folders given as arguments: `npm test -- test/timex`. The CLI the tests run (bin/sitrep) is the
// compiled one, rebuilt first when a source is newer than the build. The reporter is
// spec's, with todo tests shown as todo (scripts/test-reporter.mjs). Under CI=true a test that needs
// PostgreSQL, Chromium or ../shared fails where the part is missing (test/requirements.ts).
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { isCliBuildFresh } from "./cli-build.mjs";

function testFiles(path) {
  if (statSync(path).isFile()) return path.endsWith(".test.ts") ? [path] : [];
  return readdirSync(path).sort().flatMap((name) => testFiles(join(path, name)));
}

const roots = process.argv.slice(2);
const files = (roots.length ? roots : ["test"]).flatMap(testFiles);
if (!isCliBuildFresh() && spawnSync("npm", ["run", "build:cli"], { stdio: "inherit" }).status !== 0) process.exit(1);
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=2", `--test-reporter=${new URL("./test-reporter.mjs", import.meta.url).pathname}`, ...files],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);

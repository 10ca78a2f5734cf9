// The software analysts read exports with, run from the tests: Debian's python3 with pandas and
// networkx, and GDAL's ogrinfo (.ci/run installs them). Under CI=true a missing reader makes its tests
// fail; on a developer machine they are skipped with a message naming the package to install.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const IN_CI = process.env.CI === "true";
/** Debian's python3, where apt puts pandas and networkx (a python3 earlier on PATH may not have them). */
const PYTHON = "/usr/bin/python3";

/** Skip reason for a test that needs `tool`, or undefined when it can run (or must, in CI). */
function missing(works: boolean, install: string): string | undefined {
  if (works || IN_CI) return undefined;
  const reason = `${install} is missing (apt-get install -y ${install}); tests that read exports with it are SKIPPED`;
  console.warn(`# ${reason}`);
  return reason;
}

export function pythonMissing(module: "pandas" | "networkx"): string | undefined {
  return missing(spawnSync(PYTHON, ["-c", `import ${module}`]).status === 0, `python3-${module}`);
}

export const CHROMIUM = "/usr/bin/chromium";

export function chromiumMissing(): string | undefined {
  return missing(existsSync(CHROMIUM), "chromium");
}

export function gdalMissing(): string | undefined {
  return missing(spawnSync("ogrinfo", ["--version"]).status === 0, "gdal-bin");
}

/** Runs a python3 script with the file's path as sys.argv[1]; returns what it prints as JSON. */
export function python(script: string, file: string): unknown {
  const result = spawnSync(PYTHON, ["-c", script, file], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr || result.error?.message}`);
  return JSON.parse(result.stdout);
}

/** Runs a command; returns its standard output, throwing with its standard error when it fails. */
export function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

/** A temporary folder for exported files (written, or named for a command to write), removed by `remove`. */
export function scratch(): { file(name: string, text: string): string; path(name: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-export-"));
  return {
    path: (name) => join(dir, name),
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

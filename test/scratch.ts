// Temporary folders for tests, removed when the test process exits, whether its tests pass or fail:
// a test run leaves nothing in the system's temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];
process.once("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, named `sitrep-<purpose>-…`. */
export function scratchDir(purpose = "test"): string {
  const dir = mkdtempSync(join(tmpdir(), `sitrep-${purpose}-`));
  made.push(dir);
  return dir;
}

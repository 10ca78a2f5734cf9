// Whether dist/ (the compiled CLI, `npm run build:cli`) is at least as new as every source file under
// src/. Read by bin/sitrep, which runs the sources through tsx instead when it is not, and by the test
// runner, which rebuilds first, so that an edit is never silently ignored.
import { readdirSync, statSync } from "node:fs";

const ROOT = new URL("../", import.meta.url);
export const COMPILED_MAIN = new URL("dist/cli/main.js", ROOT);
export const SOURCE_MAIN = new URL("src/cli/main.ts", ROOT);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    const time = entry.isDirectory() ? newestSource(path) : entry.name.endsWith(".ts") ? statSync(path).mtimeMs : 0;
    if (time > newest) newest = time;
  }
  return newest;
}

export function isCliBuildFresh() {
  let builtAt;
  try {
    builtAt = statSync(COMPILED_MAIN).mtimeMs;
  } catch {
    return false;
  }
  return builtAt >= newestSource(new URL("src", ROOT).pathname);
}

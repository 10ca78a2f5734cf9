// Tests that need a part of the machine (PostgreSQL, Chromium, ../shared): on a developer machine
// where the part is missing they skip, loudly; in CI (CI=true) they fail, so that a broken CI set-up
// can never pass as green.

/** The reason to skip, after saying it on stderr; under CI=true, an error instead. */
export function missingPart(reason: string | false | undefined): string | undefined {
  if (!reason) return undefined;
  if (process.env.CI === "true") throw new Error(`CI=true and a test needs what is missing here: ${reason}`);
  process.stderr.write(`sitrep tests: SKIPPED: ${reason}\n`);
  return reason;
}

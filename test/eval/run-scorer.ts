// Runs the shared scorer on a gold suite through `./bin/sitrep annotate`, for the score regression tests.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { isAbsolute } from "node:path";
import { fileURLToPath } from "node:url";
import { missingPart } from "../requirements.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const EVAL = fileURLToPath(new URL("../../../shared/eval/", import.meta.url));
export const evalMissing = missingPart(!existsSync(`${EVAL}score.mjs`) && "../shared/eval is not here: score regressions skipped");

export interface LayerScore { p: number; r: number; f1: number; tp: number; fp: number; fn: number }

function score(suite: string, only: string, extra: string[]): string {
  // A suite is a folder of ../shared/eval ("dev") or an absolute path (the repository's own eval/own).
  const gold = isAbsolute(suite) ? suite : `${EVAL}${suite}`;
  return execFileSync(process.execPath, [`${EVAL}score.mjs`, "--gold", gold, "--cmd", "./bin/sitrep annotate",
    "--batch", "--only", only, ...extra], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
}

/** The scorer's summary for a suite, layer by layer. */
export function scoreSuite(suite: string, only: string): Record<string, LayerScore> {
  return JSON.parse(score(suite, only, ["--json"])).summary;
}

/** The misses and extras the scorer lists for one gold file ("000_c8073708a892a54c.json"). */
export function missesOf(suite: string, only: string, goldFile: string): string[] {
  const report = score(suite, only, ["--verbose"]);
  const section = report.split("\n== ").find((s) => s.startsWith(goldFile));
  return section ? section.split("\n").slice(1).map((l) => l.trim()).filter((l) => / (missed|extra): /.test(l)) : [];
}

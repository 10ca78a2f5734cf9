// Runs ./bin/sitrep as a user would, capturing its output.
import { spawn, type ChildProcess } from "node:child_process";

export const SITREP = new URL("../../bin/sitrep", import.meta.url).pathname;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function startSitrep(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(SITREP, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
}

export async function runSitrep(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const child = startSitrep(args, env);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  return { code, stdout, stderr };
}

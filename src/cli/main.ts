import { createRequire } from "node:module";
import { Command, Option } from "commander";
import { isAppError } from "../model/index.ts";
import { COMMANDS } from "./commands/index.ts";
import { exitCodeOf } from "./exit-codes.ts";
import { endQuietlyWhenOutputCloses } from "./report.ts";

function buildProgram(): Command {
  const program = new Command("sitrep")
    .description("News articles to an auditable record of who did what to whom, when and where.")
    .version((createRequire(import.meta.url)("../../package.json") as { version: string }).version)
    .showHelpAfterError()
    .exitOverride();
  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(spec.summary).exitOverride();
    if (spec.args) command.arguments(spec.args);
    for (const o of spec.options) {
      const option = new Option(o.flags, o.description);
      if (o.default !== undefined) option.default(o.default);
      command.addOption(option);
    }
    command.action(async (...received: unknown[]) => {
      const options = received[received.length - 2] as Record<string, unknown>;
      const args = received.slice(0, -2).flatMap((a) => (a === undefined ? [] : Array.isArray(a) ? a : [a])) as string[];
      process.exitCode = await spec.run(args, options);
    });
  }
  return program;
}

async function main(): Promise<void> {
  endQuietlyWhenOutputCloses();
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    if (isAppError(e)) {
      process.stderr.write(`sitrep: error: ${e.message}\n`);
      process.exitCode = exitCodeOf(e.code);
    } else if (e && typeof e === "object" && "exitCode" in e && "code" in e) {
      // commander has already printed help or the usage error.
      process.exitCode = (e as { exitCode: number }).exitCode === 0 ? 0 : 2;
    } else {
      process.stderr.write(`sitrep: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 70;
    }
  }
}

await main();

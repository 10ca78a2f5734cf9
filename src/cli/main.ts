import { createRequire } from "node:module";
import { Command, Option } from "commander";
import { isAppError } from "../model/index.ts";
import type { CommandEntry, CommandSpec } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";
import { exitCodeOf } from "./exit-codes.ts";
import { endQuietlyWhenOutputCloses } from "./report.ts";

/**
 * The command the arguments name ("sitrep events ...", "sitrep help events"): only its code is
 * loaded; the others are listed by name and summary.
 */
function invokedCommand(argv: string[]): CommandEntry | undefined {
  const words = argv.filter((a) => !a.startsWith("-"));
  const name = words[0] === "help" ? words[1] : words[0];
  return COMMANDS.find((c) => c.name === name);
}

function defineCommand(program: Command, entry: CommandEntry, spec?: CommandSpec): void {
  const command = program.command(entry.name).description(entry.summary).exitOverride();
  if (!spec) return;
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

async function buildProgram(argv: string[]): Promise<Command> {
  const program = new Command("sitrep")
    .description("News articles to an auditable record of who did what to whom, when and where.")
    .version((createRequire(import.meta.url)("../../package.json") as { version: string }).version)
    .showHelpAfterError()
    .exitOverride();
  const invoked = invokedCommand(argv);
  const spec = await invoked?.load();
  for (const entry of COMMANDS) defineCommand(program, entry, entry === invoked ? spec : undefined);
  return program;
}

async function main(): Promise<void> {
  endQuietlyWhenOutputCloses();
  try {
    await (await buildProgram(process.argv.slice(2))).parseAsync(process.argv);
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

// The CLI is driven by one table: each command declares its arguments and options here, and the same
// declaration builds both the parser and --help.

export interface OptionSpec {
  /** Commander flags, e.g. "--published <date>" or "--pretty". */
  flags: string;
  description: string;
  default?: string | boolean;
}

/** What --help lists for a command, and how to load the rest of it. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CommandSpec>;
}

/** A command's arguments, options and code: loaded only when it runs (or its own help is asked for). */
export interface CommandSpec {
  /** Commander argument syntax, e.g. "<inputs...>" or "[name]". */
  args?: string;
  options: OptionSpec[];
  /** Resolves to the process exit code. */
  run(args: string[], options: Record<string, unknown>): Promise<number>;
}

/** Options several commands share, declared once. */
export const KB_OPTION: OptionSpec = {
  flags: "--kb <path...>",
  description: "extra knowledge-base files or folders (YAML/JSON actors, CAMEO/PETRARCH dictionaries)",
};
export const DB_OPTION: OptionSpec = {
  flags: "--db <path-or-url>",
  description: "SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)",
};

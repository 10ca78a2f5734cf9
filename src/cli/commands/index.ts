// Every CLI command, in the order --help lists them. Adding a command is one line here.
import type { CommandSpec } from "../command.ts";
import { annotateCommand } from "./annotate.ts";
import { serveCommand } from "./serve.ts";

export const COMMANDS: CommandSpec[] = [annotateCommand, serveCommand];

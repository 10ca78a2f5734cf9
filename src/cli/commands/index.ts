// Every CLI command, in the order --help lists them. Adding a command is one line here.
import type { CommandSpec } from "../command.ts";
import { annotateCommand } from "./annotate.ts";
import { ingestCommand } from "./ingest.ts";
import { eventsCommand } from "./events.ts";
import { timelineCommand } from "./timeline.ts";
import { quotesCommand } from "./quotes.ts";
import { entitiesCommand } from "./entities.ts";
import { entityCommand } from "./entity.ts";
import { searchCommand } from "./search.ts";
import { exportCommand } from "./export.ts";
import { unmergeCommand } from "./unmerge.ts";
import { refuseCommand } from "./refuse.ts";
import { serveCommand } from "./serve.ts";

export const COMMANDS: CommandSpec[] = [
  annotateCommand,
  ingestCommand,
  eventsCommand,
  timelineCommand,
  quotesCommand,
  entitiesCommand,
  entityCommand,
  searchCommand,
  exportCommand,
  unmergeCommand,
  refuseCommand,
  serveCommand,
];

import { AppError } from "../../model/index.ts";
import { timeline, timelineQuery, type TimelineEntry } from "../../query/index.ts";
import { actorLabel, documentLabel, dateCell } from "../../query/format.ts";
import { withStore } from "../../store/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";
import { queryOptions } from "./query-options.ts";

export const timelineCommand: CommandSpec = {
  options: [
    { flags: "--actor <name>", description: "the actor (name, alias or id); required" },
    { flags: "--with <name>", description: "only events with this other actor" },
    { flags: "--format <format>", description: "text or json", default: "text" },
    DB_OPTION,
  ],
  async run(_args, options) {
    if (options.format !== "text" && options.format !== "json") {
      throw new AppError("BAD_ARGUMENT", `"${String(options.format)}" is not a timeline format (text, json)`, "--format");
    }
    const query = queryOptions(timelineQuery, options);
    const entries = await withStore(options.db as string | undefined, (store) => timeline(store, query));
    process.stdout.write(options.format === "json" ? JSON.stringify(entries, null, 2) + "\n" : entries.map(renderEntry).join(""));
    if (!entries.length) process.stderr.write("sitrep: timeline: no events\n");
    return 0;
  },
};

/**
 * 10 July 2025, evening    CONSULT (third-party)  Marco Rubio (USA) — Sergei Lavrov (RUS)  in Kuala Lumpur
 *     3 reports, 2 independent sources
 *     - Reuters, 10 July 2025: Rubio meets Lavrov in Malaysia
 *       "met Russian Foreign Minister Sergei Lavrov on Thursday"
 */
function renderEntry(e: TimelineEntry): string {
  const kind = e.mode ? `${e.type} (${e.mode})` : e.type;
  const sides = [actorLabel(e.source), actorLabel(e.target)].filter(Boolean).join(" — ");
  const lines = [
    `${dateCell(e.date, "table").padEnd(24)} ${kind}  ${sides}${e.place ? `  in ${e.place.name}` : ""}`,
    `    ${e.reports} report${e.reports === 1 ? "" : "s"}, ${e.corroboration} independent source${e.corroboration === 1 ? "" : "s"}`,
  ];
  for (const s of e.sources) {
    lines.push(`    - ${documentLabel(s.document)} [${s.document.id}]`);
    for (const span of s.evidence) lines.push(`      "${span.text}"`);
  }
  return lines.join("\n") + "\n";
}

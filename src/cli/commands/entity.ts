import { entityProfile, type EntityProfile } from "../../query/index.ts";
import { actorLabel, dateCell, documentLabel } from "../../query/format.ts";
import { withStore } from "../../store/index.ts";
import { AppError } from "../../model/index.ts";
import { DB_OPTION, type CommandSpec } from "../command.ts";

export const entityCommand: CommandSpec = {
  args: "<name>",
  options: [
    { flags: "--format <format>", description: "text or json", default: "text" },
    DB_OPTION,
  ],
  async run([name], options) {
    if (options.format !== "text" && options.format !== "json") {
      throw new AppError("BAD_ARGUMENT", `"${String(options.format)}" is not a profile format (text, json)`, "--format");
    }
    const profile = await withStore(options.db as string | undefined, (store) => entityProfile(store, name));
    process.stdout.write(options.format === "json" ? JSON.stringify(profile, null, 2) + "\n" : renderProfile(profile));
    return 0;
  },
};

function renderProfile(p: EntityProfile): string {
  const a = p.actor;
  const lines = [
    `${a.name} (${[a.type, a.country, a.kb].filter(Boolean).join(", ")})  [${a.id}]`,
    `  roles:     ${p.roles.join("; ") || "-"}`,
    `  aliases:   ${p.aliases.join("; ") || "-"}`,
    `  seen in:   ${a.documents} documents, ${a.mentions} mentions`,
    `  co-actors: ${p.coActors.map((c) => `${c.actor.name} (${c.events})`).join(", ") || "-"}`,
    `  events (${p.events.length < a.events ? `the first ${p.events.length} of ${a.events}; \`sitrep timeline --actor\` lists all` : p.events.length}):`,
    ...p.events.map((e) => `    ${dateCell(e.date, "table").padEnd(24)} ${e.type.padEnd(9)} ${actorLabel(e.source)} — ${actorLabel(e.target)}${e.context ? ` [${e.context.join(",")}]` : ""}`),
    `  quotes (${p.quotes.length}):`,
    ...p.quotes.map((q) => `    "${q.text}" — ${documentLabel(q.document)}`),
  ];
  return lines.join("\n") + "\n";
}

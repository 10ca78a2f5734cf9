import { AppError } from "../../model/index.ts";
import { closeQueue, connectQueue, queueStatus, type QueueStatus } from "../../queue/index.ts";
import type { CommandSpec } from "../command.ts";
import { QUEUE_DB_OPTION } from "./queue-options.ts";

export const statusCommand: CommandSpec = {
  options: [QUEUE_DB_OPTION, { flags: "--format <format>", description: "text or json", default: "text" }],
  async run(_args, options) {
    if (options.format !== "text" && options.format !== "json") {
      throw new AppError("BAD_ARGUMENT", `"${String(options.format)}" is not a status format (text, json)`, "--format");
    }
    const queue = await connectQueue(String(options.db ?? process.env.SITREP_DB ?? ""));
    try {
      const status = await queueStatus(queue);
      process.stdout.write(options.format === "json" ? JSON.stringify(status, null, 2) + "\n" : renderStatus(status, queue.location));
      return 0;
    } finally {
      await closeQueue(queue);
    }
  },
};

function renderStatus(s: QueueStatus, location: string): string {
  const lines = [
    `queue of ${location}`,
    `  queued   ${s.queued}${s.retrying ? ` (${s.retrying} waiting to be retried)` : ""}`,
    `  running  ${s.running}`,
    `  done     ${s.done}  (${s.stored} documents stored, ${s.existing} already there)`,
    `  failed   ${s.failed}`,
    `  throughput: ${s.perMinute.lastMinute} jobs in the last minute, ${s.perMinute.lastTenMinutes.toFixed(1)} a minute over the last ten`,
  ];
  if (s.failures.length) {
    lines.push(`failed jobs (newest first${s.failures.length < s.failed ? `, ${s.failures.length} of ${s.failed}` : ""}):`);
    for (const f of s.failures) lines.push(`  ${f.input}  after ${f.tries} tr${f.tries === 1 ? "y" : "ies"}, ${f.at}`, `    ${f.error}`);
  }
  return lines.join("\n") + "\n";
}

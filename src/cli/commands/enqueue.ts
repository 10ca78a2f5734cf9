import { AppError } from "../../model/index.ts";
import { closeQueue, connectQueue, DEFAULT_RETRY_POLICY, enqueueInputs } from "../../queue/index.ts";
import type { CommandSpec } from "../command.ts";
import { ingestOptions, INGEST_OPTIONS } from "../meta-options.ts";
import { reportInputError } from "../report.ts";
import { QUEUE_DB_OPTION, positiveNumber } from "./queue-options.ts";

export const enqueueCommand: CommandSpec = {
  args: "<inputs...>",
  options: [
    QUEUE_DB_OPTION,
    { flags: "--tries <n>", description: `tries per job before it is failed with its error (default ${DEFAULT_RETRY_POLICY.tries})` },
    { flags: "--retry-delay <seconds>", description: `wait before the first retry, doubling with each (default ${DEFAULT_RETRY_POLICY.retryDelaySeconds})` },
    { flags: "--job-timeout <seconds>", description: `a job running longer is taken for lost and given to another worker (default ${DEFAULT_RETRY_POLICY.timeoutSeconds})` },
    ...INGEST_OPTIONS,
  ],
  async run(inputs, options) {
    const retry = {
      tries: positiveNumber(options.tries, "--tries", DEFAULT_RETRY_POLICY.tries),
      retryDelaySeconds: positiveNumber(options.retryDelay, "--retry-delay", DEFAULT_RETRY_POLICY.retryDelaySeconds),
      timeoutSeconds: positiveNumber(options.jobTimeout, "--job-timeout", DEFAULT_RETRY_POLICY.timeoutSeconds),
    };
    if (!Number.isInteger(retry.tries)) throw new AppError("BAD_ARGUMENT", `"${String(options.tries)}" is not a whole number`, "--tries");
    const queue = await connectQueue(String(options.db ?? process.env.SITREP_DB ?? ""));
    try {
      const result = await enqueueInputs(queue, inputs, { ingest: ingestOptions(options), retry, onError: reportInputError });
      process.stderr.write(`sitrep: enqueue: ${result.added} jobs added, ${result.present} already in the queue, ${result.failed} inputs failed (${queue.location})\n`);
      return result.failed ? 1 : 0;
    } finally {
      await closeQueue(queue);
    }
  },
};

import { closeQueue, connectQueue, runWorker } from "../../queue/index.ts";
import { openStore } from "../../store/index.ts";
import { KB_OPTION, type CommandSpec } from "../command.ts";
import { reportInputError } from "../report.ts";
import { QUEUE_DB_OPTION, positiveNumber } from "./queue-options.ts";

export const workerCommand: CommandSpec = {
  options: [
    QUEUE_DB_OPTION,
    { flags: "--workers <n>", description: "annotating threads (default: one per core)" },
    { flags: "--exit-when-done", description: "stop when no job is waiting, running or due to be retried" },
    { flags: "--supervise <seconds>", description: "how often jobs of dead workers are returned to the queue (default 10)" },
    KB_OPTION,
  ],
  async run(_args, options) {
    const workers = options.workers === undefined ? undefined : positiveNumber(options.workers, "--workers", 1);
    const url = String(options.db ?? process.env.SITREP_DB ?? "");
    const queue = await connectQueue(url, { superviseSeconds: positiveNumber(options.supervise, "--supervise", 10) });
    const store = await openStore(url).catch(async (e) => {
      await closeQueue(queue);
      throw e;
    });
    // SIGINT/SIGTERM: take no more jobs, finish those in flight, then exit.
    const stop = new AbortController();
    const onSignal = () => {
      process.stderr.write("sitrep: worker: stopping after the jobs in flight\n");
      stop.abort();
    };
    process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
    try {
      const summary = await runWorker(store, queue, {
        workers: workers && Math.floor(workers),
        kbPaths: options.kb as string[] | undefined,
        exitWhenDone: Boolean(options.exitWhenDone),
        signal: stop.signal,
        onJob: (job) => {
          if (job.error) reportInputError(job.error);
        },
        onWarning: (message) => process.stderr.write(`sitrep: worker: ${message}\n`),
      });
      const seconds = Math.max(summary.elapsedMs, 1) / 1000;
      process.stderr.write(
        `sitrep: worker: ${summary.jobs} jobs (${summary.failed} failed), ${summary.stored} documents stored, ` +
          `${summary.existing} already there in ${seconds.toFixed(1)} s (${(summary.stored / seconds).toFixed(1)} articles/s)\n`,
      );
      return 0;
    } finally {
      process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
      await store.close();
      await closeQueue(queue);
    }
  },
};

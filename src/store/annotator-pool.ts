// Worker threads that annotate articles in parallel while the main thread reads inputs and writes
// to the store. Each worker runs the whole pipeline; work goes to the least busy one.
import { Worker } from "node:worker_threads";
import { AppError, type AnnotatedDocument, type Article, type ErrorCode } from "../model/index.ts";

interface Pending {
  resolve(doc: AnnotatedDocument): void;
  reject(error: AppError): void;
}

const WORKER_FILE = new URL("./annotator-worker.ts", import.meta.url);

/**
 * A worker's heap is its knowledge base and model (~60 MB live) plus one article's work. Left to
 * its defaults V8 lets each worker's heap grow for minutes before collecting (ingest RSS rose to
 * ~630 MB); a small young generation and an old-generation ceiling far above the live set keep
 * collections early and memory flat, with room for very long articles.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 };

/**
 * Workers do not inherit the TypeScript loader the CLI runs under (tsx), so a TypeScript worker is
 * started by a two-line bootstrap that registers it first.
 */
function startWorker(workerData: unknown): Worker {
  if (!WORKER_FILE.pathname.endsWith(".ts")) return new Worker(WORKER_FILE, { workerData, resourceLimits: WORKER_HEAP });
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
    .then(({ register }) => { register(); return import(${JSON.stringify(WORKER_FILE.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits: WORKER_HEAP });
}

/** An AppError as a worker posts it: its message already names the subject; the stack is for --debug. */
interface WorkerError {
  code: ErrorCode;
  message: string;
  subject?: string;
  stack?: string;
}

function fromWorker(posted: WorkerError): AppError {
  const prefix = posted.subject ? `${posted.subject}: ` : "";
  const reason = posted.message.startsWith(prefix) ? posted.message.slice(prefix.length) : posted.message;
  const cause = Object.assign(new Error(reason), { stack: posted.stack });
  return new AppError(posted.code, reason, posted.subject, { cause });
}

export class AnnotatorPool {
  private readonly workers: Array<{ worker: Worker; busy: number }> = [];
  private readonly pending = new Map<number, Pending & { slot: { busy: number } }>();
  private seq = 0;
  private closing = false;
  /** Set when a worker died: the pipeline cannot run, so the whole load stops with this error. */
  fatal?: AppError;

  constructor(size: number, kbPaths?: string[]) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker({ kbPaths });
      const slot = { worker, busy: 0 };
      worker.on("message", (m: { seq: number; doc?: AnnotatedDocument; error?: WorkerError }) => {
        const job = this.pending.get(m.seq);
        if (!job) return;
        this.pending.delete(m.seq);
        job.slot.busy--;
        if (m.doc) job.resolve(m.doc);
        else job.reject(fromWorker(m.error!));
      });
      // A worker that dies (out of memory, a bug in a stage) fails its jobs; the run reports them.
      worker.on("error", (e) => this.die(e));
      worker.on("exit", (code) => this.die(new Error(`an annotating thread stopped (exit code ${code})`)));
      this.workers.push(slot);
    }
  }

  annotate(article: Article): Promise<AnnotatedDocument> {
    if (this.fatal) return Promise.reject(this.fatal);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const seq = ++this.seq;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, slot });
      slot.worker.postMessage({ seq, article });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private die(e: Error): void {
    if (this.closing) return;
    this.fatal ??= new AppError("PIPELINE", `annotating failed: ${e.message}`, undefined, { cause: e });
    for (const job of this.pending.values()) job.reject(this.fatal);
    this.pending.clear();
  }
}

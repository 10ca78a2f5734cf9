// Worker threads that annotate articles in parallel while the main thread reads inputs, writes to the
// store or answers HTTP requests. Each worker runs the whole pipeline on one article at a time; the
// rest wait in a queue here. An article that runs over the time limit, or kills its thread (out of
// memory), fails alone: the thread is replaced and the queue goes on.
import { Worker } from "node:worker_threads";
import { AppError, type AnnotatedDocument, type Article, type ErrorCode } from "../model/index.ts";

// Beside this file: the TypeScript source under tsx, the compiled JavaScript under dist/.
const WORKER_FILE = new URL(import.meta.url.endsWith(".ts") ? "./annotator-worker.ts" : "./annotator-worker.js", import.meta.url);

/**
 * A worker's heap is its knowledge base and model (~60 MB live) plus one article's work. Left to
 * its defaults V8 lets each worker's heap grow for minutes before collecting (ingest RSS rose to
 * ~630 MB); a small young generation keeps collections early and memory flat, and the old
 * generation's ceiling leaves room for an article of tens of megabytes.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1536 };

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

interface Job {
  article: Article;
  resolve(doc: AnnotatedDocument): void;
  reject(error: AppError): void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** Set when the pool itself ends the thread (time limit, close): its exit is expected. */
  retired?: boolean;
}

export interface AnnotatorPoolOptions {
  kbPaths?: string[];
  /** Most time one article may take; default none. */
  timeLimitMs?: number;
}

export class AnnotatorPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closing = false;
  /** Set when a thread died idle (it could not even load the pipeline): nothing can be annotated. */
  fatal?: AppError;

  constructor(size: number, private readonly options: AnnotatorPoolOptions = {}) {
    for (let i = 0; i < size; i++) this.slots.push(this.startSlot());
  }

  annotate(article: Article): Promise<AnnotatedDocument> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ article, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => {
      slot.retired = true;
      return slot.worker.terminate();
    }));
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: startWorker({ kbPaths: this.options.kbPaths }) };
    slot.worker.on("message", (m: { doc?: AnnotatedDocument; error?: WorkerError }) => {
      const job = this.finish(slot);
      if (!job) return;
      if (m.doc) job.resolve(m.doc);
      else job.reject(fromWorker(m.error!));
    });
    // A thread that dies (out of memory, a crash in native code) fails its article only.
    slot.worker.on("error", (e) => this.lose(slot, e.message));
    slot.worker.on("exit", (code) => this.lose(slot, `exit code ${code}`));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      if (this.options.timeLimitMs) slot.timer = setTimeout(() => this.overrun(slot), this.options.timeLimitMs);
      slot.worker.postMessage({ article: job.article });
    }
  }

  private finish(slot: Slot): Job | undefined {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    setImmediate(() => this.dispatch());
    return job;
  }

  private overrun(slot: Slot): void {
    const job = this.finish(slot);
    slot.retired = true;
    void slot.worker.terminate();
    this.replace(slot);
    job?.reject(new AppError("STAGE_FAILED", `annotating took longer than the ${this.options.timeLimitMs! / 1000} s limit`, job.article.input));
  }

  private lose(slot: Slot, reason: string): void {
    if (slot.retired || this.closing) return;
    slot.retired = true;
    const job = this.finish(slot);
    if (!job) {
      // Idle when it died: the pipeline cannot load, and every thread would fail the same way.
      this.fatal ??= new AppError("PIPELINE", `annotating failed: the annotating thread stopped (${reason})`);
      for (const waiting of this.queue.splice(0)) waiting.reject(this.fatal);
      return;
    }
    this.replace(slot);
    job.reject(new AppError("STAGE_FAILED", `the annotating thread stopped (${reason}; out of memory?)`, job.article.input));
  }

  private replace(slot: Slot): void {
    this.slots[this.slots.indexOf(slot)] = this.startSlot();
  }
}

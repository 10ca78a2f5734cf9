// The work queue (pg-boss on the store's PostgreSQL database): `enqueue` adds inputs as jobs, any
// number of `worker` processes on any number of machines take them, `status` shows how far it is.
export { closeQueue, connectQueue, QUEUE, type ConnectOptions, type QueueConnection } from "./connection.ts";
export { DEFAULT_RETRY_POLICY, enqueueInputs, type EnqueueResult, type RetryPolicy } from "./enqueue.ts";
export { isConnectionLost, runWorker, type JobReport, type WorkerOptions, type WorkerSummary } from "./worker.ts";
export { queueStatus, type QueueStatus } from "./status.ts";

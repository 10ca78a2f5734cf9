import type { Store } from "../store/index.ts";
import { eachEvent, emit, type ExportSink } from "./sink.ts";

/** One fused event per line: the full record with every source document and evidence span. */
export async function writeJsonLines(store: Store, out: ExportSink): Promise<void> {
  for await (const event of eachEvent(store)) await emit(out, JSON.stringify(event) + "\n");
}

import { emit, type ExportInput, type ExportSink } from "./sink.ts";

/** One fused event per line: the full record with every source document and evidence span. */
export async function writeJsonLines(input: ExportInput, out: ExportSink): Promise<void> {
  for await (const event of input.events()) await emit(out, JSON.stringify(event) + "\n");
}

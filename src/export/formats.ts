import { AppError } from "../model/index.ts";
import type { Store } from "../store/index.ts";
import type { ExportFormat, ExportSink } from "./index.ts";

export async function writeExport(_store: Store, format: ExportFormat, _out: ExportSink): Promise<void> {
  throw new AppError("BAD_ARGUMENT", "being built", format);
}

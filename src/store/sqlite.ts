import { AppError } from "../model/index.ts";
import type { Store } from "./types.ts";

export async function openSqliteStore(path: string): Promise<Store> {
  throw new AppError("STORE", "the SQLite store is being built", path);
}

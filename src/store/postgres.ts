import { AppError } from "../model/index.ts";
import type { Store } from "./types.ts";

export async function openPostgresStore(url: string): Promise<Store> {
  throw new AppError("STORE", "the PostgreSQL store is being built", url);
}

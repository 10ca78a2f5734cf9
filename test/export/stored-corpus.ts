// A SQLite store holding one test file's documents (filled before its tests, removed after them), its
// exports read as text, and a folder for the files the readers open.
import { after, before } from "node:test";
import { exportAs, type ExportOptions } from "../../src/export/index.ts";
import type { AnnotatedDocument } from "../../src/model/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { sqliteBackend } from "../store/backends.ts";
import { scratch } from "./readers.ts";

export interface StoredCorpus {
  /** The store, once the file's `before` has run. */
  store(): Store;
  files: ReturnType<typeof scratch>;
  exported(format: string, options?: ExportOptions): Promise<string>;
}

export function storedCorpus(docs: AnnotatedDocument[]): StoredCorpus {
  const backend = sqliteBackend();
  const files = scratch();
  let store: Store | undefined;
  before(async () => {
    store = await openStore(await backend.location());
    for (const doc of docs) await store.addDocument(doc);
  });
  after(async () => {
    await store?.close();
    await backend.cleanup();
    files.remove();
  });
  const opened = () => {
    if (!store) throw new Error("the stored corpus is read before its tests ran");
    return store;
  };
  return {
    store: opened,
    files,
    async exported(format, options = {}) {
      let text = "";
      await exportAs(opened(), format, { write: (chunk: string) => void (text += chunk) }, options);
      return text;
    },
  };
}

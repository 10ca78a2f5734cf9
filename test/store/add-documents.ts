// A writer process for the concurrency tests: adds the annotated documents of a JSON file to a store,
// one transaction each, then fuses the corpus again as `sitrep ingest` does at its end.
//   node --import tsx test/store/add-documents.ts <store> <documents.json>
import { readFileSync } from "node:fs";
import { openStore } from "../../src/store/index.ts";

const [location, file] = process.argv.slice(2) as [string, string];
const store = await openStore(location);
try {
  for (const doc of JSON.parse(readFileSync(file, "utf8"))) await store.addDocument(doc);
  await store.refuse({ onlyWhenNeeded: true });
} finally {
  await store.close();
}

// NUL and other control characters: removed from an article's text and metadata, refused in query
// parameters with a 400, on SQLite and PostgreSQL alike (PostgreSQL refuses a NUL outright).
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { serveApi } from "../../src/api/index.ts";
import { openStore } from "../../src/store/index.ts";
import { loadCorpus } from "../../src/store/load-corpus.ts";
import { postgresBackend, sqliteBackend, type Backend } from "../store/backends.ts";
import { scratchDir } from "../ingest/helpers.ts";

const dir = scratchDir();

for (const backend of [sqliteBackend(), await postgresBackend()]) controlCharacters(backend);

function controlCharacters(backend: Backend): void {
  describe(`control characters on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());

    test("an article with NUL and escapes is stored without them; a parameter with one is a 400", async () => {
      const file = join(dir, `${backend.name}.jsonl`);
      writeFileSync(file, JSON.stringify({
        title: "Strike\u0000 on Odesa\u001b[31m",
        text: "Russian\u0000 drones struck\u0007 port facilities in Odesa\u001b[0m on Wednesday, officials said.",
        published: "2025-03-05",
      }) + "\n");
      const store = await openStore(await backend.location());
      const server = await serveApi({ store, annotator: () => Promise.reject(new Error("read-only")), port: 0 });
      try {
        const loaded = await loadCorpus(store, [file], { workers: 1 });
        assert.equal(loaded.stored, 1, JSON.stringify(loaded));
        const documents = await (await fetch(`${server.url}/api/documents`)).json();
        const stored = await (await fetch(`${server.url}/api/documents/${documents.items[0].id}`)).json();
        assert.equal(stored.document.title, "Strike on Odesa[31m");
        assert.equal(stored.document.text, "Russian drones struck port facilities in Odesa[0m on Wednesday, officials said.");
        for (const [path, parameter] of [["/api/events?actor=Rus%00sia", "actor"], ["/api/search?q=Odesa%00", "q"], ["/api/entities/Odesa%00", "id"], ["/api/events?text=%1b", "text"]]) {
          const response = await fetch(server.url + path);
          assert.equal(response.status, 400, path);
          assert.equal((await response.json()).error.parameter, parameter, path);
        }
        assert.equal((await fetch(`${server.url}/api/search?q=Odesa`)).status, 200);
      } finally {
        await server.close();
        await store.close();
      }
    });
  });
}

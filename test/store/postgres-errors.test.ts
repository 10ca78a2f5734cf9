// A cut PostgreSQL connection never ends the process: every client of the store's and the queue's pools
// listens for its 'error' events (pg's own pool listens once per query, and a cut connection may emit
// two: the server's "terminating connection" and the socket's end).
import { test } from "node:test";
import assert from "node:assert/strict";
import { openGuardedPool } from "../../src/store/index.ts";
import { POSTGRES_URL, postgresBackend } from "./backends.ts";

const { skip } = await postgresBackend();

test("a client whose connection is cut twice over stays quiet; the next query reports the loss", { skip }, async () => {
  const pool = await openGuardedPool({ connectionString: POSTGRES_URL, max: 1 });
  try {
    const client = await pool.connect();
    const lost = new Error("terminating connection due to administrator command");
    // With no listener, EventEmitter throws an 'error' event: the process would end here.
    assert.doesNotThrow(() => {
      client.emit("error", lost);
      client.emit("error", lost);
    });
    client.release(lost);
    const { rows } = await pool.query("SELECT 1 AS one");
    assert.equal(rows[0].one, 1);
  } finally {
    await pool.end();
  }
});

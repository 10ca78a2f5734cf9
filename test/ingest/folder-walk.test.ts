// A folder walk reports every entry it cannot read and goes on: dangling links, link loops, FIFOs
// and sockets never end it, repeat an article or hang it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { readAll, scratchDir } from "./helpers.ts";

const dir = scratchDir();
const story = (n: number) => `Finnish President Alexander Stubb met Polish Prime Minister Donald Tusk in Helsinki, report ${n}.`;

test("dangling links, a link loop, a FIFO and a socket: every article read once, the rest reported", async () => {
  const root = join(dir, "walk");
  mkdirSync(join(root, "sub"), { recursive: true });
  writeFileSync(join(root, "a.txt"), story(1));
  symlinkSync(join(root, "gone.txt"), join(root, "b-dangling.txt"));
  writeFileSync(join(root, "c.txt"), story(2));
  assert.equal(spawnSync("mkfifo", [join(root, "d.fifo")]).status, 0);
  const socket = createServer().listen(join(root, "e.sock"));
  writeFileSync(join(root, "sub", "f.txt"), story(3));
  symlinkSync("..", join(root, "sub", "loop"));
  writeFileSync(join(root, "z.txt"), story(4));
  try {
    const results = await readAll([root]);
    const read = results.flatMap((r) => ("article" in r ? [r.article.text.match(/report (\d)/)![1]] : []));
    assert.deepEqual(read.sort(), ["1", "2", "3", "4"]);
    const errors = results.flatMap((r) => ("error" in r ? [r.error.message.replace(root, "ROOT")] : []));
    assert.deepEqual(errors, [
      "ROOT/b-dangling.txt: a symbolic link to nothing",
      "ROOT/d.fifo: not a regular file (a FIFO): skipped",
      "ROOT/e.sock: not a regular file (a socket): skipped",
    ]);
  } finally {
    socket.close();
  }
});

test("a FIFO named by the user is read as a stream, like stdin", async () => {
  const fifo = join(dir, "named.fifo");
  assert.equal(spawnSync("mkfifo", [fifo]).status, 0);
  const written = once(spawn("sh", ["-c", `printf '%s' "$0" > "$1"`, story(5), fifo]), "exit");
  const [result] = await readAll([fifo]);
  await written;
  assert.ok(result && "article" in result, JSON.stringify(result));
  assert.match(result.article.text, /report 5/);
});

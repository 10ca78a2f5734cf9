// URLs against a local node:http server on 127.0.0.1 (never the internet).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fixture, readAll, readError, readOne } from "./helpers.ts";

let server: Server;
let base = "";
const page = readFileSync(fixture("page.html"));

function summaryFeed(): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Desk</title>
<item><title>Khartoum palace retaken</title><link>${base}/sudan.html</link><pubDate>Fri, 21 Mar 2025 12:00:00 +0200</pubDate>
<description>Sudan's army says it holds the palace.</description></item>
<item><title>Gone story</title><link>${base}/missing</link><description>ZAGREB - A summary that is all that remains of this story.</description></item>
</channel></rss>`;
}

before(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case "/sudan.html":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
        return;
      case "/feed":
        res.writeHead(200, { "content-type": "application/rss+xml" }).end(summaryFeed());
        return;
      case "/plain":
        res.writeHead(200, { "content-type": "text/plain" }).end(readFileSync(fixture("scraped-header.txt")));
        return;
      case "/error":
        res.writeHead(500, "Internal Server Error").end("oops");
        return;
      case "/slow":
        return; // never answers
      case "/big-declared":
        res.writeHead(200, { "content-type": "text/plain", "content-length": String(10 * 1024 * 1024) });
        res.write("x".repeat(1024));
        return; // the client must give up on the declared length alone
      case "/big-streamed":
        res.writeHead(200, { "content-type": "text/plain" });
        for (let i = 0; i < 40; i++) res.write("word ".repeat(10_000));
        res.end();
        return;
      default:
        res.writeHead(404, "Not Found").end("not here");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

after(() => {
  server.closeAllConnections();
  server.close();
});

test("an HTML page over HTTP is read like a file, named by its URL", async () => {
  const a = await readOne(`${base}/sudan.html`);
  assert.equal(a.input, `${base}/sudan.html`);
  assert.equal(a.title, "Sudan army retakes presidential palace in Khartoum");
  assert.match(a.text, /^KHARTOUM/);
  const plain = await readOne(`${base}/plain`);
  assert.equal(plain.published, "2025-03-11");
});

test("404, 500, a time-out and a refused connection are FETCH_FAILED errors naming the URL", async () => {
  const missing = await readError(`${base}/missing`);
  assert.equal(missing.code, "FETCH_FAILED");
  assert.equal(missing.message, `${base}/missing: HTTP 404 Not Found`);
  assert.equal((await readError(`${base}/error`)).message, `${base}/error: HTTP 500 Internal Server Error`);
  const started = Date.now();
  const slow = await readError(`${base}/slow`, { timeoutMs: 300 });
  assert.equal(slow.message, `${base}/slow: timed out after 0.3 s`);
  assert.ok(Date.now() - started < 3000);
  const refused = await readError(`http://127.0.0.1:${await closedPort()}/article`);
  assert.equal(refused.code, "FETCH_FAILED");
  assert.match(refused.message, /could not fetch \(ECONNREFUSED\)/);
});

test("a response over the size cap is INPUT_TOO_LARGE, whether declared or streamed", async () => {
  const declared = await readError(`${base}/big-declared`, { maxBytes: 1024 * 1024 });
  assert.equal(declared.code, "INPUT_TOO_LARGE");
  const streamed = await readError(`${base}/big-streamed`, { maxBytes: 1024 * 1024 });
  assert.equal(streamed.code, "INPUT_TOO_LARGE");
});

test("a feed item with only a summary is replaced by the page it links to; a dead link falls back to the summary", async () => {
  const results = await readAll([`${base}/feed`]);
  const [followed, fallback] = results.map((r) => ("article" in r ? r.article : assert.fail(r.error.message)));
  assert.equal(followed.input, `${base}/sudan.html`);
  assert.equal(followed.title, "Khartoum palace retaken", "the feed's own title wins");
  assert.equal(followed.published, "2025-03-21T12:00:00+02:00");
  assert.equal(followed.source, "Local Desk");
  assert.match(followed.text, /Rapid Support Forces, nearly two years after/);
  assert.equal(fallback.text, "ZAGREB - A summary that is all that remains of this story.");
  assert.ok(fallback.warnings.some((w) => w.includes("only the feed's summary") && w.includes("HTTP 404")));
  const unfollowed = await readAll([`${base}/feed`], { followLinks: false });
  assert.ok("article" in unfollowed[0] && unfollowed[0].article.text === "Sudan's army says it holds the palace.");
});

// A page on another site, in a real browser (Debian's Chromium), posts a form to a server started
// with --allow-write, as an attacker's page would (a no-CORS multipart POST): nothing is stored.
import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { browserMissing, launchChromium } from "../ui/browser.ts";
import { startTestServer } from "./fixture.ts";

test("a cross-site form post from a browser stores nothing", { skip: browserMissing() }, async () => {
  const server = await startTestServer({ allowWrite: true, fill: async () => {} });
  // The attacker's page, served from another origin (localhost, not 127.0.0.1, and another port).
  const attacker = createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><script>
      const form = new FormData();
      form.set("file", new Blob(["Finland and Sweden signed a defence pact in Helsinki on Monday."], { type: "text/plain" }), "planted.txt");
      fetch(${JSON.stringify(`${server.url}/api/documents`)}, { method: "POST", mode: "no-cors", body: form })
        .then(() => { document.title = "sent"; }, () => { document.title = "sent"; });
    </script>`);
  }).listen(0, "127.0.0.1");
  await once(attacker, "listening");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/documents"));
    await page.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => document.title === "sent");
    // The page cannot read the answer (no CORS), but the browser's network log shows it.
    assert.equal((await answer).status(), 403);
    assert.equal((await server.store.stats()).documents, 0);
    // The server's own page may write: the same request from its origin is stored.
    await page.goto(`${server.url}/openapi.json`);
    const status = await page.evaluate(async (url) => {
      const form = new FormData();
      form.set("file", new Blob(["Finland and Sweden signed a defence pact in Helsinki on Monday."], { type: "text/plain" }), "own.txt");
      return (await fetch(url, { method: "POST", body: form })).status;
    }, `${server.url}/api/documents`);
    assert.equal(status, 201);
  } finally {
    await browser.close();
    attacker.close();
    await server.stop();
  }
});

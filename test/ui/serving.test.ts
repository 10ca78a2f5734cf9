// How the UI reaches a browser: compressed, cached for as long as it cannot change, and laid out for a
// 390-pixel phone screen (checked in Chromium at that width).
import assert from "node:assert/strict";
import { get } from "node:http";
import { after, before, describe, test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { startTestServer, type TestServer } from "../api/fixture.ts";
import { browserAndServer, browserMissing, ensureWebUiBuilt, openPage, screenshot } from "./browser.ts";

interface RawResponse { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A GET with the bytes as sent (fetch would decompress them). */
function getRaw(url: string, acceptEncoding?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

describe("serving the UI", () => {
  let server: TestServer;
  before(async () => {
    ensureWebUiBuilt();
    server = await startTestServer();
  });
  after(async () => {
    await server?.stop();
  });

  test("the UI's files are sent in brotli or gzip when asked, and the same bytes come out", async () => {
    const index = await getRaw(`${server.url}/`);
    const scripts = [...index.body.toString().matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    assert.ok(scripts.length >= 1, "index.html names its assets");
    let raw = 0;
    let brotli = 0;
    for (const path of ["/", ...scripts]) {
      const plain = await getRaw(`${server.url}${path}`);
      const br = await getRaw(`${server.url}${path}`, "gzip, deflate, br");
      const gz = await getRaw(`${server.url}${path}`, "gzip");
      assert.equal(plain.headers["content-encoding"], undefined, path);
      assert.equal(br.headers["content-encoding"], "br", path);
      assert.equal(gz.headers["content-encoding"], "gzip", path);
      assert.equal(br.headers.vary, "Accept-Encoding", path);
      assert.deepEqual(brotliDecompressSync(br.body), plain.body, path);
      assert.deepEqual(gunzipSync(gz.body), plain.body, path);
      raw += plain.body.length;
      brotli += br.body.length;
    }
    assert.ok(brotli < raw * 0.4, `brotli ${brotli} bytes of ${raw}`);
  });

  test("hashed assets are cached for a year, index.html is revalidated", async () => {
    const index = await getRaw(`${server.url}/`);
    assert.equal(index.headers["cache-control"], "no-cache");
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index.body.toString())![1];
    assert.equal((await getRaw(`${server.url}${asset}`)).headers["cache-control"], "public, max-age=31536000, immutable");
  });

  test("API answers are gzipped when asked", async () => {
    const events = await getRaw(`${server.url}/api/events?limit=1000`, "gzip");
    assert.equal(events.status, 200);
    assert.equal(events.headers["content-encoding"], "gzip");
    assert.ok(JSON.parse(gunzipSync(events.body).toString()).items.length > 0);
  });
});

describe("the UI on a 390-pixel phone screen, in Chromium", { skip: browserMissing() }, () => {
  const ui = browserAndServer();

  test("no view is wider than the screen", async () => {
    const errors: string[] = [];
    const page = await openPage(ui.browser(), errors);
    await page.setViewportSize({ width: 390, height: 844 });
    const { items } = await (await fetch(`${ui.server().url}/api/events?type=CONSULT`)).json() as { items: Array<{ id: string }> };
    const { items: docs } = await (await fetch(`${ui.server().url}/api/documents`)).json() as { items: Array<{ id: string }> };
    for (const view of ["timeline", "network", "map", "events", "entities", "quotes", "documents", `event/${items[0]!.id}`, `document/${docs[0]!.id}`, "entity/Marco%20Rubio", "search?q=Lavrov"]) {
      await page.goto(`${ui.server().url}/#/${view}`);
      await page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false");
      await page.waitForTimeout(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await screenshot(page, `phone-${view.split(/[/?]/)[0]}`);
      assert.ok(width <= 390, `#/${view} is ${width} pixels wide`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});

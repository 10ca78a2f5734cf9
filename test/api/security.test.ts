// Hostile callers of `sitrep serve`: a caller who makes the server fetch its own network (SSRF), a
// page on another site posting a form, a page rebinding its DNS name to the server, a write without
// a token on an open bind. Each is refused, by a real server on 127.0.0.1.
import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { serveApi } from "../../src/api/index.ts";
import { isPublicAddress } from "../../src/ingest/public-address.ts";
import { startTestServer, type TestServer } from "./fixture.ts";

const ARTICLE = "Finland and Sweden signed a defence cooperation agreement in Helsinki on Monday, officials said.";

/** A page server on 127.0.0.1 standing for what only the server's machine can reach; it counts its visitors. */
let intranet: Server;
let intranetPort = 0;
let visits = 0;
let server: TestServer;

before(async () => {
  intranet = createServer((req, res) => {
    visits++;
    if (req.url === "/hop") res.writeHead(302, { location: "/hop" }).end();
    else res.writeHead(200, { "content-type": "text/html" }).end(`<html><head><title>Internal</title></head><body><article><p>${ARTICLE}</p><p>Internal wiki page.</p></article></body></html>`);
  }).listen(0, "127.0.0.1");
  await once(intranet, "listening");
  intranetPort = (intranet.address() as AddressInfo).port;
  server = await startTestServer({ allowWrite: true, fill: async () => {} });
});
after(async () => {
  intranet.close();
  await server.stop();
});

const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/documents`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("outbound requests of the server", () => {
  test("URLs on the server's own network are refused in every notation, with one message, without a request", async () => {
    const hosts = ["127.0.0.1", "localhost", "127.1", "2130706433", "0x7f.1", "0.0.0.0", "[::1]", "[::ffff:127.0.0.1]", "[::]", "10.0.0.1", "169.254.169.254", "[fd00::1]"];
    const messages = new Set<string>();
    for (const host of hosts) {
      const url = `http://${host}:${intranetPort}/secret`;
      const response = await postJson({ url });
      assert.equal(response.status, 502, host);
      messages.add((await response.json()).error.message.replace(url, "URL"));
    }
    // A closed port answers the same: the server is no port scanner.
    const closed = await postJson({ url: "http://127.0.0.1:1/" });
    messages.add((await closed.json()).error.message.replace("http://127.0.0.1:1/", "URL"));
    assert.deepEqual([...messages], ["URL: refused: only public internet addresses are fetched"]);
    assert.equal(visits, 0);
  });

  test("a feed's links to the server's network are not followed: the item keeps its summary", async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item><title>Nordic pact</title>
<link>http://127.0.0.1:${intranetPort}/story</link><pubDate>Mon, 03 Mar 2025 12:00:00 +0200</pubDate>
<description>HELSINKI - ${ARTICLE}</description></item></channel></rss>`;
    const form = new FormData();
    form.set("file", new Blob([feed], { type: "application/rss+xml" }), "desk.rss");
    const response = await fetch(`${server.url}/api/documents`, { method: "POST", body: form });
    assert.equal(response.status, 201, await response.clone().text());
    assert.equal(visits, 0);
  });

  test("an operator's --allow-private-urls lets them through, and redirects stop after five", async () => {
    const open = await startTestServer({ allowWrite: true, allowPrivateUrls: true, fill: async () => {} });
    try {
      const post = (url: string) => fetch(`${open.url}/api/documents`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ url }) });
      assert.equal((await post(`http://localhost:${intranetPort}/page`)).status, 201);
      visits = 0;
      const loop = await post(`http://127.0.0.1:${intranetPort}/hop`);
      assert.equal(loop.status, 502);
      assert.match((await loop.json()).error.message, /more than 5 redirects/);
      assert.equal(visits, 6);
    } finally {
      await open.stop();
    }
  });

  test("address classes: loopback, private, link-local, unique-local, multicast, unspecified and mapped are not public", () => {
    for (const a of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255",
      "::", "::1", "::ffff:127.0.0.1", "::ffff:8.8.8.8", "fe80::1", "fd12:3456::1", "ff02::1", "64:ff9b::7f00:1", "2002:7f00:1::1", "not an address"]) {
      assert.equal(isPublicAddress(a), false, a);
    }
    for (const a of ["8.8.8.8", "1.1.1.1", "151.101.1.69", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e"]) assert.equal(isPublicAddress(a), true, a);
  });
});

describe("writes only from the owner", () => {
  test("a form posted by a page on another site is refused, by Origin or by Sec-Fetch-Site", async () => {
    const attempts: Array<Record<string, string>> = [{ Origin: "http://evil.example" }, { Origin: "null" }, { "Sec-Fetch-Site": "cross-site" }, { "Sec-Fetch-Site": "same-site" }];
    for (const headers of attempts) {
      const form = new FormData();
      form.set("file", new Blob([ARTICLE], { type: "text/plain" }), "pact.txt");
      const response = await fetch(`${server.url}/api/documents`, { method: "POST", body: form, headers });
      assert.equal(response.status, 403, JSON.stringify(headers));
      assert.match((await response.json()).error.message, /another site/);
    }
    const own = await postJson({ text: ARTICLE }, { Origin: server.url, "Sec-Fetch-Site": "same-origin" });
    assert.equal(own.status, 201);
  });

  test("a request naming another host (DNS rebinding) is refused, reads included", async () => {
    const status = (host: string, method = "GET") => new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/stats`, { method, headers: { Host: host } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", reject);
      req.end();
    });
    assert.equal(await status(`rebind.example:${server.port}`), 403);
    assert.equal(await status(`rebind.example:${server.port}`, "POST"), 403);
    assert.equal(await status(`localhost:${server.port}`), 200);
    assert.equal(await status(`127.0.0.1:${server.port}`), 200);
  });

  test("writes without a token are refused on any bind but loopback", async () => {
    const store = server.store;
    await assert.rejects(
      serveApi({ store, annotator: () => Promise.reject(new Error("unused")), allowWrite: true, host: "0.0.0.0", port: 0 }),
      /allowed only on a loopback address.*--token/,
    );
    const withToken = await serveApi({ store, annotator: () => Promise.reject(new Error("unused")), allowWrite: true, token: "t0k", host: "0.0.0.0", port: 0 });
    try {
      const response = await fetch(`http://127.0.0.1:${withToken.port}/api/documents`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: ARTICLE }) });
      assert.equal(response.status, 403);
      assert.match((await response.json()).error.message, /Bearer/);
    } finally {
      await withToken.close();
    }
  });

  test("an upload named .. or with a control character is stored under a safe name", async () => {
    for (const name of ["..", ".", "a\u0000b.txt"]) {
      const form = new FormData();
      form.set("file", new Blob([`${ARTICLE} (${JSON.stringify(name)})`], { type: "text/plain" }), name);
      const response = await fetch(`${server.url}/api/documents`, { method: "POST", body: form });
      assert.equal(response.status, 201, `${JSON.stringify(name)}: ${await response.clone().text()}`);
      assert.equal((await response.json()).articles[0].input, "upload");
    }
  });
});

import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { createApi, ROUTES } from "../../src/api/index.ts";
import type { Store } from "../../src/store/index.ts";
import { KL_MEETING_SENTENCE, startTestServer, type TestServer } from "./fixture.ts";

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string; required: boolean; schema: Record<string, unknown> }> }>>;
}

async function getJson(server: TestServer, path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url + path);
  return { status: response.status, body: await response.json() };
}

describe("the read-only API over a fixture corpus", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.stop());

  test("every route in /openapi.json answers", async () => {
    const openApi = (await getJson(server, "/openapi.json")).body as OpenApi;
    assert.equal(openApi.openapi, "3.1.0");
    const [doc] = (await getJson(server, "/api/documents")).body.items;
    const [event] = (await getJson(server, "/api/events")).body.items;
    const [actor] = (await getJson(server, "/api/entities")).body.items;
    const pathValues: Record<string, Record<string, string[]>> = {
      "/api/documents/{id}": { id: [doc.id] },
      "/api/events/{id}": { id: [event.id] },
      "/api/entities/{id}": { id: [actor.id, "Rubio"] },
    };
    const requiredQuery: Record<string, string> = { actor: "Marco Rubio", q: "drones" };
    let answered = 0;
    for (const [path, operations] of Object.entries(openApi.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const pathParams = operation.parameters.filter((p) => p.in === "path");
        const query = new URLSearchParams();
        for (const p of operation.parameters) if (p.in === "query" && p.required) query.set(p.name, requiredQuery[p.name]!);
        // A path parameter with an enum (the export format) is tried with every value.
        const values = pathParams.length ? (pathValues[path]?.[pathParams[0]!.name] ?? (pathParams[0]!.schema.enum as string[])) : [""];
        for (const value of values) {
          const url = path.replace(/\{\w+\}/, encodeURIComponent(value)) + (query.size ? `?${query}` : "");
          const response = await fetch(server.url + url, { method: method.toUpperCase() });
          const expected = method === "post" ? 403 : 200; // the server is read-only
          assert.equal(response.status, expected, `${method.toUpperCase()} ${url}: ${await response.clone().text()}`);
          await response.arrayBuffer();
          answered++;
        }
      }
    }
    assert.ok(answered >= ROUTES.length, `only ${answered} routes answered`);
  });

  test("the OpenAPI description is generated from the request schemas", async () => {
    const openApi = (await getJson(server, "/openapi.json")).body as OpenApi;
    for (const route of ROUTES) assert.ok(openApi.paths[route.path]?.[route.method], `${route.method} ${route.path} is not documented`);
    const events = openApi.paths["/api/events"]!.get!.parameters;
    assert.deepEqual(events.map((p) => p.name), ["actor", "with", "type", "from", "to", "place", "text", "limit", "offset"]);
    assert.equal(events.find((p) => p.name === "limit")!.schema.maximum, 10_000);
    const listed = (openApi.paths["/api/entities"]!.get as unknown as { responses: Record<string, { content: Record<string, { schema?: { $ref: string } }> }> }).responses;
    assert.equal(listed["200"]!.content["application/json"]!.schema?.$ref, "#/components/schemas/Page");
    const format = openApi.paths["/api/export/{format}"]!.get!.parameters[0]!;
    assert.ok((format.schema.enum as string[]).includes("geojson"));
  });

  test("bad parameters get a 400 naming the parameter", async () => {
    for (const [path, parameter] of [
      ["/api/events?limit=0", "limit"],
      ["/api/events?limit=many", "limit"],
      ["/api/events?type=MEET", "type"],
      ["/api/events?from=July", "from"],
      ["/api/events?to=2025-13", "to"],
      ["/api/events?actr=Rubio", "actr"],
      ["/api/timeline", "actor"],
      ["/api/search?q=%20", "q"],
      ["/api/export/xlsx", "format"],
    ] as const) {
      const { status, body } = await getJson(server, path);
      assert.equal(status, 400, path);
      assert.equal(body.error.code, "BAD_ARGUMENT", path);
      assert.equal(body.error.parameter, parameter, path);
      assert.match(body.error.message, new RegExp(`^${parameter}: `), path);
    }
  });

  test("unknown ids and routes get a 404", async () => {
    for (const path of [
      "/api/events/ev_nope", "/api/documents/0000000000000000", "/api/entities/Nobody%20Atall", "/api/nothing-here",
      "/api/events?actor=Zzyzx", "/api/timeline?actor=Rubio&with=Zzyzx", "/api/quotes?speaker=Zzyzx",
    ]) {
      const { status, body } = await getJson(server, path);
      assert.equal(status, 404, path);
      assert.equal(body.error.code, "NOT_FOUND", path);
    }
  });

  test("lists are paginated with the total count of matches", async () => {
    const all = (await getJson(server, "/api/events")).body;
    assert.equal(all.total, all.items.length);
    assert.ok(all.total >= 4);
    const first = (await getJson(server, "/api/events?limit=2")).body;
    assert.deepEqual([first.items.length, first.total, first.limit, first.offset], [2, all.total, 2, 0]);
    const second = (await getJson(server, "/api/events?limit=2&offset=2")).body;
    assert.deepEqual(second.items.map((e: { id: string }) => e.id), all.items.slice(2, 4).map((e: { id: string }) => e.id));
    const beyond = (await getJson(server, "/api/events?offset=50")).body;
    assert.deepEqual([beyond.items.length, beyond.total], [0, all.total]);
    for (const list of ["documents", "entities", "quotes", "events?type=CONSULT"]) {
      const whole = (await getJson(server, `/api/${list}`)).body;
      const one = (await getJson(server, `/api/${list}${list.includes("?") ? "&" : "?"}limit=1`)).body;
      assert.equal(one.total, whole.items.length, `${list}: the total of a page is the number of matches`);
    }
  });

  test("event filters work as in the CLI, and an event carries every source with its evidence", async () => {
    const { body } = await getJson(server, "/api/events?actor=Rubio&with=Sergei%20Lavrov");
    assert.deepEqual(body.items.map((e: { type: string; date: string }) => `${e.type} ${e.date}`), ["CONSULT 2025-07-10", "CONSULT 2025-09-24"]);
    const kl = body.items[0];
    assert.equal(kl.reports, 2);
    const detail = (await getJson(server, `/api/events/${kl.id}`)).body;
    assert.equal(detail.sources.length, 2);
    assert.ok(detail.sources.some((s: { evidence: Array<{ text: string }> }) => s.evidence.some((e) => e.text === KL_MEETING_SENTENCE)));
    const conflict = (await getJson(server, "/api/events?type=ASSAULT,COERCE&from=2025-07&to=2025-07-31")).body;
    assert.deepEqual(conflict.items.map((e: { type: string }) => e.type), ["ASSAULT"]);
    const timeline = (await getJson(server, "/api/timeline?actor=Lavrov&with=Rubio")).body;
    assert.equal(timeline.items.length, 2);
    assert.ok(timeline.items.every((e: { sources: unknown[] }) => e.sources.length > 0));
  });

  test("the reader's document has every layer and how it was fused", async () => {
    const hits = (await getJson(server, "/api/search?q=drones")).body;
    assert.equal(hits.total, 1);
    const stored = (await getJson(server, `/api/documents/${hits.items[0].document.id}`)).body;
    assert.ok(stored.document.text.includes(KL_MEETING_SENTENCE));
    assert.equal(stored.document.quantities.length, 3);
    assert.ok(stored.events.ev1, "document event ev1 maps to a fused event");
  });

  test("writes are refused by a read-only server", async () => {
    const response = await fetch(`${server.url}/api/documents`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: "Anything." }),
    });
    assert.equal(response.status, 403);
    assert.match((await response.json()).error.message, /--allow-write or --token/);
  });
});

const ARTICLE = "Finland and Sweden signed a defence cooperation agreement in Helsinki on Monday, officials said.";

describe("writing articles", () => {
  test("with a token, only requests carrying it may write", async () => {
    const server = await startTestServer({ token: "s3cret", fill: async () => {} });
    try {
      const post = (token?: string) => fetch(`${server.url}/api/documents`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ text: ARTICLE, title: "Nordic defence pact", published: "2025-03-03" }),
      });
      assert.equal((await post()).status, 403);
      assert.equal((await post("wrong")).status, 403);
      const ok = await post("s3cret");
      assert.equal(ok.status, 201);
      const [stored] = (await ok.json()).articles;
      assert.equal(stored.result, "added");
      assert.equal(stored.input, "text");
      const again = await (await post("s3cret")).json();
      assert.equal(again.articles[0].result, "exists");
      const doc = (await getJson(server, `/api/documents/${stored.id}`)).body;
      assert.equal(doc.document.title, "Nordic defence pact");
      assert.equal(doc.document.text, ARTICLE);
    } finally {
      await server.stop();
    }
  });

  test("--allow-write accepts an uploaded file or a URL, and rejects a body without text or url", async () => {
    const server = await startTestServer({ allowWrite: true, allowPrivateUrls: true, fill: async () => {} });
    try {
      const form = new FormData();
      form.set("file", new Blob([ARTICLE], { type: "text/plain" }), "nordic.txt");
      const upload = await fetch(`${server.url}/api/documents`, { method: "POST", body: form });
      assert.equal(upload.status, 201, await upload.clone().text());
      assert.equal((await upload.json()).articles[0].input, "nordic.txt");
      // A URL: ingest fetches it (here from a page served on 127.0.0.1, which the operator allowed) like `sitrep ingest URL`.
      const page = createServer((_, res) => {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end(`<html><head><title>Baltic cable damaged</title></head><body><article><h1>Baltic cable damaged</h1><p>Finnish police boarded a tanker on Thursday after an undersea power cable between Finland and Estonia was damaged, officials said.</p><p>The operator said repairs would take weeks.</p></article></body></html>`);
      }).listen(0, "127.0.0.1");
      await once(page, "listening");
      try {
        const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/cable.html`;
        const fetched = await fetch(`${server.url}/api/documents`, {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ url }),
        });
        assert.equal(fetched.status, 201, await fetched.clone().text());
        const [article] = (await fetched.json()).articles;
        assert.equal(article.input, url);
        const stored = (await getJson(server, `/api/documents/${article.id}`)).body;
        assert.match(stored.document.text, /undersea power cable/);
      } finally {
        page.close();
      }
      const bad = await fetch(`${server.url}/api/documents`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ title: "no text" }),
      });
      assert.equal(bad.status, 400);
      assert.equal((await bad.json()).error.parameter, "text");
      const empty = await fetch(`${server.url}/api/documents`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: "   " }),
      });
      assert.equal(empty.status, 422);
    } finally {
      await server.stop();
    }
  });
});

describe("the web UI", () => {
  test("a server without a built UI says how to build it, and never serves files outside it", async () => {
    const webRoot = mkdtempSync(join(tmpdir(), "sitrep-web-"));
    const app = createApi({ store: {} as Store, annotator: () => Promise.reject(new Error("unused")), webRoot });
    try {
      const missing = await app.request("/");
      assert.equal(missing.status, 503);
      assert.match(await missing.text(), /npm run build:web/);
      writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>sitrep</title>");
      const page = await app.request("/");
      assert.equal(page.status, 200);
      assert.match(page.headers.get("Content-Security-Policy") ?? "", /script-src 'self'/);
      assert.equal((await app.request("/../package.json")).status, 404);
      assert.equal((await app.request("/%2e%2e/package.json")).status, 404);
    } finally {
      rmSync(webRoot, { recursive: true, force: true });
    }
  });
});

// An untitled document is named by its first words, and the server's directories never reach the API:
// a document ingested from /srv/... is listed by its headline and its file name alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { kualaLumpurMeeting, kyivStrike } from "../store/fixtures.ts";
import { startTestServer } from "../api/fixture.ts";
import { headlineOf } from "../../src/store/document-label.ts";

const SERVER_DIR = "/srv/sitrep-private/incoming";

test("an untitled document is listed, searched and quoted by its first words; no server path in any response", async () => {
  const untitled = { ...kualaLumpurMeeting, title: undefined };
  const server = await startTestServer({
    fill: async (store) => {
      await store.addDocument(untitled, { input: `${SERVER_DIR}/wire-0713.txt` });
      await store.addDocument(kyivStrike, { input: "https://example.org/news/kyiv-strike" });
    },
  });
  try {
    const bodies: string[] = [];
    for (const path of ["/api/documents", `/api/documents/${untitled.id}`, "/api/search?q=Lavrov", "/api/quotes", "/api/events"]) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      bodies.push(await response.text());
    }
    for (const body of bodies) assert.ok(!body.includes(SERVER_DIR), `a server path in ${body.slice(0, 200)}`);
    const { items } = JSON.parse(bodies[0]!) as { items: Array<{ id: string; headline: string; input?: string }> };
    const listed = items.find((d) => d.id === untitled.id)!;
    assert.equal(listed.headline, headlineOf(undefined, untitled.text));
    assert.ok(untitled.text.startsWith(listed.headline.replace(/…$/, "")), listed.headline);
    assert.equal(listed.input, "wire-0713.txt");
    assert.equal(items.find((d) => d.id === kyivStrike.id)!.input, "https://example.org/news/kyiv-strike", "a URL is kept");
    assert.equal(items.find((d) => d.id === kyivStrike.id)!.headline, kyivStrike.title);
  } finally {
    await server.stop();
  }
});

test("a headline stops at a word, with an ellipsis when the text goes on", () => {
  assert.equal(headlineOf("  A title ", "text"), "A title");
  assert.equal(headlineOf(undefined, "Short text."), "Short text.");
  const long = headlineOf(undefined, "KUALA LUMPUR — U.S. Secretary of State Marco Rubio sat down with Russian Foreign Minister Sergei Lavrov on Thursday");
  assert.equal(long, "KUALA LUMPUR — U.S. Secretary of State Marco Rubio sat down with…");
  assert.equal(headlineOf(undefined, "   "), "(empty document)");
});

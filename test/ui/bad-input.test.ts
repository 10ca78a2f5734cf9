// Mistakes are shown, never an empty page: an unknown view, a bad parameter, and a store whose file
// was removed while the server had it open, in the API (status and error object) and in the UI.
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { describe, test } from "node:test";
import { browserAndServer, browserMissing, openPage } from "./browser.ts";

describe("bad input in the API and the UI", { skip: browserMissing() }, () => {
  const ui = browserAndServer();

  async function alertOf(hash: string): Promise<string> {
    const page = await openPage(ui.browser(), []);
    await page.goto(`${ui.server().url}/#/${hash}`);
    const alert = page.locator("main [role=alert]");
    await alert.waitFor();
    const text = await alert.innerText();
    await page.close();
    return text;
  }

  test("an unknown view, a bad date and an unknown actor are errors on the page, naming what is wrong", async () => {
    assert.match(await alertOf("nowhere"), /no view called "nowhere"/);
    assert.match(await alertOf("events?from=2025-13"), /^from: expected a date as YYYY, YYYY-MM or YYYY-MM-DD$/);
    assert.match(await alertOf("timeline?actor=Sergei%20Lavrof"), /Sergei Lavrof: no actor with this name, alias or id; did you mean "Sergei Lavrov"\?/);
    const api = await fetch(`${ui.server().url}/api/events?from=2025-13`);
    assert.equal(api.status, 400);
    assert.deepEqual(await api.json(), { error: { code: "BAD_ARGUMENT", message: "from: expected a date as YYYY, YYYY-MM or YYYY-MM-DD", parameter: "from" } });
  });

  // last: it removes the store's file
  test("a store removed while serving is a 503 with the error object, and an error on the page", async () => {
    rmSync(ui.server().store.location);
    const api = await fetch(`${ui.server().url}/api/events`);
    assert.equal(api.status, 503);
    const body = (await api.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, "STORE");
    assert.match(body.error.message, /removed or replaced after it was opened/);
    assert.ok(!body.error.message.includes("/"), `no path in ${body.error.message}`);
    assert.match(await alertOf("events"), /removed or replaced after it was opened/);
  });
});

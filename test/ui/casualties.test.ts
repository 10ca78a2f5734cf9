// The event page shows an event's casualties as the range its sources give, and each source's own
// figures with the words they came from.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { startTestServer, type TestServer } from "../api/fixture.ts";
import { sumyStrike, sumyStrikeCopy, sumyToll } from "../export/fixtures.ts";
import { browserMissing, ensureWebUiBuilt, launchChromium, openPage, screenshot } from "./browser.ts";

describe("casualties in the web UI", { skip: browserMissing() }, () => {
  let browser: Browser;
  let server: TestServer;
  before(async () => {
    ensureWebUiBuilt();
    const fill = async (store: TestServer["store"]) => {
      for (const doc of [sumyStrike, sumyStrikeCopy, sumyToll]) await store.addDocument(doc);
    };
    [browser, server] = await Promise.all([launchChromium(), startTestServer({ fill })]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("the event page: killed 34–35 over three reports, and each report's figures in its own words", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, errors);
    const [strike] = await server.store.listEvents({ type: ["ASSAULT"] });
    await page.goto(`${server.url}/#/event/${strike!.id}`);
    const facts = page.locator(".event-card dl.facts");
    await facts.waitFor();
    assert.match(await facts.innerText(), /casualties\s+killed 34–35 \(3 reports\), injured 117–119 \(3 reports\)/);
    const counts = await page.locator("li.source .casualties").allInnerTexts();
    assert.equal(counts.length, 3);
    assert.match(counts[0]!, /killed 34 \(“killing at least 34”\)/);
    await screenshot(page, "event-casualties");
    assert.deepEqual(errors, []);
  });
});

// The workbench over the real pipeline's output: the dev articles ingested with `sitrep ingest`,
// served with the API, driven in Chromium. Skips where ../shared/eval is absent.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { serveApi, type RunningServer } from "../../src/api/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { missingPart } from "../requirements.ts";
import { browserMissing, ensureWebUiBuilt, launchChromium, openPage, screenshot } from "./browser.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DEV_ARTICLES = join(ROOT, "../shared/eval/dev/articles");
const skip = browserMissing() ?? missingPart(!existsSync(DEV_ARTICLES) && `${DEV_ARTICLES} is absent; dev-article browser test skipped`);

describe("the workbench over the ingested dev articles", { skip }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    ensureWebUiBuilt();
    dir = mkdtempSync(join(tmpdir(), "sitrep-ui-dev-"));
    const db = join(dir, "dev.db");
    const ingest = spawnSync(join(ROOT, "bin/sitrep"), ["ingest", "--db", db, DEV_ARTICLES], { encoding: "utf8" });
    assert.equal(ingest.status, 0, `sitrep ingest failed: ${ingest.stderr}`);
    store = await openStore(db);
    [server, browser] = await Promise.all([serveApi({ store, annotator: () => Promise.reject(new Error("read-only")), port: 0 }), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("timeline of Rubio and Lavrov: the meeting of 2025-07-10 opens in the reader with its evidence highlighted", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, errors);
    await page.goto(`${server.url}/#/timeline?actor=Marco%20Rubio&with=Sergei%20Lavrov`);
    const meeting = page.locator('.tl-event[data-type="CONSULT"][data-date^="2025-07-10"]').first();
    await meeting.waitFor();
    await screenshot(page, "timeline");
    await meeting.click();
    const card = page.locator(".timeline-details .event-card");
    await card.waitFor();
    await page.locator(".timeline-details blockquote.evidence mark").first().waitFor();
    assert.match(await card.locator("dl.facts").innerText(), /Rubio[\s\S]*Lavrov|Lavrov[\s\S]*Rubio/);
    await screenshot(page, "timeline-event");
    await card.locator("a.read-in-context").first().click();
    const sentence = page.locator(".reader-text .mark-sentence");
    await sentence.first().waitFor();
    const highlighted = (await sentence.allInnerTexts()).join("");
    assert.match(highlighted, /Lavrov/, `the highlighted sentence: ${highlighted}`);
    assert.ok((await page.locator(".reader-text .mark-event.focus").count()) > 0);
    await screenshot(page, "reader");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the network and the map show the corpus's actors and places", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, errors);
    await page.goto(`${server.url}/#/network`);
    await page.locator(".network[data-rendered] canvas").first().waitFor();
    assert.ok(Number(await page.locator(".network").getAttribute("data-rendered")) >= 5);
    await page.waitForTimeout(300);
    await screenshot(page, "network");
    await page.goto(`${server.url}/#/map`);
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>(".map")?.dataset.drawn) > 0, undefined, { timeout: 15_000 });
    assert.ok((await page.locator(".places li").count()) >= 3);
    await screenshot(page, "map");
    await page.goto(`${server.url}/#/entity/${encodeURIComponent("Marco Rubio")}`);
    await page.locator("table.records tbody tr").first().waitFor();
    await screenshot(page, "entity");
    assert.deepEqual(errors, []);
    await page.close();
  });
});

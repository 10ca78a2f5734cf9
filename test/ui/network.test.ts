// The actor network in Chromium: arrows from the actor who acted to the one acted on, and the filter
// on the fewest events per tie.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserAndServer, browserMissing, openPage, screenshot } from "./browser.ts";

const skip = browserMissing();

describe("the actor network in Chromium", { skip }, () => {
  const ui = browserAndServer();

  test("every tie is an arrow; raising the fewest events per tie leaves the stronger ties", async () => {
    const errors: string[] = [];
    const page = await openPage(ui.browser(), errors);
    await page.goto(`${ui.server().url}/#/network`);
    const network = page.locator(".network[data-rendered]");
    await network.locator("canvas").first().waitFor();
    const summary = await page.locator(".view-head + form + .min-events + p").innerText();
    const [, actors, ties] = /^(\d+) actors and (\d+) ties/.exec(summary)!.map(Number);
    assert.ok(ties! >= 3, summary);
    assert.equal(Number(await network.getAttribute("data-arrows")), ties, "one arrow per tie");
    await screenshot(page, "network-arrows");

    const tieEvents = await (await fetch(`${ui.server().url}/api/events?limit=1000`)).json() as { items: Array<{ source?: { id?: string }; target?: { id?: string } }> };
    const counts = new Map<string, number>();
    for (const e of tieEvents.items) if (e.source?.id && e.target?.id) counts.set(`${e.source.id}>${e.target.id}`, (counts.get(`${e.source.id}>${e.target.id}`) ?? 0) + 1);
    const strong = [...counts.values()].filter((c) => c >= 2).length;
    await page.locator('.min-events input[name="min"]').fill("2");
    await page.locator('.min-events input[name="min"]').dispatchEvent("change");
    await page.waitForURL(/min=2/);
    await page.waitForFunction((n) => document.querySelector(".muted")?.textContent?.includes(`and ${n} ties`) ?? false, strong);
    const after = /^(\d+) actors and (\d+) ties/.exec(await page.locator(".view-head + form + .min-events + p").innerText())!.map(Number);
    assert.equal(after[2], strong);
    assert.ok(after[1]! < actors!, "actors held only by weak ties are gone");
    assert.deepEqual(errors, []);
    await page.close();
  });
});

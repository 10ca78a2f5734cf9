// The map in Chromium: a basemap without the artefacts of drawing world-atlas flat (checked on the
// screenshot's pixels), places drawn at their precision, and hover labels naming the events.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { fillWithFixtures, startTestServer, type TestServer } from "../api/fixture.ts";
import { readArticleText } from "../../src/ingest/index.ts";
import { loadKnowledgeBase } from "../../src/kb/index.ts";
import { buildPipeline } from "../../src/pipeline/index.ts";
import { browserMissing, ensureWebUiBuilt, launchChromium, openPage, screenshot } from "./browser.ts";

const skip = browserMissing();

const SEA = [219, 233, 244]; // #dbe9f4
const LAND = [248, 249, 250]; // #f8f9fa

// Written for this test: an event placed only in a country.
const SUDAN_REPORT = `Title: Drone strikes hit army positions
Published: 2025-05-06

KHARTOUM (Test Wire) - The Rapid Support Forces launched drones at army positions in Sudan on Monday, the army said.
`;

/** Pixel of a longitude and latitude in a map of `width` x `height` at `camera` (Web Mercator, 512 px tiles). */
function pixelOf(width: number, height: number, camera: [number, number, number], lon: number, lat: number): [number, number] {
  const [centreLon, centreLat, zoom] = camera;
  const world = 512 * 2 ** zoom;
  const mercator = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
  return [
    Math.round(width / 2 + ((lon - centreLon) / 360) * world),
    Math.round(height / 2 + ((mercator(centreLat) - mercator(lat)) * world) / (2 * Math.PI)),
  ];
}

/** RGB of pixels of a screenshot, read back in a blank page (the UI's content policy refuses data: URLs). */
async function coloursAt(browser: Browser, png: Buffer, pixels: Array<[number, number]>): Promise<number[][]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ({ data, pixels }) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    return pixels.map(([x, y]) => Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3)));
    }, { data: png.toString("base64"), pixels });
  } finally {
    await page.close();
  }
}

async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector<HTMLElement>(".map")?.dataset.drawn !== undefined, undefined, { timeout: 15_000 });
}

describe("the map in Chromium", { skip }, () => {
  let browser: Browser;
  let server: TestServer;
  before(async () => {
    ensureWebUiBuilt();
    const pipeline = buildPipeline({ kb: loadKnowledgeBase() });
    const sudan = pipeline.annotate(readArticleText(SUDAN_REPORT, "sudan.txt"));
    assert.equal(sudan.events[0]?.place?.precision, "country", "the fixture's event is placed in a country only");
    [browser, server] = await Promise.all([
      launchChromium(),
      startTestServer({ fill: async (store) => { await fillWithFixtures(store); await store.addDocument(sudan); } }),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("the basemap has no Arctic band, no North Atlantic wedge, no seam across the southern oceans", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, errors);
    const camera: [number, number, number] = [20, 30, 1];
    await openMap(page, `${server.url}/#/map?type=AID&at=${camera.join(",")}`);
    const map = page.locator(".map");
    const box = (await map.boundingBox())!;
    const png = await map.screenshot();
    await screenshot(page, "map-world");
    const at = (lon: number, lat: number) => pixelOf(Math.round(box.width), Math.round(box.height), camera, lon, lat);
    const sea: Array<[string, [number, number]]> = [
      ["Beaufort Sea (the Arctic band)", at(-130, 70.5)],
      ["Denmark Strait (the Arctic band)", at(-25, 67)],
      ...[40, 44, 48, 52, 56].map((lat): [string, [number, number]] => [`North Atlantic at ${lat}°N (the wedge)`, at(-30, lat)]),
      ...[-5, -15, -16, -17, -25, -35, -45].map((lat): [string, [number, number]] => [`South Pacific at ${lat}° (the seam)`, at(-100, lat)]),
      ...[-15, -16, -17].map((lat): [string, [number, number]] => [`Indian Ocean at ${lat}° (the seam)`, at(80, lat)]),
    ];
    const land: Array<[string, [number, number]]> = [["Chukotka (lost when Russia wrapped)", at(160, 66.5)], ["Greenland", at(-45, 70)], ["Sahara", at(10, 25)]];
    const colours = await coloursAt(browser, png, [...sea, ...land].map(([, p]) => p));
    sea.forEach(([where], i) => assert.deepEqual(colours[i], SEA, `${where} should be sea`));
    land.forEach(([where], i) => assert.deepEqual(colours[sea.length + i], LAND, `${where} should be land`));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a country-level place is its shaded area with a hover label, never a point at its centroid", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, errors);
    await openMap(page, `${server.url}/#/map?type=ASSAULT&at=30,15,3`);
    const map = page.locator(".map");
    assert.equal(await map.getAttribute("data-areas"), "1", "Sudan is shaded");
    assert.equal(await map.getAttribute("data-drawn"), "0", "no point in view: Kyiv is out of it, Sudan is an area");
    const box = (await map.boundingBox())!;
    const [x, y] = [Math.round(box.width / 2), Math.round(box.height / 2)];
    const [centre] = await coloursAt(browser, await map.screenshot(), [[x, y]]);
    assert.notDeepEqual(centre, LAND, "Sudan's area is shaded");
    assert.ok(centre![0]! > centre![1]! + 20, `the shade leans to conflict red (${centre})`);
    await page.mouse.move(box.x + x, box.y + y);
    const label = page.locator(".map-popup .map-label");
    await label.waitFor();
    assert.match(await label.innerText(), /^Sudan: 1 event\s+ASSAULT, 5 May 2025: Rapid Support Forces – Sudan$/);
    await screenshot(page, "map-country-area");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a city is a point whose hover label gives the event, its date and its actors", async () => {
    const errors: string[] = [];
    const page = await openPage(browser, errors);
    await openMap(page, `${server.url}/#/map?type=CONSULT&at=101.687,3.139,6`);
    const map = page.locator(".map");
    assert.ok(Number(await map.getAttribute("data-drawn")) >= 1, "Kuala Lumpur is drawn");
    assert.equal(await map.getAttribute("data-areas"), "0");
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const label = page.locator(".map-popup .map-label");
    await label.waitFor();
    assert.match(await label.innerText(), /^Kuala Lumpur\s+CONSULT, 10 July 2025: Marco Rubio – Sergei Lavrov/);
    // the camera follows the map into the URL, so that the view can be shared
    await page.mouse.wheel(0, -300);
    await page.waitForFunction(() => new URLSearchParams(location.hash.split("?")[1]).get("at") !== "101.687,3.139,6");
    assert.match(new URLSearchParams(page.url().split("?")[1]).get("at") ?? "", /^101\.\d+,3\.\d+,[\d.]+$/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

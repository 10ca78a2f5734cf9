// The TimelineJS export rendered by TimelineJS itself (Knight Lab's npm package) in Debian's Chromium:
// one slide per dated event, each quoting its sources and linking to them, with clean headlines.
import { test } from "node:test";
import { storedCorpus } from "./stored-corpus.ts";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { CORPUS } from "../store/fixtures.ts";
import { hostileReport, sumyStrike } from "./fixtures.ts";
import { CHROMIUM, chromiumMissing } from "./readers.ts";

const TIMELINEJS = join(dirname(createRequire(import.meta.url).resolve("@knight-lab/timelinejs/package.json")), "dist");

const corpus = storedCorpus([...CORPUS, sumyStrike, hostileReport]);
const exported = () => corpus.exported("timelinejs");

interface Slide {
  unique_id: string;
  display_date: string;
  start_date: Record<string, string>;
  group: string;
  text: { headline: string; text: string };
}

test("slides: dates at their precision, clean headlines, sources quoted and linked", async () => {
  const timeline = JSON.parse(await exported()) as { events: Slide[] };
  const may = timeline.events.find((e) => e.display_date === "2025-05")!;
  assert.deepEqual(may.start_date, { year: "2025", month: "5" });
  const july = timeline.events.find((e) => e.display_date === "2025-07-10TEV")!;
  assert.deepEqual(july.start_date, { year: "2025", month: "7", day: "10" });
  assert.equal(july.text.headline, "CONSULT (third-party): Marco Rubio — Sergei Lavrov");
  assert.match(july.text.text, /<blockquote>sat down with Marco Rubio on Thursday evening<\/blockquote><p class="sitrep-source">Al Jazeera, 2025-07-11: Lavrov and Rubio talk for 50 minutes<\/p>/);
  const sumy = timeline.events.find((e) => e.group === "ASSAULT" && e.display_date === "2025-04-13")!;
  assert.match(sumy.text.text, /<a href="https:\/\/news\.example\.org\/2025\/04\/13\/sumy-strike" target="_blank" rel="noopener noreferrer">Kyiv Desk, 2025-04-13: Missiles hit central Sumy on Palm Sunday<\/a>/);
  for (const slide of timeline.events) {
    assert.doesNotMatch(slide.text.headline, /[\n\t<>]/, "a headline is one line of text");
    assert.ok(!slide.text.headline.includes("Kyiv Desk") && !slide.text.headline.includes("Reuters"), "no source name in the headline");
  }
});

test("TimelineJS renders the export in Chromium: one slide per event, links to the sources", { skip: chromiumMissing() }, async () => {
  const data = JSON.parse(await exported()) as { events: Slide[] };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setContent('<!doctype html><html><body><div id="timeline" style="width:100%;height:700px"></div></body></html>');
    await page.addStyleTag({ path: join(TIMELINEJS, "css/timeline.css") });
    await page.addScriptTag({ path: join(TIMELINEJS, "js/timeline.js") });
    await page.evaluate((timeline) => {
      // @ts-expect-error TL is TimelineJS's global.
      new window.TL.Timeline("timeline", timeline, { hash_bookmark: false });
    }, data);
    await page.waitForFunction((n) => document.querySelectorAll(".tl-slide").length >= n, data.events.length, { timeout: 20_000 });
    const slides = await page.$$eval(".tl-slide:not(.tl-slide-titleslide)", (els) => els.length);
    assert.equal(slides, data.events.length);
    const links = await page.$$eval(".tl-slide a[href]", (els) => els.map((a) => a.getAttribute("href")));
    assert.ok(links.includes("https://news.example.org/2025/04/13/sumy-strike"));
    const headlines = await page.$$eval(".tl-headline", (els) => els.map((h) => h.textContent ?? ""));
    assert.ok(headlines.includes("CONSULT (third-party): Marco Rubio — Sergei Lavrov"), headlines.join(" | "));
    assert.ok(headlines.some((h) => h.includes("=cmd|' /C calc'!A0")), "a formula-like name is shown as text");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

// Shared set-up of the browser tests: Debian's Chromium through playwright-core (never a downloaded
// browser), the built web UI, and screenshots when SITREP_SCREENSHOTS names a folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { isWebUiBuilt } from "../../src/api/index.ts";
import { missingPart } from "../requirements.ts";
import { startTestServer, type TestServer } from "../api/fixture.ts";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * Why the browser tests cannot run here, or undefined when they can. Under CI a missing Chromium is
 * a failure, not a skip.
 */
export function browserMissing(): string | undefined {
  return missingPart(!existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install -y chromium); browser tests skipped`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** Builds web/dist when it is missing (a fresh clone gets it from `npm ci`). */
export function ensureWebUiBuilt(): void {
  if (isWebUiBuilt()) return;
  const result = spawnSync("npm", ["run", "build:web"], { stdio: "inherit" });
  if (result.status !== 0 || !isWebUiBuilt()) throw new Error("npm run build:web failed");
}

/** A page that fails the test on any script error or console error. */
export async function openPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console error: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.SITREP_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`) });
}

/** Chromium and a test server over the fixture corpus for one `describe`: started before its tests, stopped after. */
export function browserAndServer(): { browser(): Browser; server(): TestServer } {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  before(async () => {
    ensureWebUiBuilt();
    [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  const ready = <T>(part: T | undefined, name: string): T => {
    if (!part) throw new Error(`the ${name} is used before the tests started it`);
    return part;
  };
  return { browser: () => ready(browser, "browser"), server: () => ready(server, "test server") };
}

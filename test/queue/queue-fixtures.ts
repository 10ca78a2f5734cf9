// What the queue tests share: a PostgreSQL backend that fails under CI when no server answers (and
// skips loudly elsewhere), corpus snapshots to compare runs, and stories reported several times.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../../src/store/index.ts";
import { postgresBackend, type Backend } from "../store/backends.ts";

export async function queueBackend(): Promise<Backend> {
  const backend = await postgresBackend();
  if (backend.skip && process.env.CI === "true") throw new Error(`the work queue needs PostgreSQL: ${backend.skip}`);
  if (backend.skip) process.stderr.write(`\n*** test/queue SKIPPED: ${backend.skip} ***\n\n`);
  return backend;
}

/** What a user would compare between two runs: counts, actors by name, and events as read. */
export async function corpusSnapshot(db: string) {
  const store = await openStore(db);
  try {
    const stats = await store.stats();
    const actors = (await store.listActors({ limit: 10_000 })).map((a) => `${a.type} ${a.name} ${a.documents}/${a.mentions}`).sort();
    const events = (await store.listEvents({ limit: 10_000 }))
      .map((e) => `${e.type} ${e.date ?? "-"} ${e.source?.name ?? "-"} > ${e.target?.name ?? "-"} x${e.reports}`)
      .sort();
    return { stats, actors, events };
  } finally {
    await store.close();
  }
}

const LEADERS = [
  ["Finnish President", "Alexander Stubb"], ["Polish Prime Minister", "Donald Tusk"], ["German Chancellor", "Friedrich Merz"],
  ["Kenyan President", "William Ruto"], ["Japanese Prime Minister", "Shigeru Ishiba"], ["Canadian Prime Minister", "Mark Carney"],
];
const OUTLETS = ["Helsinki Times", "Deutsche Welle", "The Standard", "Nikkei Asia"];
const CITIES = ["Helsinki", "Warsaw", "Berlin", "Nairobi", "Tokyo", "Ottawa"];

/**
 * `stories` meetings, each reported by `reports` outlets in their own words on the same day: every
 * report names the same two leaders and the same date, so that fusion must make one event of each.
 */
export function writeOverlappingStories(dir: string, stories: number, reports: number): number {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  for (let s = 0; s < stories; s++) {
    const [titleA, nameA] = LEADERS[s % LEADERS.length];
    const [titleB, nameB] = LEADERS[(s + 1 + Math.floor(s / LEADERS.length)) % LEADERS.length];
    const city = CITIES[(s + 1) % CITIES.length];
    const day = String(3 + s).padStart(2, "0");
    for (let r = 0; r < reports; r++) {
      const outlet = OUTLETS[r % OUTLETS.length];
      const text = [
        "---",
        `title: ${nameA} and ${nameB} hold talks in ${city} (${outlet})`,
        `published: 2025-03-${day}`,
        `source: ${outlet}`,
        "---",
        `${city.toUpperCase()} - ${titleA} ${nameA} met ${titleB} ${nameB} in ${city} on Monday, ${outlet} reported${r ? `, in a meeting that ran for about ${30 + r * 10} minutes` : ""}.`,
        r % 2 ? `Aides said the talks covered trade and security and that both sides wanted another round soon.` : `Officials said the two leaders discussed energy supplies and would meet again before the summer.`,
      ].join("\n");
      writeFileSync(join(dir, `story-${s}-report-${r}.txt`), text + "\n");
      files++;
    }
  }
  return files;
}

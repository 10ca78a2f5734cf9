// Score regressions on the repository's own evaluation sets, in the shared scorer's format: eval/own (28 articles,
// read while tuning) and eval/fresh (12 articles written later; its first, blind score is in its README). All
// layers, floors a little under what was reached on 2026-11-30; the articles live in the repository.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { evalMissing, scoreSuite } from "./run-scorer.ts";

const suite = (name: string) => fileURLToPath(new URL(`../../eval/${name}`, import.meta.url));

// Reached on eval/own: entities 0.998, timex values 0.992, quantities 1.000, quotes 1.000 / + speaker 0.982,
// events 0.661 / 0.526 / 0.522 (seventh session; 0.621 / 0.504 / 0.467 in the sixth; 0.655 / 0.522 / 0.517 in the eighth). On eval/fresh: 0.991, 0.971,
// 0.975, 1.000 / 1.000, events 0.577 / 0.592 / 0.531 (0.553 / 0.574 / 0.511 in the sixth).
const FLOORS: Record<string, Record<string, number>> = {
  own: {
    entities: 0.98, timexSpan: 0.97, timexes: 0.97, quantities: 0.97,
    quoteSpan: 0.97, quotes: 0.97, eventsCountry: 0.63, eventsUndated: 0.50, events: 0.49,
  },
  fresh: {
    entities: 0.97, timexSpan: 0.97, timexes: 0.95, quantities: 0.95,
    quoteSpan: 0.97, quotes: 0.97, eventsCountry: 0.54, eventsUndated: 0.56, events: 0.50,
  },
  // A working set written by a helper who never ran sitrep (2026-12-07), read while the fourth session's
  // rules were written: 0.949, 0.980, 0.918, 0.884, 1.000 / 0.712, events 0.318 / 0.278 / 0.264 (0.252 /
  // 0.171 / 0.170 and quotes 0.658 at that session's start); at the sixth session's end 0.947, quotes 0.889
  // (most of the rise the speakers' aliases), events 0.417 / 0.331 / 0.303; at the seventh's 0.446 / 0.410 / 0.383,
  // quotes 0.972.
  work1: {
    entities: 0.93, timexSpan: 0.96, timexes: 0.90, quantities: 0.86,
    quoteSpan: 0.97, quotes: 0.93, eventsCountry: 0.42, eventsUndated: 0.38, events: 0.35,
  },
  // A second working set by two helpers who never ran sitrep, with the reference set's convention that a
  // required event names both sides (2026-12-07), read while the fifth session's rules were written: first
  // reading events 0.301 / 0.316 / 0.281, quotes 0.723; at the sixth session's end 0.929, 0.970, 0.930, 0.984,
  // 1.000 / 0.884, events 0.533 / 0.521 / 0.480; at the seventh's quotes 0.935, events 0.596 / 0.608 / 0.543.
  work2: {
    entities: 0.90, timexSpan: 0.95, timexes: 0.91, quantities: 0.96,
    quoteSpan: 0.97, quotes: 0.90, eventsCountry: 0.56, eventsUndated: 0.55, events: 0.51,
  },
  // A third working set by a helper who never ran sitrep (2026-12-07), unseen until the eighth session's first
  // reading (events 0.239 / 0.177 / 0.139, quotes 0.784; two summary-only readings before it agreed), then read
  // while that session's rules were written: at its end 0.924, 0.980, 0.967, 0.884, 1.000 / 0.902, events
  // 0.400 / 0.274 / 0.254; at the ninth's, quotes + speaker 0.980, events 0.404 / 0.281 / 0.261.
  work3: {
    entities: 0.90, timexSpan: 0.96, timexes: 0.94, quantities: 0.86,
    quoteSpan: 0.97, quotes: 0.95, eventsCountry: 0.38, eventsUndated: 0.26, events: 0.24,
  },
};

for (const [name, floors] of Object.entries(FLOORS)) {
  test(`eval/${name}: every layer stays at its level`, { skip: evalMissing }, () => {
    const summary = scoreSuite(suite(name), "entities,timexes,quantities,quotes,events");
    for (const [layer, min] of Object.entries(floors)) {
      const { f1, p, r } = summary[layer];
      assert.ok(f1 >= min, `eval/${name} ${layer} F1 ${f1} (P ${p}, R ${r}) is below ${min}`);
    }
  });
}

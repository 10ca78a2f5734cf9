// The network's data: who acted on whom, only actors of the store, ties filtered by their events.
import assert from "node:assert/strict";
import { test } from "node:test";
import { actorNetwork } from "../../web/src/actor-network.ts";
import type { EventRecord } from "../../src/store/types.ts";

const RUSSIA = { id: "a_rus", name: "Russia", country: "RUS" };
const UKRAINE = { id: "a_ukr", name: "Ukraine", country: "UKR" };
const USA = { id: "a_usa", name: "United States", country: "USA" };

let n = 0;
function event(type: EventRecord["type"], source: EventRecord["source"], target: EventRecord["target"]): EventRecord {
  n++;
  return { id: `ev${n}`, type, source, target, precision: "day", date: "2025-07-10", confidence: 0.8, reports: 1, corroboration: 1 };
}

test("ties are directed: who acted on whom, each direction its own tie", () => {
  const { ties } = actorNetwork([
    event("ASSAULT", RUSSIA, UKRAINE), event("ASSAULT", RUSSIA, UKRAINE), event("ACCUSE", UKRAINE, RUSSIA), event("AID", USA, UKRAINE),
  ]);
  const tie = (s: string, t: string) => ties.find((x) => x.source === s && x.target === t);
  assert.deepEqual(tie("a_rus", "a_ukr"), { source: "a_rus", target: "a_ukr", cooperation: 0, conflict: 2 });
  assert.deepEqual(tie("a_ukr", "a_rus"), { source: "a_ukr", target: "a_rus", cooperation: 0, conflict: 1 });
  assert.deepEqual(tie("a_usa", "a_ukr"), { source: "a_usa", target: "a_ukr", cooperation: 1, conflict: 0 });
  assert.equal(ties.length, 3);
});

test("a side that resolved to no actor (a 'group') is no node", () => {
  const { actors, ties } = actorNetwork([event("ASSAULT", RUSSIA, { name: "group" }), event("ASSAULT", RUSSIA, UKRAINE)]);
  assert.deepEqual(actors.map((a) => a.actor.name).sort(), ["Russia", "Ukraine"]);
  assert.equal(ties.length, 1);
});

test("the minimum events per tie drops weak ties and the actors they alone held", () => {
  const events = [event("ASSAULT", RUSSIA, UKRAINE), event("ASSAULT", RUSSIA, UKRAINE), event("AID", USA, UKRAINE)];
  const { actors, ties } = actorNetwork(events, 2);
  assert.deepEqual(ties.map((t) => `${t.source}>${t.target}`), ["a_rus>a_ukr"]);
  assert.deepEqual(actors.map((a) => a.actor.name).sort(), ["Russia", "Ukraine"]);
});

// An actor name that matches nothing gets the closest known names, as a user mistypes them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { closestNames } from "../../src/query/suggest.ts";
import type { ActorRecord } from "../../src/query/index.ts";

function actor(name: string, aliases: string[] = []): ActorRecord {
  return { id: name, name, type: "PERSON", roles: [], aliases, documents: 1, mentions: 1, events: 1 };
}

// Most mentioned first, as the store lists them.
const ACTORS = [
  actor("Volodymyr Zelenskyy", ["Zelensky", "Zelenskiy"]),
  actor("Sergei Lavrov", ["Lavrov"]),
  actor("Marco Rubio", ["Rubio"]),
  actor("Sergei Shoigu", ["Shoigu"]),
  actor("Russia"),
];

test("a misspelt name or alias suggests the actor it is close to", () => {
  assert.deepEqual(closestNames("Sergei Lavrof", ACTORS), ["Sergei Lavrov"]);
  assert.deepEqual(closestNames("zelenskij", ACTORS), ["Volodymyr Zelenskyy"]);
  assert.deepEqual(closestNames("Rubbio", ACTORS), ["Marco Rubio"]);
});

test("a name sharing a whole word with actors suggests them, closest first", () => {
  assert.deepEqual(closestNames("Sergei Ivanov", ACTORS), ["Sergei Lavrov", "Sergei Shoigu"]);
});

test("a name like nothing known suggests nothing", () => {
  assert.deepEqual(closestNames("Zzyzx", ACTORS), []);
});

// An actor name that matches nothing is a mistake to show, not an empty answer: the error names it
// and suggests the closest known names ("Lavrof" -> "Sergei Lavrov").
import { distance } from "fastest-levenshtein";
import { AppError } from "../model/index.ts";
import type { ActorRecord, Store } from "../store/index.ts";

/** How many actors (most mentioned first) the suggestions are drawn from. */
const CANDIDATES = 5000;
const SUGGESTIONS = 3;

/** The NOT_FOUND error for an actor name, with up to three close names known to the store. */
export async function unknownActor(store: Store, name: string): Promise<AppError> {
  const close = closestNames(name, await store.listActors({ limit: CANDIDATES }));
  const hint = close.length ? `; did you mean ${close.map((n) => `"${n}"`).join(", ")}?` : "";
  return new AppError("NOT_FOUND", `no actor with this name, alias or id${hint}`, name);
}

/**
 * Actors whose name or an alias is within a few edits of the query, else that share a whole word with
 * it ("Sergei Ivanov" -> "Sergei Lavrov"), closest first; among equals the most mentioned first.
 */
export function closestNames(query: string, actors: ActorRecord[]): string[] {
  const wanted = query.trim().toLowerCase();
  const words = new Set(wanted.split(/\s+/).filter((w) => w.length > 2));
  const tolerance = Math.max(1, Math.floor(wanted.length / 4));
  const scored: Array<{ name: string; score: number; rank: number }> = [];
  actors.forEach((actor, rank) => {
    let best = Infinity;
    for (const name of [actor.name, ...actor.aliases]) {
      const lower = name.toLowerCase();
      const edits = distance(wanted, lower);
      const sharesWord = lower.split(/\s+/).some((w) => words.has(w));
      best = Math.min(best, edits <= tolerance ? edits : sharesWord ? tolerance + 1 : Infinity);
    }
    if (best < Infinity) scored.push({ name: actor.name, score: best, rank });
  });
  // a near spelling says what was meant; names sharing a word are offered only when there is none
  const near = scored.filter((s) => s.score <= tolerance);
  const offered = near.length ? near : scored;
  offered.sort((a, b) => a.score - b.score || a.rank - b.rank);
  return [...new Set(offered.map((s) => s.name))].slice(0, SUGGESTIONS);
}

// The actor network's data: actors and the directed ties between them, aggregated from events before
// anything is drawn (the view draws at most MAX_ACTORS of them).
import type { ActorLink } from "../../src/store/types.ts";
import type { EventRecord } from "./api.ts";
import { stanceOf } from "./plover.ts";

/** The most actors drawn, so that names stay readable. */
const MAX_ACTORS = 60;

export interface ActorNode { key: string; actor: ActorLink; events: number }
/** The events in which `source` acted on `target`. */
export interface Tie { source: string; target: string; cooperation: number; conflict: number }

export const eventsOf = (tie: Tie) => tie.cooperation + tie.conflict;

/**
 * Actors and the directed ties between them, most active actors first. Only actors of the store are
 * nodes: a side that resolved to no actor ("group", "officials") is not one. Ties with fewer than
 * `minEvents` events are left out, and so are actors left without a tie.
 */
export function actorNetwork(events: EventRecord[], minEvents = 1): { actors: ActorNode[]; ties: Tie[] } {
  const actors = new Map<string, ActorNode>();
  const ties = new Map<string, Tie>();
  for (const event of events) {
    const sides = [event.source, event.target].filter((s): s is ActorLink & { id: string } => Boolean(s?.id));
    for (const side of sides) {
      const node = actors.get(side.id) ?? { key: side.id, actor: side, events: 0 };
      node.events++;
      actors.set(side.id, node);
    }
    if (sides.length < 2 || sides[0]!.id === sides[1]!.id) continue;
    const [source, target] = [sides[0]!.id, sides[1]!.id];
    const tie = ties.get(`${source}\u0000${target}`) ?? { source, target, cooperation: 0, conflict: 0 };
    tie[stanceOf(event.type)]++;
    ties.set(`${source}\u0000${target}`, tie);
  }
  const strong = [...ties.values()].filter((t) => eventsOf(t) >= minEvents);
  // Actors acting on no one else (one-sided events) are left out: a network shows ties.
  const tied = new Set(strong.flatMap((t) => [t.source, t.target]));
  const top = [...actors.values()].filter((n) => tied.has(n.key)).sort((x, y) => y.events - x.events).slice(0, MAX_ACTORS);
  const kept = new Set(top.map((n) => n.key));
  return { actors: top, ties: strong.filter((t) => kept.has(t.source) && kept.has(t.target)) };
}

// The actor network both graph exports draw: actors as nodes (with the span of their events), and
// the events that happened (not negated, hypothetical or future ones) with two sides as edges.
import { claimOf, isSymmetricType } from "../fuse/index.ts";
import type { ExportedEvent, ExportInput } from "./sink.ts";

export interface NetworkNode {
  id: string;
  name: string;
  type: string;
  country?: string;
  /** First and last day of its events, ISO; absent when all its events are undated. */
  start?: string;
  end?: string;
  events: number;
}

/** Actors in events, found in a first pass over the events (their number, not the events', bounds memory). */
export async function networkNodes({ store, events }: ExportInput): Promise<NetworkNode[]> {
  const nodes = new Map<string, NetworkNode>();
  for await (const e of events()) {
    if (claimOf(e.context)) continue;
    for (const side of [e.source, e.target]) {
      if (!side?.id) continue;
      let node = nodes.get(side.id);
      if (!node) nodes.set(side.id, (node = { id: side.id, name: side.name, type: "", country: side.country, events: 0 }));
      node.events++;
      if (e.dateStart && (!node.start || e.dateStart < node.start)) node.start = e.dateStart;
      if (e.dateEnd && (!node.end || e.dateEnd > node.end)) node.end = e.dateEnd;
    }
  }
  for (const node of nodes.values()) node.type = (await store.getActor(node.id))?.type ?? "";
  return [...nodes.values()];
}

/**
 * Events with an actor on each side: the edges, all directed (source to target), so that each file is
 * one directed graph. A symmetric event (a meeting, a call) is one edge marked `mutual`: it goes both ways.
 */
export async function* networkEdges({ events }: ExportInput): AsyncGenerator<ExportedEvent & { mutual: boolean }> {
  for await (const e of events()) {
    if (e.source?.id && e.target?.id && e.source.id !== e.target.id && !claimOf(e.context)) yield { ...e, mutual: isSymmetricType(e.type) };
  }
}

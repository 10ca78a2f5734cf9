// GraphML actor network, one directed graph: one node per actor (name, type, country), one edge per
// ordered pair of actors and event type, weighted by the number of events, with the first and last
// day they cover. A symmetric type (meetings, calls) is one edge per pair, marked `mutual`.
import { networkEdges, networkNodes } from "./network.ts";
import { emit, type ExportInput, type ExportSink } from "./sink.ts";
import { xmlText } from "./xml.ts";

interface EdgeTotal {
  source: string;
  target: string;
  type: string;
  mutual: boolean;
  events: number;
  reports: number;
  first?: string;
  last?: string;
}

const KEYS: Array<[id: string, domain: "node" | "edge", type: "string" | "int" | "boolean"]> = [
  ["name", "node", "string"], ["actor_type", "node", "string"], ["country", "node", "string"], ["node_events", "node", "int"],
  ["event_type", "edge", "string"], ["mutual", "edge", "boolean"], ["weight", "edge", "int"], ["reports", "edge", "int"], ["first_date", "edge", "string"], ["last_date", "edge", "string"],
];

export async function writeGraphMl(input: ExportInput, out: ExportSink): Promise<void> {
  await emit(out, `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${KEYS.map(([id, domain, type]) => `  <key id="${id}" for="${domain}" attr.name="${id}" attr.type="${type}"/>`).join("\n")}
  <graph id="actors" edgedefault="directed">
`);
  for (const n of await networkNodes(input)) {
    await emit(out, `    <node id="${xmlText(n.id)}">${data("name", n.name)}${data("actor_type", n.type)}${data("country", n.country)}${data("node_events", n.events)}</node>\n`);
  }
  const totals = new Map<string, EdgeTotal>();
  for await (const e of networkEdges(input)) {
    const [source, target] = e.mutual ? [e.source!.id!, e.target!.id!].sort() : [e.source!.id!, e.target!.id!];
    const key = `${source}|${target}|${e.type}`;
    let total = totals.get(key);
    if (!total) totals.set(key, (total = { source, target, type: e.type, mutual: e.mutual, events: 0, reports: 0 }));
    total.events++;
    total.reports += e.reports;
    if (e.dateStart && (!total.first || e.dateStart < total.first)) total.first = e.dateStart;
    if (e.dateEnd && (!total.last || e.dateEnd > total.last)) total.last = e.dateEnd;
  }
  let n = 0;
  for (const t of totals.values()) {
    await emit(out, `    <edge id="e${++n}" source="${xmlText(t.source)}" target="${xmlText(t.target)}">${data("event_type", t.type)}${data("mutual", String(t.mutual))}${data("weight", t.events)}${data("reports", t.reports)}${data("first_date", t.first)}${data("last_date", t.last)}</edge>\n`);
  }
  await emit(out, "  </graph>\n</graphml>\n");
}

function data(key: string, value: string | number | undefined): string {
  return value === undefined || value === "" ? "" : `<data key="${key}">${xmlText(value)}</data>`;
}

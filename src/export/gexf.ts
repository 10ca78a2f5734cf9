// GEXF 1.3 (gexf.net/1.3), dynamic: each event is an edge living from the first to the last day its
// date covers, each actor a node living over the span of its events, so that Gephi's timeline
// replays the network. Meetings and other symmetric events are undirected edges.
import { networkEdges, networkNodes } from "./network.ts";
import { emit, sourceNames, type ExportInput, type ExportSink } from "./sink.ts";
import { xmlText } from "./xml.ts";

export async function writeGexf(input: ExportInput, out: ExportSink): Promise<void> {
  await emit(out, `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}">
    <creator>sitrep</creator>
    <description>Actor network of the fused events; edges are events, dated.</description>
  </meta>
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">
    <attributes class="node" mode="static">
      <attribute id="type" title="type" type="string"/>
      <attribute id="country" title="country" type="string"/>
      <attribute id="events" title="events" type="integer"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="event_type" title="event type" type="string"/>
      <attribute id="mode" title="mode" type="string"/>
      <attribute id="date" title="date (TIMEX3)" type="string"/>
      <attribute id="reports" title="reports" type="integer"/>
      <attribute id="independent_sources" title="independent sources" type="integer"/>
      <attribute id="sources" title="sources" type="string"/>
    </attributes>
    <nodes>
`);
  for (const n of await networkNodes(input)) {
    await emit(out, `      <node id="${xmlText(n.id)}" label="${xmlText(n.name)}"${span(n.start, n.end)}>
        <attvalues>${attvalue("type", n.type)}${attvalue("country", n.country)}${attvalue("events", n.events)}</attvalues>
      </node>
`);
  }
  await emit(out, "    </nodes>\n    <edges>\n");
  for await (const e of networkEdges(input)) {
    await emit(out, `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source!.id!)}" target="${xmlText(e.target!.id!)}" type="${e.directed ? "directed" : "undirected"}" label="${e.type}" weight="${e.corroboration}"${span(e.dateStart, e.dateEnd)}>
        <attvalues>${attvalue("event_type", e.type)}${attvalue("mode", e.mode)}${attvalue("date", e.date)}${attvalue("reports", e.reports)}${attvalue("independent_sources", e.corroboration)}${attvalue("sources", sourceNames(e))}</attvalues>
      </edge>
`);
  }
  await emit(out, "    </edges>\n  </graph>\n</gexf>\n");
}

function span(start: string | undefined, end: string | undefined): string {
  return start && end ? ` start="${start}" end="${end}"` : "";
}

function attvalue(key: string, value: string | number | undefined): string {
  return value === undefined || value === "" ? "" : `<attvalue for="${key}" value="${xmlText(value)}"/>`;
}

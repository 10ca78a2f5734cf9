// GEXF 1.2 (gexf.net), dynamic: each event is an edge living from the first to the last day its date
// covers, each actor a node living over the span of its events, so that Gephi's timeline replays the
// network. One directed graph: a meeting or other symmetric event is one edge with `mutual` true.
// 1.2 rather than 1.3 because networkx's read_gexf reads 1.1 and 1.2 only; Gephi reads all three, and
// what this file uses (dynamic intervals as start/end attributes, timeformat "date") is the same in 1.3.
// Attribute titles are the ids: networkx names attributes by title.
import { networkEdges, networkNodes } from "./network.ts";
import { emit, sourceNames, type ExportInput, type ExportSink } from "./sink.ts";
import { xmlText } from "./xml.ts";

export async function writeGexf(input: ExportInput, out: ExportSink): Promise<void> {
  await emit(out, `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}">
    <creator>sitrep</creator>
    <description>Actor network of the fused events; edges are events, directed from source to target, dated.</description>
  </meta>
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="node" mode="static">
      <attribute id="type" title="type" type="string"/>
      <attribute id="country" title="country" type="string"/>
      <attribute id="events" title="events" type="integer"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="event_type" title="event_type" type="string"/>
      <attribute id="mode" title="mode" type="string"/>
      <attribute id="mutual" title="mutual" type="boolean"/>
      <attribute id="date" title="date" type="string"/>
      <attribute id="reports" title="reports" type="integer"/>
      <attribute id="independent_sources" title="independent_sources" type="integer"/>
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
    await emit(out, `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source!.id!)}" target="${xmlText(e.target!.id!)}" label="${e.type}" weight="${e.corroboration}"${span(e.dateStart, e.dateEnd)}>
        <attvalues>${attvalue("event_type", e.type)}${attvalue("mode", e.mode)}${attvalue("mutual", String(e.mutual))}${attvalue("date", e.date)}${attvalue("reports", e.reports)}${attvalue("independent_sources", e.corroboration)}${attvalue("sources", sourceNames(e))}</attvalues>
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

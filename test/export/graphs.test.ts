// The actor networks read as their users read them: networkx's read_gexf and read_graphml (Debian's
// python3-networkx), one directed graph per file, with node attributes and dated edges; and the GEXF
// checked against the format's rules for Gephi (declared attributes, dynamic intervals).
import { test } from "node:test";
import { storedCorpus } from "./stored-corpus.ts";
import assert from "node:assert/strict";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { CORPUS } from "../store/fixtures.ts";
import { python, pythonMissing } from "./readers.ts";

const corpus = storedCorpus(CORPUS);
const { files, exported } = corpus;

const READ = (reader: string) => `
import sys, json, networkx as nx
G = nx.${reader}(sys.argv[1])
print(json.dumps({
  "directed": G.is_directed(),
  "graph": {k: v for k, v in G.graph.items() if isinstance(v, str)},
  "nodes": {str(n): {k: v for k, v in d.items() if k != "spells"} for n, d in G.nodes(data=True)},
  "edges": [[str(u), str(v), {k: v2 for k, v2 in d.items()}] for u, v, d in G.edges(data=True)],
}, default=str))
`;

interface Read {
  directed: boolean;
  graph: Record<string, string>;
  nodes: Record<string, Record<string, string | number | boolean>>;
  edges: Array<[string, string, Record<string, string | number | boolean>]>;
}

const readGraph = (reader: "read_gexf" | "read_graphml", text: string, name: string) => python(READ(reader), files.file(name, text)) as Read;

test("gexf: networkx reads one directed, dynamic graph; meetings are mutual edges; nodes typed", { skip: pythonMissing("networkx") }, async () => {
  const g = readGraph("read_gexf", await exported("gexf"), "actors.gexf");
  assert.equal(g.directed, true);
  assert.equal(g.graph.mode, "dynamic");
  const names = Object.values(g.nodes).map((n) => n.label);
  assert.ok(names.includes("Marco Rubio") && names.includes("Sergei Lavrov"));
  const rubio = Object.values(g.nodes).find((n) => n.label === "Marco Rubio")!;
  assert.equal(rubio.type, "PERSON");
  assert.equal(rubio.country, "USA");
  assert.equal(rubio.start, "2025-02-18", "a node lives from its first event");
  const meetings = g.edges.filter(([, , d]) => d.event_type === "CONSULT");
  assert.equal(meetings.length, 5, "five meetings and calls; the meeting that did not happen is no edge");
  assert.ok(meetings.every(([, , d]) => d.mutual === true));
  for (const [, , d] of meetings) assert.match(String(d.start), /^2025-\d{2}-\d{2}$/);
  const strike = g.edges.find(([, , d]) => d.event_type === "ASSAULT")!;
  assert.equal(strike[2].mutual, false);
  assert.equal(g.nodes[strike[0]]!.label, "Russia", "directed from the attacker");
  assert.equal(g.nodes[strike[1]]!.label, "Kyiv");
});

test("gexf: well-formed, every attribute declared, every edge between declared nodes within the node's life", async () => {
  const text = await exported("gexf");
  assert.equal(XMLValidator.validate(text), true);
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["node", "edge", "attvalue", "attribute", "attributes"].includes(name) });
  const { gexf } = xml.parse(text);
  assert.equal(gexf.graph.defaultedgetype, "directed");
  assert.equal(gexf.graph.timeformat, "date");
  const declared = new Set(gexf.graph.attributes.flatMap((a: { attribute: Array<{ id: string }> }) => a.attribute.map((x) => x.id)));
  const nodes = new Map<string, { start: string; end: string }>(gexf.graph.nodes.node.map((n: { id: string; start: string; end: string }) => [n.id, n]));
  for (const edge of gexf.graph.edges.edge) {
    assert.equal(edge.type, undefined, "no undirected edge in a directed graph");
    for (const side of [edge.source, edge.target]) {
      const node = nodes.get(side)!;
      assert.ok(node, side);
      assert.ok(node.start <= edge.start && edge.end <= node.end, "an edge lives within its nodes' lives (Gephi's timeline)");
    }
    for (const v of edge.attvalues.attvalue) assert.ok(declared.has(v.for), v.for);
  }
});

test("graphml: networkx reads one directed graph with node attributes and dated, weighted edges", { skip: pythonMissing("networkx") }, async () => {
  const g = readGraph("read_graphml", await exported("graphml"), "actors.graphml");
  assert.equal(g.directed, true);
  const lavrov = Object.entries(g.nodes).find(([, n]) => n.name === "Sergei Lavrov")!;
  assert.equal(lavrov[1].actor_type, "PERSON");
  assert.equal(lavrov[1].country, "RUS");
  const consult = g.edges.find(([, , d]) => d.event_type === "CONSULT")!;
  assert.equal(consult[2].mutual, true);
  assert.equal(consult[2].weight, 5);
  assert.equal(consult[2].first_date, "2025-02-18");
  assert.equal(consult[2].last_date, "2025-09-24");
  const strike = g.edges.find(([, , d]) => d.event_type === "ASSAULT")!;
  assert.equal(strike[2].mutual, false);
  assert.equal(g.nodes[strike[0]]!.name, "Russia");
});

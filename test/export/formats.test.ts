// Each export read back with a real parser and checked against its format's rules.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { openStore, type Store } from "../../src/store/index.ts";
import { exportAs } from "../../src/export/index.ts";
import { sqliteBackend } from "../store/backends.ts";
import { CORPUS } from "../store/fixtures.ts";

const backend = sqliteBackend();
let store: Store;
before(async () => {
  store = await openStore(await backend.location());
  for (const doc of CORPUS) await store.addDocument(doc);
});
after(async () => {
  await store.close();
  await backend.cleanup();
});

async function exported(format: string): Promise<string> {
  let text = "";
  await exportAs(store, format, { write: (chunk: string) => void (text += chunk) });
  return text;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["node", "edge", "key", "attvalue", "data", "attribute", "attributes"].includes(name) });

test("jsonl: one fused event per line, with its sources and evidence", async () => {
  const lines = (await exported("jsonl")).trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, (await store.stats()).events);
  const july = lines.find((e) => e.date === "2025-07-10TEV");
  assert.equal(july.sources.length, 3);
  assert.ok(july.sources.every((s: { evidence: unknown[] }) => s.evidence.length));
});

test("geojson: an RFC 7946 FeatureCollection of Points in [longitude, latitude]", async () => {
  const collection = JSON.parse(await exported("geojson"));
  assert.equal(collection.type, "FeatureCollection");
  assert.equal(collection.crs, undefined, "RFC 7946 §4: no crs member");
  assert.ok(Array.isArray(collection.features) && collection.features.length === 4);
  for (const f of collection.features) {
    assert.equal(f.type, "Feature");
    assert.equal(f.geometry.type, "Point");
    const [lon, lat] = f.geometry.coordinates;
    assert.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
    assert.equal(typeof f.properties, "object");
    assert.ok(["string", "number"].includes(typeof f.id));
  }
  const kyiv = collection.features.find((f: { properties: { place: string } }) => f.properties.place === "Kyiv");
  assert.deepEqual(kyiv.geometry.coordinates, [30.52, 50.45]);
});

test("timelinejs: dated events with dates at their precision", async () => {
  const timeline = JSON.parse(await exported("timelinejs"));
  assert.equal(typeof timeline.title.text.headline, "string");
  const may = timeline.events.find((e: { display_date: string }) => e.display_date === "2025-05");
  assert.deepEqual(may.start_date, { year: "2025", month: "5" });
  const july = timeline.events.find((e: { display_date: string }) => e.display_date === "2025-07-10TEV");
  assert.deepEqual(july.start_date, { year: "2025", month: "7", day: "10" });
  assert.match(july.text.text, /sat down with Marco Rubio/);
});

test("gexf: well-formed GEXF 1.3, dynamic, every edge between declared nodes and dated", async () => {
  const text = await exported("gexf");
  assert.equal(XMLValidator.validate(text), true);
  const { gexf } = xml.parse(text);
  assert.equal(gexf.xmlns, "http://gexf.net/1.3");
  assert.equal(gexf.version, "1.3");
  assert.equal(gexf.graph.mode, "dynamic");
  assert.equal(gexf.graph.timeformat, "date");
  const nodes = new Set(gexf.graph.nodes.node.map((n: { id: string }) => n.id));
  const declared = new Set(gexf.graph.attributes.flatMap((a: { attribute: Array<{ id: string }> }) => a.attribute.map((x) => x.id)));
  assert.equal(nodes.size, 4);
  for (const edge of gexf.graph.edges.edge) {
    assert.ok(nodes.has(edge.source) && nodes.has(edge.target));
    assert.match(edge.start, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(edge.start <= edge.end);
    for (const v of edge.attvalues.attvalue) assert.ok(declared.has(v.for), v.for);
  }
  const meetings = gexf.graph.edges.edge.filter((e: { label: string }) => e.label === "CONSULT");
  // Five meetings and calls; the meeting that did not happen is no edge.
  assert.equal(meetings.length, 5);
  assert.ok(meetings.every((e: { type: string }) => e.type === "undirected"));
});

test("graphml: well-formed GraphML, keys declared for their domain, edges between nodes", async () => {
  const text = await exported("graphml");
  assert.equal(XMLValidator.validate(text), true);
  const { graphml } = xml.parse(text);
  assert.equal(graphml.xmlns, "http://graphml.graphdrawing.org/xmlns");
  const keys = new Map(graphml.key.map((k: { id: string; for: string }) => [k.id, k.for]));
  const nodes = new Set(graphml.graph.node.map((n: { id: string }) => n.id));
  for (const node of graphml.graph.node) for (const d of node.data) assert.equal(keys.get(d.key), "node");
  for (const edge of graphml.graph.edge) {
    assert.ok(nodes.has(edge.source) && nodes.has(edge.target));
    for (const d of edge.data) assert.equal(keys.get(d.key), "edge");
  }
  const rubioLavrov = graphml.graph.edge.find((e: { data: Array<{ key: string; "#text": string }> }) => e.data.some((d) => d.key === "event_type" && d["#text"] === "CONSULT"));
  assert.equal(rubioLavrov.directed, "false");
  assert.equal(rubioLavrov.data.find((d: { key: string }) => d.key === "weight")["#text"], 5);
});

test("an unknown format is refused with BAD_ARGUMENT", async () => {
  await assert.rejects(exportAs(store, "kml", { write: () => true }), { code: "BAD_ARGUMENT" });
});

// The actor network: one node per actor, one edge per pair that acted on each other, as wide as their
// events are many and coloured from cooperation green to conflict red. Only the most active actors are
// drawn, so thousands of events stay one readable graph.
import cytoscape from "cytoscape";
import type { ActorLink } from "../../../src/store/types.ts";
import { api, type EventRecord } from "../api.ts";
import { el } from "../dom.ts";
import { filterBar, filtersOf, viewSwitch, VIEW_EVENT_LIMIT } from "../filters.ts";
import { balanceColour, stanceOf } from "../plover.ts";
import { link } from "../route.ts";
import { heading, type View } from "./common.ts";

/** The most actors drawn, so that names stay readable. */
const MAX_ACTORS = 60;

interface ActorNode { key: string; actor: ActorLink; events: number }
interface Tie { a: string; b: string; cooperation: number; conflict: number }

const keyOf = (actor: ActorLink) => actor.id ?? `name:${actor.name.toLowerCase()}`;

/** Actors and the ties between them, most active actors first. */
export function actorNetwork(events: EventRecord[]): { actors: ActorNode[]; ties: Tie[] } {
  const actors = new Map<string, ActorNode>();
  const ties = new Map<string, Tie>();
  for (const event of events) {
    const sides = [event.source, event.target].filter((s): s is ActorLink => Boolean(s?.name));
    for (const side of sides) {
      const key = keyOf(side);
      const node = actors.get(key) ?? { key, actor: side, events: 0 };
      node.events++;
      actors.set(key, node);
    }
    if (sides.length < 2) continue;
    const [a, b] = [keyOf(sides[0]!), keyOf(sides[1]!)].sort() as [string, string];
    if (a === b) continue;
    const tie = ties.get(`${a}\u0000${b}`) ?? { a, b, cooperation: 0, conflict: 0 };
    tie[stanceOf(event.type)]++;
    ties.set(`${a}\u0000${b}`, tie);
  }
  // Actors acting on no one else (one-sided events) are left out: a network shows ties.
  const tied = new Set([...ties.values()].flatMap((t) => [t.a, t.b]));
  const top = [...actors.values()].filter((n) => tied.has(n.key)).sort((x, y) => y.events - x.events).slice(0, MAX_ACTORS);
  const kept = new Set(top.map((n) => n.key));
  return { actors: top, ties: [...ties.values()].filter((t) => kept.has(t.a) && kept.has(t.b)) };
}

export const networkView: View = async (root, route) => {
  const filters = filtersOf(route.params);
  const page = await api.events(filters, VIEW_EVENT_LIMIT);
  const { actors, ties } = actorNetwork(page.items);
  const container = el("div", { class: "network", "aria-label": "actor network" });
  root.append(
    heading("Actor network", viewSwitch(route)),
    filterBar(route),
    el(
      "p",
      { class: "muted" },
      `${actors.length} actors and ${ties.length} ties from ${page.items.length.toLocaleString("en")} events. `,
      "Edge width: number of events; colour: ",
      el("span", { class: "swatch cooperation" }, "cooperation"),
      " to ",
      el("span", { class: "swatch conflict" }, "conflict"),
      ". Click an actor for its profile, a tie for the pair's timeline.",
    ),
    container,
  );
  if (!actors.length) return;
  const maxEvents = Math.max(...actors.map((n) => n.events));
  const maxTie = Math.max(1, ...ties.map((t) => t.cooperation + t.conflict));
  const cy = cytoscape({
    container,
    elements: [
      ...actors.map((n) => ({
        data: { id: n.key, label: n.actor.name, actorId: n.actor.id ?? "", size: 18 + 42 * Math.sqrt(n.events / maxEvents) },
      })),
      ...ties.map((t) => ({
        data: {
          id: `${t.a}|${t.b}`, source: t.a, target: t.b,
          width: 1 + 9 * Math.sqrt((t.cooperation + t.conflict) / maxTie),
          colour: balanceColour(t.cooperation, t.conflict),
        },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          width: "data(size)", height: "data(size)", label: "data(label)", "font-size": 12,
          "background-color": "#4c6ef5", color: "#212529", "text-valign": "bottom", "text-margin-y": 3,
        },
      },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", opacity: 0.8, "curve-style": "haystack" } },
    ],
    layout: { name: actors.length > 2 ? "cose" : "circle", animate: false, randomize: false, nodeDimensionsIncludeLabels: true },
    wheelSensitivity: 0.3,
  });
  // Names keep a readable size on screen whatever the zoom that fits the graph.
  const keepLabelsReadable = () => cy.style().selector("node").style("font-size", 12 / cy.zoom()).update();
  keepLabelsReadable();
  cy.on("zoom", keepLabelsReadable);
  cy.on("tap", "node", (event) => {
    const actorId = event.target.data("actorId") as string;
    location.hash = actorId ? link("entity", actorId) : link("timeline", undefined, { actor: event.target.data("label") as string });
  });
  cy.on("tap", "edge", (event) => {
    const name = (key: string) => (cy.getElementById(key).data("actorId") as string) || (cy.getElementById(key).data("label") as string);
    location.hash = link("timeline", undefined, { ...filters, actor: name(event.target.data("source")), with: name(event.target.data("target")) });
  });
  container.dataset.rendered = String(actors.length);
  return () => cy.destroy();
};

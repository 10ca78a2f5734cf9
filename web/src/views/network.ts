// The actor network: one node per actor, one arrow per direction between two actors who acted on each
// other (from the one who acted to the one acted on), as wide as their events are many and coloured
// from cooperation green to conflict red. Only the most active actors are drawn, laid out by fCoSE
// (components apart, labels clear of each other), so thousands of events stay one readable graph.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { actorNetwork, eventsOf } from "../actor-network.ts";
import { api } from "../api.ts";
import { el } from "../dom.ts";
import { filterBar, filtersOf, viewSwitch, VIEW_EVENT_LIMIT } from "../filters.ts";
import { balanceColour } from "../plover.ts";
import { link } from "../route.ts";
import { heading, type View } from "./common.ts";

cytoscape.use(fcose);

/** "min=N" in the URL: the fewest events a tie needs to be drawn. */
function minEventsOf(params: URLSearchParams): number {
  const n = Number(params.get("min") ?? 1);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

function minEventsControl(route: Parameters<View>[1], minEvents: number): HTMLElement {
  const field = el("input", { type: "number", name: "min", value: String(minEvents), "aria-label": "fewest events per tie" });
  field.min = "1";
  field.addEventListener("change", () => {
    const params = new URLSearchParams(route.params);
    if (Number(field.value) > 1) params.set("min", String(Math.floor(Number(field.value))));
    else params.delete("min");
    location.hash = link("network", undefined, params);
  });
  return el("label", { class: "min-events" }, "ties with at least ", field, " events");
}

export const networkView: View = async (root, route) => {
  const filters = filtersOf(route.params);
  const page = await api.events(filters, VIEW_EVENT_LIMIT);
  const minEvents = minEventsOf(route.params);
  const { actors, ties } = actorNetwork(page.items, minEvents);
  const container = el("div", { class: "network", "aria-label": "actor network" });
  root.append(
    heading("Actor network", viewSwitch(route)),
    filterBar(route),
    minEventsControl(route, minEvents),
    el(
      "p",
      { class: "muted" },
      `${actors.length} actors and ${ties.length} ties from ${page.items.length.toLocaleString("en")} events. `,
      "An arrow goes from the actor who acted to the one acted on; its width: number of events; colour: ",
      el("span", { class: "swatch cooperation" }, "cooperation"),
      " to ",
      el("span", { class: "swatch conflict" }, "conflict"),
      ". Click an actor for its profile, a tie for the pair's timeline.",
    ),
    container,
  );
  if (!actors.length) return;
  const maxEvents = Math.max(...actors.map((n) => n.events));
  const maxTie = Math.max(1, ...ties.map(eventsOf));
  const cy = cytoscape({
    container,
    elements: [
      ...actors.map((n) => ({
        data: { id: n.key, label: n.actor.name, actorId: n.actor.id ?? "", size: 18 + 42 * Math.sqrt(n.events / maxEvents) },
      })),
      ...ties.map((t) => ({
        data: {
          id: `${t.source}|${t.target}`, source: t.source, target: t.target, events: eventsOf(t),
          width: 1 + 7 * Math.sqrt(eventsOf(t) / maxTie),
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
          // a light background keeps a name readable where an edge crosses it
          "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": "1px",
        },
      },
      {
        selector: "edge",
        style: {
          width: "data(width)", "line-color": "data(colour)", opacity: 0.85,
          // bezier: the two directions between a pair are drawn apart, each with its own arrow
          "curve-style": "bezier", "target-arrow-shape": "triangle", "target-arrow-color": "data(colour)", "arrow-scale": 1.2,
        },
      },
    ],
    layout: actors.length > 2
      ? ({ name: "fcose", quality: "proof", randomize: true, animate: false, packComponents: true, nodeDimensionsIncludeLabels: true,
          nodeSeparation: 90, idealEdgeLength: 110, nodeRepulsion: 9000 } as cytoscape.LayoutOptions)
      : { name: "circle", animate: false },
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
  // What the graph shows, for the browser tests and assistive tools.
  container.dataset.arrows = String(cy.edges().filter((e) => e.style("target-arrow-shape") === "triangle").length);
  return () => cy.destroy();
};

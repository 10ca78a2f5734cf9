// The event filter bar shared by the timeline, network and map: the same filters as the CLI and the API,
// kept in the URL so switching views keeps them.
import type { EventFilters } from "./api.ts";
import { el } from "./dom.ts";
import { PLOVER_TYPES, stanceOf } from "./plover.ts";
import { link, type Route } from "./route.ts";

const FILTER_KEYS = ["actor", "with", "type", "from", "to", "place", "text"] as const;

export function filtersOf(params: URLSearchParams): EventFilters {
  const filters: EventFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

const TYPE_CHOICES: Array<[string, string]> = [
  ["", "any type"],
  [PLOVER_TYPES.filter((t) => stanceOf(t) === "cooperation").join(","), "cooperation (AGREE…REQUEST)"],
  [PLOVER_TYPES.filter((t) => stanceOf(t) === "conflict").join(","), "conflict (ACCUSE…ASSAULT)"],
  ...PLOVER_TYPES.map((t): [string, string] => [t, t]),
];

/** The filter form; submitting it navigates to the same view with the new filters. */
export function filterBar(route: Route): HTMLFormElement {
  const current = filtersOf(route.params);
  const input = (name: keyof EventFilters, placeholder: string, size = 14) => {
    const field = el("input", { name, placeholder, type: "text", "aria-label": placeholder });
    field.size = size;
    field.value = current[name] ?? "";
    return field;
  };
  const type = el("select", { name: "type", "aria-label": "event type" });
  for (const [value, label] of TYPE_CHOICES) {
    const option = el("option", { value }, label);
    option.selected = value === (current.type ?? "");
    type.append(option);
  }
  if (current.type && !TYPE_CHOICES.some(([value]) => value === current.type)) {
    type.append(Object.assign(el("option", { value: current.type }, current.type), { selected: true }));
  }
  const form = el(
    "form",
    { class: "filters" },
    input("actor", "actor"),
    input("with", "with actor"),
    type,
    input("from", "from YYYY-MM-DD", 12),
    input("to", "to YYYY-MM-DD", 12),
    input("place", "place", 10),
    input("text", "words in evidence"),
    el("button", { type: "submit" }, "Filter"),
    el("a", { href: link(route.view), class: "reset" }, "reset"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const params: Record<string, string> = {};
    for (const key of FILTER_KEYS) {
      const value = String(data.get(key) ?? "").trim();
      if (value) params[key] = value;
    }
    location.hash = link(route.view, undefined, params);
  });
  return form;
}

/** Links to the other event views with the same filters. */
export function viewSwitch(route: Route): HTMLElement {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filtersOf(route.params))) params.set(key, value);
  return el(
    "nav",
    { class: "view-switch" },
    ...[["timeline", "Timeline"], ["network", "Network"], ["map", "Map"], ["events", "List"]].map(([view, label]) =>
      el("a", { href: link(view!, undefined, params), class: view === route.view ? "active" : "" }, label!),
    ),
  );
}

/** Most events the views fetch at once; they aggregate before drawing. */
export const VIEW_EVENT_LIMIT = 10_000;

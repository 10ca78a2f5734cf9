// Every CLI command, in the order --help lists them. Adding a command is one entry here. A command's
// code (and what it imports: the pipeline, the store, the API) is loaded only when that command runs,
// so that --help and the light commands start at once.
import type { CommandEntry } from "../command.ts";

export const COMMANDS: CommandEntry[] = [
  {
    name: "annotate",
    summary: "annotate articles and print one JSON document per article (JSON Lines, in input order)",
    load: async () => (await import("./annotate.ts")).annotateCommand,
  },
  {
    name: "ingest",
    summary: "annotate articles (files, folders, URLs, feeds, - for stdin) and store them; re-running adds only what is new",
    load: async () => (await import("./ingest.ts")).ingestCommand,
  },
  {
    name: "events",
    summary: "list fused events, chronologically, filtered by actor, type, dates, place or words",
    load: async () => (await import("./events.ts")).eventsCommand,
  },
  {
    name: "timeline",
    summary: "the events of an actor (with another) in date order, at each date's precision, with their sources",
    load: async () => (await import("./timeline.ts")).timelineCommand,
  },
  {
    name: "quotes",
    summary: "list quotes, newest first, by a speaker if given",
    load: async () => (await import("./quotes.ts")).quotesCommand,
  },
  {
    name: "entities",
    summary: "list the actors of the corpus (entities fused across articles), most mentioned first",
    load: async () => (await import("./entities.ts")).entitiesCommand,
  },
  {
    name: "entity",
    summary: "the profile of one actor: roles, aliases, events, quotes and co-actors",
    load: async () => (await import("./entity.ts")).entityCommand,
  },
  {
    name: "search",
    summary: "full-text search over the stored articles: the 1,000 last stored matches best first, then the rest, last stored first",
    load: async () => (await import("./search.ts")).searchCommand,
  },
  {
    name: "export",
    summary: "export the fused events and actor network for other tools (the filters of events)",
    load: async () => (await import("./export.ts")).exportCommand,
  },
  {
    name: "unmerge",
    summary: "undo a fusion: move one document's report (<document id>/<event id>, see `events --format json` or the timeline) out of its fused event; it is never merged back",
    load: async () => (await import("./unmerge.ts")).unmergeCommand,
  },
  {
    name: "refuse",
    summary: "fuse the whole corpus again in a canonical order, so that the same articles always give the same actors and events (ingest does this when it has added any)",
    load: async () => (await import("./refuse.ts")).refuseCommand,
  },
  {
    name: "serve",
    summary: "serve the HTTP API (/api, /openapi.json) and the web UI over the store",
    load: async () => (await import("./serve.ts")).serveCommand,
  },
  {
    name: "enqueue",
    summary: "add inputs (files, folders, URLs, feeds, JSON Lines items) to the PostgreSQL work queue; the same input twice is one job",
    load: async () => (await import("./enqueue.ts")).enqueueCommand,
  },
  {
    name: "worker",
    summary: "take jobs from the PostgreSQL work queue, annotate and store them with fusion; run as many as you like, on any machine",
    load: async () => (await import("./worker.ts")).workerCommand,
  },
  {
    name: "status",
    summary: "the work queue: jobs queued, running, done and failed (with their errors), and throughput",
    load: async () => (await import("./status.ts")).statusCommand,
  },
];

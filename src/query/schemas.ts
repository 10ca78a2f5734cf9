// The schemas of query parameters, shared by the HTTP API (query strings) and the CLI (options), so
// that both accept and refuse the same values; /openapi.json is generated from these same schemas.
import { z } from "zod";
import { PLOVER_TYPES } from "../model/index.ts";

/** The most rows one page may hold: enough for the UI to aggregate 10,000 events client-side. */
const MAX_LIMIT = 10_000;

export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");

const ploverTypes = z
  .string()
  .refine(
    (value) => value.split(",").every((t) => (PLOVER_TYPES as readonly string[]).includes(t.trim().toUpperCase())),
    `expected PLOVER event types separated by commas (${PLOVER_TYPES.join(", ")})`,
  )
  .describe("PLOVER event types, comma-separated, e.g. CONSULT,AGREE");

const pagination = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(100).describe("page size"),
  offset: z.coerce.number().int().min(0).default(0).describe("rows to skip"),
};

const eventFilters = {
  actor: z.string().min(1).optional().describe("name, alias or id of an actor on either side"),
  with: z.string().min(1).optional().describe("name, alias or id of the other side"),
  type: ploverTypes.optional(),
  from: isoDate.optional().describe("first date (inclusive)"),
  to: isoDate.optional().describe("last date (inclusive)"),
  place: z.string().min(1).optional().describe("part of the place name"),
  text: z.string().min(1).optional().describe("full text over the evidence"),
};

export const eventQuery = z.strictObject({ ...eventFilters, ...pagination });

const flag = (description: string) => z.enum(["true", "false"]).optional().describe(description);

/** The events an export holds (the filters of the events query) and the options of `sitrep export`. */
export const exportQuery = z.strictObject({
  ...eventFilters,
  bom: flag("csv: start with a UTF-8 byte-order mark (for Excel)"),
  header: flag("gdelt: a first row of the codebook's column names"),
  extended: flag("gdelt: sitrep's columns (precision, PLOVER type, casualties) after the 61"),
  all: flag("csv: also events ACLED has no type for, or dated less precisely than a month"),
});

export const timelineQuery = z.strictObject({
  actor: z.string({ error: "name the actor whose timeline you want" }).min(1).describe("name, alias or id of the actor"),
  with: z.string().min(1).optional().describe("name, alias or id of the other side"),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(1000).describe("most entries"),
});

export const quoteQuery = z.strictObject({
  speaker: z.string().min(1).optional().describe("name, alias or id of the speaker"),
  ...pagination,
});

export const entityQuery = z.strictObject({
  type: z.string().min(1).optional().describe("entity type: PERSON, ORG, GPE, LOC, FAC, NORP"),
  text: z.string().min(1).optional().describe("part of a name or alias"),
  ...pagination,
});

export const documentQuery = z.strictObject({ ...pagination });

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1, "the search text is empty").describe("words to find in titles and text"),
  ...pagination,
});

// The zod schemas that validate API requests; /openapi.json is generated from these same schemas.
// Query parameters are the query stage's, shared with the CLI.
import { z } from "zod";
import { EXPORT_FORMATS } from "../export/index.ts";
import { isoDate } from "../query/index.ts";

export { documentQuery, entityQuery, eventQuery, exportQuery, quoteQuery, searchQuery, timelineQuery } from "../query/index.ts";

export const idParams = z.strictObject({ id: z.string().min(1).describe("record id") });

export const exportParams = z.strictObject({
  format: z.enum(EXPORT_FORMATS).describe("export format"),
});

const articleMeta = {
  title: z.string().min(1).optional(),
  source: z.string().min(1).optional().describe("the publication"),
  published: isoDate.optional().describe("publication date, YYYY-MM-DD"),
};

/** A POST of an article as JSON: its text, or a URL to fetch it from. */
export const articleJson = z
  .strictObject({
    text: z.string().min(1).optional().describe("the article text"),
    url: z.url({ protocol: /^https?$/ }).optional().describe("an http(s) URL to fetch the article from"),
    ...articleMeta,
  })
  .refine((body) => Boolean(body.text) !== Boolean(body.url), { message: "give either text or url", path: ["text"] });

/** A POST of an article as a file upload (multipart/form-data). */
export const articleUpload = z.strictObject({
  file: z.file().describe("the article: text, HTML, PDF or a feed"),
  ...articleMeta,
});

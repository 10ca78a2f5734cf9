// Query results as the CLI prints them: an aligned text table, CSV or JSON.
import { AppError } from "../model/index.ts";
import { csvTable, type CsvOptions } from "../export/csv.ts";
import type { ActorLink, DocumentSummary } from "../store/index.ts";
import { humanDate } from "./human-date.ts";

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type Cell = string | number | undefined;

export function parseOutputFormat(value: unknown): OutputFormat {
  const format = String(value ?? "table");
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new AppError("BAD_ARGUMENT", `"${format}" is not an output format (${OUTPUT_FORMATS.join(", ")})`, "--format");
  }
  return format as OutputFormat;
}

/** Rows in the chosen format; `json` is what the JSON output holds (the full records). */
export function renderRows(format: OutputFormat, columns: string[], rows: Cell[][], json: unknown, csv: CsvOptions = {}): string {
  if (format === "json") return JSON.stringify(json, null, 2) + "\n";
  if (format === "csv") return csvTable(columns, rows, csv);
  return renderTable(columns, rows);
}

const MAX_CELL = 48;

export function renderTable(columns: string[], rows: Cell[][]): string {
  const text = [columns, ...rows].map((r) => r.map((c) => clip(c === undefined ? "" : String(c))));
  const widths = columns.map((_, i) => Math.max(...text.map((r) => r[i].length)));
  return text.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("  ").trimEnd()).join("\n") + "\n";
}

/** "Marco Rubio (USA)". */
export function actorLabel(actor: ActorLink | undefined): string {
  if (!actor) return "";
  return actor.country ? `${actor.name} (${actor.country})` : actor.name;
}

/**
 * A date cell: in words in a table ("10 July 2025, evening"), the TIMEX3 value in CSV (read by
 * programs; JSON holds the records as they are).
 */
export function dateCell(value: string | undefined, format: OutputFormat): string {
  if (format !== "table") return value ?? "";
  return value ? humanDate(value) : "undated";
}

/** A publication date-time in words: "10 July 2025". */
export function publishedDate(published: string | undefined): string | undefined {
  return published && humanDate(published.slice(0, 10));
}

/** "Reuters, 10 July 2025: Rubio meets Lavrov in Malaysia". */
export function documentLabel(doc: DocumentSummary): string {
  const who = [doc.source, publishedDate(doc.published)].filter(Boolean).join(", ");
  return `${who || doc.input || doc.id}: ${doc.headline}`;
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

// The one CSV writer of sitrep (exports and `--format csv` of the query commands): RFC 4180 (fields
// quoted when they hold a comma, a quote or a line break, quotes doubled, CRLF line ends), with an
// optional UTF-8 byte-order mark so that Excel reads "Erdoğan" as UTF-8, and a guard against cells a
// spreadsheet would run as a formula (OWASP "CSV injection"): a text cell starting with =, +, -, @,
// a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text. Numbers are
// written as numbers: a negative longitude stays a number.

export type CsvCell = string | number | boolean | undefined | null;

export interface CsvOptions {
  /** Start the file with a UTF-8 byte-order mark (for Excel). */
  bom?: boolean;
}

export const CSV_LINE_END = "\r\n";
const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One record, with its line end. */
export function csvRow(fields: CsvCell[]): string {
  return fields.map(csvField).join(",") + CSV_LINE_END;
}

/** What a CSV file starts with: the byte-order mark if asked, then the header record. */
export function csvHeader(columns: readonly string[], options: CsvOptions = {}): string {
  return (options.bom ? BOM : "") + csvRow([...columns]);
}

/** A whole table, header first. */
export function csvTable(columns: readonly string[], rows: CsvCell[][], options: CsvOptions = {}): string {
  return csvHeader(columns, options) + rows.map(csvRow).join("");
}

/** Text a spreadsheet shows as text: a leading apostrophe before what would start a formula. */
export function inertText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvField(value: CsvCell): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") return String(value);
  const inert = inertText(value);
  return NEEDS_QUOTES.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

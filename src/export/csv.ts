// RFC 4180 fields: quoted when they hold a separator, a quote or a line break; quotes doubled.
export function csvRow(fields: Array<string | number | undefined | null>, separator = ","): string {
  return fields.map((f) => csvField(f, separator)).join(separator);
}

function csvField(value: string | number | undefined | null, separator: string): string {
  if (value === undefined || value === null) return "";
  const s = String(value);
  return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

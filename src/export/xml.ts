// Text and attribute values for the XML exports: escaped, and without the control characters XML 1.0
// forbids (PDF extractions carry some).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function xmlText(value: string | number): string {
  return String(value).replace(FORBIDDEN, "").replace(SPECIAL, (c) => ENTITIES[c]);
}

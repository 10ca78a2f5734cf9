// Text and attribute values for the XML exports: escaped, and without the control characters XML 1.0
// forbids (PDF extractions carry some). Tabs and line breaks are written as character references:
// an XML parser turns a literal one inside an attribute value into a space (XML 1.0 §3.3.3).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"'\t\n\r]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

export function xmlText(value: string | number): string {
  return String(value).replace(FORBIDDEN, "").replace(SPECIAL, (c) => ENTITIES[c]);
}

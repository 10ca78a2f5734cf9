import { createHash } from "node:crypto";

/** Short stable ids: a prefix and a hash of what makes the record unique. */
export function hashId(prefix: string, ...parts: string[]): string {
  return prefix + createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

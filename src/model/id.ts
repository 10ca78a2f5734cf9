import { createHash } from "node:crypto";

/** A stable id for a document: a hash of its normalised content, so the same story gets the same id. */
export function documentId(text: string): string {
  const normalised = text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(normalised).digest("hex").slice(0, 16);
}

import { createHash } from "node:crypto";

/**
 * A stable id for a document: a hash of its normalised body, so the same story gets the same id (with
 * or without the captions of its pictures, which follow the body).
 */
export function documentId(text: string, captions?: ReadonlyArray<{ start: number }>): string {
  const body = captions?.length ? text.slice(0, captions[0].start) : text;
  const normalised = body.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(normalised).digest("hex").slice(0, 16);
}

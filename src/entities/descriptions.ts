// Descriptions: "the Ukrainian leader", "Oman's foreign minister", a role word standing for its holder.
import { nameKey } from "../kb/index.ts";
import type { Reader } from "./reader.ts";

/**
 * "the Ukrainian leader", "the U.S. president", "The wartime leader", "Oman's foreign minister": a
 * role word not followed by a name, after "the" or a possessive country. Returns the last token read.
 */
export function readDescription(r: Reader, i: number): number {
  if (r.headline || r.pos[i] === "SPACE" || !r.lex.descriptionStarts.has(r.lower(i))) return i;
  let head = -1;
  let roles: string[] | undefined;
  const words = [i];
  for (let k = r.next(i); words.length < 3 && k >= 0 && !r.isCapitalised(k) && r.pos[k] !== "PUNCT"; k = r.next(k)) words.push(k);
  for (let n = words.length; n > 0 && !roles; n--) {
    roles = r.lex.descriptions.get(r.keyOf(words.slice(0, n)));
    head = words[n - 1];
  }
  if (!roles) return i;
  const after = r.next(head);
  if (after >= 0 && r.isCapitalised(after) && r.pos[after] === "PROPN") return head;
  let country: string | undefined;
  let p = r.prev(i);
  let start = -1;
  for (let steps = 0; p >= 0 && steps < 5; steps++) {
    const w = r.word(p);
    const key = nameKey(w);
    if (key === "the" || r.names.possessiveDeterminers.has(key)) {
      start = p;
      break;
    }
    if (w === "'s" || w === "\u2019s") {
      const owner = r.prev(p);
      const c = r.countryOfWord(owner);
      if (c) {
        country = c;
        start = owner;
      }
      break;
    }
    const c = r.countryOfWord(p);
    if (c) country = c;
    else if (!r.lex.titleQualifiers.has(key)) break;
    p = r.prev(p);
  }
  if (start < 0) return head;
  r.mentions.push({ start: r.starts[start], end: r.ends[head], type: "PERSON", source: "entities/description",
    description: roles, country });
  return head;
}

// Word classes that triggers require of their object (data/events/word-classes.yaml), validated when
// loaded: "released prisoners" is a concession, "released a statement" is not.
import { z } from "zod";
import { AppError, readDataFile } from "../model/index.ts";

export interface WordClass {
  name: string;
  words: ReadonlySet<string>;
  namedActors: boolean;
  /** What is given or sent ("rescue teams", "tanks"): never the side acted on, which a "to" phrase names. */
  theme: boolean;
  /** An act with no object fits too ("the army mobilised"); only an object of another kind does not. */
  orNone: boolean;
}

const FileSchema = z.record(z.string(), z.object({
  words: z.array(z.string().min(1)).min(1),
  named_actors: z.boolean().optional(),
  theme: z.boolean().optional(),
  or_none: z.boolean().optional(),
}).strict());

export const WORD_CLASSES_FILE = "events/word-classes.yaml";

export function loadWordClasses(path = WORD_CLASSES_FILE): Map<string, WordClass> {
  const parsed = FileSchema.safeParse(readDataFile<unknown>(path));
  if (!parsed.success) throw new AppError("KB", `word classes: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, path);
  return new Map(Object.entries(parsed.data).map(([name, c]) => [name, { name, words: new Set(c.words.map((w) => w.toLowerCase())), namedActors: c.named_actors ?? false, theme: c.theme ?? false, orNone: c.or_none ?? false }]));
}

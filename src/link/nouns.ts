// Classes of nouns that say who acts, or that a phrase names no one (data/events/actor-nouns.yaml),
// validated when loaded: a user extends them without touching code.
import { z } from "zod";
import { AppError, readDataFile } from "../model/index.ts";

const Words = z.array(z.string().min(1));
const FileSchema = z.object({
  person_titles: Words,
  state_agents: Words,
  weapons: Words,
  groups: Words,
  victims: Words,
  pair_anaphora: Words,
  title_words: Words,
  time_nouns: Words,
  quantity_nouns: Words,
  setting_nouns: Words,
}).strict();

export const ACTOR_NOUNS_FILE = "events/actor-nouns.yaml";

export type ActorNouns = { [K in keyof z.infer<typeof FileSchema>]: ReadonlySet<string> };

export function loadActorNouns(path = ACTOR_NOUNS_FILE): ActorNouns {
  const parsed = FileSchema.safeParse(readDataFile<unknown>(path));
  if (!parsed.success) throw new AppError("KB", `actor nouns: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, path);
  const sets = Object.entries(parsed.data).map(([k, words]) => [k, new Set(words.map((w) => w.toLowerCase()))]);
  return Object.fromEntries(sets) as ActorNouns;
}

/** The classes as shipped, loaded once per process. */
export const NOUNS: ActorNouns = loadActorNouns();

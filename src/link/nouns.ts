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
  leader_verbs: Words,
  outsider_words: Words,
  ethnicity_words: Words,
  dissenters: Words,
  organisation_anaphors: Words,
  documents: Words,
  described_roles: z.record(z.string(), Words),
}).strict();

export const ACTOR_NOUNS_FILE = "events/actor-nouns.yaml";

type WordClasses = Omit<z.infer<typeof FileSchema>, "described_roles">;

export type ActorNouns = { [K in keyof WordClasses]: ReadonlySet<string> } & {
  /** "leader": the roles that make someone the leader a description speaks of. */
  described_roles: ReadonlyMap<string, readonly string[]>;
};

export function loadActorNouns(path = ACTOR_NOUNS_FILE): ActorNouns {
  const parsed = FileSchema.safeParse(readDataFile<unknown>(path));
  if (!parsed.success) throw new AppError("KB", `actor nouns: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, path);
  const { described_roles: described, ...classes } = parsed.data;
  const sets = Object.entries(classes).map(([k, words]) => [k, new Set(words.map((w) => w.toLowerCase()))]);
  const roles = new Map(Object.entries(described).map(([title, words]) => [title.toLowerCase(), words.map((w) => w.toLowerCase())]));
  return { ...Object.fromEntries(sets), described_roles: roles } as ActorNouns;
}

/** Whether a person's role makes them what `title` describes: "President" fits "president" and "leader". */
export function roleFits(role: string | undefined, title: string): boolean {
  if (!role) return false;
  const lower = role.toLowerCase();
  return lower.includes(title) || (NOUNS.described_roles.get(title)?.some((r) => lower.includes(r)) ?? false);
}

/** The classes as shipped, loaded once per process. */
export const NOUNS: ActorNouns = loadActorNouns();

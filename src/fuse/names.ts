// Actors match across documents under the knowledge base's name key: case, accents, apostrophes and
// punctuation do not make a different actor ("Erdoğan" and "ERDOGAN", "Lavrov's" and "Lavrov", "U.S."
// and "US", "Əliyev" and "Aliyev"), and names in other scripts keep their letters ("Лавров").
export { nameKey } from "../kb/index.ts";

/**
 * Aliases that name the actor (proper names, acronyms), not descriptions that fit many actors
 * ("the Ukrainian leader", "the minister"): only the former may merge actors across documents.
 */
export function isNameLike(alias: string): boolean {
  return /^[\p{Lu}\p{Lt}\p{Lo}]/u.test(alias) && !/^(The|A|An)\s/.test(alias);
}

/** Countries are compatible when equal or when either is unknown. */
export function countriesCompatible(a: string | undefined | null, b: string | undefined | null): boolean {
  return !a || !b || a === b;
}

// Name keys for matching actors across documents: case, accents and punctuation do not make a
// different actor ("Zelenskyy" and "ZELENSKYY", "Lavrov's" and "Lavrov", "U.S." and "US").
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const POSSESSIVE = /['’]s$/;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const DOTS = /\./g;

export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(POSSESSIVE, "")
    .replace(DOTS, "")
    .replace(NOT_WORD, " ")
    .trim();
}

/**
 * Aliases that name the actor (proper names, acronyms), not descriptions that fit many actors
 * ("the Ukrainian leader", "the minister"): only the former may merge actors across documents.
 */
export function isNameLike(alias: string): boolean {
  return /^\p{Lu}/u.test(alias) && !/^(The|A|An)\s/.test(alias);
}

/** Countries are compatible when equal or when either is unknown. */
export function countriesCompatible(a: string | undefined | null, b: string | undefined | null): boolean {
  return !a || !b || a === b;
}

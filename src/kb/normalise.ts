// Name keys: the forms under which the knowledge base and the entity grouper compare names.

const MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9&+]+/g;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
// Letters that NFKD does not split into a base letter and a mark.
const PLAIN_LETTERS: Record<string, string> = { "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss",
  "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "þ": "th", "œ": "oe" };
const LETTERS_WITHOUT_MARKS = /[łŁøØæÆßđĐıħþœ]/g;

/**
 * The exact-match key of a name: accents, case, full stops, possessive 's and punctuation dropped,
 * so "U.S." = "US", "Vučić" = "Vucic", "Russia's" = "Russia", "el-Fasher" = "el fasher".
 */
export function nameKey(name: string): string {
  if (PLAIN_WORD.test(name)) return name.toLowerCase(); // most tokens: nothing else to do
  return memo(nameKeys, name, computeNameKey);
}

// Names repeat across a corpus; both keys are remembered, up to a bound so memory stays flat.
const MEMO_LIMIT = 50_000;
const nameKeys = new Map<string, string>();
const variantKeys = new Map<string, string>();

function memo(cache: Map<string, string>, name: string, compute: (name: string) => string): string {
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    key = compute(name);
    cache.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return name
    .normalize("NFKD").replace(MARKS, "")
    .replace(LETTERS_WITHOUT_MARKS, (c) => PLAIN_LETTERS[c] ?? c)
    .toLowerCase()
    .replace(/['\u2019]s\b/g, "")
    .replace(/[.'\u2019]/g, "")
    .replace(NON_ALNUM, " ")
    .trim();
}

// Spelling differences of transliterated names, in the order applied: Zelenskyy/Zelenskiy/Zelensky,
// Araghchi/Araqchi, Kharkiv/Harkiv, Al Busaidi/Albusaidi, Sergei/Sergey, doubled letters.
const VARIANT_RULES: Array<[RegExp, string]> = [
  [/[\s-]+/g, ""],
  [/kh/g, "h"],
  [/gh/g, "g"],
  [/q/g, "g"],
  [/ck/g, "k"],
  [/ph/g, "f"],
  [/w/g, "v"],
  [/y/g, "i"],
  [/ou/g, "u"],
  [/(.)\1+/g, "$1"],
];

/** A looser key under which transliteration variants of one name coincide. */
export function variantKey(name: string): string {
  return memo(variantKeys, name, computeVariantKey);
}

function computeVariantKey(name: string): string {
  let key = nameKey(name);
  for (const [pattern, replacement] of VARIANT_RULES) key = key.replace(pattern, replacement);
  return key;
}

/** ISO-like date prefix comparison: "2025-07" covers any day of July 2025. */
export function dateWithin(date: string, from?: string, to?: string): boolean {
  if (from && date < from.slice(0, date.length) && !from.startsWith(date)) return false;
  if (to && date >= to.slice(0, date.length) && !to.startsWith(date)) return false;
  return true;
}

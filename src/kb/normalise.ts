// Name keys: the forms under which the knowledge base and the entity grouper compare names.

// Marks written on a base letter (accents, Arabic vowel signs, Hebrew points): a name matches without them.
const MARKS = /\p{Mn}/gu;
// Letters and digits of every script stay: "Лавров" keys as "лавров", not as nothing.
const NON_ALNUM = /[^\p{L}\p{N}&+]+/gu;
const NON_ALNUM_ASCII = /[^a-z0-9&+]+/g;
const ASCII = /^[\x00-\x7f]*$/;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
// Letters that NFKD does not split into a base letter and a mark, as their names are written in
// English ("Əliyev" = "Aliyev", "Łukasz" = "Lukasz", "Đặng" = "Dang").
const PLAIN_LETTERS: Record<string, string> = { "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss",
  "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "Oe",
  "ə": "a", "Ə": "A", "ŋ": "ng", "ŧ": "t" };
const LETTERS_WITHOUT_MARKS = /[łŁøØæÆßđĐıħĦþÞðÐœŒəƏŋŧ]/g;
// Invisible characters inside a name (zero-width joiners, direction marks) do not make another name.
const INVISIBLE = /\p{Cf}/gu;
// Apostrophes of every kind: O'Neill, O’Neill and Oʼ Neill are one name.
const APOSTROPHES = /['\u2019\u02bc\u02bb]/g;
const POSSESSIVE = /['\u2019\u02bc]s\b/g;

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
  const ascii = ASCII.test(name); // most names: no marks, other letters or invisible characters to look for
  const plain = ascii ? name : name
    .normalize("NFKD").replace(MARKS, "").replace(INVISIBLE, "")
    .replace(LETTERS_WITHOUT_MARKS, (c) => PLAIN_LETTERS[c] ?? c);
  return plain
    .toLowerCase()
    .replace(POSSESSIVE, "")
    .replace(APOSTROPHES, "").replace(/\./g, "")
    .replace(ascii ? NON_ALNUM_ASCII : NON_ALNUM, " ")
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

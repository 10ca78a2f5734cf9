// Integer atoms for features: every string a feature reads is hashed once per token, and features
// are combinations of atoms hashed again. No feature string is ever built on the hot path.

/** FNV-1a over UTF-16 code units: any script, any length, one pass. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Murmur3's mixing step: folds one more atom into a feature hash. */
export function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Murmur3's finaliser: spreads the bits so that the low bits index a hash table well. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

const SEED = 0x9747b28c | 0;
/** Templates are numbered below this. */
const TEMPLATES = 256;
/** The hash of the seed and each template number, the first step of every feature's hash, made once. */
const TEMPLATE_SEED = Int32Array.from({ length: TEMPLATES }, (_, template) => mix(SEED, template));

export function feature1(template: number, a: number): number {
  return finish(mix(TEMPLATE_SEED[template], a));
}
export function feature2(template: number, a: number, b: number): number {
  return finish(mix(mix(TEMPLATE_SEED[template], a), b));
}
export function feature3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(TEMPLATE_SEED[template], a), b), c));
}

/** The word as features see it: lower-cased, digits folded so that every number of a shape is one word. */
export function normalForm(form: string): string {
  const lower = form.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d/g, "0") : lower;
}

/** Capitalisation, digits and punctuation in brief: "Xx", "dd,ddd" -> "d,d", "U.S." -> "X.X.". */
export function wordShape(form: string): string {
  let shape = "";
  let last = "";
  for (const ch of form.length > 40 ? form.slice(0, 20) + form.slice(-20) : form) {
    const kind = characterKind(ch);
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

function characterKind(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 97 && code <= 122) return "x";
  if (code >= 65 && code <= 90) return "X";
  if (code >= 48 && code <= 57) return "d";
  if (code < 128) return ch;
  return /\p{Lu}/u.test(ch) ? "X" : /\p{L}|\p{M}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
}

/** The atoms of one word, computed once per token. */
export interface WordAtoms {
  word: Int32Array; // normal form
  shape: Int32Array;
  prefix1: Int32Array;
  suffix1: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  suffix4: Int32Array;
  /** wink-nlp's tag for the word, a hint the tagger weighs (0 where there is none). */
  hint: Int32Array;
  /**
   * Per word, the atoms of its form (word, shape, prefix, four suffixes) as one array that is the
   * same object for every word of the same form while the form cache holds it: a key for sums that
   * only the form decides (the tagger's `FormSums`).
   */
  form: Int32Array[];
}

/** Atoms of a word form, computed once: news repeats its words, and hashing them is half a tagger's work. */
const formCache = new Map<string, Int32Array>();
/** Forms kept at most; the cache starts over past it, so memory stays flat however long a batch runs. */
const FORM_CACHE_LIMIT = 200_000;

function formAtoms(form: string): Int32Array {
  let atoms = formCache.get(form);
  if (atoms) return atoms;
  const normal = normalForm(form);
  atoms = Int32Array.of(
    hashString(normal), hashString(wordShape(form)), hashString(normal.slice(0, 1)),
    hashString(normal.slice(-1)), hashString(normal.slice(-2)), hashString(normal.slice(-3)), hashString(normal.slice(-4)),
  );
  if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
  if (form.length <= 64) formCache.set(form, atoms);
  return atoms;
}

/** The atoms of each word, per kind (`WordAtoms`), in one buffer: one typed array made a sentence, not eight. */
const KINDS = 8;

export function wordAtoms(forms: string[], hints?: string[]): WordAtoms {
  const n = forms.length;
  const buffer = new Int32Array(KINDS * n);
  const kind = (k: number) => buffer.subarray(k * n, (k + 1) * n);
  const atoms: WordAtoms = {
    word: kind(0), shape: kind(1), prefix1: kind(2),
    suffix1: kind(3), suffix2: kind(4), suffix3: kind(5), suffix4: kind(6),
    hint: kind(7), form: new Array<Int32Array>(n),
  };
  for (let i = 0; i < n; i++) {
    const form = formAtoms(forms[i]);
    atoms.word[i] = form[0];
    atoms.shape[i] = form[1];
    atoms.prefix1[i] = form[2];
    atoms.suffix1[i] = form[3];
    atoms.suffix2[i] = form[4];
    atoms.suffix3[i] = form[5];
    atoms.suffix4[i] = form[6];
    atoms.hint[i] = hints?.[i] ? hashString(hints[i]) : 0;
    atoms.form[i] = form;
  }
  return atoms;
}

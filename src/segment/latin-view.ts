// wink's tokenizer knows the letters of Latin-1 only: it cuts "Erdoğan" into "Erdo", "ğ", "an" and
// "Lajčák" into three, and splits a word at a zero-width joiner. It reads instead a view of the text of
// the same length in which every other letter stands in as a Latin-1 one ("Erdogan"), so tokens keep
// the text's offsets and a word of any alphabet stays one token. Invisible format characters that are
// not inside a word (zero-width spaces, direction marks) read as spaces.

const NOT_LATIN1 = /[^\x00-\xff]/u;
const BEYOND_LATIN1 = /[^\x00-\xff]/gu;
// Letters, marks, and the invisible characters of Unicode's "Cf" class get a stand-in; dashes and quotes stay.
const STAND_IN = /[\p{L}\p{M}\p{Cf}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const CASELESS = /\p{Lo}/u;
const ASCII_BASE = /^[A-Za-z\u00c0-\u00ff]/;
const WORD_JOINERS = new Set(["\u200c", "\u200d"]); // ZWNJ, ZWJ: written inside Persian and Indic words
// Letters that have no decomposition to a base letter.
const BASES: Record<string, string> = { "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ə": "e", "Ə": "E", "ħ": "h", "Ħ": "H",
  "ŋ": "n", "Ŋ": "N", "ŧ": "t", "Ŧ": "T", "œ": "o", "Œ": "O", "ĸ": "k", "ſ": "s" };

/** The text as wink should read it; the text itself when every letter is Latin-1. */
export function latinView(text: string): string {
  if (!NOT_LATIN1.test(text)) return text;
  return text.replace(BEYOND_LATIN1, (c, at: number) => {
    if (!STAND_IN.test(c)) return c;
    const before = text[at - 1] ?? "";
    const after = text[at + c.length] ?? "";
    if (!LETTER_OR_MARK.test(c)) {
      // a joiner between two letters is part of the word; any other invisible character is a space
      return WORD_JOINERS.has(c) && LETTER_OR_MARK.test(before) && LETTER_OR_MARK.test(after) ? "x" : " ";
    }
    return standIn(c, !LETTER_OR_MARK.test(before)).padEnd(c.length, "x");
  });
}

/**
 * One Latin-1 letter for a letter or mark: its base letter ("ğ" -> "g"), else a letter of its case;
 * a letter of a script without case (Arabic, Chinese) is capitalised at the start of a word, so that a
 * name written in it reads as a proper noun.
 */
function standIn(c: string, wordStart: boolean): string {
  const base = BASES[c] ?? c.normalize("NFD")[0];
  if (ASCII_BASE.test(base)) return base;
  if (UPPER.test(c)) return "X";
  return wordStart && CASELESS.test(c) ? "X" : "x";
}

// Amounts in duration and "ago" expressions: digits, number words, and vague words that TIMEX3 writes as X.
import type { TimexLexicon } from "./lexicon.ts";

/** 2, 2.5 ("two and a half"), "X" for vague amounts ("several", "many"), or undefined. */
export function parseAmount(raw: string, lex: TimexLexicon): number | "X" | undefined {
  let words = raw.toLowerCase().replace(/\s+/g, " ").trim();
  let half = 0;
  if (words.endsWith(" and a half")) {
    half = 0.5;
    words = words.slice(0, -" and a half".length);
  }
  if (lex.vagueAmounts.has(words)) return "X";
  if (/^\d[\d,]*(\.\d+)?$/.test(words)) return Number(words.replace(/,/g, "")) + half;
  const known = lex.numberWords.get(words);
  if (known !== undefined) return known + half;
  const [tens, ones] = words.split("-");
  const compound = (lex.numberWords.get(tens) ?? NaN) + (lex.numberWords.get(ones ?? "") ?? NaN);
  return Number.isFinite(compound) ? compound + half : undefined;
}

/** A TIMEX3 duration: PT50M, P3Y, P10Y for "a decade", PXM for "months". */
export function durationValue(amount: number | "X", unitCode: string, clock: boolean): string {
  const prefix = clock ? "PT" : "P";
  const multiple = /^(\d+)([A-Z]+)$/.exec(unitCode);
  if (amount === "X") {
    if (unitCode === "10Y") return "PXDE";
    if (unitCode === "100Y") return "PXCE";
    return `${prefix}X${multiple ? multiple[2] : unitCode}`;
  }
  if (multiple) return `${prefix}${+(amount * Number(multiple[1])).toFixed(3)}${multiple[2]}`;
  return `${prefix}${amount}${unitCode}`;
}

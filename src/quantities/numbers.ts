// Recognizers: every written number in the text, with what is written right beside it (a currency
// symbol, a scale word, a percent sign). Whether it is a quantity, and of what, is decided later.
import type { QuantityLexicon } from "./lexicon.ts";

export interface NumberMention {
  start: number;
  end: number;
  value: number;
  approximate: boolean;
  /** "%" or a currency code when the number itself says so; counted nouns come later. */
  unit?: string;
  source: string;
}

export type NumberRecognizer = (text: string) => NumberMention[];

const SMALL_SCALES = new Set(["k", "m"]); // "$30m", but "400 m" is metres

export function numberRecognizers(lex: QuantityLexicon): NumberRecognizer[] {
  const A = lex.alt;
  const digits = new RegExp(
    `(?:(?<![A-Za-z])(?<cur>${A.symbols}))?\\s?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(?<scale>${A.scales})(?![A-Za-z])|(?<abbr>${A.abbreviations})(?![A-Za-z]))?`, "gi");
  const words = new RegExp(
    `\\b(?<num>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|${A.vague}|${A.words})\\b(?:\\s+(?<scale>thousand|million|billion|trillion|dozen|crore|lakh)\\b)?`, "gi");

  const written: NumberRecognizer = (text) => {
    const out: NumberMention[] = [];
    words.lastIndex = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      const g = m.groups!;
      const word = g.num.toLowerCase().replace(/\s+/g, " ");
      const vague = lex.vagueNumbers.get(word);
      const value = vague ?? lex.numberWords.get(word) ?? compound(word, lex);
      if (value === undefined) continue;
      const scale = g.scale ? lex.scales.get(g.scale.toLowerCase()) ?? 1 : 1;
      out.push(withSuffixes(text, m.index, m.index + m[0].length, value * scale, vague !== undefined, undefined, lex,
        vague === undefined ? "quantities/written-number" : "quantities/vague-number"));
    }
    return out;
  };

  const numeric: NumberRecognizer = (text) => {
    const out: NumberMention[] = [];
    digits.lastIndex = 0;
    for (let m = digits.exec(text); m; m = digits.exec(text)) {
      const g = m.groups!;
      const start = g.cur ? m.index : m.index + m[0].indexOf(g.num);
      if (!standsAlone(text, start, m.index + m[0].length)) continue;
      const scaleWord = g.scale?.toLowerCase();
      let end = m.index + m[0].length;
      let scale = scaleWord ? lex.scales.get(scaleWord) ?? 1 : 1;
      let unit = g.cur ? lex.currencySymbols.get(g.cur.toLowerCase()) : undefined;
      if (scaleWord && SMALL_SCALES.has(scaleWord) && !g.cur) {
        if (/\s/.test(g.scale!)) continue; // "400 m": metres or minutes, too ambiguous to count
        scale = 1; // "400m" is metres
        unit = lex.unitAbbreviations.get(scaleWord);
      }
      if (g.abbr) unit = lex.unitAbbreviations.get(g.abbr.toLowerCase()); // "350km"
      const mention = withSuffixes(text, start, end, Number(g.num.replace(/,/g, "")) * scale, false, unit, lex, "quantities/number");
      out.push(mention);
    }
    return out;
  };

  return [numeric, written];
}

/** Not part of a name or a code: "Su-34", "G7", "2nd", "1.2.3" are no quantities. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? " ";
  const after = text[end] ?? " ";
  if (/[A-Za-z0-9_.]/.test(before) || /[A-Za-z0-9_]/.test(after)) return false;
  return !(before === "-" && /[A-Za-z]/.test(text[start - 2] ?? " "));
}

/** A percent sign or a currency word after the number, and an approximator before it. */
function withSuffixes(text: string, start: number, end: number, value: number, vague: boolean, currency: string | undefined,
  lex: QuantityLexicon, source: string): NumberMention {
  let unit = currency;
  const after = text.slice(end, end + 24);
  const percent = lex.percentAfter.exec(after);
  if (percent) {
    unit = "%";
    end += percent[0].length;
  } else {
    const word = /^\s+([A-Za-z]+)/.exec(after);
    const code = word && lex.currencyWords.get(word[1].toLowerCase());
    if (code && !unit) {
      unit = code;
      end += word[0].length;
    }
  }
  const approximate = vague || lex.approximatorBefore.test(text.slice(Math.max(0, start - 24), start));
  return { start, end, value, approximate, unit, source };
}

function compound(word: string, lex: QuantityLexicon): number | undefined {
  const [tens, ones] = word.split("-");
  const unit = ones === "one" ? 1 : lex.numberWords.get(ones ?? "") ?? NaN; // "one" alone is no quantity
  const value = (lex.numberWords.get(tens) ?? NaN) + unit;
  return Number.isFinite(value) ? value : undefined;
}

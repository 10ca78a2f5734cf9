// The body of a text article: paragraphs without page furniture ("Related article:" lines), hard line
// wraps re-joined, hyphenated breaks mended, PDF-extraction quote damage repaired. Photo captions are
// moved after the body, without their credits and picture positions: they are the publication's words
// about what its pictures show (often the only statement that a meeting took place), not its story.
// Every step works on MappedText, so the cleaned text still maps back to the raw input.
import { boilerplate } from "./boilerplate.ts";
import { MappedText } from "./mapped-text.ts";

export interface TextLine {
  start: number;
  end: number;
}

/** Lines of raw[start, end) with their raw offsets (line ends excluded, "\r\n" too). */
export function splitLines(raw: string, start = 0, end = raw.length): TextLine[] {
  const lines: TextLine[] = [];
  let at = start;
  while (at <= end) {
    let nl = raw.indexOf("\n", at);
    if (nl < 0 || nl > end) nl = end;
    lines.push({ start: at, end: nl > at && raw.charCodeAt(nl - 1) === 13 ? nl - 1 : nl });
    at = nl + 1;
  }
  return lines;
}

/** A photo caption names positions in the picture: "(4th L)", "(2nd R)", "(C)", "(left)". */
const PICTURE_POSITION = /\s*\((?:(?:\d+(?:st|nd|rd|th)|second|third|front|back|top|bottom)\s+)?(?:L|R|C|left|right|centre|center)\)/;
const PICTURE_POSITIONS = new RegExp(PICTURE_POSITION.source, "g");
const MAX_CAPTION_LENGTH = 600;
const MAX_NON_BODY_PARAGRAPH_LINES = 2;
/** Fewer words than this left once the credit is gone: a credit line, not a caption. */
const MIN_CAPTION_WORDS = 4;

/** Cleaned text: the body's paragraphs, then the photo captions, whose ranges of the text are listed. */
export interface CleanedBody {
  text: MappedText;
  captions: Array<{ start: number; end: number }>;
}

/**
 * Builds the cleaned body from the raw lines: one paragraph per blank-line-separated block.
 * `figureCaptions` are captions the page marked up as such (an HTML <figcaption>).
 */
export function cleanBody(raw: string, lines: TextLine[], figureCaptions: string[] = []): CleanedBody {
  const paragraphs: MappedText[] = [];
  const captions = figureCaptions.map((c) => MappedText.inserted(c.replace(/\s+/g, " ").trim()));
  const vocabulary = new DocumentVocabulary(raw);
  for (const block of paragraphBlocks(raw, lines)) {
    const kept = bodyLinesOf(raw, block);
    if (!kept.length) continue;
    const paragraph = repairQuotes(normaliseSpacing(reflowLines(raw, kept, vocabulary)));
    if (!paragraph.text) continue;
    if (isPhotoCaption(paragraph.text)) captions.push(paragraph);
    else paragraphs.push(paragraph);
  }
  return withCaptions(MappedText.join(paragraphs, "\n\n"), captions);
}

/**
 * The body followed by its captions, each a paragraph of its own: after the body, so that the story's
 * first paragraph (its dateline, its lead) and the order of its sentences stay the story's own.
 */
function withCaptions(body: MappedText, captions: MappedText[]): CleanedBody {
  const kept = captions.map(captionText).filter((c): c is MappedText => !!c);
  if (!body.text || !kept.length) return { text: body, captions: [] };
  const ranges: CleanedBody["captions"] = [];
  let at = body.text.length;
  for (const caption of kept) {
    at += 2;
    ranges.push({ start: at, end: at + caption.text.length });
    at += caption.text.length;
  }
  return { text: MappedText.join([body, ...kept], "\n\n"), captions: ranges };
}

/** A caption's own words: no picture positions, no credit; none when it shows an old picture. */
function captionText(caption: MappedText): MappedText | undefined {
  const { photoCredit, oldPicture } = boilerplate();
  if (oldPicture.test(caption.text)) return undefined;
  let text = caption.replace(PICTURE_POSITIONS, () => "");
  const credit = photoCredit.exec(text.text);
  if (credit) text = text.slice(0, creditStart(text.text, credit.index));
  text = text.trim();
  if (text.text.split(/\s+/).length < MIN_CAPTION_WORDS) return undefined;
  // "... of the UN General Assembly llya Yermakov / TASS": the sentence ends where the credit began.
  return /[.!?"”]$/.test(text.text) ? text : MappedText.concat([text, MappedText.inserted(".")]);
}

function paragraphBlocks(raw: string, lines: TextLine[]): TextLine[][] {
  const blocks: TextLine[][] = [];
  let current: TextLine[] = [];
  for (const line of lines) {
    if (isBlank(raw, line)) {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

function isBlank(raw: string, line: TextLine): boolean {
  for (let i = line.start; i < line.end; i++) if (raw.charCodeAt(i) > 32 && raw[i] !== "\u00a0") return false;
  return true;
}

/** Drops "Related article: ..." lines; a short block that opens with one is dropped whole (its title wrapped). */
function bodyLinesOf(raw: string, block: TextLine[]): TextLine[] {
  const { nonBodyLine } = boilerplate();
  const isNonBody = (l: TextLine) => nonBodyLine.test(raw.slice(l.start, l.end));
  if (isNonBody(block[0]) && block.length <= MAX_NON_BODY_PARAGRAPH_LINES) return [];
  return block.filter((l) => !isNonBody(l));
}

function isPhotoCaption(paragraph: string): boolean {
  if (paragraph.length > MAX_CAPTION_LENGTH) return false;
  return PICTURE_POSITION.test(paragraph) || boilerplate().photoCredit.test(paragraph);
}

/** A sentence's end (after a word, not an initial), then the words to the end of the credit. */
const LAST_SENTENCE_END = /(?<=\p{Ll}[.!?]["”]?)\s+(?=\S+(?:\s+\S+){0,5}\s*$)/u;

/**
 * Where the credit begins. The credit pattern may take a sentence's last word for a name ("... in
 * Istanbul. Sample Photographer / Anadolu") or miss a mis-read first name ("llya Yermakov / TASS"):
 * a sentence end a few words before the credit's end is where the caption stops.
 */
function creditStart(caption: string, matched: number): number {
  const end = LAST_SENTENCE_END.exec(caption);
  return end ? end.index : matched;
}

const HYPHENATED_END = /(\p{L}+)-$/u;
const LEADING_WORD = /^\p{Ll}+/u;
const DASH_END = /\p{L}[—–]$/u;

/** The words of the whole document, built on first need: its own usage decides how a broken word is mended. */
class DocumentVocabulary {
  private words?: Set<string>;
  constructor(private readonly raw: string) {}

  has(word: string): boolean {
    this.words ??= new Set(this.raw.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []);
    return this.words.has(word.toLowerCase());
  }
}

/** Re-joins the hard-wrapped lines of one paragraph. */
function reflowLines(raw: string, lines: TextLine[], vocabulary: DocumentVocabulary): MappedText {
  const pieces: MappedText[] = [];
  let previous: MappedText | undefined;
  for (const line of lines) {
    const current = MappedText.fromRaw(raw, line.start, line.end).trim();
    if (previous) {
      const join = joinBetween(previous.text, current.text, vocabulary);
      if (join === "mend") previous = previous.slice(0, previous.text.length - 1);
      pieces.push(previous);
      if (join === "space") pieces.push(MappedText.inserted(" "));
    }
    previous = current;
  }
  if (previous) pieces.push(previous);
  return MappedText.concat(pieces);
}

/**
 * "nego-\ntiations" is one word and "Russia-\nbacked" keeps its hyphen: the document's own use of the
 * word decides; failing that, a lower-case fragment that is not a prefix like "self-" is mended.
 */
function joinBetween(before: string, after: string, vocabulary: DocumentVocabulary): "space" | "tight" | "mend" {
  const hyphen = HYPHENATED_END.exec(before);
  if (hyphen) {
    const fragment = hyphen[1];
    const rest = LEADING_WORD.exec(after)?.[0];
    if (!rest) return "tight";
    if (vocabulary.has(fragment + rest)) return "mend";
    if (vocabulary.has(`${fragment}-${rest}`)) return "tight";
    const mendable = /^\p{Ll}+$/u.test(fragment) && !boilerplate().keptHyphenPrefixes.has(fragment.toLowerCase());
    return mendable ? "mend" : "tight";
  }
  return DASH_END.test(before) ? "tight" : "space";
}

// Character classes (as regular-expression source) of what spacing clean-up removes or turns into a space.
/** Control characters (NUL, escape, C1): no text, and PostgreSQL refuses a NUL, a terminal obeys an escape. */
const CONTROL = "\\u0000-\\u0008\\u000e-\\u001f\\u007f-\\u0084\\u0086-\\u009f";
/** Invisible marks PDF extraction leaves: soft hyphens, zero-width spaces, byte-order marks. */
const INVISIBLE = "\\u00ad\\u200b-\\u200d\\ufeff";
/** Spaces other than the plain one, and line or page separators inside a paragraph. */
const ODD_SPACE = "\\t\\u00a0\\u2000-\\u200a\\u202f\\u000b\\u000c\\u0085\\u2028\\u2029";

/** Removed from the text and from its metadata (front matter, feed fields). */
export const CONTROL_CHARACTERS = new RegExp(`[${CONTROL}]`, "g");

/** PDF extraction leaves ligatures, invisible marks, odd spaces and runs of spaces; any input may hold control characters. */
const SPACING = new RegExp(`[ ${ODD_SPACE}]{2,}|[${ODD_SPACE}]|[${INVISIBLE}${CONTROL}]|[\\ufb00-\\ufb04]`, "g");
const REMOVED = new RegExp(`^[${INVISIBLE}${CONTROL}]$`);
const LIGATURES: Record<string, string> = { "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl" };

function normaliseSpacing(text: MappedText): MappedText {
  return text.replace(SPACING, (m) => {
    const s = m[0];
    if (LIGATURES[s]) return LIGATURES[s];
    return REMOVED.test(s) ? "" : " ";
  });
}

// A quote mark doubled or mixed with an apostrophe by extraction: '"reiterated -> "reiterated,
// ""good meeting' -> "good meeting". Curly marks are quote marks too; their style is kept.
const OPENING_STRAY = /(?<=^|[\s(\[])(?:['‘]+(["“])["“]*|(["“])["“]+)(?=[\p{L}\p{N}])/gu;
const DOUBLED_CLOSE = /(?<=[\p{L}\p{N}.,!?])(["”])\1+(?=[\s.,;:!?)\]]|$)/gu;
/**
 * An opening double mark closed by a single one, with no quote mark between and no closing double
 * mark further on (which would make the single one an apostrophe: "the enemies' plans fail").
 */
const MISMATCHED_CLOSE = /(?<=^|[\s(\[])(["“])((?:[^"“”'‘’\n]|(?<=\p{L})['’](?=\p{L})){1,300}?)['’](?=[\s.,;:!?)\]]|$)(?![^"“”]*(?<=[\p{L}\p{N}.,!?])["”])/gu;

export function repairQuotes(text: MappedText): MappedText {
  return text
    .replace(OPENING_STRAY, (m) => m[1] ?? m[2])
    .replace(DOUBLED_CLOSE, (m) => m[1])
    .replace(MISMATCHED_CLOSE, (m) => `${m[1]}${m[2]}${m[1] === "“" ? "”" : '"'}`);
}

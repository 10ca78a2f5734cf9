// A plain text article: optional YAML front matter, then a header the article may carry itself, then
// the body (cleaned, mapped back to the raw text). Front matter wins over what the header says.
import { AppError } from "../model/index.ts";
import { mergeMeta, type ArticleDraft } from "./article-draft.ts";
import { readArticleHeader } from "./article-header.ts";
import { cleanBody, splitLines } from "./body-text.ts";
import { readDateline } from "./dateline.ts";
import { readFrontMatter } from "./front-matter.ts";

export function readPlainText(raw: string, input: string): ArticleDraft {
  const front = readFrontMatter(raw, input);
  const lines = splitLines(raw, front.bodyStart);
  const header = readArticleHeader(lines.map((l) => raw.slice(l.start, l.end)));
  const { text: body, captions } = cleanBody(raw, lines.slice(header.bodyLine));
  if (!body.text) throw new AppError("INPUT_EMPTY", "no article text (the input is empty or only a header)", input);
  const dateline = readDateline(body.text);
  return {
    text: body.text,
    offsets: body.toOffsetMap(),
    captions,
    meta: mergeMeta(front.meta, { ...dateline, ...header.meta }),
    warnings: front.warnings,
  };
}

// A PDF file: its text layer through unpdf (pdf.js), then the plain-text reader, which re-joins the
// hard line wraps and repairs what extraction does to quotes. Offsets map into the extracted text.
import { extractText, getDocumentProxy } from "unpdf";
import { AppError } from "../model/index.ts";
import type { ArticleDraft } from "./article-draft.ts";
import { readPlainText } from "./plain-text.ts";

export async function readPdf(bytes: Uint8Array, input: string): Promise<ArticleDraft> {
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 } as never);
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (e) {
    throw new AppError("INPUT_MALFORMED", `not a readable PDF (${(e as Error).message})`, input, { cause: e });
  }
  const text = pages.join("\n");
  if (!text.trim()) {
    throw new AppError("INPUT_EMPTY", "the PDF has no text layer (a scanned image?); run OCR on it first", input);
  }
  return readPlainText(text, input);
}

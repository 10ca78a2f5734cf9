// Bytes -> text. UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted; a declared charset
// (HTTP header, HTML meta) is honoured; anything else that is not valid UTF-8 is an error, never mojibake.
import { AppError } from "../model/index.ts";

/** True when the bytes look like binary data (NUL bytes or many control characters) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Bom(bytes)) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** Decodes the bytes of one input, naming it in the error when they are not text. */
export function decodeText(bytes: Uint8Array, input: string, charset?: string): string {
  const utf16 = utf16Bom(bytes);
  if (utf16) return decodeStrict(bytes.subarray(2), utf16, input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeStrict(bytes.subarray(3), "utf-8", input);
  if (looksBinary(bytes)) throw new AppError("INPUT_BINARY", "binary data, not text or a format sitrep reads", input);
  const label = charset?.trim().toLowerCase();
  if (label && label !== "utf-8" && label !== "utf8") {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // an unknown label: fall through to strict UTF-8
    }
  }
  return decodeStrict(bytes, "utf-8", input);
}

function decodeStrict(bytes: Uint8Array, encoding: string, input: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new AppError("INPUT_ENCODING", `not valid ${encoding.toUpperCase()} text (convert it to UTF-8)`, input);
  }
}

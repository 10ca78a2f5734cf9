// Getting the bytes of one input (a file, stdin, a URL) without ever reading more than the size cap:
// a 200 MB file fails at once on its size, a stream as soon as it passes the cap.
import { open } from "node:fs/promises";
import { AppError } from "../model/index.ts";

export interface SourceBytes {
  /** The input as the user named it. */
  name: string;
  bytes: Uint8Array;
  /** From an HTTP response: "text/html; charset=windows-1252" and the like. */
  contentType?: string;
  /** The URL the bytes finally came from, after redirects. */
  url?: string;
}

export function tooLarge(input: string, maxBytes: number): AppError {
  return new AppError("INPUT_TOO_LARGE", `larger than the ${formatBytes(maxBytes)} cap (raise it with --max-bytes)`, input);
}

export function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${Math.round(n / (1 << 20))} MB` : n >= 1024 ? `${Math.round(n / 1024)} kB` : `${n} bytes`;
}

/**
 * A file's bytes, opened once: the first bytes decide the format; a file read as a stream (JSON Lines)
 * is left unread, and one over the cap fails on its size before anything is read.
 */
export async function readFileCapped(
  path: string,
  maxBytes: number,
  streamed: (head: Uint8Array) => boolean,
): Promise<Uint8Array | "streamed"> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const head = new Uint8Array(Math.min(4096, size));
    await file.read(head, 0, head.length, 0);
    if (streamed(head)) return "streamed";
    if (size > maxBytes) throw tooLarge(path, maxBytes);
    if (size === head.length) return head;
    const bytes = new Uint8Array(size);
    bytes.set(head);
    const { bytesRead } = await file.read(bytes, head.length, size - head.length, head.length);
    return bytes.subarray(0, head.length + bytesRead);
  } finally {
    await file.close();
  }
}

/** Collects a stream of chunks, failing as soon as it passes the cap. */
export async function collectCapped(chunks: AsyncIterable<Uint8Array>, input: string, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(input, maxBytes);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

// What a document is called wherever it is listed (CLI, API, UI): its title, else its first words;
// and where it came from without the server's directories ("/srv/feeds/a.txt" -> "a.txt").
import { basename } from "node:path";

const HEADLINE_WORDS = 12;
const HEADLINE_CHARS = 90;

/** The title, or the first words of the text ("KUALA LUMPUR — U.S. Secretary of State Marco Rubio…"). */
export function headlineOf(title: string | null | undefined, lead: string | null | undefined): string {
  if (title?.trim()) return title.trim();
  const words = (lead ?? "").trim().split(/\s+/).filter(Boolean);
  let out = "";
  for (const word of words.slice(0, HEADLINE_WORDS)) {
    if (out && out.length + word.length + 1 > HEADLINE_CHARS) break;
    out = out ? `${out} ${word}` : word;
  }
  return out ? (out.length < words.join(" ").length ? `${out}…` : out) : "(empty document)";
}

/** A URL or stdin ("-") as given; a file by its name alone, never the server's path to it. */
export function publicInput(input: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || input === "-" ? input : basename(input);
}

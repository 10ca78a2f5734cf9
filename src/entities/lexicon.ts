// The entity recognisers' own word lists (data/entities/names.yaml), checked when loaded; the word lists
// shared with other stages (titles, cues, particles) come with the knowledge base.
import { z } from "zod";
import { AppError, readDataFile } from "../model/index.ts";
import { nameKey } from "../kb/index.ts";

const PATH = "entities/names.yaml";
const words = z.array(z.string().min(1)).min(1);
const NamesFile = z.object({
  surname_particles: words,
  chain_links: words,
  portfolio_words: words,
}).strict();

export interface NameLexicon {
  /** "van", "de", "bin": lower-case words that may open a family name. */
  surnameParticles: Set<string>;
  /** "for", "of", ",": what joins the parts of a title chain. */
  chainLinks: Set<string>;
  /** nameKeys of the words that end a portfolio inside a title chain ("affairs", "operations"). */
  portfolioWords: Set<string>;
}

let loaded: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  if (loaded) return loaded;
  const parsed = NamesFile.safeParse(readDataFile(PATH));
  if (!parsed.success) throw new AppError("KB", `invalid entity word lists: ${z.prettifyError(parsed.error)}`, PATH);
  const file = parsed.data;
  loaded = {
    surnameParticles: new Set(file.surname_particles),
    chainLinks: new Set(file.chain_links),
    portfolioWords: new Set(file.portfolio_words.map(nameKey)),
  };
  return loaded;
}

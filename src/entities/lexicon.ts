// The entity recognisers' own word lists (data/entities/names.yaml), checked when loaded; the word lists
// shared with other stages (titles, cues, particles) come with the knowledge base.
import { z } from "zod";
import { AppError, alternation, readDataFile } from "../model/index.ts";
import { nameKey } from "../kb/index.ts";

const PATH = "entities/names.yaml";
const words = z.array(z.string().min(1)).min(1);
const NamesFile = z.object({
  surname_particles: words,
  chain_links: words,
  portfolio_words: words,
  speech_verbs: words,
  not_name_syllables: words,
  portfolio_roles: words,
  apposition_place_words: words,
  possessive_determiners: words,
  number_words: words,
}).strict();

export interface NameLexicon {
  /** "van", "de", "bin": lower-case words that may open a family name. */
  surnameParticles: Set<string>;
  /** "for", "of", ",": what joins the parts of a title chain. */
  chainLinks: Set<string>;
  /** nameKeys of the words that end a portfolio inside a title chain ("affairs", "operations"). */
  portfolioWords: Set<string>;
  /** Lemmas: "say", "tell", "warn". */
  speechVerbs: Set<string>;
  /** "led", "backed": no syllable of a hyphenated given name. */
  notNameSyllables: Set<string>;
  /** Role keys of titles that take a portfolio before them ("minister"). */
  portfolioRoles: Set<string>;
  /** ", in ...", ", near ...": an apposition saying where a place lies. */
  appositionPlaceWords: Set<string>;
  possessiveDeterminers: Set<string>;
  /** "Air Force One", "Falcon 9": the last word of a numbered name. */
  numbered: RegExp;
}

let bundled: NameLexicon | undefined;

/** The bundled word lists, read once. */
export function nameLexicon(): NameLexicon {
  bundled ??= loadNameLexicon(PATH);
  return bundled;
}

/** Reads and checks a names file (a path under data/ or absolute); a list missing or empty is an error naming the file. */
export function loadNameLexicon(path: string): NameLexicon {
  const parsed = NamesFile.safeParse(readDataFile(path));
  if (!parsed.success) throw new AppError("KB", `invalid entity word lists: ${z.prettifyError(parsed.error)}`, path);
  const file = parsed.data;
  return {
    surnameParticles: new Set(file.surname_particles),
    chainLinks: new Set(file.chain_links),
    portfolioWords: new Set(file.portfolio_words.map(nameKey)),
    speechVerbs: new Set(file.speech_verbs),
    notNameSyllables: new Set(file.not_name_syllables),
    portfolioRoles: new Set(file.portfolio_roles),
    appositionPlaceWords: new Set(file.apposition_place_words),
    possessiveDeterminers: new Set(file.possessive_determiners),
    numbered: new RegExp(`(?:^|-)(?:${alternation(file.number_words)}|\\d+)$`),
  };
}

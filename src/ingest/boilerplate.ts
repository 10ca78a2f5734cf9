// Loads data/ingest/boilerplate.json: the lexicon of page furniture (captions, "Related article:"
// lines, photo credits) that ingest keeps out of the body. Users extend the JSON, not this code.
import { alternation, readDataFile } from "../model/index.ts";

interface BoilerplateLexicon {
  nonBodyLinePrefixes: string[];
  photoCreditAgencies: string[];
  photoCreditCues: string[];
  oldPictureCues: string[];
  notDatelines: string[];
  keptHyphenPrefixes: string[];
}

export interface Boilerplate {
  /** A line that is a link to another story, a subscription prompt, an advert marker. */
  nonBodyLine: RegExp;
  /** A paragraph ending in a photo credit: "Name / TASS", "REUTERS/Name", "(Photo: ...)". */
  photoCredit: RegExp;
  /** A caption of an archive picture ("FILE PHOTO: ..."): what it shows happened some other day. */
  oldPicture: RegExp;
  notDatelines: Set<string>;
  keptHyphenPrefixes: Set<string>;
}

let cached: Boilerplate | undefined;


export function boilerplate(): Boilerplate {
  if (cached) return cached;
  const lexicon = readDataFile<BoilerplateLexicon>("ingest/boilerplate.json");
  const agency = alternation([...lexicon.photoCreditAgencies, ...lexicon.photoCreditAgencies.map((a) => a.toUpperCase())]);
  const name = "[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,3}";
  cached = {
    nonBodyLine: new RegExp(`^\\s*(?:${alternation(lexicon.nonBodyLinePrefixes)})(?=\\W|$)`, "iu"),
    photoCredit: new RegExp(
      `(?:${name}\\s*/\\s*(?:${agency})|(?:${agency})\\s*/\\s*${name}|\\(?(?:${alternation(lexicon.photoCreditCues)})[^\\n]{0,80}\\)?)\\s*$`,
      "u",
    ),
    oldPicture: new RegExp(`(?:^|\\W)(?:${alternation(lexicon.oldPictureCues)})(?=\\W|$)`, "iu"),
    notDatelines: new Set(lexicon.notDatelines),
    keptHyphenPrefixes: new Set(lexicon.keptHyphenPrefixes.map((p) => p.toLowerCase())),
  };
  return cached;
}

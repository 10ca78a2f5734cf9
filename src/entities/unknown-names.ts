// Unknown names: typed by their words and context (a place after "in" or before "village", an organisation
// with "of" inside, a vehicle ending in a number, else a person); a lone unknown word stays weak, kept only
// if it joins an entity named in full elsewhere.
import { tokensIn } from "../segment/index.ts";
import { nameKey } from "../kb/index.ts";
import type { Mention } from "./mention.ts";
import { ACRONYM, CAPITALS, DATELINE_FOLLOW, HANDLE, LOWER_WORD, QUOTE_MARK } from "./reader.ts";
import type { Reader } from "./reader.ts";

const CAMEL = /(\p{Ll})(\p{Lu})/gu;
const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);

/**
 * "in Lalitpur and Bhaktapur", "near Kherson, Mykolaiv or Odesa": a name listed after a place that a
 * preposition placed is a place too.
 */
function coordinatedPlace(r: Reader, joint: number, next: number): boolean {
  const w = r.lower(joint);
  if (next >= 0 && r.names.speechVerbs.has(r.lemma[next])) return false; // "in Doha and Smith said"
  // after a comma, only a list going on ("Kherson, Bashtanka or ..."): "in Manila, MaryKay Carlson," is an apposition
  const listed = w === "and" || w === "or" || (w === "," && (r.lower(next) === "and" || r.lower(next) === "or"));
  if (!listed) return false;
  const before = r.mentions[r.mentions.length - 1];
  let last = r.prev(joint);
  if (r.lex.placeNouns.has(r.lower(last))) last = r.prev(last); // "Zamzam camp and Abu Shouk"
  if (!before || last < 0 || before.end !== r.ends[last] || !PLACE_TYPES.has(before.type)) return false;
  if (before.locative) return true;
  const lead = r.prev(tokensIn(r.segments, before.start, before.end)[0]);
  return r.lex.locativePrepositions.has(r.lower(lead)) && r.lower(lead) !== "from";
}

/**
 * "Kyauk Ni Maw village", "the Shuafat refugee camp": a place noun right after the name or after one
 * lower-case noun; or the plural ending a list of names ("Surin, Si Sa Ket and Ubon Ratchathani provinces").
 */
export function beforePlaceNoun(r: Reader, next: number): boolean {
  if (r.lex.placeNouns.has(r.lower(next))) return true;
  if (r.word(next) === "," || r.lower(next) === "and" || r.lower(next) === "or") {
    let k = next;
    for (let n = 0; n < 15 && k >= 0 && (r.isCapitalised(k) || /^(?:,|and|or|-)$/.test(r.word(k))); n++) k = r.next(k);
    if (k >= 0 && /s$/.test(r.word(k)) && r.lex.placeNouns.has(r.lower(k))) return true;
  }
  const after = r.next(next);
  return next >= 0 && LOWER_WORD.test(r.word(next)) && (r.pos[next] === "NOUN" || r.pos[next] === "ADJ") &&
    r.lex.placeNouns.has(r.lower(after));
}

/** "in Doral, Florida", "in Kupiansk, Ukraine": after a locative preposition and before ", <known place>". */
function beforeKnownPlace(r: Reader, comma: number, prev: number): boolean {
  if (comma < 0 || r.word(comma) !== "," || !r.lex.locativePrepositions.has(r.lower(prev))) return false;
  const place = r.next(comma);
  const type = place >= 0 && r.isCapitalised(place) ? r.entryFor([place])?.type : undefined;
  return type === "GPE" || type === "LOC";
}

/** ", a Brussels-based clearing house": an apposition headed by an organisation noun. */
function describedAsOrg(r: Reader, comma: number): boolean {
  if (comma < 0 || r.word(comma) !== ",") return false;
  const det = r.next(comma);
  if (det < 0 || !/^(?:a|an|the)$/.test(r.lower(det))) return false;
  for (let k = r.next(det), n = 0; k >= 0 && n < 6; k = r.next(k), n++) {
    if (r.pos[k] === "PUNCT" && r.word(k) !== "-") return false;
    if (r.pos[k] === "NOUN" && r.lex.orgNouns.has(r.lemma[k])) {
      const after = r.next(k);
      return after < 0 || r.pos[after] !== "NOUN"; // the head, not a modifier ("a group leader")
    }
  }
  return false;
}

/** "PUTRAJAYA, July 28 -", "WASHINGTON/CARACAS, Sept 3 -": capitals opening the article before a comma or dash are places. */
function inDateline(r: Reader, toks: number[]): boolean {
  if (r.sentence !== r.segments.sentences[0]) return false;
  for (let k = r.sentence.firstToken; k < toks[0]; k++) {
    if (r.pos[k] !== "SPACE" && r.word(k) !== "/" && !CAPITALS.test(r.word(k))) return false;
  }
  const after = r.next(toks[toks.length - 1]);
  return toks.every((t) => CAPITALS.test(r.word(t)) && r.word(t).length > 1) && after >= 0 && (DATELINE_FOLLOW.has(r.word(after)));
}

export function addUnknown(r: Reader, toks: number[], run: number[]): void {
  if (!toks.length || r.headline) return;
  const words = toks.map((t) => r.word(t));
  const country = r.kb.demonyms.get(r.keyOf(toks)); // "Russian", "South Korean"
  if (country) {
    r.mentions.push({ ...r.span(toks), type: "NORP", source: "entities/demonym", country });
    return;
  }
  if (toks.length === 1) {
    const key = nameKey(words[0]);
    if (r.lex.titles.has(key) || r.lex.honorifics.has(key) || /^\d/.test(words[0])) return;
    if (r.lex.orgCues.has(key) || r.lex.stateNouns.has(key) || r.lex.placeStarts.has(key)) return;
    if (r.lex.months.has(key) && (r.lex.monthContext.has(r.lower(r.prev(toks[0]))) || /^\d/.test(r.word(r.next(toks[0]))))) return;
  }
  if (toks.every((t) => r.lex.nameParticles.has(r.lower(t)) || r.word(t) === "-")) return;
  // "Euro-Atlantic security", "Sino-Russian ties": a hyphenated adjective, no name
  if (r.lex.combiningPrefixes.has(r.lower(toks[0])) && r.word(toks[1]) === "-" && /^\p{Ll}/u.test(r.word(r.next(toks[toks.length - 1])))) return;
  if (words.join("").length < 2) return;
  const first = toks[0];
  const last = toks[toks.length - 1];
  const prev = r.prev(first);
  const next = r.next(last);
  // One unknown word after "in" is as often a company or a month as a place: it needs a stronger sign.
  const afterPreposition = toks.length > 1 && r.lex.locativePrepositions.has(r.lower(prev));
  const afterPlaceNoun = r.lex.locativePrepositions.has(r.lower(prev)) || r.lower(prev) === "of" ? r.lex.placeNouns.has(r.lower(r.prev(prev))) : false;
  // "lost to George Simion": a name opening with a given name is a person wherever a preposition puts it
  const givenName = toks.length > 1 && r.lex.givenNames.has(nameKey(words[0]));
  const locative = inDateline(r, toks) || (toks[0] === run[0] && !givenName && (afterPreposition || r.lex.placePrepositions.has(r.lower(prev)) ||
    r.lex.placeModifiers.has(r.lower(prev)) || afterPlaceNoun || beforeKnownPlace(r, next, prev) || coordinatedPlace(r, prev, next))) ||
    beforePlaceNoun(r, next) ||
    // "Sumy, in northeastern Ukraine": a place set off before where it is; "Dina Boluarte, in his place" is a person.
    (!givenName && r.word(next) === "," && r.names.appositionPlaceWords.has(r.lower(r.next(next))));
  const speaker = next >= 0 && r.names.speechVerbs.has(r.lemma[next]) && !r.isSentenceStart(first);
  const m: Mention = { ...r.span(toks), type: typeOfUnknown(r, toks, locative), source: "entities/proper-noun-chunk", locative, speaker };
  // 'called the inquiry a "Witch Hunt"': capitalised words alone in quotes are a phrase cited, not someone's
  // name; nor is a capitalised phrase after "a" ("called it a Witch Hunt"): people are not counted out.
  if (m.type === "PERSON" && ((QUOTE_MARK.test(r.word(prev)) && QUOTE_MARK.test(r.word(next))) || (toks.length > 1 && /^an?$/.test(r.lower(prev))))) return;
  if (m.type === "NORP") m.country = r.regionOfAdjective(toks);
  const handle = HANDLE.test(words[0]);
  if (handle) m.name = words[0].slice(1).replace(CAMEL, "$1 $2");
  if (toks.length === 1 || handle) {
    m.weak = true;
    if (ACRONYM.test(words[0])) m.type = "ORG";
    // "Euroclear, a Brussels-based clearing house", "the Left party": an apposition or a noun after it says what it is
    if (describedAsOrg(r, next) || (r.pos[next] === "NOUN" && r.lex.orgNouns.has(r.lower(next)) && r.afterDefiniteArticle(first))) {
      m.type = "ORG";
      m.weak = false;
    }
  }
  r.mentions.push(m);
}

/**
 * What an unknown name is: an event or law by its cue ("World War Two"), an organisation when it
 * has "of"/"for"/"and" or an acronym inside ("Archive of Public Gatherings", "Soviet NKVD") or starts
 * with a nationality, a place by its context, else a person.
 */
function typeOfUnknown(r: Reader, toks: number[], locative: boolean): string {
  if (toks.some((t) => r.lex.eventCues.has(nameKey(r.word(t))))) return "EVENT";
  if (r.regionOfAdjective(toks) !== undefined || toks.some((t) => r.lex.norpCues.has(nameKey(r.word(t))))) return "NORP";
  if (toks.length > 1 && r.lex.vesselPrefixes.has(nameKey(r.word(toks[0])))) return "PRODUCT"; // "BRP Suluan"
  // "Air Force One", "Falcon 9": a name ending in a number is a vehicle or a product, nobody's name.
  if (toks.length > 1 && r.names.numbered.test(r.word(toks[toks.length - 1]))) return "PRODUCT";
  // "Generation Z", "Plan B": a name ending in one bare letter is a label, not a person.
  if (toks.length > 1 && /^\p{Lu}$/u.test(r.word(toks[toks.length - 1]))) return "MISC";
  if (locative || (toks.length > 1 && r.lex.placeStarts.has(nameKey(r.word(toks[0]))))) return "GPE";
  if (toks.length > 1 && toks.some((t) => r.lex.nameConnectors.has(r.word(t)) || ACRONYM.test(r.word(t)))) return "ORG";
  // People's names do not start with a nationality: "European Community", "Latvian Railways".
  if (toks.length > 1 && (r.countryOfWord(toks[0]) || r.regionOfAdjective([toks[0]]) !== undefined)) return "ORG";
  // Nor follow "the": "the Sudan Doctors Network", "the far-right National Rally".
  if (toks.length > 1 && r.afterDefiniteArticle(toks[0])) return "ORG";
  return "PERSON";
}

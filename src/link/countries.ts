// Countries as the actor resolver reads them from the knowledge base: names and alternative names,
// nationality words ("Russian", "Russians") and capitals ("Moscow" acting is Russia), matched over
// tokens. Built once per knowledge base; a user's --kb file that adds a name or demonym extends it.
import { nameKey } from "../kb/index.ts";
import type { KnowledgeBase } from "../kb/index.ts";

export interface CountryInfo {
  code: string;
  name: string;
  lat?: number;
  lon?: number;
  capital?: string;
}

/** What a phrase says: the country itself, its capital, or its nationality word. */
export interface CountryPhrase {
  country: CountryInfo;
  kind: "country" | "capital" | "adjective";
  /** Tokens the phrase covers. */
  length: number;
}

export interface CountryGazetteer {
  byCode(code: string | undefined): CountryInfo | undefined;
  /** The longest phrase starting at token `i` of `words` (token texts) and ending before `limit`. */
  phraseAt(words: string[], i: number, limit: number): CountryPhrase | undefined;
  /** The country a whole name is, or is the capital or nationality of (memoised: entities repeat). */
  ofName(name: string): CountryPhrase | undefined;
}

type Entry = Omit<CountryPhrase, "length">;

const gazetteers = new WeakMap<KnowledgeBase, CountryGazetteer>();

export function countryGazetteer(kb: KnowledgeBase): CountryGazetteer {
  let g = gazetteers.get(kb);
  if (!g) gazetteers.set(kb, (g = buildGazetteer(kb)));
  return g;
}

function buildGazetteer(kb: KnowledgeBase): CountryGazetteer {
  const infos = new Map<string, CountryInfo>();
  for (const c of kb.countries.values()) infos.set(c.id, { code: c.id, name: c.name, lat: c.geo?.lat, lon: c.geo?.lon });
  const capitals = kb.entries.filter((e) => e.capitalOf && infos.has(e.capitalOf));
  for (const city of capitals) infos.get(city.capitalOf!)!.capital ??= city.name;

  const phrases = new Map<string, Entry>();
  const add = (name: string, code: string, kind: Entry["kind"]) => {
    const key = nameKey(name);
    const country = infos.get(code);
    if (key.length < 2 || !country || phrases.has(key)) return;
    phrases.set(key, { country, kind });
  };
  // Sovereign states claim a shared name first; names before nationality words before capitals.
  const countries = [...kb.countries.values()].sort((a, b) => Number(!!a.dependent) - Number(!!b.dependent));
  for (const c of countries) for (const n of [c.name, ...c.aliases]) add(n, c.id, "country");
  for (const [key, code] of kb.demonyms) add(key, code, "adjective");
  for (const city of capitals) for (const n of [city.name, ...city.aliases]) add(n, city.capitalOf!, "capital");

  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const key of phrases.keys()) {
    const words = key.split(" ");
    firstWords.add(words[0]);
    maxWords = Math.max(maxWords, words.length);
  }

  const phraseAt = (words: string[], i: number, limit: number): CountryPhrase | undefined => {
    if (!firstWords.has(nameKey(words[i]).split(" ")[0])) return undefined;
    // "Latin American countries": the last word of a region's adjective names no nation.
    if (i > 0 && kb.lexicon.regionAdjectives.has(nameKey(`${words[i - 1]} ${words[i]}`))) return undefined;
    // Possessive marks end a name ("Russia 's"): the resolver splits there.
    let end = i;
    while (end + 1 < limit && end + 1 - i < maxWords && words[end + 1] !== "'s" && words[end + 1] !== "’s") end++;
    for (let j = end; j >= i; j--) {
      const found = phrases.get(nameKey(words.slice(i, j + 1).join(" ")));
      if (found) return { ...found, length: j - i + 1 };
    }
    return undefined;
  };

  const byName = new Map<string, CountryPhrase | undefined>();
  return {
    byCode: (code) => (code ? infos.get(code.toUpperCase()) : undefined),
    phraseAt,
    ofName(name) {
      if (!byName.has(name)) {
        const found = phrases.get(nameKey(name));
        byName.set(name, found && { ...found, length: name.split(/\s+/).length });
      }
      return byName.get(name);
    },
  };
}

// Within-article coreference: mentions grouped into one entity per real-world entity.
//   1. named mentions: by knowledge-base id, else by spelling variant; a shorter name joins the full
//      one it is part of ("Ahmed Sharif" -> "Ahmed Sharif Chaudhry");
//   2. lone words: a family or first name joins the person it belongs to ("Pigott", "Rubio"), an
//      acronym the organisation it abbreviates;
//   3. descriptions ("the Ukrainian leader") join the person holding that role in the article, or
//      the knowledge base's holder of it on the publication date.
import type { EntityType } from "../model/index.ts";
import { countryOfKey, lookupName, nameKey, roleHoldersOn, roleOn, variantKey } from "../kb/index.ts";
import type { KbEntry, KnowledgeBase } from "../kb/index.ts";
import { overlaps, type Mention } from "./mention.ts";
import { toEntity, type Group, type LinkedEntity } from "./entity-record.ts";

export type { LinkedEntity } from "./entity-record.ts";

const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);
// A full stop after an abbreviation or an initial ("Mr.", "U.S.", "Donald J. Trump") ends no sentence.
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Prof|\p{Lu}))[.!?]['"\u201d\u2019]?\s+['"\u201c\u2018]?\p{Lu}|\n\s*\n/u;

export function groupMentions(all: Mention[], text: string, kb: KnowledgeBase, published?: string): LinkedEntity[] {
  const mentions = dropShadowed(all);
  const grouper = new Grouper(text, kb, published);
  const later: Mention[] = [];
  const descriptions: Mention[] = [];
  for (const m of mentions) {
    if (m.description) descriptions.push(m);
    else if (m.weak || (!m.kb && !m.acronymOf && m.type === "PERSON" && !m.name && !text.slice(m.start, m.end).trim().includes(" "))) later.push(m);
    else grouper.addNamed(m);
  }
  for (const m of later) grouper.addLoneWord(m);
  for (const m of descriptions) grouper.addDescription(m);
  return grouper.entities();
}

/** A name inside a description ("the *Ukrainian* leader", "the *Kremlin* leader") is part of it, not a mention of its own. */
function dropShadowed(mentions: Mention[]): Mention[] {
  const descriptions = mentions.filter((m) => m.description);
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return m.description || !descriptions.some((d) => overlaps(d, m));
  });
}

class Grouper {
  private groups: Group[] = [];
  private byKey = new Map<string, Group>();
  private ofMention = new Map<Mention, Group>();

  constructor(private readonly text: string, private readonly kb: KnowledgeBase, private readonly published?: string) {}

  private surface(m: Mention): string {
    return m.name ?? this.text.slice(m.start, m.end).replace(/\s+/g, " ").replace(/['\u2019]s$/, "");
  }

  private classOf(type: EntityType): string {
    return PLACE_TYPES.has(type) ? "PLACE" : type;
  }

  /** The key of an unknown name: class + spelling variant, nationality words read as their country. */
  private unknownKey(m: Mention): string {
    const words = nameKey(this.surface(m)).split(" ").map((w) => this.kb.demonyms.get(w) ?? w);
    // An unknown name typed by its context (person or place) is one entity however the contexts differ.
    const cls = m.type === "PERSON" || m.type === "GPE" ? "NAME" : this.classOf(m.type);
    return `${cls}|${variantKey(words.join(" "))}`;
  }

  addNamed(m: Mention): void {
    m.kb ??= this.knownPersonByParts(m);
    const person = this.personNamedLikeCity(m);
    if (person) return this.join(person, { ...m, kb: undefined, type: "PERSON" });
    let group: Group | undefined;
    if (m.acronymOf) group = this.ofMention.get(m.acronymOf);
    const key = m.kb ? `kb|${m.kb.id}` : this.unknownKey(m);
    group ??= this.byKey.get(key) ?? (m.kb ? this.longerCountryName(m) : this.knownByAlias(m) ?? this.containingPerson(m) ?? this.endingOfName(m));
    if (!group) {
      group = { mentions: [], kb: m.kb, type: m.type, words: [], keys: new Set() };
      this.groups.push(group);
    }
    this.join(group, m);
    this.byKey.set(key, group);
  }

  /**
   * "Congo" after "the Democratic Republic of Congo": a short form that the knowledge base gives to
   * another country (as an alias, not its name) means the country the article has already named in full.
   */
  private longerCountryName(m: Mention): Group | undefined {
    if (m.kb?.kind !== "country") return undefined;
    const key = nameKey(this.surface(m));
    // "Republic of Korea" inside "Democratic People's Republic of Korea" is South Korea's own official name.
    if (key === nameKey(m.kb.name) || (m.kb.official && key === nameKey(m.kb.official))) return undefined;
    const pattern = new RegExp(`(^| )${key}( |$)`);
    return this.groups.find((g) => g.kb?.kind === "country" && g.kb !== m.kb && [...g.keys].some((k) => k !== key && pattern.test(k)));
  }

  /**
   * "Recep Erdogan": a name the knowledge base does not list, whose last word is a known person's
   * family name and whose first word is that person's first name.
   */
  private knownPersonByParts(m: Mention): KbEntry | undefined {
    if (m.type !== "PERSON" || m.acronymOf) return undefined;
    const words = nameKey(this.surface(m)).split(" ");
    if (words.length < 2) return undefined;
    const first = variantKey(words[0]);
    return lookupName(this.kb, words[words.length - 1])
      .find((e) => e.type === "PERSON" && variantKey(nameKey(e.name).split(" ")[0]) === first);
  }

  /**
   * "Villavicencio" after "Fernando Villavicencio": a city's name that is the family name of a person
   * the article has named means that person, unless it stands where a place does ("in Villavicencio").
   */
  private personNamedLikeCity(m: Mention): Group | undefined {
    if (m.kb?.kind !== "city" || m.locative) return undefined;
    const word = this.surface(m);
    if (word.includes(" ")) return undefined;
    const before = /(\p{L}+)\s*$/u.exec(this.text.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase() ?? "";
    if (this.kb.lexicon.locativePrepositions.has(before) || this.kb.lexicon.placeModifiers.has(before)) return undefined;
    const key = variantKey(nameKey(word));
    return this.principal(this.groups.filter((g) => g.type === "PERSON" && !g.kb && g.words.length > 1 && g.words[g.words.length - 1] === key));
  }

  /** An unknown name that a group already goes by ("IDF" after "Israel Defense Forces (IDF)"). */
  private knownByAlias(m: Mention): Group | undefined {
    const key = nameKey(this.surface(m));
    return this.groups.find((g) => g.keys.has(key) && this.classOf(g.type) === this.classOf(m.type));
  }

  /** "Ahmed Sharif" and "Ahmed Sharif Chaudhry": one person when all the words of one are in the other. */
  private containingPerson(m: Mention): Group | undefined {
    if (m.type !== "PERSON") return undefined;
    const words = nameKey(this.surface(m)).split(" ").map(variantKey);
    return this.groups.find((g) => g.type === "PERSON" && g.words.length > 1 &&
      (words.every((w) => g.words.includes(w)) || g.words.every((w) => words.includes(w))));
  }

  /** "Renaissance Dam" after "Grand Ethiopian Renaissance Dam": the last words of an unknown organisation's or place's name. */
  private endingOfName(m: Mention): Group | undefined {
    if (m.type === "PERSON" || m.type === "NORP") return undefined;
    const key = nameKey(this.surface(m));
    if (!key.includes(" ")) return undefined;
    return this.groups.find((g) => !g.kb && this.classOf(g.type) === this.classOf(m.type) && [...g.keys].some((k) => k.endsWith(` ${key}`)));
  }

  private join(group: Group, m: Mention): void {
    group.mentions.push(m);
    this.ofMention.set(m, group);
    group.keys.add(nameKey(this.surface(m)));
    const words = nameKey(m.kb?.type === "PERSON" ? m.kb.name : this.surface(m)).split(" ").map(variantKey);
    if (words.length > group.words.length && !m.acronymOf) group.words = words;
    if (m.type === "PERSON" && group.type !== "PERSON" && !group.kb) group.type = "PERSON";
  }

  /** A lone word: a person's family or first name, an organisation's acronym, or else a guess from context. */
  addLoneWord(m: Mention): void {
    const word = variantKey(this.surface(m));
    const key = nameKey(this.surface(m));
    const persons = this.groups.filter((g) => g.type === "PERSON" && g.words.length > 1);
    // "Uribe" for Miguel Uribe Turbay: in a name of three words or more, the word before the last may be the
    // family name the person goes by (Spanish and Portuguese names end with the mother's family name)
    const family = this.principal(persons.filter((g) => g.words[g.words.length - 1] === word)) ??
      this.principal(persons.filter((g) => g.words.length > 2 && g.words[g.words.length - 2] === word));
    const given = family ?? this.principal(persons.filter((g) => g.words[0] === word));
    const org = given ?? this.groups.find((g) => g.type !== "PERSON" && (g.keys.has(key) || initials(g) === key));
    if (org) return this.join(org, m);
    const type = m.type === "ORG" ? "ORG" : "PERSON";
    if (!m.weak || m.speaker || m.title) return this.addNamed({ ...m, type, weak: false });
    if (m.locative && m.type !== "NORP") this.addNamed({ ...m, type: "GPE", weak: false }); // "a Christian camp" stays a nationality-like word
  }

  /**
   * Of several people sharing the name a lone word gives, the article's principal one: news names the others
   * in full every time ("Lee" is Lee Jae-myung even just after "Lee Jun-seok came third"). The most mentioned,
   * then the first introduced.
   */
  private principal(groups: Group[]): Group | undefined {
    let best: Group | undefined;
    for (const g of groups) {
      if (!best || g.mentions.length > best.mentions.length ||
          (g.mentions.length === best.mentions.length && g.mentions[0].start < best.mentions[0].start)) best = g;
    }
    return best;
  }

  /** x comes before m in the same sentence (no sentence end between them). */
  private sameSentenceBefore(x: Mention, m: Mention): boolean {
    return x.end <= m.start && !SENTENCE_END.test(this.text.slice(x.end, m.start));
  }

  /** Of several candidate groups, the one mentioned last before m (or first after it). */
  private nearest(groups: Group[], m: Mention): Group | undefined {
    let best: Group | undefined;
    let bestAt = -Infinity;
    for (const g of groups) {
      for (const x of g.mentions) {
        const at = x.start <= m.start ? x.start : -x.start - 1e9;
        if (at > bestAt) {
          bestAt = at;
          best = g;
        }
      }
    }
    return best;
  }

  addDescription(m: Mention): void {
    // "Wang Yi, China's top diplomat, ...": a description set off after a person's name is that person.
    const named = this.groups.find((g) => g.type === "PERSON" && g.mentions.some((x) => /^\s*,\s*$/.test(this.text.slice(x.end, m.start))));
    if (named) return this.join(named, m);
    const roles = new Set(m.description);
    if (roles.has("same-role")) {
      // "his Russian counterpart": the role of the person named last in the sentence, held in the other country.
      const named = this.nearest(this.groups.filter((g) => g.type === "PERSON" && this.roleOf(g) && this.countryOf(g) !== m.country &&
        g.mentions.some((x) => this.sameSentenceBefore(x, m))), m);
      roles.delete("same-role");
      if (named) roles.add(this.roleOf(named)!);
    }
    const holds = (g: Group) => g.type === "PERSON" && (!m.country || this.countryOf(g) === m.country) &&
      (g.mentions.some((x) => x.roleKey && roles.has(x.roleKey) && !x.pastRole) ||
        (g.kb ? roles.has(roleOn(g.kb, this.published)?.role ?? "") : false));
    const found = this.nearest(this.groups.filter(holds), m);
    if (found) return this.join(found, m);
    if (!m.country) return;
    for (const role of roles) {
      const holder = roleHoldersOn(this.kb, m.country, role, this.published)[0];
      if (holder) return this.addNamed({ ...m, kb: holder, description: undefined, country: holder.country });
    }
  }

  /**
   * "the Senate", "Congress": an institution named by its bare kind is the knowledge base's one only in an
   * article about its country; in Cambodian news "the Senate" is Cambodia's, not the United States'.
   */
  private unlinkForeignInstitutions(groups: Group[]): void {
    for (const g of groups) {
      const country = g.kb?.kind === "org" ? g.kb.country : undefined;
      if (!country || !g.mentions.every((m) => this.kb.lexicon.orgCues.has(nameKey(this.surface(m))))) continue;
      // "Peru's Congress" is Peru's, whatever other country the article names.
      const owner = g.mentions.map((m) => this.ownerCountry(m)).find((c) => c !== undefined);
      if (!owner && groups.some((other) => other !== g && this.countryOf(other) === country)) continue;
      if (owner === country) continue;
      g.kb = undefined;
      for (const m of g.mentions) {
        m.kb = undefined;
        m.country = owner;
      }
    }
  }

  /** The country a possessive right before a mention names: "Peru's Congress". */
  private ownerCountry(m: Mention): string | undefined {
    const owner = /([\p{L}.]+(?: [\p{L}.]+)?)['’]s\s+$/u.exec(this.text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    if (!owner) return undefined;
    for (const key of [nameKey(owner), nameKey(owner.split(" ").pop()!)]) {
      const country = countryOfKey(this.kb, key);
      if (country) return country;
    }
    return undefined;
  }

  private roleOf(g: Group): string | undefined {
    return g.mentions.find((x) => x.roleKey && !x.pastRole)?.roleKey ?? (g.kb ? roleOn(g.kb, this.published)?.role : undefined);
  }

  private countryOf(g: Group): string | undefined {
    return g.kb?.country ?? g.mentions.find((x) => x.country)?.country;
  }

  entities(): LinkedEntity[] {
    const groups = this.groups.filter((g) => g.mentions.length);
    this.unlinkForeignInstitutions(groups);
    groups.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return groups.map((g, n) => toEntity(g, `e${n + 1}`, this.text, (m) => this.surface(m), this.published));
  }
}

const FUNCTION_WORDS = new Set(["of", "the", "and", "for", "on", "in"]);

/** "ispr" for Inter-Services Public Relations. */
function initials(g: Group): string {
  return g.words.length > 1 ? g.words.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w[0]).join("") : "";
}

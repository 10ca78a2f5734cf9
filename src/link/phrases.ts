// The noun phrase a tree word stands in, read from the dependency tree: through a title chain to the
// person it names, an apposition to the name, a group to its leader, a weapon to who fired it, people a
// phrase does not place to the ones its from/of phrase names; and the phrases coordinated with it.
import type { ActorIndex, Chunk } from "./actors.ts";
import { NOUNS } from "./nouns.ts";

export const hasActor = (c: Chunk | undefined): boolean => !!c && (!!c.head || !!c.possessor || c.pair);

/** Pronouns by which a speaker names themselves or their side: in a quote, the quote's speaker. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(["we", "i", "us", "me", "our", "my"]);

/** The noun phrase a tree word stands in; through "envoys from Qatar", "tens of thousands of students". */
export function chunkOfToken(ix: ActorIndex, t: number, depth = 0): Chunk | undefined {
  if (t < 0) return undefined;
  const c = ix.chunkAt[t];
  const chunk = c >= 0 ? ix.chunks[c] : undefined;
  // "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher said":
  // a title chain ends at the person it names.
  const named = chunk?.head?.isPerson ? undefined : personEndingPhrase(ix, t, chunk);
  if (named) return named;
  // "Russia's special envoy, Kirill Dmitriev, said": the name in apposition stands for the description.
  if (!chunk?.head || chunk.head.kind !== "entity") {
    for (const k of ix.tree.childrenWith(t, "appos")) {
      const named = ix.chunkAt[k] >= 0 ? ix.chunks[ix.chunkAt[k]] : undefined;
      if (named?.head?.kind === "entity") return named;
    }
  }
  // "members of his guard, led by General Tiani": a group nothing places acts for the one who leads it.
  if (!chunk?.head || isUnplacedPeople(chunk)) {
    const leader = leaderOf(ix, t);
    if (leader) return leader;
  }
  // "A drone launched by the RSF struck": a weapon acts for the one who launched, fired or planted it.
  if (!chunk?.head && NOUNS.weapons.has(ix.tree.lemma(t))) {
    const user = agentOfParticiple(ix, t, () => true);
    if (user) return user;
  }
  // "The top diplomats from Rwanda and Congo", "envoys of the two sides": people the phrase does not
  // place act for the ones its "from"/"of" phrase names.
  if (chunk && hasActor(chunk) && !isUnplacedPeople(chunk)) return chunk;
  if (depth < 3) {
    for (const k of ix.tree.childrenWith(t, "nmod")) {
      const marker = ix.tree.marker(k);
      if (marker === "of" || marker === "from" || marker === "for") {
        const named = chunkOfToken(ix, k, depth + 1);
        if (named && hasActor(named)) return named;
      }
    }
  }
  // "the attack targeted ...": a noun phrase in subject position is the subject even when it names no one.
  return chunk;
}

/** The one named by the "led by" participle of a noun: "soldiers led by General Tiani". */
function leaderOf(ix: ActorIndex, t: number): Chunk | undefined {
  return agentOfParticiple(ix, t, (clause) => NOUNS.leader_verbs.has(ix.tree.lemma(clause)));
}

/** The "by" phrase, naming someone, of the first participle on `noun` that `accepts`: "the demonstration staged by students". */
export function agentOfParticiple(ix: ActorIndex, noun: number, accepts: (clause: number) => boolean): Chunk | undefined {
  const { tree } = ix;
  for (const clause of tree.childrenWith(noun, "acl")) {
    if (!accepts(clause)) continue;
    const by = tree.childrenWith(clause, "obl").find((k) => tree.marker(k) === "by");
    const agent = by === undefined ? undefined : chunkOfToken(ix, by);
    if (agent && hasActor(agent)) return agent;
  }
  return undefined;
}

/** "top diplomats", "officials": a group or description with no country, not a name. */
export function isUnplacedPeople(chunk: Chunk): boolean {
  const actor = chunk.head;
  return !!actor && !chunk.possessor && !actor.ref.country && (actor.kind === "group" || actor.kind === "description");
}

/**
 * The person whose name ends the phrase of `t`, joined to it as part of a title (flat, compound or
 * apposition, with no preposition of its own): "Minister of State for the Middle East Hamish Falconer".
 * "An aide to Putin" ends in a person too, but behind a preposition: the aide is not Putin.
 */
function personEndingPhrase(ix: ActorIndex, t: number, own: Chunk | undefined): Chunk | undefined {
  const { tree } = ix;
  let last = tree.extent(t, CLAUSES_IN_A_PHRASE)[1];
  while (last > t && tree.upos(last) === "PUNCT") last--;
  const c = ix.chunkAt[last];
  const chunk = c >= 0 ? ix.chunks[c] : undefined;
  if (!chunk || chunk === own || chunk.head?.kind !== "entity" || !chunk.head.isPerson) return undefined;
  // The name's own first word: how the name, not the title words before it, hangs in the phrase.
  const name = chunk.head.first;
  // "for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher": a name with title words of
  // its own may hang as the last conjunct of the chain's titles.
  const titled = tree.base(name) === "conj" && tree.childrenWith(name, "compound").some((k) => k < name);
  return !tree.marker(name) && (TITLE_LINKS.has(tree.base(name)) || titled) ? chunk : undefined;
}

const TITLE_LINKS = new Set(["flat", "compound", "appos"]);
/** Clauses that may hang inside a noun phrase: its end is before them. Coordinated titles are not clauses. */
const CLAUSES_IN_A_PHRASE = new Set(["parataxis", "advcl", "ccomp", "acl", "acl:relcl", "csubj", "list"]);

/** The token of a chunk that its other words hang from (its head in the tree). */
export function chunkHead(ix: ActorIndex, chunk: Chunk): number {
  for (let t = chunk.first; t <= chunk.last; t++) {
    const h = ix.tree.head(t);
    if (h < chunk.first || h > chunk.last) return t;
  }
  return chunk.last;
}

/** The other side of a coordinated subject: "Rubio and Lavrov", "Neither Lavrov nor Rubio". */
export function coordinatedWith(ix: ActorIndex, chunk: Chunk): Chunk | undefined {
  const t = chunkHead(ix, chunk);
  const first = ix.tree.firstConjunct(t);
  const others = ix.tree.conjuncts(first).filter((k) => k !== t && (k < chunk.first || k > chunk.last));
  for (const k of others) {
    const other = chunkOfToken(ix, k);
    if (other && other !== chunk && hasActor(other)) return other;
  }
  return undefined;
}

/** "aid for Romania and Poland", "sanctions on Iran, Libya and Sudan": every other phrase coordinated with `chunk`. */
export function conjunctsOf(ix: ActorIndex, chunk: Chunk): Chunk[] {
  const t = chunkHead(ix, chunk);
  const out: Chunk[] = [];
  for (const k of ix.tree.conjuncts(ix.tree.firstConjunct(t))) {
    if (k >= chunk.first && k <= chunk.last) continue;
    const other = chunkOfToken(ix, k);
    if (other && other !== chunk && hasActor(other) && !other.time && !out.includes(other)) out.push(other);
  }
  return out;
}

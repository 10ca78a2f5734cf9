// The trigger lexicon: data/events/triggers/*.yaml (and files named in SITREP_EVENT_TRIGGERS), compiled
// into token patterns. Pattern words are lemmatised with the same wink model as the text, so a user
// writes "spoke by phone" or "held talks" as news writes them.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { AppError, PLOVER_TYPES } from "../model/index.ts";
import type { PloverType } from "../model/index.ts";
import { segmentText } from "../segment/index.ts";
import { DATA_DIR, readDataFile } from "../model/index.ts";
import { loadWordClasses, WORD_CLASSES_FILE, type WordClass } from "./word-classes.ts";

export interface TriggerDef {
  type: PloverType;
  cameo?: string;
  mode?: string;
  symmetric: boolean;
  /** Coded only with a target: praise, demands, accusations are about someone. */
  requiresTarget: boolean;
  /** Entity types that may do it with no target although it requires one: "NATO leaders agreed" among themselves. */
  targetlessSources: ReadonlySet<string>;
  /** With no target in the sentence, the country of the place is the target ("visited Amman"). */
  placeIsTarget: boolean;
  /** With no target and no place, a group or person of a country acts on its own state ("Kenyan doctors went on strike"). */
  homeIsTarget: boolean;
  /** A target group no country places is the source's own people ("Belarus pardoned 16 political prisoners"). */
  groupsAreHeld: boolean;
  /** A group no country places is still the one acted on ("police fired tear gas at protesters"). */
  groupsAreTargets: boolean;
  /**
   * The act's object is the other party, so coordinated subjects each act on it ("Qatar and Egypt met
   * Hamas leaders": two meetings with Hamas), where otherwise they are the act's two sides ("Armenia
   * and Azerbaijan signed a deal at the White House").
   */
  objectIsParty: boolean;
  /** The object stands for the state that sent it ("expelled Ethiopia's ambassador"): that state is the side acted on. */
  objectRepresentsState: boolean;
  /** A denial answers the accusation made of its source: with no target named, the accuser is the one rejected. */
  answersAccusation: boolean;
  /** A class of words the act's object must belong to ("released prisoners", not "released a statement"). */
  objectClass?: WordClass;
  /** The pattern as written, and the file it came from: the event's provenance. */
  pattern: string;
  file: string;
}

export type PatternStep =
  | { kind: "word"; forms: ReadonlySet<string>; inflected: ReadonlySet<string>; pos?: ReadonlySet<string> }
  | { kind: "slot"; role: "source" | "target" }
  | { kind: "gap" };

export interface CompiledTrigger {
  def: TriggerDef;
  steps: PatternStep[];
  /** Number of word steps (and one for a required object class): more specific patterns win overlaps. */
  words: number;
}

export interface TriggerLexicon {
  /** Triggers by the forms (lemma or word) of their first word. */
  byFirst: Map<string, CompiledTrigger[]>;
  files: string[];
}

interface TriggerFile {
  type?: string;
  requires_target?: boolean;
  targetless_sources?: string[];
  place_is_target?: boolean;
  home_is_target?: boolean;
  groups_are_targets?: boolean;
  object_is_party?: boolean;
  triggers?: Array<{
    type?: string; cameo?: string | number; mode?: string; symmetric?: boolean; requires_target?: boolean; place_is_target?: boolean;
    home_is_target?: boolean; held_by_source?: boolean; answers_accusation?: boolean; object?: string; object_represents_state?: boolean; patterns?: string[];
  }>;
}

const POS_SUFFIX: Record<string, ReadonlySet<string>> = {
  v: new Set(["VERB"]),
  n: new Set(["NOUN", "PROPN"]),
  a: new Set(["ADJ"]),
};

export const TRIGGER_DIR = join(DATA_DIR, "events", "triggers");

/** The bundled trigger files plus `extraPaths` (files or folders), read in that order. */
export function loadTriggerLexicon(extraPaths: string[] = envTriggerPaths()): TriggerLexicon {
  const files = [...yamlFilesIn(TRIGGER_DIR), ...extraPaths.flatMap((p) => (p.endsWith(".yaml") || p.endsWith(".yml") || p.endsWith(".json") ? [p] : yamlFilesIn(p)))];
  const lexicon: TriggerLexicon = { byFirst: new Map(), files };
  const classes = loadWordClasses();
  for (const file of files) addFile(lexicon, file, classes);
  return lexicon;
}

function envTriggerPaths(): string[] {
  return (process.env.SITREP_EVENT_TRIGGERS ?? "").split(":").filter(Boolean);
}

function yamlFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => join(dir, f));
  } catch (e) {
    throw new AppError("KB", `cannot list trigger files: ${(e as Error).message}`, dir);
  }
}

/** A PLOVER type written in a data file; a KB error naming the file for anything else. */
export function ploverTypeOf(type: string, file: string): PloverType {
  if (!(PLOVER_TYPES as readonly string[]).includes(type)) {
    throw new AppError("KB", `unknown PLOVER type "${type}" (expected one of ${PLOVER_TYPES.join(", ")})`, file);
  }
  return type as PloverType;
}

function addFile(lexicon: TriggerLexicon, file: string, classes: Map<string, WordClass>): void {
  const data = readDataFile<TriggerFile>(file);
  const targetlessSources: ReadonlySet<string> = new Set(data.targetless_sources ?? []);
  for (const group of data.triggers ?? []) {
    const type = ploverTypeOf((group.type ?? data.type ?? "").toUpperCase(), file);
    const objectClass = group.object === undefined ? undefined : classes.get(group.object);
    if (group.object !== undefined && !objectClass) {
      throw new AppError("KB", `unknown object class "${group.object}" (defined in ${WORD_CLASSES_FILE}: ${[...classes.keys()].join(", ")})`, file);
    }
    for (const pattern of group.patterns ?? []) {
      const def: TriggerDef = {
        type,
        cameo: group.cameo === undefined ? undefined : String(group.cameo),
        mode: group.mode,
        symmetric: group.symmetric ?? false,
        requiresTarget: group.requires_target ?? data.requires_target ?? false,
        targetlessSources,
        placeIsTarget: group.place_is_target ?? data.place_is_target ?? false,
        homeIsTarget: group.home_is_target ?? data.home_is_target ?? false,
        groupsAreHeld: group.held_by_source ?? false,
        groupsAreTargets: data.groups_are_targets ?? false,
        objectIsParty: data.object_is_party ?? false,
        objectRepresentsState: group.object_represents_state ?? false,
        answersAccusation: group.answers_accusation ?? false,
        objectClass,
        pattern,
        file,
      };
      const compiled = compilePattern(def);
      const first = compiled.steps[0];
      if (first.kind !== "word") throw new AppError("KB", `pattern "${pattern}" must start with a word`, file);
      for (const form of new Set([...first.forms, ...first.inflected])) {
        const list = lexicon.byFirst.get(form) ?? [];
        list.push(compiled);
        lexicon.byFirst.set(form, list);
      }
    }
  }
}

/** "urge {target} to", "launch ... missiles", "strike:n": slots, gaps and part-of-speech marks. */
export function compilePattern(def: TriggerDef): CompiledTrigger {
  const steps: PatternStep[] = [];
  let words = 0;
  for (const part of def.pattern.trim().split(/\s+/)) {
    if (part === "...") { steps.push({ kind: "gap" }); continue; }
    const slot = /^\{(source|target)\}$/.exec(part);
    if (slot) { steps.push({ kind: "slot", role: slot[1] as "source" | "target" }); continue; }
    const [word, suffix] = part.split(":");
    const pos = suffix ? POS_SUFFIX[suffix] : undefined;
    if (suffix && !pos) throw new AppError("KB", `pattern "${def.pattern}": unknown mark ":${suffix}" (use :v, :n or :a)`, def.file);
    const seg = segmentText(word);
    seg.tokens.lemma.forEach((lemma, i) => {
      const surface = word.slice(seg.tokens.start[i], seg.tokens.end[i]).toLowerCase();
      steps.push({ kind: "word", forms: new Set([lemma, surface]), inflected: new Set(surface === lemma ? inflections(lemma) : []), pos });
      words++;
    });
  }
  if (!words) throw new AppError("KB", `pattern "${def.pattern}" has no words`, def.file);
  // A required object class is one more word the act must have: "expel" with envoys beats "expel" alone.
  return { def, steps, words: words + (def.objectClass ? 1 : 0) };
}

const VOWELS = /[aeiou]/;
/**
 * The regular inflections of a pattern word ("stage": stages, staged, staging), matched on the word
 * itself: the lemmatiser misreads a few ("staged" as "stag"), and a pattern must not depend on it. A
 * participle the tagger reads as an adjective ("alleged", "promising") is no such form.
 */
function inflections(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [];
  const last = word[word.length - 1];
  if (last === "e") return [`${word}s`, `${word}d`, `${word.slice(0, -1)}ing`];
  if (last === "y" && !VOWELS.test(word[word.length - 2])) return [`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`, `${word}ing`];
  const sibilant = /(s|x|z|ch|sh)$/.test(word);
  return [sibilant ? `${word}es` : `${word}s`, `${word}ed`, `${word}ing`];
}

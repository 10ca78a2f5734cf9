// Where an event's sides are, when their own words do not say: people and places the story leaves unplaced
// are of the country it was filed from, dissenters a state acts on are its own, and a place's country
// stands for the place an act happened in.
import type { Place } from "../model/index.ts";
import type { Actor, ActorIndex, CountryGazetteer } from "../link/index.ts";
import { NOUNS } from "../link/index.ts";
import type { CodingContext } from "./code.ts";

const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);

/** Whether an entity type names a place ("Pahalgam", "El Fasher"). */
export const isPlaceType = (entityType: string | undefined): boolean => !!entityType && PLACE_TYPES.has(entityType);

/** The actor, placed in `country`. */
export const ofCountry = (actor: Actor, country: string): Actor => ({ ...actor, ref: { ...actor.ref, country } });

/** Sides whose own words place them nowhere, placed by the story (when no place phrase does). */
export function placedByStory(cc: CodingContext, source: Actor, target: Actor | undefined, placeActor: Actor | undefined): [Actor, Actor | undefined] {
  const { ix, home } = cc;
  if (placeActor?.ref.country) return [source, target];
  // "army officers seized power", in a story filed from Libreville: people no country places are of the
  // country the story was filed from; "sent food by road to Kunar", from Kabul: so is a place.
  if (home && isHomeGroup(ix, source)) source = ofCountry(source, home);
  if (home && target && (isHomeGroup(ix, target) || (!target.ref.country && isPlaceType(target.entityType)))) {
    target = ofCountry(target, home);
  }
  // "Vucic said many more protesters will be arrested": dissenters a state's agent acts on are its own people.
  if (target && isHomeGroup(ix, target) && NOUNS.dissenters.has(ix.tree.lemma(target.last)) && source.ref.country) target = ofCountry(target, source.ref.country);
  return [source, target];
}

/**
 * People no country places, and no word of theirs sets apart from where the story is ("foreign
 * governments") or names a nationality the phrase's own reading missed ("Algerian diplomatic and consular
 * officials").
 */
function isHomeGroup(ix: ActorIndex, actor: Actor): boolean {
  if (actor.kind !== "group" || actor.ref.country) return false;
  for (let t = actor.first; t <= actor.last; t++) if (NOUNS.outsider_words.has(ix.words[t])) return false;
  return !ix.tree.childrenWith(actor.last, "amod").some((k) => ix.countries.ofName(ix.words[k]));
}

/** The place an act happened in: a place phrase's own, or its country's. */
export function placeOf(actor: Actor | undefined, countries: CountryGazetteer): Place | undefined {
  if (!actor) return undefined;
  if (actor.place) return actor.place;
  if (actor.kind !== "country" || !actor.ref.country) return undefined;
  const info = countries.byCode(actor.ref.country);
  return { name: actor.ref.name, country: actor.ref.country, lat: info?.lat, lon: info?.lon, precision: "country" };
}

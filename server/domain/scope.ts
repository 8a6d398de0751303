// The scope rule of docs/domain.md ("The scope rule"): which part of the network a set of filters
// asks about. Pure and shared: the analytics build their actor graph by it and the explorer draws
// its map by it, so an answer and the map it is read beside cover the same actors and ties.
import type { Area, Sector } from './schemas.ts';
import { searchKey } from './text.ts';

/** What the rules read of a tie: a stored collaboration or the explorer's edge attributes. */
export interface PlacedTie {
  areas: readonly Area[];
  neighbourhoods: readonly string[];
}

/** What the rules read of an actor. */
export interface PlacedActor extends PlacedTie {
  sector: Sector;
}

/**
 * Which part of the network is analysed: the explorer's area, sector and neighbourhood filters.
 * An empty or missing list does not filter; the three numbered rules are docs/domain.md's.
 */
export interface ActorScope {
  /** Ties serving any of these areas; actors listing one of them, or tied by such a tie. */
  areas?: readonly Area[] | undefined;
  /** Of the actors in the areas and neighbourhoods, those of these sectors, and the ties between them. */
  sectors?: readonly Sector[] | undefined;
  /**
   * Ties in one of these neighbourhoods (named on the tie; a tie naming none is where its actors
   * are located); actors located in one of them, or tied by such a tie. Names match by placeKey.
   */
  neighbourhoods?: readonly string[] | undefined;
}

export const given = <T>(wanted: readonly T[] | undefined): wanted is readonly T[] => wanted !== undefined && wanted.length > 0;
export const overlaps = <T>(wanted: readonly T[] | undefined, values: readonly T[]) =>
  !given(wanted) || wanted.some((w) => values.includes(w));
export const within = <T>(wanted: readonly T[] | undefined, value: T) => !given(wanted) || wanted.includes(value);

/**
 * The key neighbourhood names are compared by: case- and diacritic-insensitive, whatever the
 * Unicode normal form, runs of white space as one — as the explorer's search key (searchKey in
 * client/src/graph/search.ts) compares names, so "kronogarden" and a decomposed "Kronogården" name Kronogården.
 */
export function placeKey(name: string): string {
  return searchKey(name).replace(/\s+/g, ' ');
}

/** Where a tie is: the neighbourhoods it names, or, when it names none, where its actors are located. */
const tiePlaces = (tie: PlacedTie, source: PlacedActor, target: PlacedActor): readonly string[] =>
  tie.neighbourhoods.length > 0 ? tie.neighbourhoods : [...source.neighbourhoods, ...target.neighbourhoods];

/** The scope's rules as predicates, with the neighbourhood names keyed once. */
export interface ScopeRules {
  /** Is the tie in the scope's areas and neighbourhoods (rule 1; sectors aside)? */
  tieInPlace(tie: PlacedTie, source: PlacedActor, target: PlacedActor): boolean;
  /** Is the actor in the areas and neighbourhoods on its own, without a tie (rule 2)? */
  actorInPlace(actor: PlacedActor): boolean;
  /** Is the sector one of the scope's (rule 3)? */
  inSectors(sector: Sector): boolean;
}

export function scopeRules(scope: ActorScope): ScopeRules {
  const wanted = given(scope.neighbourhoods) ? new Set(scope.neighbourhoods.map(placeKey)) : null;
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = placeKey(name);
      keys.set(name, key);
    }
    return key;
  };
  const inPlaces = (names: readonly string[]) => names.some((n) => wanted!.has(keyOf(n)));
  return {
    tieInPlace: (tie, source, target) => overlaps(scope.areas, tie.areas) && (wanted === null || inPlaces(tiePlaces(tie, source, target))),
    actorInPlace: (actor) => overlaps(scope.areas, actor.areas) && (wanted === null || inPlaces(actor.neighbourhoods)),
    inSectors: (sector) => within(scope.sectors, sector),
  };
}

/** Does a forum's co-membership count within the scope's areas (a forum naming none serves all)? */
export function forumInScope(scope: ActorScope, forumAreas: readonly Area[]): boolean {
  return forumAreas.length === 0 || overlaps(scope.areas, forumAreas);
}

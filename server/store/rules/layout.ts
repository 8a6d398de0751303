// The rules of a round's layout, once for both stores. Positions are keyed as /api/graph keys its
// nodes (domain/node-keys.ts: an actor's id, "forum:" and a forum's id); each must name an actor or
// forum of the round (422 otherwise, naming it), and a layout read back holds only records that
// still exist, so deleting an actor never leaves its position behind to be drawn.
import type { LayoutPositions, StoredLayout } from '../../domain/layout.ts';
import { forumNodeKey, idsOfNodeKeys } from '../../domain/node-keys.ts';
import type { ErrorDetail } from '../../errors.ts';

/** The actors and forums of a round that a layout's keys name. */
export interface LayoutNodes {
  actors: ReadonlySet<string>;
  forums: ReadonlySet<string>;
}

/** What to ask the store for: the ids the positions name. */
export const layoutIds = (positions: LayoutPositions) => idsOfNodeKeys(Object.keys(positions));

const isKnown = (found: LayoutNodes) => {
  const keys = new Set([...found.actors, ...[...found.forums].map(forumNodeKey)]);
  return (key: string) => keys.has(key);
};

export function layoutProblems(positions: LayoutPositions, found: LayoutNodes): ErrorDetail[] {
  const known = isKnown(found);
  return Object.keys(positions).flatMap((key) =>
    known(key) ? [] : [{ path: `positions.${key}`, message: `no actor or forum '${key}' in this round` }],
  );
}

/** The stored layout with the positions of deleted records left out. */
export function liveLayout(stored: StoredLayout, found: LayoutNodes): StoredLayout {
  const known = isKnown(found);
  return { positions: Object.fromEntries(Object.entries(stored.positions).filter(([key]) => known(key))), savedAt: stored.savedAt };
}

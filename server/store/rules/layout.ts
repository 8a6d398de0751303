// The rules of a round's layout, once for both stores: a position names an actor or forum of the
// round (422 otherwise, naming it), and a layout read back holds only records that still exist, so
// deleting an actor never leaves its position behind to be drawn.
import type { LayoutPositions, StoredLayout } from '../../domain/layout.ts';
import type { ErrorDetail } from '../../errors.ts';

export function layoutProblems(positions: LayoutPositions, known: ReadonlySet<string>): ErrorDetail[] {
  return Object.keys(positions).flatMap((id) =>
    known.has(id) ? [] : [{ path: `positions.${id}`, message: `no actor or forum '${id}' in this round` }],
  );
}

/** The stored layout with the positions of deleted records left out. */
export function liveLayout(stored: StoredLayout, live: ReadonlySet<string>): StoredLayout {
  const positions = Object.fromEntries(Object.entries(stored.positions).filter(([id]) => live.has(id)));
  return { positions, savedAt: stored.savedAt };
}

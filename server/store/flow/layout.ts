// Saving a round's layout, once for both stores: every key checked against the round's actors and
// forums in the same transaction as the write, so a layout never names a record that is gone. The
// history records that (and when) it was saved and how many nodes it placed, not the positions:
// a layout is saved again rather than reverted. A round's first layout (the seeded one every
// visitor computes alike) is kept the same way, but only while the round has none, so it never
// replaces what an analyst saved.
import type { LayoutPositions, StoredLayout } from '../../domain/layout.ts';
import { PreconditionFailedError } from '../../errors.ts';
import { assertReferences } from '../rules/checks.ts';
import { layoutIds, layoutProblems } from '../rules/layout.ts';
import { recordChange } from './history.ts';
import { step, type Flow } from './step.ts';
import type { StoreTx } from './tx.ts';

export function saveLayout(tx: StoreTx, positions: LayoutPositions): Flow<StoredLayout> {
  return writeLayout(tx, positions, 'update');
}

/** Keeps the round's first layout (on record as its creation); 412 when the round has one already (nothing is written). */
export function* saveFirstLayout(tx: StoreTx, positions: LayoutPositions): Flow<StoredLayout> {
  if ((yield* step(tx.storedLayout())) !== null) throw new PreconditionFailedError('the round has a layout already');
  return yield* writeLayout(tx, positions, 'create');
}

function* writeLayout(tx: StoreTx, positions: LayoutPositions, op: 'create' | 'update'): Flow<StoredLayout> {
  const found = yield* step(tx.layoutNodes(layoutIds(positions)));
  assertReferences(layoutProblems(positions, found));
  const layout = { positions, savedAt: tx.context.now };
  yield* step(tx.writeLayout(layout));
  const after = { savedAt: layout.savedAt, nodes: Object.keys(positions).length };
  yield* recordChange(tx, { entity: 'layout', entityId: tx.context.round.round, op, before: null, after });
  return layout;
}

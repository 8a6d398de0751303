// Saving a round's layout, once for both stores: every key checked against the round's actors and
// forums in the same transaction as the write, so a layout never names a record that is gone.
import type { LayoutPositions, StoredLayout } from '../../domain/layout.ts';
import { assertReferences } from '../rules/checks.ts';
import { layoutIds, layoutProblems } from '../rules/layout.ts';
import { step, type Flow } from './step.ts';
import type { StoreTx } from './tx.ts';

export function* saveLayout(tx: StoreTx, positions: LayoutPositions): Flow<StoredLayout> {
  const found = yield* step(tx.layoutNodes(layoutIds(positions)));
  assertReferences(layoutProblems(positions, found));
  const layout = { positions, savedAt: tx.context.now };
  yield* step(tx.writeLayout(layout));
  return layout;
}

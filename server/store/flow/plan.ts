// What a write would do to one record: create it, change it, or leave it as it is. Planned
// purely from the stored record and the one the flow built, so a write that changes nothing
// touches no row, no updatedAt and no version.
import { sameContent, type Stamps } from '../rules/records.ts';
import type { Change } from './tx.ts';

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface Plan<T> extends Change<T> {
  outcome: Outcome;
}

/** `after` is `before` itself when nothing but the timestamps would change. */
export function plan<T extends object>(before: T | null, after: T): Plan<T> {
  if (!before) return { before, after, outcome: 'created' };
  if (sameContent(before, after)) return { before, after: before, outcome: 'unchanged' };
  return { before, after, outcome: 'updated' };
}

/** A new record is created now; a changed one keeps its createdAt. */
export const stampsOver = (before: Stamps | null, now: string): Stamps => ({ createdAt: before?.createdAt ?? now, updatedAt: now });

export const changed = <T>(plans: readonly Plan<T>[]): Plan<T>[] => plans.filter((p) => p.outcome !== 'unchanged');

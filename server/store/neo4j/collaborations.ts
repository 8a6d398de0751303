// Collaboration reads and writes inside one transaction, shared by the single-record methods
// and the import. The type is derived here, in TypeScript, from the two actors' sectors on
// every write; a tie is a (:Collaboration) node with SOURCE and TARGET relationships.
import { collaborationType } from '../../domain/collaboration-type.ts';
import type { Collaboration, Sector } from '../../domain/schemas.ts';
import { NotFoundError } from '../../errors.ts';
import type { CollaborationRecord } from '../port.ts';
import type { Outcome } from './actors.ts';
import {
  assertNoParallel,
  assertNotSelfTie,
  assertReferences,
  collaborationProblems,
  evidenceIds,
  lookup,
  type Known,
} from './checks.ts';
import { collaborationFromProps, collaborationFromRecord, collaborationProps, sameContent } from './records.ts';
import type { Tx } from './tx.ts';

export async function getCollaboration(tx: Tx, id: string): Promise<Collaboration | null> {
  const [row] = await tx.read('collaboration-get', { id });
  return row ? collaborationFromProps(row.collaboration as Record<string, unknown>) : null;
}

export async function getCollaborations(tx: Tx, ids: string[]): Promise<Map<string, Collaboration>> {
  const rows = ids.length === 0 ? [] : await tx.read('collaborations-get', { ids });
  const ties = rows.map((row) => collaborationFromProps(row.collaboration as Record<string, unknown>));
  return new Map(ties.map((c) => [c.id, c]));
}

export interface CollaborationPlan {
  next: Collaboration;
  outcome: Outcome;
}

/** What writing `record` over `current` would store; both ends' sectors must be known. */
export function planCollaboration(record: CollaborationRecord, known: Known, current: Collaboration | null | undefined, now: string): CollaborationPlan {
  const type = collaborationType(known.sector(record.source) as Sector, known.sector(record.target) as Sector);
  const next = collaborationFromRecord(record, type, { createdAt: current?.createdAt ?? now, updatedAt: now });
  if (!current) return { next, outcome: 'created' };
  if (sameContent(current, next)) return { next: current, outcome: 'unchanged' };
  return { next, outcome: 'updated' };
}

/** `create` uses CREATE, so a concurrent create of the same id hits the uniqueness constraint. */
export async function writeCollaborations(tx: Tx, plans: CollaborationPlan[], create = false): Promise<void> {
  const rows = plans
    .filter((p) => p.outcome !== 'unchanged')
    .map(({ next: c }) => ({
      props: collaborationProps(c, c.type),
      source: c.source,
      target: c.target,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    }));
  if (rows.length > 0) await tx.write(create ? 'collaborations-create' : 'collaborations-save', { rows });
}

/** A tie is reshaped when its pair or areas change: only then can it become a new parallel tie. */
export function reshapes(current: Collaboration, next: CollaborationRecord): boolean {
  const pair = (a: string, b: string): string => [a, b].sort().join('\n');
  const areas = (xs: readonly string[] | undefined): string => [...(xs ?? [])].sort().join('\n');
  return pair(current.source, current.target) !== pair(next.source, next.target) || areas(current.areas) !== areas(next.areas);
}

/** createCollaboration / updateCollaboration: checks, then one write when something changed. */
export async function saveCollaboration(
  tx: Tx,
  record: CollaborationRecord,
  current: Collaboration | null,
  checkParallel: boolean,
): Promise<Collaboration> {
  assertNotSelfTie(record);
  const known = await lookup(tx, [record.source, record.target], evidenceIds(record.evidence));
  assertReferences(collaborationProblems(record, known));
  if (checkParallel) await assertNoParallel(tx, record);
  const plan = planCollaboration(record, known, current, tx.now);
  await writeCollaborations(tx, [plan], current === null);
  return plan.next;
}

export async function removeCollaboration(tx: Tx, id: string): Promise<void> {
  const rows = await tx.write('collaboration-delete', { id });
  if (rows.length === 0) throw new NotFoundError('Collaboration', id);
}

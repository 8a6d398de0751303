// Reference and shape checks every store applies before a write touches anything: references
// that must exist (422) and no self-ties (400). Paths in the details are prefixed for imports
// ("collaborations.5.target"), so both adapters answer alike from one implementation.
import type { Evidence } from '../domain/schemas.ts';
import { ReferenceError422, ValidationError, type ErrorDetail } from '../errors.ts';
import type { Dataset } from '../domain/inputs.ts';
import type { ActorRecord, CollaborationRecord, ForumRecord } from './port.ts';

/** What a write may point at: the store, or for an import the store plus the dataset. */
export interface Known {
  actor(id: string): boolean;
  source(id: string): boolean;
}

function evidenceProblems(evidence: readonly Evidence[] | undefined, known: Known, prefix: string): ErrorDetail[] {
  return (evidence ?? []).flatMap((e, i) =>
    known.source(e.sourceId) ? [] : [{ path: `${prefix}evidence.${i}.sourceId`, message: `source '${e.sourceId}' does not exist` }],
  );
}

export function actorProblems(record: ActorRecord, known: Known, prefix = ''): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (record.parentId && !known.actor(record.parentId)) {
    problems.push({ path: `${prefix}parentId`, message: `actor '${record.parentId}' does not exist` });
  }
  return [...problems, ...evidenceProblems(record.evidence, known, prefix)];
}

export function collaborationProblems(record: CollaborationRecord, known: Known, prefix = ''): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const end of ['source', 'target'] as const) {
    if (!known.actor(record[end])) problems.push({ path: `${prefix}${end}`, message: `actor '${record[end]}' does not exist` });
  }
  return [...problems, ...evidenceProblems(record.evidence, known, prefix)];
}

export function forumProblems(record: ForumRecord, known: Known, prefix = ''): ErrorDetail[] {
  const problems = (record.members ?? []).flatMap((m, i) =>
    known.actor(m.actorId) ? [] : [{ path: `${prefix}members.${i}.actorId`, message: `actor '${m.actorId}' does not exist` }],
  );
  return [...problems, ...evidenceProblems(record.evidence, known, prefix)];
}

export function assertReferences(problems: ErrorDetail[]): void {
  if (problems.length > 0) {
    throw new ReferenceError422(`${problems.length} reference(s) point at records that do not exist`, problems);
  }
}

/** docs/domain.md: no self-ties. A malformed record rather than a missing reference, hence 400. */
export function assertNotSelfTie(record: CollaborationRecord, prefix = ''): void {
  if (record.source === record.target) {
    throw new ValidationError('a collaboration ties two different actors', [
      { path: `${prefix}target`, message: `must differ from source '${record.source}'` },
    ]);
  }
}

/** One id listed twice would make the later record silently win; refuse instead. */
export function assertUniqueIds(dataset: Dataset): void {
  const details: ErrorDetail[] = [];
  for (const key of ['sources', 'actors', 'forums', 'collaborations'] as const) {
    const seen = new Set<string>();
    dataset[key].forEach((record, i) => {
      if (seen.has(record.id)) details.push({ path: `${key}.${i}.id`, message: `'${record.id}' is listed twice` });
      seen.add(record.id);
    });
  }
  if (details.length > 0) throw new ValidationError('the dataset lists an id twice', details);
}

/** Every reference of a dataset, each problem with its path in the dataset. */
export function assertDatasetReferences(dataset: Dataset, known: Known): void {
  assertReferences([
    ...dataset.actors.flatMap((a, i) => actorProblems(a, known, `actors.${i}.`)),
    ...dataset.forums.flatMap((f, i) => forumProblems(f, known, `forums.${i}.`)),
    ...dataset.collaborations.flatMap((c, i) => collaborationProblems(c, known, `collaborations.${i}.`)),
  ]);
}

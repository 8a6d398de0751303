// Which record fields a file's columns carry, per kind: an upsert keeps the stored value of the
// others (domain/carried-fields.ts). A sheet carries the fields its read columns set; an evidence
// sheet carries the evidence of every kind, a memberships sheet the forums' members.
import type { CarriedFields, DatasetKind } from '../../domain/carried-fields.ts';
import type { TableKind } from './fields.ts';
import type { SheetPlan } from './plan.ts';

const KIND_OF: Partial<Record<TableKind, DatasetKind>> = {
  sources: 'sources',
  actors: 'actors',
  forums: 'forums',
  ties: 'collaborations',
};

/** Columns whose key is not the record field they set (records.ts reads them so). */
const SETS: Record<string, readonly string[]> = {
  evidenceSource: ['evidence'],
  evidenceLocator: ['evidence'],
  evidenceNote: ['evidence'],
  // A tie's Type is a direction, a status or a form, whichever its words are.
  type: ['directed', 'status', 'forms'],
};

/** What every record of the kind carries whatever its columns: what names it. */
const NAMING: Record<DatasetKind, readonly string[]> = {
  sources: ['id'],
  actors: ['id'],
  forums: ['id'],
  collaborations: ['id', 'source', 'target'],
};

export function carriedFields(plans: readonly SheetPlan[]): CarriedFields {
  const carried: Partial<Record<DatasetKind, Set<string>>> = {};
  const add = (kind: DatasetKind, fields: readonly string[]) => {
    const set = carried[kind] ?? new Set(NAMING[kind]);
    for (const field of fields) set.add(field);
    carried[kind] = set;
  };
  for (const plan of plans) {
    const kind = KIND_OF[plan.table];
    if (kind !== undefined)
      add(
        kind,
        [...plan.byField.keys()].flatMap((key) => SETS[key] ?? [key]),
      );
    if (plan.table === 'memberships') add('forums', ['members']);
    if (plan.table === 'evidence') for (const each of ['actors', 'forums', 'collaborations'] as const) add(each, ['evidence']);
  }
  return Object.fromEntries(Object.entries(carried).map(([kind, fields]) => [kind, [...fields]]));
}

// A round's actors and ties arrive for its snapshot as one list per record (actor-all.cypher,
// collaboration-all.cypher), not as maps: the driver then decodes no key strings per record
// (60 000 records × ~15 keys in a 10k/50k round) and the server encodes none. This module is the
// one place that knows the lists' order; records.ts's builders make the records from them.
//
// Spelling the records' JSON text straight from the lists (as the embedded store's SQL does) was
// tried and cost more CPU than these objects and one JSON.stringify (bench/README.md, compare.ts).
import type { Actor, Collaboration } from '../../domain/schemas.ts';
import { actorFromProps, collaborationFromProps } from './records.ts';
import type { Row } from './tx.ts';

/** The fields of actor-all.cypher's lists, in order. */
const ACTOR_COLUMNS = [
  'id',
  'name',
  'sector',
  'parentId',
  'areas',
  'neighbourhoods',
  'targetGroups',
  'description',
  'descriptionSv',
  'website',
  'evidence',
  'createdAt',
  'updatedAt',
] as const;

/** The fields of collaboration-all.cypher's lists, in order. */
const COLLABORATION_COLUMNS = [
  'id',
  'source',
  'target',
  'type',
  'status',
  'areas',
  'forms',
  'strength',
  'since',
  'until',
  'directed',
  'neighbourhoods',
  'description',
  'descriptionSv',
  'evidence',
  'createdAt',
  'updatedAt',
] as const;

/** A list read back into the properties map the record builders take; nulls are unset fields. */
function propsOf(columns: readonly string[], values: readonly unknown[]): Row {
  const props: Row = {};
  for (let i = 0; i < columns.length; i++) props[columns[i]!] = values[i];
  return props;
}

export const actorOfRow = (values: readonly unknown[]): Actor => actorFromProps(propsOf(ACTOR_COLUMNS, values));

export const collaborationOfRow = (values: readonly unknown[]): Collaboration =>
  collaborationFromProps(propsOf(COLLABORATION_COLUMNS, values));

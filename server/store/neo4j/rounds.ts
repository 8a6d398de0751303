// Mappings and rounds in the Neo4j store: (:Mapping) and (:Round) nodes, read and written inside
// the caller's transaction. A round's version is its `base` (the store-wide version when it was
// made, so a round made again under an old id never repeats a version) plus its own counters.
import type { Mapping, Round, RoundRef } from '../../domain/mappings.ts';
import { mappingNotFound, roundNotFound } from '../rules/rounds.ts';
import type { Row, Tx } from './tx.ts';

const asMapping = (row: Row): Mapping => {
  const { description, ...rest } = row as Mapping & { description?: string | null };
  return { ...rest, ...(description == null ? {} : { description }) } as Mapping;
};

const asRound = (row: Row): Round => {
  const {
    base: _base,
    basedOn,
    realised,
    ...rest
  } = row as Round & { base: number; basedOn?: string | null; realised?: 'declared' | null };
  return { ...rest, ...(basedOn == null ? {} : { basedOn }), ...(realised == null ? {} : { realised }) } as Round;
};

export async function listMappings(tx: Tx): Promise<Mapping[]> {
  return (await tx.read('mapping-list')).map((r) => asMapping(r.mapping as Row));
}

export async function getMapping(tx: Tx, id: string): Promise<Mapping | null> {
  const [row] = await tx.read('mapping-get', { id });
  return row ? asMapping(row.mapping as Row) : null;
}

export async function saveMapping(tx: Tx, mapping: Mapping): Promise<void> {
  await tx.write('mapping-save', { props: { ...mapping, description: mapping.description ?? null } });
}

export async function listRounds(tx: Tx, mapping: string): Promise<Round[]> {
  if ((await getMapping(tx, mapping)) === null) throw mappingNotFound(mapping);
  return (await tx.read('round-list', { mappingId: mapping })).map((r) => asRound(r.round as Row));
}

export async function latestObservedRound(tx: Tx): Promise<Round | null> {
  const [row] = await tx.read('round-latest-observed');
  return row ? asRound(row.round as Row) : null;
}

export async function getRound(tx: Tx, ref: RoundRef): Promise<{ mappingExists: boolean; round: Round | null }> {
  const [row] = await tx.read('round-get', { mappingId: ref.mapping, roundId: ref.round });
  return { mappingExists: row?.mappingExists === true, round: row?.round ? asRound(row.round as Row) : null };
}

/** The round; 404 naming the mapping or the round when either is unknown. */
export async function resolveRound(tx: Tx, ref: RoundRef): Promise<Round> {
  const { mappingExists, round } = await getRound(tx, ref);
  if (round !== null) return round;
  throw mappingExists ? roundNotFound(ref) : mappingNotFound(ref.mapping);
}

/** Writes a round's own properties (never its counters); `base` only when it is made. */
export async function saveRound(tx: Tx, round: Round, base?: number): Promise<void> {
  const { version: _version, ...props } = round;
  await tx.write('round-save', { props: { ...props, base } });
}

// The mappings and their rounds (the picker's lists), a comparison of two rounds, and the one
// write of its own the explorer makes here: a scenario round, made as a copy of the round shown.
import type { CompareResult } from '../../../server/domain/compare-responses.ts';
import type { Mapping, Round, RoundCreate } from '../../../server/domain/mappings.ts';
import type { z } from 'zod';
import { get, request } from './http.ts';
import { mappingPath, type RoundRef } from './round-scope.ts';

export type { CompareResult, Mapping, Round };

export interface MappingRounds {
  mapping: Mapping;
  /** Oldest observation first, as the server lists them. */
  rounds: Round[];
}

/** The round a reference names, in the lists; undefined when they do not hold it. */
export function roundIn(lists: readonly MappingRounds[], ref: RoundRef | null): Round | undefined {
  if (ref === null) return undefined;
  return lists.find((m) => m.mapping.id === ref.mapping)?.rounds.find((r) => r.id === ref.round);
}

/** Every mapping with its rounds: a few small requests, once per load and after a round is made. */
export async function fetchMappingRounds(signal?: AbortSignal): Promise<MappingRounds[]> {
  const { items } = await get<{ items: Mapping[] }>('/api/mappings', undefined, signal);
  return Promise.all(
    items.map(async (mapping) => ({
      mapping,
      rounds: (await get<{ items: Round[] }>(mappingPath(mapping.id, '/rounds'), undefined, signal)).items,
    })),
  );
}

/** `to` compared with the baseline `from`, both rounds of `mapping`. */
export const fetchComparison = (mapping: string, from: string, to: string, signal?: AbortSignal) =>
  get<CompareResult>(mappingPath(mapping, '/compare'), { from, to }, signal);

export const createRound = (mapping: string, body: z.input<typeof RoundCreate>) =>
  request<Round>('POST', mappingPath(mapping, '/rounds'), { body });

export const deleteRound = (mapping: string, round: string) =>
  request<void>('DELETE', mappingPath(mapping, `/rounds/${encodeURIComponent(round)}`));

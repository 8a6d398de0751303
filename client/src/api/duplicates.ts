// The round's probable duplicate actors and the merge of one into the other
// (server/routes/duplicates.ts, POST …/actors/{id}/merge), in the round they are given.
import type { Actor } from '../domain.ts';
import type { DuplicatePair } from './interchange.ts';
import { get, request } from './http.ts';
import { roundPath, type RoundRef } from './round-scope.ts';

export type { DuplicatePair };

export const fetchDuplicates = async (round: RoundRef | null, signal?: AbortSignal) =>
  (await get<{ items: DuplicatePair[] }>(roundPath(round, '/duplicates'), undefined, signal)).items;

/** Merges `from` into `into`, which stays; one change in the history, revertible there. */
export const mergeActor = (round: RoundRef | null, from: string, into: string) =>
  request<Actor>('POST', `${roundPath(round, '/actors', from)}/merge`, { body: { into } });

// The resource API the explorer reads and writes: the graph, sources, health and the edit
// routes for actors and collaborations (create, change, delete), each in the round it is given
// (round-scope.ts; null = the server's default round).
import type { Actor, ActorCreate, ActorPut, Collaboration, CollaborationCreate, Source } from '../domain.ts';
import type { z } from 'zod';
import { get, getWithHeaders, request } from './http.ts';
import type { SerializedGraph } from '../graph/model.ts';
import { parseRoundRef, ROUND_HEADER, roundPath, type RoundRef } from './round-scope.ts';

export interface Health {
  status: 'ok' | 'unavailable';
  store: string;
  version: string;
  graphVersion?: number;
  writesNeedKey: boolean;
}

/** A round's graph, and which round answered (for the default round, the server says which). */
export interface RoundGraph {
  graph: SerializedGraph;
  round: RoundRef | null;
}

/** The whole graph with forums; the client filters it itself so positions survive filtering. */
export async function fetchGraph(round: RoundRef | null, signal?: AbortSignal): Promise<RoundGraph> {
  const { body, headers } = await getWithHeaders<SerializedGraph>(roundPath(round, '/graph'), { includeForums: true }, signal);
  return { graph: body, round: parseRoundRef(headers.get(ROUND_HEADER)) ?? round };
}
export const fetchHealth = (signal?: AbortSignal) => get<Health>('/health', undefined, signal);
export const fetchSources = async (round: RoundRef | null, signal?: AbortSignal) =>
  (await get<{ items: Source[] }>(roundPath(round, '/sources'), undefined, signal)).items;

export const createActor = (round: RoundRef | null, body: z.input<typeof ActorCreate>) =>
  request<Actor>('POST', roundPath(round, '/actors'), { body });
export const putActor = (round: RoundRef | null, id: string, body: z.input<typeof ActorPut>) =>
  request<Actor>('PUT', roundPath(round, '/actors', id), { body });
export const createCollaboration = (round: RoundRef | null, body: z.input<typeof CollaborationCreate>) =>
  request<Collaboration>('POST', roundPath(round, '/collaborations'), { body });
/** A JSON merge patch: null removes a field. */
export const patchCollaboration = (round: RoundRef | null, id: string, body: Record<string, unknown>) =>
  request<Collaboration>('PATCH', roundPath(round, '/collaborations', id), { body });
/** 409 while the actor has ties, memberships or units, unless cascade (which deletes the first two and detaches units). */
export const deleteActor = (round: RoundRef | null, id: string, options: { cascade?: boolean } = {}) =>
  request<void>('DELETE', roundPath(round, '/actors', id), { query: { cascade: options.cascade || undefined } });
export const deleteCollaboration = (round: RoundRef | null, id: string) => request<void>('DELETE', roundPath(round, '/collaborations', id));

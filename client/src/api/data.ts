// The resource API the explorer reads and writes: the graph, sources, health and the edit
// routes for actors and collaborations (create, change, delete).
import type { Actor, ActorCreate, ActorPut, Collaboration, CollaborationCreate, Source } from '../domain.ts';
import type { z } from 'zod';
import { get, request } from './http.ts';
import type { SerializedGraph } from '../graph/model.ts';

export interface Health {
  status: 'ok' | 'unavailable';
  store: string;
  version: string;
  graphVersion?: number;
  writesNeedKey: boolean;
}

/** The whole graph with forums; the client filters it itself so positions survive filtering. */
export const fetchGraph = (signal?: AbortSignal) => get<SerializedGraph>('/api/graph', { includeForums: true }, signal);
export const fetchHealth = (signal?: AbortSignal) => get<Health>('/health', undefined, signal);
export const fetchSources = async (signal?: AbortSignal) => (await get<{ items: Source[] }>('/api/sources', undefined, signal)).items;

export const createActor = (body: z.input<typeof ActorCreate>) => request<Actor>('POST', '/api/actors', { body });
export const putActor = (id: string, body: z.input<typeof ActorPut>) =>
  request<Actor>('PUT', `/api/actors/${encodeURIComponent(id)}`, { body });
export const createCollaboration = (body: z.input<typeof CollaborationCreate>) =>
  request<Collaboration>('POST', '/api/collaborations', { body });
/** A JSON merge patch: null removes a field. */
export const patchCollaboration = (id: string, body: Record<string, unknown>) =>
  request<Collaboration>('PATCH', `/api/collaborations/${encodeURIComponent(id)}`, { body });
/** 409 while the actor has ties, memberships or units, unless cascade (which deletes the first two and detaches units). */
export const deleteActor = (id: string, options: { cascade?: boolean } = {}) =>
  request<void>('DELETE', `/api/actors/${encodeURIComponent(id)}`, { query: { cascade: options.cascade || undefined } });
export const deleteCollaboration = (id: string) => request<void>('DELETE', `/api/collaborations/${encodeURIComponent(id)}`);

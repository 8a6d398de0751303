// The history routes the explorer reads and the revert it sends (server/routes/changes.ts).
import type { Change } from '../../../server/domain/changes.ts';
import { get, request } from './http.ts';

export type { Change };

export interface ChangeQuery {
  mapping?: string;
  round?: string;
  actor?: string;
  limit?: number;
}

export const fetchChanges = async (query: ChangeQuery, signal?: AbortSignal) =>
  (await get<{ items: Change[] }>('/api/changes', { ...query }, signal)).items;

/** 409 when a record it touched changed since: the error's details name them. */
export const revertChange = (id: string) => request<Change>('POST', `/api/changes/${encodeURIComponent(id)}/revert`);

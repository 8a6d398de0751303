// A round's saved layout (GET/PUT …/layout): where the explorer draws each actor and forum. The
// map starts from it when there is one; any view that draws a round (the compare view) can ask
// for its positions the same way.
import type { Positions } from '../graph/sync.ts';
import { get, request } from './http.ts';

/** A round by its mapping and id; none: the server's default round. */
export interface RoundRef {
  mapping: string;
  round: string;
}

interface SavedLayout {
  positions: Record<string, { x: number; y: number }>;
  savedAt: string | null;
}

const layoutPath = (round?: RoundRef): string =>
  round === undefined
    ? '/api/layout'
    : `/api/mappings/${encodeURIComponent(round.mapping)}/rounds/${encodeURIComponent(round.round)}/layout`;

/** The round's saved positions by actor or forum id; null when nobody saved a layout. */
export async function fetchRoundPositions(round?: RoundRef, signal?: AbortSignal): Promise<Positions | null> {
  const layout = await get<SavedLayout>(layoutPath(round), undefined, signal);
  return layout.savedAt === null ? null : new Map(Object.entries(layout.positions));
}

/** Replaces the round's layout with these positions (a write: the API key when keys are configured). */
export const saveRoundPositions = (positions: Positions, round?: RoundRef) =>
  request<SavedLayout>('PUT', layoutPath(round), { body: { positions: Object.fromEntries(positions) } });

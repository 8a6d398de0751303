// A round's saved layout (GET/PUT …/layout): where the explorer draws each actor and forum. The
// map starts from it when there is one; any view that draws a round (the compare view) can ask
// for its positions the same way.
import type { Positions } from '../graph/sync.ts';
import { get, request } from './http.ts';
import { roundPath, type RoundRef } from './round-scope.ts';

interface SavedLayout {
  positions: Record<string, { x: number; y: number }>;
  savedAt: string | null;
}

/** The round's saved positions by actor or forum id (null round: the default one); null when nobody saved a layout. */
export async function fetchRoundPositions(round: RoundRef | null, signal?: AbortSignal): Promise<Positions | null> {
  const layout = await get<SavedLayout>(roundPath(round, '/layout'), undefined, signal);
  return layout.savedAt === null ? null : new Map(Object.entries(layout.positions));
}

/** Replaces the round's layout with these positions (a write: the API key when keys are configured). */
export const saveRoundPositions = (positions: Positions, round: RoundRef | null) =>
  request<SavedLayout>('PUT', roundPath(round, '/layout'), { body: { positions: Object.fromEntries(positions) } });

/**
 * Keeps these positions as the round's first layout: only a round without a layout takes them
 * (If-None-Match: *); a round that has one answers 412 and keeps its own.
 */
export const keepFirstPositions = (positions: Positions, round: RoundRef | null) =>
  request<SavedLayout>('PUT', roundPath(round, '/layout'), {
    body: { positions: Object.fromEntries(positions) },
    headers: { 'if-none-match': '*' },
  });

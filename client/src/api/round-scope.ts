// Which round the explorer reads and writes, and the one place its routes' prefix is built: the
// short routes (/api/actors, …) serve the server's default round, every other round is named in
// the path (/api/mappings/{mapping}/rounds/{round}/…). Null is the default round, so old links,
// which name no round, keep opening what they opened before.
import type { RoundRef } from '../../../server/domain/mappings.ts';
import { Slug } from '../../../server/domain/schemas.ts';

export type { RoundRef };

/** The header the round-scoped routes answer with: which round answered (server/plugins/rounds.ts). */
export const ROUND_HEADER = 'samverkan-round';

const isSlug = (text: string) => Slug.safeParse(text).success;

/** `mapping/round` as the URL and the round header write it; null when it is not one. */
export function parseRoundRef(text: string | null | undefined): RoundRef | null {
  const [mapping, round, ...rest] = (text ?? '').trim().split('/');
  if (rest.length > 0 || !mapping || !round || !isSlug(mapping) || !isSlug(round)) return null;
  return { mapping, round };
}

export const formatRoundRef = (ref: RoundRef): string => `${ref.mapping}/${ref.round}`;

export const sameRound = (a: RoundRef | null, b: RoundRef | null): boolean =>
  a === b || (a !== null && b !== null && a.mapping === b.mapping && a.round === b.round);

/** The prefix every per-round route hangs under: `/api` for the default round. */
export function roundPrefix(ref: RoundRef | null): string {
  if (ref === null) return '/api';
  return `/api/mappings/${encodeURIComponent(ref.mapping)}/rounds/${encodeURIComponent(ref.round)}`;
}

/** A per-round route of the round: `roundPath(ref, '/actors', id)`; parts after the first are encoded. */
export function roundPath(ref: RoundRef | null, route: string, ...ids: string[]): string {
  return `${roundPrefix(ref)}${route}${ids.map((id) => `/${encodeURIComponent(id)}`).join('')}`;
}

/** The routes of a mapping itself (its rounds, compare). */
export const mappingPath = (mapping: string, route = ''): string => `/api/mappings/${encodeURIComponent(mapping)}${route}`;

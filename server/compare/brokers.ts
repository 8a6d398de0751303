// Brokers gained and lost between two sectors: the gap analytics' brokers (gaps/brokers.ts) between
// the pair in each round, the top `limit` of each compared by actor. Gained: a top broker in the
// later round that was not one in the earlier; lost: the reverse; kept: in both. Each round's
// actor appears as that round records it.
import { brokers } from '../analytics/gaps/index.ts';
import type { BrokerChange } from '../domain/compare-responses.ts';
import type { Sector } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { byId } from './common.ts';
import { SECTOR_ORDER } from './measures.ts';

/** Every unordered pair of different sectors, in vocabulary order. */
export const CROSS_SECTOR_PAIRS: readonly (readonly [Sector, Sector])[] = SECTOR_ORDER.flatMap((a, i) =>
  SECTOR_ORDER.slice(i + 1).map((b) => [a, b] as const),
);

function topBrokers(snapshot: GraphSnapshot, from: Sector, to: Sector, limit: number) {
  return brokers(snapshot, { from, to, limit, paths: 0 }).brokers.map((b) => b.actor);
}

export function brokerChange(
  before: GraphSnapshot,
  after: GraphSnapshot,
  [from, to]: readonly [Sector, Sector],
  limit: number,
): BrokerChange {
  const earlier = topBrokers(before, from, to, limit);
  const later = topBrokers(after, from, to, limit);
  const wasBroker = new Set(earlier.map((a) => a.id));
  const isBroker = new Set(later.map((a) => a.id));
  return {
    from,
    to,
    gained: later.filter((a) => !wasBroker.has(a.id)).sort(byId),
    lost: earlier.filter((a) => !isBroker.has(a.id)).sort(byId),
    kept: later.filter((a) => wasBroker.has(a.id)).sort(byId),
  };
}

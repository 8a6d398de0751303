// The seeded network the format-layer benchmarks write and read (bench/import.ts, bench/export.ts):
// numbered actors with one sector and area each, and ties between pseudo-random distinct pairs,
// so every run exports the same graph.
import { AREAS, SECTORS, STATUSES } from '../server/domain/vocabulary.ts';
import type { GraphSnapshot } from '../server/store/port.ts';
import { seededPairs } from './dataset.ts';

export function syntheticSnapshot(actorCount: number, tieCount: number): GraphSnapshot {
  const at = '2026-01-01T00:00:00.000Z';
  const actors = Array.from({ length: actorCount }, (_, i) => ({
    id: `aktor-${i}`,
    name: `Aktör ${i}`,
    sector: SECTORS[i % SECTORS.length]!.id,
    areas: [AREAS[i % AREAS.length]!.id],
    neighbourhoods: i % 3 === 0 ? ['Kronogården'] : [],
    targetGroups: [],
    description: `Beskrivning av aktör ${i}; med "citat" och semikolon`,
    evidence: [],
    createdAt: at,
    updatedAt: at,
  }));
  const collaborations = seededPairs(actorCount, tieCount).map(([source, target], i) => {
    return {
      id: `tie-${i}`,
      source: `aktor-${source}`,
      target: `aktor-${target}`,
      type: 'internal',
      status: STATUSES[i % STATUSES.length]!.id,
      areas: [AREAS[i % AREAS.length]!.id],
      forms: [],
      strength: 1 + (i % 3),
      directed: i % 7 === 0,
      neighbourhoods: [],
      evidence: [],
      createdAt: at,
      updatedAt: at,
    };
  });
  return { version: 1, sources: [], actors, forums: [], collaborations } as unknown as GraphSnapshot;
}

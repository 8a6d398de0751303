// The synthetic graphs the store and load benchmarks write: numbered actors with one area each
// (sectors and areas in turn) and ties between seeded pseudo-random distinct pairs, so every run
// writes the same graph.
import type { Dataset } from '../server/domain/inputs.ts';
import { AREAS, SECTORS } from '../server/domain/vocabulary.ts';
import type { ActorRecord } from '../server/store/port.ts';

export function benchActor(id: string, i: number): ActorRecord {
  const sector = SECTORS[i % SECTORS.length]!.id as ActorRecord['sector'];
  return {
    id,
    name: `Aktör ${i}`,
    sector,
    areas: [AREAS[i % AREAS.length]!.id as ActorRecord['areas'][number]],
    neighbourhoods: [],
    targetGroups: [],
    evidence: [],
  };
}

/** Actors `import-0` … and ties `tie-0` … between distinct pairs drawn from a fixed seed. */
/** `count` ties' ends: distinct pairs of `0 … actorCount - 1` drawn from a fixed seed. */
export function seededPairs(actorCount: number, count: number): Array<[number, number]> {
  let seed = 42;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  return Array.from({ length: count }, () => {
    const source = random(actorCount);
    return [source, (source + 1 + random(actorCount - 1)) % actorCount];
  });
}

export function benchDataset(actorCount: number, tieCount: number): Dataset {
  const actors = Array.from({ length: actorCount }, (_, i) => benchActor(`import-${i}`, i));
  const collaborations = seededPairs(actorCount, tieCount).map(([source, target], i) => {
    return {
      id: `tie-${i}`,
      source: `import-${source}`,
      target: `import-${target}`,
      status: 'active' as const,
      areas: [],
      forms: [],
      directed: false,
      neighbourhoods: [],
      evidence: [],
    };
  });
  return { sources: [], actors, forums: [], collaborations };
}

// A seeded random dataset of `actors` actors and about `ties` active collaborations, for tests and
// benchmarks that need a graph big enough for its analytics to take real time. Invented, so it
// lives only in test/ and bench/ and is never loaded into a store anyone reads.
import type { z } from 'zod';
import type { Dataset } from '../../server/domain/inputs.ts';
import { random } from '../analytics/gaps/fixtures.ts';

const SECTORS = ['municipal', 'regional', 'state', 'civil_society', 'business'] as const;
const AREAS = ['housing', 'education', 'labour_market', 'democracy_civil_society', 'crime'] as const;

export function syntheticDataset(actors: number, ties: number, seed = 1): z.input<typeof Dataset> {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pairs = new Set<string>();
  const collaborations: NonNullable<z.input<typeof Dataset>['collaborations']> = [];
  while (collaborations.length < ties) {
    const u = Math.floor(rnd() * actors);
    const v = Math.floor(rnd() * actors);
    const key = `${Math.min(u, v)}-${Math.max(u, v)}`;
    if (u === v || pairs.has(key)) continue;
    pairs.add(key);
    collaborations.push({ id: `t${key}`, source: `a${u}`, target: `a${v}`, status: 'active', areas: [pick(AREAS)], forms: [] });
  }
  return {
    actors: Array.from({ length: actors }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, sector: pick(SECTORS), areas: [pick(AREAS)] })),
    collaborations,
  };
}

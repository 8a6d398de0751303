// The options of compareRounds, merged over DEFAULTS and parsed on entry, with the rules that
// depend on the rounds' size. Exact betweenness and the brokers of every sector pair take one
// shortest-path search per actor (per actor of a sector, per pair): seconds at 10 000 actors.
// Above LARGE_ROUND actors the comparison therefore estimates betweenness from a seeded sample
// of sources (and says so in `samples`) and compares brokers only for the pairs asked for
// (and says so in `skipped`); a caller may ask for exact betweenness or for pairs anyway.
import { z } from 'zod';
import { Sector } from '../domain/schemas.ts';
import { ValidationError } from '../errors.ts';
import { CROSS_SECTOR_PAIRS } from './brokers.ts';

export const LARGE_ROUND = 2_000;
export const SAMPLED_SOURCES = 256;

const CompareOptions = z.strictObject({
  top: z.int().min(1).max(1000).describe('movers per list'),
  predicted: z.int().min(1).max(1000).describe("how many of the earlier round's predicted links to follow up"),
  brokers: z.int().min(1).max(100).describe('top brokers per round compared for each sector pair'),
  brokerPairs: z
    .array(z.tuple([Sector, Sector]).refine(([a, b]) => a !== b, 'must name two different sectors'))
    .max(10)
    .optional()
    .describe('sector pairs whose brokers to compare; default every pair, none for large rounds'),
  betweennessSamples: z.int().min(2).nullable().optional().describe('sampled sources; null exact; default by size'),
});

export type CompareOptions = Partial<z.input<typeof CompareOptions>>;

export const COMPARE_DEFAULTS = { top: 10, predicted: 10, brokers: 5 };

export interface ResolvedOptions {
  top: number;
  predicted: number;
  brokers: number;
  brokerPairs: readonly (readonly [Sector, Sector])[];
  brokersSkipped: boolean;
  samples: number | null;
}

export function resolveOptions(module: string, options: unknown, largest: number): ResolvedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new ValidationError(`${module}: options must be an object`);
  }
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined));
  const parsed = CompareOptions.safeParse({ ...COMPARE_DEFAULTS, ...given });
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new ValidationError(`${module}: ${details[0]!.path}: ${details[0]!.message}`, details);
  }
  const o = parsed.data;
  const large = largest > LARGE_ROUND;
  return {
    top: o.top,
    predicted: o.predicted,
    brokers: o.brokers,
    brokerPairs: o.brokerPairs ?? (large ? [] : CROSS_SECTOR_PAIRS),
    brokersSkipped: o.brokerPairs === undefined && large,
    samples: o.betweennessSamples !== undefined ? o.betweennessSamples : large ? SAMPLED_SOURCES : null,
  };
}

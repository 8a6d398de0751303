// The parameters the metrics take (weighted, samples, seed, …) as data: type, default, bounds,
// labels and descriptions in English and Swedish. Both the analytics' own query (catalogue.ts)
// and the HTTP query of /api/analytics/centrality are generated from this list, so a bound or a
// default is written once.
import { z } from 'zod';

export interface Text {
  en: string;
  sv: string;
}

export type ParameterId = 'weighted' | 'normalized' | 'samples' | 'seed' | 'alpha' | 'resolution';

export interface ParameterDescriptor {
  id: ParameterId;
  type: 'boolean' | 'integer' | 'number';
  default: boolean | number | null;
  min?: number;
  max?: number;
  /** True when a bound itself is not allowed (alpha lies strictly between 0 and 1). */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  label: Text;
  description: Text;
}

export const PARAMETERS: Readonly<Record<ParameterId, ParameterDescriptor>> = {
  weighted: {
    id: 'weighted',
    type: 'boolean',
    default: false,
    label: { en: 'Weighted', sv: 'Viktad' },
    description: {
      en: 'Use tie strength: weight for strength-based metrics, 1/weight as path length for betweenness and closeness',
      sv: 'Använd samverkans styrka: vikt för styrkebaserade mått, 1/vikt som väglängd för mellanliggande centralitet och närhet',
    },
  },
  normalized: {
    id: 'normalized',
    type: 'boolean',
    default: true,
    label: { en: 'Normalised', sv: 'Normaliserad' },
    description: {
      en: 'Scale betweenness by 1/((n-1)(n-2)) and closeness by 1/(n-1), so values lie in 0..1',
      sv: 'Skala mellanliggande centralitet med 1/((n-1)(n-2)) och närhet med 1/(n-1) så att värdena ligger i 0..1',
    },
  },
  samples: {
    id: 'samples',
    type: 'integer',
    default: null,
    min: 2,
    max: 1_000_000,
    label: { en: 'Samples', sv: 'Stickprov' },
    description: {
      en: 'Estimate betweenness from this many randomly drawn source actors (seeded); empty = exact',
      sv: 'Uppskatta mellanliggande centralitet från så många slumpvis valda startaktörer (med frö); tomt = exakt',
    },
  },
  seed: {
    id: 'seed',
    type: 'integer',
    default: 1,
    min: 0,
    max: 2 ** 31 - 1,
    label: { en: 'Random seed', sv: 'Slumpfrö' },
    description: {
      en: 'Seed for sampling and Louvain: the same seed gives the same answer',
      sv: 'Frö för stickprov och Louvain: samma frö ger samma svar',
    },
  },
  alpha: {
    id: 'alpha',
    type: 'number',
    default: 0.85,
    min: 0,
    max: 1,
    minExclusive: true,
    maxExclusive: true,
    label: { en: 'Damping (alpha)', sv: 'Dämpning (alfa)' },
    description: {
      en: 'PageRank: probability of following a tie rather than jumping anywhere',
      sv: 'PageRank: sannolikheten att följa en samverkan i stället för att hoppa vart som helst',
    },
  },
  resolution: {
    id: 'resolution',
    type: 'number',
    default: 1,
    min: 0,
    max: 100,
    minExclusive: true,
    label: { en: 'Resolution', sv: 'Upplösning' },
    description: {
      en: 'Louvain: above 1 gives more, smaller communities; below 1 fewer, larger ones',
      sv: 'Louvain: över 1 ger fler och mindre grupper, under 1 färre och större',
    },
  },
};

/** The parameter's numbers, bounds checked, with messages that say the range. */
export function boundedNumber(p: ParameterDescriptor): z.ZodNumber {
  let n = p.type === 'integer' ? z.int({ error: 'must be a whole number' }) : z.number({ error: 'must be a number' });
  if (p.min !== undefined) n = p.minExclusive ? n.gt(p.min, `must be greater than ${p.min}`) : n.min(p.min, `must be at least ${p.min}`);
  if (p.max !== undefined) n = p.maxExclusive ? n.lt(p.max, `must be less than ${p.max}`) : n.max(p.max, `must be at most ${p.max}`);
  return n;
}

/** A yes/no parameter as a field of a parsed query, with its default. */
export function booleanField(p: ParameterDescriptor) {
  return z
    .boolean()
    .default(p.default as boolean)
    .describe(p.description.en);
}

/** A number parameter as a field of a parsed query: bounds checked, its default (null: not given). */
export function numberField(p: ParameterDescriptor) {
  return boundedNumber(p)
    .default(p.default as number)
    .describe(p.description.en);
}

export function nullableNumberField(p: ParameterDescriptor) {
  return boundedNumber(p).nullable().default(null).describe(p.description.en);
}

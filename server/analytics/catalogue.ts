// The catalogue of per-actor metrics: one descriptor per metric — id, labels and descriptions in
// English and Swedish, the parameters (parameters.ts) that change it, what kind of value it gives,
// which way is "more", and the kernel that computes it — from which the API routes, the OpenAPI
// document and the client's metric menus are generated. Adding a metric is one kernel module and
// one entry here. The catalogue is data: it imports kernels, and nothing it imports imports it
// (centrality/table.ts computes whole tables from it).
//
// `weighted` (default false) switches every metric to the tie attribute its descriptor names:
// `weight` (closeness of a tie) for strength-based metrics, `distance` (1/weight) for shortest
// paths. Metrics defined on topology alone (degree counts, k-core) ignore it.
import { z } from 'zod';
import { COLLABORATION_TYPES } from '../domain/vocabulary.ts';
import type { CollaborationType } from '../domain/schemas.ts';
import { toCsr, toNullableRecord, type AnyGraph, type Csr } from './kernel/csr.ts';
import { degreeKernel } from './centrality/degree.ts';
import { betweennessKernel, type BetweennessOptions } from './centrality/betweenness.ts';
import { closenessKernel, type ClosenessOptions } from './centrality/closeness.ts';
import { eigenvectorKernel } from './centrality/eigenvector.ts';
import { pagerankKernel } from './centrality/pagerank.ts';
import { coreKernel } from './centrality/core.ts';
import { constraintKernel } from './centrality/constraint.ts';
import { clusteringKernel } from './centrality/clustering.ts';
import { communitiesKernel, type CommunityOptions } from './communities.ts';
import { InvalidQuery } from './errors.ts';
import { booleanField, nullableNumberField, numberField, PARAMETERS, type ParameterDescriptor, type Text } from './parameters.ts';

type TypeId = (typeof COLLABORATION_TYPES)[number]['id'];
export type MetricId =
  | 'degree'
  | `degree_${TypeId}`
  | 'weighted_degree'
  | 'betweenness'
  | 'closeness'
  | 'eigenvector'
  | 'pagerank'
  | 'core'
  | 'constraint'
  | 'clustering'
  | 'community';

export interface MetricDescriptor {
  id: MetricId;
  label: Text;
  description: Text;
  /** Query parameters that change this metric's values (the client shows these). */
  parameters: readonly ParameterDescriptor[];
  /** count: whole ties; strength: sums of weights; score: a centrality; category: a label. */
  output: 'count' | 'strength' | 'score' | 'category';
  /** True when a higher value means a more central, better connected actor; false when it means less (constraint); null for categories. Lists sort "most" first. */
  higherIsMore: boolean | null;
  /** The tie attribute used when weighted; null when weights never matter. */
  weightAttribute: 'weight' | 'distance' | null;
  /** Quadratic in the graph's size: split across workers, and worth estimating from samples. */
  heavy: boolean;
  /** The metric's values for the Csr of a graph (NaN where undefined). */
  kernel(csr: Csr, query: MetricsQuery, graph?: AnyGraph): Float64Array;
  /** The metric on a graph: {actor: value}, null where undefined; the query's defaults fill in. */
  fn(graph: AnyGraph, query?: MetricsQueryInput): Record<string, number | null>;
}

type Entry = Omit<MetricDescriptor, 'fn'>;

function withFn(entry: Entry): MetricDescriptor {
  return {
    ...entry,
    fn: (graph, query) => {
      const csr = toCsr(graph, entry.id);
      return toNullableRecord(csr, entry.kernel(csr, parseMetricsQuery(query), graph));
    },
  };
}

const P = PARAMETERS;

const typeDegrees: Entry[] = COLLABORATION_TYPES.map((t) => ({
  id: `degree_${t.id}` as MetricId,
  // A tie's type follows the sectors of both its actors, so a civil society actor's tie to the
  // municipality is of type civil society: the label names the type, never the partner's sector
  // (the panel's "no partner in" line is about partners' sectors).
  label: { en: `Degree over ties of type ${t.en.toLowerCase()}`, sv: `Grad i samverkan av typen ${t.sv.toLowerCase()}` },
  description: {
    en: `Number of actors tied to this one by at least one collaboration of type ${t.en.toLowerCase()} (a type set by the sectors of both actors, not the partner's sector alone).`,
    sv: `Antal aktörer som aktören har minst en samverkan av typen ${t.sv.toLowerCase()} med (typen följer båda aktörernas sektorer, inte bara partnerns).`,
  },
  parameters: [],
  output: 'count',
  higherIsMore: true,
  weightAttribute: null,
  heavy: false,
  kernel: (csr) => degreeKernel(csr, { type: t.id as CollaborationType }),
}));

const ENTRIES: Entry[] = [
  {
    id: 'degree',
    label: { en: 'Degree', sv: 'Grad' },
    description: { en: 'Number of actors this actor collaborates with.', sv: 'Antal aktörer som aktören samverkar med.' },
    parameters: [],
    output: 'count',
    higherIsMore: true,
    weightAttribute: null,
    heavy: false,
    kernel: (csr) => degreeKernel(csr),
  },
  ...typeDegrees,
  {
    id: 'weighted_degree',
    label: { en: 'Weighted degree', sv: 'Viktad grad' },
    description: {
      en: 'Sum of the weights (strengths) of the actor’s ties. Unweighted, every tie counts 1, so it equals degree.',
      sv: 'Summan av vikterna (styrkorna) i aktörens samverkan. Oviktad räknas varje samverkan som 1 och måttet blir lika med graden.',
    },
    parameters: [P.weighted],
    output: 'strength',
    higherIsMore: true,
    weightAttribute: 'weight',
    heavy: false,
    kernel: (csr, q) => degreeKernel(csr, { weighted: q.weighted }),
  },
  {
    id: 'betweenness',
    label: { en: 'Betweenness', sv: 'Mellanliggande centralitet' },
    description: {
      en: 'Share of shortest paths between other actors that pass through this one: the broker position. Weighted, a path’s length is the sum of 1/weight.',
      sv: 'Andel av de kortaste vägarna mellan andra aktörer som går via aktören: mäklarpositionen. Viktad är en vägs längd summan av 1/vikt.',
    },
    parameters: [P.weighted, P.normalized, P.samples, P.seed],
    output: 'score',
    higherIsMore: true,
    weightAttribute: 'distance',
    heavy: true,
    kernel: (csr, q) => betweennessKernel(csr, betweennessOptions(q)),
  },
  {
    id: 'closeness',
    label: { en: 'Harmonic closeness', sv: 'Harmonisk närhet' },
    description: {
      en: 'Average of 1/distance to every other actor (unreachable ones count 0): how near the actor is to everyone.',
      sv: 'Medelvärdet av 1/avstånd till alla andra aktörer (de som inte nås räknas som 0): hur nära aktören är alla.',
    },
    parameters: [P.weighted, P.normalized],
    output: 'score',
    higherIsMore: true,
    weightAttribute: 'distance',
    heavy: true,
    kernel: (csr, q) => closenessKernel(csr, closenessOptions(q)),
  },
  {
    id: 'eigenvector',
    label: { en: 'Eigenvector centrality', sv: 'Egenvektorcentralitet' },
    description: {
      en: 'High when the actor is tied to actors who are themselves central.',
      sv: 'Hög när aktören samverkar med aktörer som själva är centrala.',
    },
    parameters: [P.weighted],
    output: 'score',
    higherIsMore: true,
    weightAttribute: 'weight',
    heavy: false,
    kernel: (csr, q) => eigenvectorKernel(csr, { weighted: q.weighted }),
  },
  {
    id: 'pagerank',
    label: { en: 'PageRank', sv: 'PageRank' },
    description: {
      en: 'Share of time a random walk along the ties spends at the actor.',
      sv: 'Andel av tiden som en slumpvandring längs samverkan tillbringar hos aktören.',
    },
    parameters: [P.weighted, P.alpha],
    output: 'score',
    higherIsMore: true,
    weightAttribute: 'weight',
    heavy: false,
    kernel: (csr, q) => pagerankKernel(csr, { weighted: q.weighted, alpha: q.alpha }),
  },
  {
    id: 'core',
    label: { en: 'k-core', sv: 'k-kärna' },
    description: {
      en: 'The largest k such that the actor belongs to a group where everyone has at least k ties.',
      sv: 'Det största k sådant att aktören hör till en grupp där alla har minst k samverkansrelationer.',
    },
    parameters: [],
    output: 'count',
    higherIsMore: true,
    weightAttribute: null,
    heavy: false,
    kernel: (csr) => coreKernel(csr),
  },
  {
    id: 'constraint',
    label: { en: "Burt's constraint", sv: 'Burts begränsning' },
    description: {
      en: 'High when the actor’s ties all lead into one closed group; low for brokers across structural holes. Undefined without ties.',
      sv: 'Hög när aktörens samverkan leder in i en enda sluten grupp; låg för mäklare över strukturella hål. Odefinierad utan samverkan.',
    },
    parameters: [P.weighted],
    output: 'score',
    higherIsMore: false,
    weightAttribute: 'weight',
    heavy: false,
    kernel: (csr, q) => constraintKernel(csr, { weighted: q.weighted }),
  },
  {
    id: 'clustering',
    label: { en: 'Clustering coefficient', sv: 'Klustringskoefficient' },
    description: {
      en: 'Share of the actor’s pairs of partners who also collaborate with each other.',
      sv: 'Andel av aktörens par av samverkanspartner som också samverkar med varandra.',
    },
    parameters: [P.weighted],
    output: 'score',
    higherIsMore: true,
    weightAttribute: 'weight',
    heavy: false,
    kernel: (csr, q) => clusteringKernel(csr, { weighted: q.weighted }),
  },
  {
    id: 'community',
    label: { en: 'Community (Louvain)', sv: 'Grupp (Louvain)' },
    description: {
      en: 'The group of densely tied actors the actor belongs to; 0 is the largest group.',
      sv: 'Den grupp av tätt sammanknutna aktörer som aktören tillhör; 0 är den största gruppen.',
    },
    parameters: [P.weighted, P.resolution, P.seed],
    output: 'category',
    higherIsMore: null,
    weightAttribute: 'weight',
    heavy: false,
    kernel: (csr, q, graph) => Float64Array.from(communitiesKernel(csr, communityOptions(q), graph).labels),
  },
];

export const METRICS: readonly MetricDescriptor[] = ENTRIES.map(withFn);
export const METRIC_IDS = METRICS.map((m) => m.id) as [MetricId, ...MetricId[]];
const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function metric(id: MetricId): MetricDescriptor {
  const descriptor = BY_ID.get(id);
  if (!descriptor) throw new Error(`catalogue: unknown metric '${id}'`);
  return descriptor;
}

export const MetricIdSchema = z.enum(METRIC_IDS).meta({ id: 'MetricId' });

/** What a caller may ask for; every field has a default. The parameters' fields come from PARAMETERS. */
export const MetricsQuery = z
  .strictObject({
    metrics: z
      .array(MetricIdSchema)
      .min(1)
      .max(METRIC_IDS.length)
      .default([...METRIC_IDS]),
    weighted: booleanField(P.weighted),
    normalized: booleanField(P.normalized),
    samples: nullableNumberField(P.samples),
    seed: numberField(P.seed),
    alpha: numberField(P.alpha),
    resolution: numberField(P.resolution),
    sort: MetricIdSchema.optional().describe('metric to sort by; default the first one asked for'),
    order: z.enum(['asc', 'desc']).optional().describe('default: the metric’s "most" first (ascending for constraint and community)'),
    limit: z.int().min(1).max(100_000).optional().describe('rows to return after sorting; default all'),
  })
  .refine((q) => new Set(q.metrics).size === q.metrics.length, { message: 'must not list a metric twice', path: ['metrics'] })
  .refine((q) => q.sort === undefined || q.metrics.includes(q.sort), { message: 'must be one of the requested metrics', path: ['sort'] })
  .meta({ id: 'MetricsQuery' });
export type MetricsQuery = z.output<typeof MetricsQuery>;
export type MetricsQueryInput = z.input<typeof MetricsQuery>;

/** Parses a query (defaults filled in); errors start with "catalogue: invalid metrics query". */
export function parseMetricsQuery(query: MetricsQueryInput | undefined): MetricsQuery {
  const parsed = MetricsQuery.safeParse(query ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`);
    throw new InvalidQuery('catalogue', `invalid metrics query: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** The catalogue as plain data, for GET /api/analytics/catalogue and the client's menus. */
export function describeCatalogue(): {
  metrics: Omit<MetricDescriptor, 'kernel' | 'fn'>[];
  parameters: ParameterDescriptor[];
} {
  return {
    metrics: METRICS.map(({ kernel: _kernel, fn: _fn, ...rest }) => rest),
    parameters: Object.values(PARAMETERS),
  };
}

/** A query's parameters as the options of the metrics that take more than `weighted`. */
export function betweennessOptions(q: MetricsQuery): BetweennessOptions {
  return { weighted: q.weighted, normalized: q.normalized, samples: q.samples, seed: q.seed };
}
export function closenessOptions(q: MetricsQuery): ClosenessOptions {
  return { weighted: q.weighted, normalized: q.normalized };
}
export function communityOptions(q: MetricsQuery): CommunityOptions {
  return { weighted: q.weighted, resolution: q.resolution, seed: q.seed };
}

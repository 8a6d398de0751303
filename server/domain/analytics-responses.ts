// What /api/analytics/catalogue and /api/analytics/centrality answer: the routes validate and
// document with these schemas, and the explorer reads its answers as their inferred types, so the
// two cannot drift apart. Data only: nothing here imports the routes or the analytics.
import { z } from 'zod';

const Text = z.object({ en: z.string(), sv: z.string() });
export const Catalogue = z
  .object({
    metrics: z.array(
      z.object({
        id: z.string(),
        label: Text,
        description: Text,
        parameters: z.array(z.string()),
        output: z.enum(['count', 'strength', 'score', 'category']),
        higherIsMore: z.boolean().nullable(),
        weightAttribute: z.enum(['weight', 'distance']).nullable(),
        heavy: z.boolean(),
      }),
    ),
    parameters: z.array(
      z.object({
        id: z.string(),
        type: z.enum(['boolean', 'integer', 'number']),
        default: z.union([z.boolean(), z.number(), z.null()]),
        min: z.number().optional(),
        max: z.number().optional(),
        label: Text,
        description: Text,
      }),
    ),
  })
  .meta({ id: 'MetricCatalogue' });
export type MetricCatalogue = z.infer<typeof Catalogue>;

export const CentralityResult = z
  .object({
    sort: z.string(),
    order: z.enum(['asc', 'desc']),
    total: z.number().int().describe('actors in the filtered graph; rows holds at most `limit`'),
    rows: z.array(
      z.object({
        id: z.string(),
        name: z.string().nullable(),
        sector: z.string().nullable(),
        rank: z.number().int().describe('position in this ordering, 1 = first'),
        values: z.record(z.string(), z.number().nullable()).describe('null where a metric is undefined (constraint of an isolate)'),
      }),
    ),
    communities: z.object({ count: z.number().int(), sizes: z.array(z.number().int()), modularity: z.number().nullable() }).nullable(),
  })
  .meta({ id: 'CentralityResult' });
export type CentralityResult = z.infer<typeof CentralityResult>;

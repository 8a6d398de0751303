// What a caller may say about a file's mapping (the request's `mapping`, the wizard's choices):
// which field a column is, which vocabulary id a value means, and the values to assume when a
// file leaves a required one out. One zod schema, so the route validates what this layer reads.
import { z } from 'zod';
import { Sector, Status } from '../../domain/schemas.ts';
import { FIELDS } from './fields.ts';

const fieldKeys = [...new Set(Object.values(FIELDS).flatMap((fields) => fields.map((f) => f.key)))] as [string, ...string[]];

export const MappingOptions = z
  .strictObject({
    columns: z
      .record(z.string().max(200), z.enum([...fieldKeys, 'ignore', 'attribute']))
      .optional()
      .describe('header → field; "ignore" drops the column, "attribute" keeps it as an attribute'),
    values: z
      .strictObject({
        sector: z.record(z.string().max(200), Sector).optional(),
        areas: z.record(z.string().max(200), z.string()).optional(),
        status: z.record(z.string().max(200), Status).optional(),
        forms: z.record(z.string().max(200), z.string()).optional(),
        role: z.record(z.string().max(200), z.string()).optional(),
      })
      .optional(),
    defaults: z
      .strictObject({ sector: Sector.optional(), status: Status.optional() })
      .optional()
      .describe('used for rows that leave the field empty or files without the column'),
  })
  .meta({ id: 'ImportMapping' });
export type MappingOptions = z.infer<typeof MappingOptions>;

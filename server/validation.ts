// Fastify's validator compiler for the zod schemas, bounded: a body of a million tiny items used
// to cost seconds of zod and an error body of 158 MB. Every list (and map) a request may hold has
// a documented maximum (maxItems, maxProperties), checked on the raw input before zod looks at any
// item, and a refused request names at most MAX_DETAILS problems (with their total; see errors.ts).
import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import { ValidationError, type ErrorDetail } from './errors.ts';
import { issuesToDetails } from './services/validate.ts';

/** Where Fastify found the input, as the API names it in a path (`body.sector`, `query.limit`). */
const LOCATION: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

/** How many problems the message spells out; `details` holds more (see errors.ts). */
const MESSAGE_DETAILS = 10;

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  maxItems?: number;
  maxProperties?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $defs?: Record<string, JsonSchema>;
};

/**
 * The lists in `value` longer than the schema allows, found by walking the input along the
 * schema (never deeper than the schema goes), before any item is looked at.
 */
function overlongLists(value: unknown, root: JsonSchema): ErrorDetail[] {
  const found: ErrorDetail[] = [];
  const resolve = (schema: JsonSchema): JsonSchema => {
    const name = schema.$ref?.replace(/^#\/\$defs\//, '');
    return name !== undefined && root.$defs?.[name] ? resolve(root.$defs[name]) : schema;
  };
  const walk = (data: unknown, schema: JsonSchema, path: Array<string | number>): void => {
    if (found.length >= MESSAGE_DETAILS) return;
    const node = resolve(schema);
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) walk(data, branch, path);
    if (Array.isArray(data)) {
      if (node.maxItems !== undefined && data.length > node.maxItems) {
        found.push({ path: path.join('.'), message: `must have at most ${node.maxItems.toLocaleString('en-US')} items` });
        return;
      }
      const items = node.items;
      if (items) {
        data.forEach((item, i) => {
          walk(item, items, [...path, i]);
        });
      }
    } else if (data !== null && typeof data === 'object' && !ArrayBuffer.isView(data)) {
      // Bytes (an uploaded file) hold no lists: enumerating a 20 MB buffer's entries took minutes
      // and gigabytes. Of an object, only the keys the schema describes are walked.
      const record = data as Record<string, unknown>;
      if (node.maxProperties !== undefined && Object.keys(record).length > node.maxProperties) {
        found.push({ path: path.join('.'), message: `must have at most ${node.maxProperties.toLocaleString('en-US')} entries` });
        return;
      }
      const extra = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
      if (extra) {
        for (const [key, item] of Object.entries(record)) walk(item, node.properties?.[key] ?? extra, [...path, key]);
      } else {
        for (const [key, field] of Object.entries(node.properties ?? {})) {
          if (Object.hasOwn(record, key)) walk(record[key], field, [...path, key]);
        }
      }
    }
  };
  walk(value, root, []);
  return found;
}

function refused(details: ErrorDetail[]): ValidationError {
  const shown = details.slice(0, MESSAGE_DETAILS).map((d) => `${d.path} ${d.message}`);
  const more = details.length > MESSAGE_DETAILS ? `; and ${details.length - MESSAGE_DETAILS} more` : '';
  return new ValidationError(`invalid request: ${shown.join('; ')}${more}`, details);
}

/** setValidatorCompiler's argument: the zod schema of one part of one route, bounded as above. */
export const boundedValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const where = LOCATION[httpPart ?? ''] ?? httpPart ?? 'request';
  const limits = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref' }) as JsonSchema;
  return (data: unknown) => {
    const overlong = overlongLists(data, limits);
    if (overlong.length > 0) {
      return { error: refused(overlong.map((d) => ({ ...d, path: [where, d.path].filter(Boolean).join('.') }))) };
    }
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: refused(issuesToDetails(result.error.issues, where)) };
  };
};

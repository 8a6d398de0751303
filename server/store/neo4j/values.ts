// The boundary for Neo4j's value types: Integers and temporal values are turned into plain
// numbers and ISO strings here, so none of them ever leaves the adapter.
import neo4j from 'neo4j-driver';

/**
 * Deep-convert a value read from Neo4j into plain JSON-like data. The common cases go first — a
 * snapshot is mostly strings in plain maps, and the driver's type tests cost more than the rest
 * of the read — so a string never meets a temporal check.
 */
export function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = plain((value as Record<string, unknown>)[key]);
    return out;
  }
  if (neo4j.isInt(value)) return toSafeNumber(value);
  if (neo4j.isDateTime(value)) return value.toStandardDate().toISOString();
  if (neo4j.isDate(value) || neo4j.isLocalDateTime(value) || neo4j.isLocalTime(value) || neo4j.isTime(value) || neo4j.isDuration(value)) {
    return value.toString(); // not stored by this adapter; never leak the object if one appears
  }
  if (value instanceof Int8Array) return value; // a byte array property (changes.ts), kept as bytes
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, plain(v)]));
}

/**
 * plain() for a list the driver has just decoded and nobody else holds (a snapshot query's row,
 * snapshot-rows.ts): converted in place, so strings, numbers and lists of them are not copied.
 */
export function plainList(values: unknown[]): unknown[] {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== null && typeof value === 'object') values[i] = Array.isArray(value) ? plainList(value) : plain(value);
  }
  return values;
}

function toSafeNumber(value: { toNumber(): number; inSafeRange(): boolean; toString(): string }): number {
  if (!value.inSafeRange()) throw new RangeError(`Neo4j store: integer ${value.toString()} is out of JavaScript's safe range`);
  return value.toNumber();
}

/**
 * Parameters on their way in: whole numbers become Neo4j Integers, so years, strengths and
 * LIMITs are stored and compared as integers rather than floats. No property here is a float.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([key, v]) => [key, toParams(v)]),
    );
  }
  return value;
}

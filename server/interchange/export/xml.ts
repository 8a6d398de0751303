// What the XML writers share: escaping text for an element or an attribute (GraphML, GEXF, XLSX),
// and one declared type per attribute name, as GraphML and GEXF declare attributes before use.
import type { FlatRecord, Scalar } from './records.ts';

const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  // Kept as references: a parser turns a raw line break in an attribute value into a space.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** `text` for an XML element or attribute; control characters XML 1.0 cannot hold at all are left out. */
export function xml(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  return text.replace(/[<>&"'\n\r\t\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, (c) => ENTITIES[c] ?? '');
}

export type ValueType = 'string' | 'integer' | 'double' | 'boolean';

function typeOf(value: Scalar): ValueType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'double';
  return 'string';
}

/**
 * Each attribute name's type, in first-seen order: the type of its first value, except that a
 * number whole in one record and not in another (a metric) is double throughout.
 */
export function attributeTypes(records: Iterable<FlatRecord>): Map<string, ValueType> {
  const types = new Map<string, ValueType>();
  for (const record of records)
    for (const [name, value] of Object.entries(record)) {
      const known = types.get(name);
      if (known === undefined) types.set(name, typeOf(value));
      else if (known === 'integer' && typeOf(value) === 'double') types.set(name, 'double');
    }
  return types;
}

/** The edges' attributes as written: with `directed`, which both XML formats carry as an attribute. */
export function* edgeAttributes(edges: Iterable<{ attributes: FlatRecord; directed: boolean }>): Generator<FlatRecord> {
  for (const edge of edges) yield { ...edge.attributes, directed: edge.directed };
}

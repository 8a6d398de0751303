// GEXF 1.3 writer, streamed as GraphML is (graphology-gexf writes the whole document as one
// string: several times the file's size in memory at 100k ties, bench/README.md). What Gephi and
// networkx read: a node's name is its label; the other attributes are declared with their types;
// graph attributes are <meta> children, as graphology-gexf reads them back. Every edge is
// undirected with `directed` as an attribute — networkx refuses a GEXF that mixes directed and
// undirected edges. No weight is written, so none is read back.
import { batched } from './chunks.ts';
import type { FlatGraph } from './graph.ts';
import type { FlatRecord } from './records.ts';
import { attributeTypes, edgeAttributes, type ValueType, xml } from './xml.ts';

function* declarations(kind: 'node' | 'edge', types: Map<string, ValueType>): Generator<string> {
  yield `    <attributes class="${kind}">\n`;
  for (const [name, type] of types) yield `      <attribute id="${xml(name)}" title="${xml(name)}" type="${type}"/>\n`;
  yield '    </attributes>\n';
}

function attvalues(record: FlatRecord): string {
  const values = Object.entries(record).map(([name, value]) => `<attvalue for="${xml(name)}" value="${xml(String(value))}"/>`);
  return values.length === 0 ? '' : `<attvalues>${values.join('')}</attvalues>`;
}

/** The GEXF of a flat graph, a batch of lines at a time. */
export function gexfChunks(graph: FlatGraph): Generator<string> {
  const nodeTypes = attributeTypes(graph.nodes.map(({ attributes: { name: _label, ...rest } }) => rest));
  const edgeTypes = attributeTypes(edgeAttributes(graph.edges));
  function* lines(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n';
    yield '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n';
    const meta = Object.entries(graph.attributes).map(([name, value]) => `<${name}>${xml(String(value))}</${name}>`);
    if (meta.length > 0) yield `  <meta>${meta.join('')}</meta>\n`;
    yield '  <graph defaultedgetype="undirected">\n';
    yield* declarations('node', nodeTypes);
    yield* declarations('edge', edgeTypes);
    yield '    <nodes>\n';
    for (const { key, attributes } of graph.nodes) {
      const { name, ...rest } = attributes;
      yield `      <node id="${xml(key)}" label="${xml(String(name ?? ''))}">${attvalues(rest)}</node>\n`;
    }
    yield '    </nodes>\n    <edges>\n';
    for (const e of graph.edges)
      yield `      <edge id="${xml(e.key)}" source="${xml(e.source)}" target="${xml(e.target)}">${attvalues({ ...e.attributes, directed: e.directed })}</edge>\n`;
    yield '    </edges>\n  </graph>\n</gexf>\n';
  }
  return batched(lines());
}

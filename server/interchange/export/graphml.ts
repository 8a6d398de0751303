// GraphML writer (graphology-graphml only parses). Every attribute gets a <key> with its type
// (string, int, double, boolean) as networkx's read_graphml expects. Edges stay undirected in the XML
// (networkx refuses a directed edge in an undirected graph); the `directed` attribute carries
// direction, and the importer reads it back.
import { batched } from './chunks.ts';
import type { FlatGraph } from './graph.ts';
import type { FlatRecord } from './records.ts';
import { attributeTypes, edgeAttributes, type ValueType, xml } from './xml.ts';

type Domain = 'graph' | 'node' | 'edge';

/** The GraphML of a flat graph, a batch of lines at a time. */
export function graphmlChunks(graph: FlatGraph): Generator<string> {
  const types: Record<Domain, Map<string, ValueType>> = {
    graph: attributeTypes([graph.attributes]),
    node: attributeTypes(graph.nodes.map((n) => n.attributes)),
    edge: attributeTypes(edgeAttributes(graph.edges)),
  };
  const keyId = (domain: Domain, name: string) => `${domain[0]}_${name}`;
  const data = (domain: Domain, record: FlatRecord) =>
    Object.entries(record)
      .map(([name, value]) => `<data key="${xml(keyId(domain, name))}">${xml(String(value))}</data>`)
      .join('');
  function* lines(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n';
    yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
    for (const domain of ['graph', 'node', 'edge'] as const)
      for (const [name, type] of types[domain])
        yield `  <key id="${xml(keyId(domain, name))}" for="${domain}" attr.name="${xml(name)}" attr.type="${type === 'integer' ? 'int' : type}"/>\n`;
    yield '  <graph id="samverkan" edgedefault="undirected">\n';
    yield `    ${data('graph', graph.attributes)}\n`;
    for (const n of graph.nodes) yield `    <node id="${xml(n.key)}">${data('node', n.attributes)}</node>\n`;
    for (const e of graph.edges)
      yield `    <edge id="${xml(e.key)}" source="${xml(e.source)}" target="${xml(e.target)}">${data('edge', { ...e.attributes, directed: e.directed })}</edge>\n`;
    yield '  </graph>\n';
    yield '</graphml>\n';
  }
  return batched(lines());
}

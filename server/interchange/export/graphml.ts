// GraphML writer (graphology-graphml only parses). Every attribute gets a <key> with its type
// (string, int, boolean) as networkx's read_graphml expects. Edges stay undirected in the XML
// (networkx refuses a directed edge in an undirected graph); the `directed` attribute carries
// direction, and the importer reads it back.
import { batched } from './chunks.ts';
import type { FlatGraph } from './graph.ts';
import type { FlatRecord, Scalar } from './records.ts';

type Domain = 'graph' | 'node' | 'edge';

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

function typeOf(value: Scalar): string {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

/** The GraphML of a flat graph, a batch of lines at a time. */
export function graphmlChunks(graph: FlatGraph): Generator<string> {
  const keys = new Map<string, { id: string; domain: Domain; name: string; type: string }>();
  const declare = (domain: Domain, record: FlatRecord) => {
    for (const [name, value] of Object.entries(record)) {
      const known = keys.get(`${domain}:${name}`);
      if (known === undefined) keys.set(`${domain}:${name}`, { id: `${domain[0]}_${name}`, domain, name, type: typeOf(value) });
      // A metric may be whole for one actor and not for the next: then all of it is double.
      else if (known.type === 'int' && typeOf(value) === 'double') known.type = 'double';
    }
  };
  declare('graph', graph.attributes);
  for (const node of graph.nodes) declare('node', node.attributes);
  for (const edge of graph.edges) declare('edge', { ...edge.attributes, directed: edge.directed });
  const data = (domain: Domain, record: FlatRecord) =>
    Object.entries(record)
      .map(([name, value]) => `<data key="${xml(keys.get(`${domain}:${name}`)?.id ?? name)}">${xml(String(value))}</data>`)
      .join('');
  function* lines(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n';
    yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
    for (const k of keys.values()) yield `  <key id="${xml(k.id)}" for="${k.domain}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>\n`;
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

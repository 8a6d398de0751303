// GraphML writer (graphology-graphml only parses). Every attribute gets a <key> with its type
// (string, int, boolean) as networkx's read_graphml expects. Edges stay undirected in the XML
// (networkx refuses a directed edge in an undirected graph); the `directed` attribute carries
// direction, and the importer reads it back.
import type { GraphSnapshot } from '../../store/port.ts';
import type { FlatRecord, Scalar } from './records.ts';
import { flatGraph } from './graph.ts';

type Domain = 'graph' | 'node' | 'edge';

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

function typeOf(value: Scalar): string {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

export function exportGraphml(snapshot: GraphSnapshot): string {
  const graph = flatGraph(snapshot);
  const keys = new Map<string, { id: string; domain: Domain; name: string; type: string }>();
  const declare = (domain: Domain, record: FlatRecord) => {
    for (const [name, value] of Object.entries(record))
      if (!keys.has(`${domain}:${name}`)) keys.set(`${domain}:${name}`, { id: `${domain[0]}_${name}`, domain, name, type: typeOf(value) });
  };
  declare('graph', graph.attributes);
  for (const node of graph.nodes) declare('node', node.attributes);
  for (const edge of graph.edges) declare('edge', edge.attributes);
  const data = (domain: Domain, record: FlatRecord) =>
    Object.entries(record)
      .map(([name, value]) => `<data key="${xml(keys.get(`${domain}:${name}`)?.id ?? name)}">${xml(String(value))}</data>`)
      .join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...keys.values()].map((k) => `  <key id="${xml(k.id)}" for="${k.domain}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="samverkan" edgedefault="undirected">',
    `    ${data('graph', graph.attributes)}`,
    ...graph.nodes.map((n) => `    <node id="${xml(n.key)}">${data('node', n.attributes)}</node>`),
    ...graph.edges.map(
      (e) =>
        `    <edge id="${xml(e.key)}" source="${xml(e.source)}" target="${xml(e.target)}">${data('edge', { ...e.attributes, directed: e.directed })}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

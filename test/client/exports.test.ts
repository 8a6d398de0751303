// The GEXF export: written as GEXF 1.3 with the viz namespace Gephi reads, and read back by
// graphology-gexf's own parser with the colours, sizes and positions as drawn.
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { smallGraph } from './fixture.ts';

// The explorer loads graphology-gexf's browser build, whose parser half binds the browser's
// DOMParser when it loads; Node has none, and the export only uses the writer half.
const g = globalThis as Record<string, unknown>;
g.DOMParser ??= class {};
g.Document ??= class {};
const { gexfText } = await import('../../client/src/app/exports.ts');

describe('GEXF export', () => {
  const graph = smallGraph();
  graph.forEachNode((n, _a) => graph.mergeNodeAttributes(n, { x: n.length, y: -n.length }));
  const drawn = {
    getNodeDisplayData: (n: string) => ({ color: n === 'polisen' ? '#e69f00' : '#0072b2', size: n === 'polisen' ? 12 : 5 }),
    getEdgeDisplayData: () => ({ color: '#999999' }),
  };
  const text = gexfText(graph, drawn);

  it('declares GEXF 1.3 and its viz namespace', () => {
    expect(text).toContain('version="1.3"');
    expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).not.toContain('http:///');
  });

  it('parses back with the drawn colours, sizes and positions', () => {
    const back = parse(Graph, text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const polisen = back.getNodeAttributes('polisen');
    expect(polisen.color).toMatch(/^(#e69f00|rgb\(230,\s*159,\s*0\))$/i);
    expect(polisen.size).toBe(12);
    expect(polisen.x).toBe('polisen'.length);
    expect(polisen.y).toBe(-'polisen'.length);
    expect(polisen.sector).toBe('state');
    expect(back.getNodeAttribute('kommunen', 'areas')).toBe('housing|crime');
  });
});

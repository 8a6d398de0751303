// networkx (the project's Python, scripts/python.mjs) reads our GraphML, GEXF and node-link
// exports of the seed round with metric columns: the same nodes and edges, and the attributes we
// wrote, typed as written (strings, integers, floats, booleans).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { python } from '../../scripts/python.mjs';
import { buildActorGraph } from '../../server/analytics/actor-graph.ts';
import { computeMetrics } from '../../server/analytics/centrality/table.ts';
import { exportBytes, exportSnapshot } from '../../server/interchange/export/formats.ts';
import { type FlatGraph, flatGraph } from '../../server/interchange/export/graph.ts';
import type { ExportOptions } from '../../server/interchange/export/records.ts';
import { seedSnapshot } from './seed-snapshot.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/oracle/read_exports.py', import.meta.url));
type Attributes = Record<string, unknown>;
type Read = Record<'graphml' | 'gexf' | 'node-link', { nodes: Record<string, Attributes>; edges: Array<[string, string, Attributes]> }>;

let folder: string;
let expected: FlatGraph;
let read: Read;

beforeAll(async () => {
  const snapshot = await seedSnapshot();
  // Metric columns as an export adds them: betweenness is whole for some actors and not for
  // others, which each format must still declare as one numeric type.
  const table = computeMetrics(buildActorGraph(snapshot), { metrics: ['degree', 'betweenness', 'constraint'] });
  const options: ExportOptions = {
    metrics: { ids: ['degree', 'betweenness', 'constraint'], values: new Map(table.rows.map((r) => [r.id, r.values])) },
    filters: { area: 'crime,housing' },
  };
  expected = flatGraph(snapshot, options);
  expect(expected.nodes.some((n) => typeof n.attributes.betweenness === 'number' && !Number.isInteger(n.attributes.betweenness))).toBe(
    true,
  );
  folder = mkdtempSync(join(tmpdir(), 'samverkan-networkx-'));
  const paths: Record<string, string> = {};
  for (const format of ['graphml', 'gexf', 'node-link'] as const) {
    paths[format] = join(folder, `seed.${format}`);
    writeFileSync(paths[format], await exportBytes(exportSnapshot(snapshot, format, options)));
  }
  const run = spawnSync(python(), [SCRIPT], { input: JSON.stringify(paths), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`read_exports.py failed: ${run.stderr}`);
  read = JSON.parse(run.stdout) as Read;
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** An edge as comparable text: its ends in a stable order (networkx may swap an undirected pair) and the attributes we wrote. */
function edgeText(source: string, target: string, attributes: Attributes, keys: readonly string[]): string {
  return JSON.stringify([[source, target].sort(), keys.map((key) => attributes[key] ?? null)]);
}

describe('networkx reads our exports', () => {
  for (const format of ['graphml', 'gexf', 'node-link'] as const) {
    it(`${format}: same nodes, edges and attributes`, () => {
      const graph = read[format];
      expect(Object.keys(graph.nodes).sort()).toEqual(expected.nodes.map((n) => n.key).sort());
      expect(graph.edges).toHaveLength(expected.edges.length);
      for (const node of expected.nodes) {
        const { name, ...rest } = node.attributes;
        const got = graph.nodes[node.key] as Attributes;
        // GEXF carries the name as the node's label, as Gephi shows it.
        expect(format === 'gexf' ? got.label : got.name).toBe(name);
        expect(got).toMatchObject(rest);
      }
      const keys = [...new Set(expected.edges.flatMap((e) => Object.keys(e.attributes)))].concat('directed').sort();
      const wrote = expected.edges.map((e) => edgeText(e.source, e.target, { ...e.attributes, directed: e.directed }, keys)).sort();
      expect(graph.edges.map(([u, v, data]) => edgeText(u, v, data, keys)).sort()).toEqual(wrote);
    });
  }
});

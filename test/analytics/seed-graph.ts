// The seed dataset (seed/trollhattan-2019.json) as actor graphs, when the file exists: parsed
// with the Dataset schema, given the timestamps and derived tie types a store would add, and
// built with buildActorGraph — with and without forum co-membership.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Dataset } from '../../server/domain/inputs.ts';
import { collaborationType } from '../../server/domain/collaboration-type.ts';
import { buildActorGraph, type ActorGraph } from '../../server/analytics/actor-graph.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';

const SEED = fileURLToPath(new URL('../../seed/trollhattan-2019.json', import.meta.url));

export function seedSnapshot(): GraphSnapshot | null {
  if (!existsSync(SEED)) return null;
  const dataset = Dataset.parse(JSON.parse(readFileSync(SEED, 'utf8')));
  const stamp = { createdAt: '2019-01-01T00:00:00.000Z', updatedAt: '2019-01-01T00:00:00.000Z' };
  const sectors = new Map(dataset.actors.map((a) => [a.id, a.sector]));
  return {
    version: 1,
    sources: dataset.sources,
    actors: dataset.actors.map((a) => ({ ...a, ...stamp })),
    forums: dataset.forums.map((f) => ({ ...f, ...stamp })),
    collaborations: dataset.collaborations.map((c) => ({
      ...c,
      ...stamp,
      type: collaborationType(sectors.get(c.source) ?? 'municipal', sectors.get(c.target) ?? 'municipal'),
    })),
  } as GraphSnapshot;
}

/** Test cases for the seed dataset: none when the file does not exist (yet). */
export function seedGraphs(): [string, () => ActorGraph][] {
  if (!existsSync(SEED)) return [];
  return [
    ['seed dataset: named collaborations', () => buildActorGraph(seedSnapshot()!)],
    ['seed dataset: with forum co-membership', () => buildActorGraph(seedSnapshot()!, { includeForums: true })],
  ];
}

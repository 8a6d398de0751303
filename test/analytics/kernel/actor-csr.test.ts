// actorCsr builds the typed-array actor graph straight from a snapshot (actorGraphParts), without
// the graphology graph the rest of the analytics read. Node order, edge order, weights and types
// decide sampled sources, rank ties and floating-point sums, so the direct path must equal
// toActorCsr(buildActorGraph(…)) exactly, on every scope.
import { describe, expect, it } from 'vitest';
import { buildActorGraph, EXISTING_STATUSES, type ActorScope } from '../../../server/analytics/actor-graph.ts';
import { actorCsr, toActorCsr } from '../../../server/analytics/kernel/actor-csr.ts';
import type { Status } from '../../../server/domain/schemas.ts';
import type { GraphSnapshot } from '../../../server/store/port.ts';
import { roundPair } from '../../compare/round-pairs.ts';
import { actor, forum, randomSnapshot, snapshot, tie } from '../gaps/fixtures.ts';
import { places } from '../places.ts';
import { seedSnapshot } from '../seed-graph.ts';

type Options = ActorScope & { statuses: readonly Status[]; includeForums: boolean };

function viaGraphology(snap: GraphSnapshot, options: Options) {
  const parentOf = new Map(snap.actors.map((a) => [a.id, a.parentId ?? null]));
  return toActorCsr(buildActorGraph(snap, options), 'actorCsr', parentOf);
}

// A pair tied twice, the second time written the other way round; a tie to itself, one to an
// actor the round does not hold; a unit under a department outside the scope; forums that repeat
// a tied pair and name a member twice.
const awkward = snapshot(
  [
    actor('kommun', 'municipal', ['crime', 'education']),
    actor('forvaltning', 'municipal', [], { parentId: 'kommun' }),
    actor('skola', 'municipal', ['education'], { parentId: 'forvaltning' }),
    actor('polis', 'state', ['crime']),
    actor('forening', 'civil_society'),
  ],
  [
    { ...tie('polis', 'forening', { id: 't1', areas: ['crime'] }), strength: 3 },
    tie('forening', 'polis', { id: 't2', status: 'needs_development', areas: ['education'] }),
    tie('skola', 'skola', { id: 't3' }),
    tie('skola', 'ghost', { id: 't4' }),
    tie('skola', 'forening', { id: 't5', areas: ['education'] }),
    tie('kommun', 'polis', { id: 't6', status: 'desired' }),
  ],
  [forum('trygghet', ['polis', 'forening', 'kommun', 'polis'], ['crime']), forum('skolrad', ['skola', 'forening'])],
);

const snapshots: [string, GraphSnapshot][] = [
  ['awkward ties and forums', awkward],
  ['places', places],
  ['a random graph', randomSnapshot(300, 1200, 7).snapshot],
  ['a seeded round with strengths and every status', roundPair(3, { actors: 400, ties: 2000, changes: 20, realisePredicted: 0 }).to],
];
const seed = seedSnapshot();
if (seed) snapshots.push(['the seed dataset', seed]);

const scopes: [string, Options][] = [
  ['the default graph', { statuses: EXISTING_STATUSES, includeForums: false }],
  ['with forums', { statuses: EXISTING_STATUSES, includeForums: true }],
  ['every status, one area', { statuses: ['active', 'needs_development', 'desired'], includeForums: true, areas: ['education'] }],
  [
    'two sectors in Sylte',
    { statuses: ['active'], includeForums: false, sectors: ['municipal', 'civil_society'], neighbourhoods: ['Sylte'] },
  ],
];

describe('actorCsr', () => {
  for (const [name, snap] of snapshots) {
    it.each(scopes)(`${name}, %s: equals the graph built through graphology`, (_scope, options) => {
      expect(actorCsr(snap, options)).toEqual(viaGraphology(snap, options));
    });
  }

  it('merges a pair tied twice into one edge with both strengths, and follows the hierarchy through actors left out', () => {
    const csr = actorCsr(awkward, { statuses: EXISTING_STATUSES, includeForums: false, areas: ['education'] });
    expect(csr.ids).toEqual(['kommun', 'skola', 'polis', 'forening']);
    const polis = csr.index.get('polis')!;
    const arcs = csr.offsets[polis + 1]! - csr.offsets[polis]!;
    expect(arcs).toBe(1); // t1 serves crime only: the education scope keeps t2
    expect(csr.ancestors[csr.index.get('skola')!]).toEqual(Int32Array.from([csr.index.get('kommun')!]));
    const whole = actorCsr(awkward, { statuses: EXISTING_STATUSES, includeForums: false });
    const a = whole.offsets[whole.index.get('polis')!]!;
    expect(whole.weights[a]).toBe(3 + 1);
  });
});

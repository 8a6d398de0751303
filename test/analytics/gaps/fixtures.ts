// Builders for the small, named graph snapshots the gap tests reason about by hand, and a
// seeded random snapshot for the oracle comparisons and the benchmark. A collaboration's type is
// always derived from its actors' sectors, as the stores derive it.
import { collaborationType } from '../../../server/domain/collaboration-type.ts';
import type { Actor, Area, Collaboration, Forum, Form, Sector, Status } from '../../../server/domain/schemas.ts';
import type { GraphSnapshot } from '../../../server/store/port.ts';
import { seededRandom } from '../../../server/analytics/kernel/random.ts';

const STAMP = '2024-01-01T00:00:00.000Z';

export function actor(id: string, sector: Sector, areas: Area[] = [], extra: Partial<Actor> = {}): Actor {
  return {
    id,
    name: extra.name ?? id.replace(/-/g, ' '),
    sector,
    areas,
    neighbourhoods: [],
    targetGroups: [],
    evidence: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

export interface TieSpec {
  status?: Status;
  areas?: Area[];
  forms?: Form[];
  note?: string;
  id?: string;
}

/** A collaboration; its type is filled in by `snapshot` from the actors' sectors. */
export function tie(source: string, target: string, spec: TieSpec = {}): Omit<Collaboration, 'type'> {
  return {
    id: spec.id ?? `${source}--${target}`,
    source,
    target,
    status: spec.status ?? 'active',
    areas: spec.areas ?? [],
    forms: spec.forms ?? [],
    directed: false,
    neighbourhoods: [],
    evidence: spec.note ? [{ sourceId: 'report', locator: 'p. 1', note: spec.note }] : [],
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

export function forum(id: string, members: string[], areas: Area[] = []): Forum {
  return {
    id,
    name: id,
    areas,
    neighbourhoods: [],
    members: members.map((actorId) => ({ actorId, role: 'member' as const })),
    evidence: [],
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

export function snapshot(actors: Actor[], ties: Omit<Collaboration, 'type'>[], forums: Forum[] = []): GraphSnapshot {
  const sectorOf = new Map(actors.map((a) => [a.id, a.sector]));
  return {
    version: 1,
    sources: [],
    actors,
    forums,
    collaborations: ties.map((t) => ({ ...t, type: collaborationType(sectorOf.get(t.source)!, sectorOf.get(t.target)!) })),
  };
}

/** The analytics' own seeded generator (mulberry32), so random graphs are the same on every run. */
export const random = seededRandom;

const SECTORS: Sector[] = ['municipal', 'regional', 'state', 'civil_society', 'business'];
const AREA_LIST: Area[] = ['housing', 'education', 'labour_market', 'democracy_civil_society', 'crime'];

/** G(n, m): n actors `a0…`, m distinct random ties, random sectors and areas. */
export function randomSnapshot(n: number, m: number, seed: number): { snapshot: GraphSnapshot; edges: [number, number][] } {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const actors = Array.from({ length: n }, (_, i) =>
    actor(
      `a${i}`,
      pick(SECTORS),
      AREA_LIST.filter(() => rnd() < 0.3),
    ),
  );
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  while (edges.length < m) {
    const u = Math.floor(rnd() * n);
    const v = Math.floor(rnd() * n);
    if (u === v) continue;
    const key = Math.min(u, v) * n + Math.max(u, v);
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push([u, v]);
  }
  const ties = edges.map(([u, v]) => tie(`a${u}`, `a${v}`));
  return { snapshot: snapshot(actors, ties), edges };
}

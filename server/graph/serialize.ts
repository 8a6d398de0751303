// The whole graph as graphology's serialized format ({options, attributes, nodes, edges}) so
// the client can `Graph.from(...)` it directly. Actors and forums are nodes (kind tells them
// apart); collaborations and memberships are edges.
import type { Area, CollaborationType, Sector, Status } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';

export interface GraphFilter {
  areas?: Area[] | undefined;
  types?: CollaborationType[] | undefined;
  statuses?: Status[] | undefined;
  sectors?: Sector[] | undefined;
  includeForums?: boolean | undefined;
}

export interface SerializedNode {
  key: string;
  attributes: Record<string, unknown> & { kind: 'actor' | 'forum'; label: string };
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Record<string, unknown> & { kind: 'collaboration' | 'membership' };
}

export interface SerializedGraph {
  options: { type: 'mixed'; multi: true; allowSelfLoops: false };
  attributes: { version: number };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

const overlaps = <T>(wanted: T[] | undefined, values: readonly T[]) =>
  wanted === undefined || wanted.some((w) => values.includes(w));
const within = <T>(wanted: T[] | undefined, value: T) => wanted === undefined || wanted.includes(value);

export function serializeGraph(snapshot: GraphSnapshot, filter: GraphFilter = {}): SerializedGraph {
  const ties = snapshot.collaborations.filter(
    (c) => overlaps(filter.areas, c.areas) && within(filter.types, c.type) && within(filter.statuses, c.status),
  );
  const sectorOf = new Map(snapshot.actors.map((a) => [a.id, a.sector]));
  const keptTies = ties.filter(
    (c) => within(filter.sectors, sectorOf.get(c.source)!) && within(filter.sectors, sectorOf.get(c.target)!),
  );
  const tied = new Set(keptTies.flatMap((c) => [c.source, c.target]));
  const actors = snapshot.actors.filter(
    (a) => within(filter.sectors, a.sector) && (overlaps(filter.areas, a.areas) || tied.has(a.id)),
  );
  const actorIds = new Set(actors.map((a) => a.id));

  const nodes: SerializedNode[] = actors.map((actor) => ({
    key: actor.id,
    attributes: { ...actor, kind: 'actor', label: actor.name },
  }));
  const edges: SerializedEdge[] = keptTies.map(({ id, source, target, ...rest }) => ({
    key: id,
    source,
    target,
    undirected: !rest.directed,
    attributes: { ...rest, kind: 'collaboration' },
  }));

  if (filter.includeForums ?? true) {
    for (const { members, ...forum } of snapshot.forums) {
      if (!overlaps(filter.areas, forum.areas) && filter.areas !== undefined && forum.areas.length > 0) continue;
      const kept = members.filter((m) => actorIds.has(m.actorId));
      if (kept.length === 0 && members.length > 0) continue;
      nodes.push({ key: `forum:${forum.id}`, attributes: { ...forum, kind: 'forum', label: forum.name } });
      for (const m of kept) {
        edges.push({
          key: `member:${forum.id}:${m.actorId}`,
          source: m.actorId,
          target: `forum:${forum.id}`,
          undirected: true,
          attributes: { kind: 'membership', role: m.role, forumId: forum.id },
        });
      }
    }
  }

  return {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: { version: snapshot.version },
    nodes,
    edges,
  };
}

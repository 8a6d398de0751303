// The whole graph as graphology's serialized format ({options, attributes, nodes, edges}) so
// the client can `Graph.from(...)` it directly. Actors and forums are nodes (kind tells them
// apart); collaborations and memberships are edges.
import { forumNodeKey } from '../domain/node-keys.ts';
import { scopeOf } from '../analytics/actor-graph.ts';
import { forumInScope, within, type ActorScope } from '../domain/scope.ts';
import type { CollaborationType, Forum, Status } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';

export interface GraphFilter extends ActorScope {
  types?: CollaborationType[] | undefined;
  statuses?: Status[] | undefined;
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

/**
 * The part of a snapshot the graph route's filters select, as a snapshot: /api/graph draws it and
 * the export writes it, so the two hold the same actors, ties, forums and memberships. Sources
 * are all kept: they are the round's bibliography, which any kept evidence may cite.
 */
export function selectGraph(snapshot: GraphSnapshot, filter: GraphFilter = {}): GraphSnapshot {
  // The analytics' scope rules (areas and neighbourhoods first, then sectors), so the selection
  // holds the same actors and ties the analytics routes measure for the same filters.
  const { ties: collaborations, actors } = scopeOf(
    snapshot,
    { areas: filter.areas, sectors: filter.sectors, neighbourhoods: filter.neighbourhoods },
    (c) => within(filter.types, c.type) && within(filter.statuses, c.status),
  );
  const actorIds = new Set(actors.map((a) => a.id));
  const forums: Forum[] = [];
  if (filter.includeForums ?? true) {
    for (const forum of snapshot.forums) {
      if (!forumInScope({ areas: filter.areas }, forum.areas)) continue;
      const members = forum.members.filter((m) => actorIds.has(m.actorId));
      // A forum whose members are all outside the selection goes too; one without members stays.
      if (members.length === 0 && forum.members.length > 0) continue;
      forums.push(members.length === forum.members.length ? forum : { ...forum, members });
    }
  }
  return { version: snapshot.version, sources: snapshot.sources, actors, forums, collaborations };
}

export function serializeGraph(snapshot: GraphSnapshot, filter: GraphFilter = {}): SerializedGraph {
  const selected = selectGraph(snapshot, filter);
  const nodes: SerializedNode[] = selected.actors.map((actor) => ({
    key: actor.id,
    attributes: { ...actor, kind: 'actor', label: actor.name },
  }));
  const edges: SerializedEdge[] = selected.collaborations.map(({ id, source, target, ...rest }) => ({
    key: id,
    source,
    target,
    undirected: !rest.directed,
    attributes: { ...rest, kind: 'collaboration' },
  }));
  for (const { members, ...forum } of selected.forums) {
    nodes.push({ key: forumNodeKey(forum.id), attributes: { ...forum, kind: 'forum', label: forum.name } });
    for (const m of members) {
      edges.push({
        key: `member:${forum.id}:${m.actorId}`,
        source: m.actorId,
        target: forumNodeKey(forum.id),
        undirected: true,
        attributes: { kind: 'membership', role: m.role, forumId: forum.id },
      });
    }
  }

  return {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: { version: snapshot.version },
    nodes,
    edges,
  };
}

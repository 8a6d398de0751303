// The answers of the analytics and gap routes as functions of plain data — a store snapshot, the
// collaboration types kept, the actor-graph options and the analytic's own options — so each can
// run on a worker thread (worker-tasks.ts) as well as in the caller's. The routes validate and
// resolve the filters; everything that grows with the graph happens here.
import type { GraphSnapshot } from '../store/port.ts';
import { snapshotCounts } from '../store/snapshot-json.ts';
import { buildActorGraph, restrictTypes, type ActorGraph, type ActorGraphOptions } from './actor-graph.ts';
import { communities, resolveCommunities, type CommunityOptions } from './communities.ts';
import { resolveSnapshot, type SharedSnapshot } from './shared-snapshot.ts';
import { structure, type StructureSummary } from './structure/summary.ts';

export interface SnapshotInput {
  /** The snapshot, or its shared form when it crossed to a worker (shared-snapshot.ts). */
  snapshot: GraphSnapshot | SharedSnapshot;
  /** Collaboration types kept; all when absent. */
  types?: readonly string[] | undefined;
}

export interface ActorGraphInput extends SnapshotInput {
  graph: ActorGraphOptions;
}

export interface CommunityGroup {
  id: number;
  size: number;
  sectors: Record<string, number>;
  members: { id: string; name: string; sector: string }[];
}

export interface CommunitiesAnswer {
  modularity: number | null;
  resolution: number;
  seed: number;
  communities: CommunityGroup[];
}

/** The snapshot with only the asked collaboration types. */
export function typedSnapshot(input: SnapshotInput): GraphSnapshot {
  return restrictTypes(resolveSnapshot(input.snapshot), input.types);
}

function actorGraphOf(input: ActorGraphInput): ActorGraph {
  return buildActorGraph(typedSnapshot(input), input.graph);
}

/** Louvain communities of the actor graph, each with its members and its sector counts. */
export function communityGroups(input: ActorGraphInput & { options: CommunityOptions }): CommunitiesAnswer {
  const graph = actorGraphOf(input);
  const options = resolveCommunities(input.options);
  const partition = communities(graph, options);
  const groups: CommunityGroup[] = partition.sizes.map((size, id) => ({ id, size, sectors: {}, members: [] }));
  graph.forEachNode((node, attributes) => {
    const group = groups[partition.communities[node]!]!;
    group.members.push({ id: node, name: attributes.name, sector: attributes.sector });
    group.sectors[attributes.sector] = (group.sectors[attributes.sector] ?? 0) + 1;
  });
  return { modularity: partition.modularity, resolution: options.resolution, seed: options.seed, communities: groups };
}

/** Components, isolates, bridges, articulation points and density of the actor graph. */
export function structureOfGraph(input: ActorGraphInput): StructureSummary {
  return structure(actorGraphOf(input));
}

/** A graph's size in records: what decides whether an answer is worth a worker thread. */
export const recordCount = (counts: { actors: number; collaborations: number; forums: number }): number =>
  counts.actors + counts.collaborations + counts.forums;

export const snapshotSize = (snapshot: GraphSnapshot): number => recordCount(snapshotCounts(snapshot));

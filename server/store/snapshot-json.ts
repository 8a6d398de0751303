// A round's snapshot as JSON text, from whichever store holds it: the store's own text where it
// writes one (the embedded store, from SQLite), else snapshot() stringified. What the analytics
// hand their worker threads (analytics/shared-snapshot.ts).
import type { GraphSnapshot, GraphStore, SnapshotJson } from './port.ts';

/** What SnapshotJson tells besides the text: the version and the counts. */
export function snapshotCounts(snapshot: GraphSnapshot): Omit<SnapshotJson, 'json'> {
  return {
    version: snapshot.version,
    actors: snapshot.actors.length,
    forums: snapshot.forums.length,
    collaborations: snapshot.collaborations.length,
  };
}

export function snapshotJsonOf(snapshot: GraphSnapshot): SnapshotJson {
  return { ...snapshotCounts(snapshot), json: JSON.stringify(snapshot) };
}

export async function readSnapshotJson(graph: GraphStore): Promise<SnapshotJson> {
  return graph.snapshotJson ? graph.snapshotJson() : snapshotJsonOf(await graph.snapshot());
}

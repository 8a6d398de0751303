// A store snapshot handed to the worker threads without copying it for every request: it is
// encoded once (per snapshot, that is per graph version) into a SharedArrayBuffer, which every
// postMessage passes by reference, and each worker decodes a given snapshot once and keeps it.
// Copying the snapshot of a 5,000-actor graph by structured clone cost the event loop for every
// request; this costs it once per version. Kept in the worker, the same snapshot object also lets
// the per-snapshot caches (kernel/actor-csr.ts) serve repeated questions.
//
// The shared form is made from the snapshot, or straight from its JSON text where the store
// writes one (store/snapshot-json.ts): then no thread but the workers ever holds it as objects.
import type { GraphSnapshot, SnapshotJson } from '../store/port.ts';

export interface SharedSnapshot {
  sharedSnapshot: number;
  /** The snapshot as UTF-8 JSON. */
  bytes: SharedArrayBuffer;
}

/** A snapshot in shared form, with its version and counts: what its callers need without decoding it. */
export type SharedRound = Omit<SnapshotJson, 'json'> & { snapshot: SharedSnapshot };

/** Snapshots a worker keeps decoded: the current version and a few it may still be asked about. */
const KEEP = 4;

const encoded = new WeakMap<GraphSnapshot, SharedSnapshot>();
const decoded = new Map<number, GraphSnapshot>();
let nextId = 1;

export function isShared(snapshot: GraphSnapshot | SharedSnapshot): snapshot is SharedSnapshot {
  return 'sharedSnapshot' in snapshot;
}

function shareText(json: string): SharedSnapshot {
  const bytes = new SharedArrayBuffer(Buffer.byteLength(json));
  Buffer.from(bytes).write(json);
  return { sharedSnapshot: nextId++, bytes };
}

/** The shared form of `snapshot`, encoded on first use. */
export function shareSnapshot(snapshot: GraphSnapshot): SharedSnapshot {
  let shared = encoded.get(snapshot);
  if (!shared) {
    shared = shareText(JSON.stringify(snapshot));
    encoded.set(snapshot, shared);
  }
  return shared;
}

/** A snapshot's text in shared form, with its counts. */
export function shareSnapshotJson({ json, ...counts }: SnapshotJson): SharedRound {
  return { ...counts, snapshot: shareText(json) };
}

/** The snapshot itself, decoded once per thread. */
export function resolveSnapshot(snapshot: GraphSnapshot | SharedSnapshot): GraphSnapshot {
  if (!isShared(snapshot)) return snapshot;
  let found = decoded.get(snapshot.sharedSnapshot);
  if (!found) {
    found = JSON.parse(Buffer.from(snapshot.bytes).toString('utf8')) as GraphSnapshot;
    decoded.set(snapshot.sharedSnapshot, found);
    if (decoded.size > KEEP) decoded.delete(decoded.keys().next().value!);
  }
  return found;
}

// A store snapshot handed to the worker threads without copying it for every request: it is
// encoded once (per snapshot, that is per graph version) into a SharedArrayBuffer, which every
// postMessage passes by reference, and each worker decodes a given snapshot once and keeps it.
// Copying the snapshot of a 5,000-actor graph by structured clone cost the event loop for every
// request; this costs it once per version. Kept in the worker, the same snapshot object also lets
// the per-snapshot caches (kernel/actor-csr.ts) serve repeated questions.
import type { GraphSnapshot } from '../store/port.ts';

export interface SharedSnapshot {
  sharedSnapshot: number;
  /** The snapshot as UTF-8 JSON. */
  bytes: SharedArrayBuffer;
}

/** Snapshots a worker keeps decoded: the current version and a few it may still be asked about. */
const KEEP = 4;

const encoded = new WeakMap<GraphSnapshot, SharedSnapshot>();
const decoded = new Map<number, GraphSnapshot>();
let nextId = 1;

export function isShared(snapshot: GraphSnapshot | SharedSnapshot): snapshot is SharedSnapshot {
  return 'sharedSnapshot' in snapshot;
}

/** The shared form of `snapshot`, encoded on first use. */
export function shareSnapshot(snapshot: GraphSnapshot): SharedSnapshot {
  let shared = encoded.get(snapshot);
  if (!shared) {
    const json = new TextEncoder().encode(JSON.stringify(snapshot));
    const bytes = new SharedArrayBuffer(json.byteLength);
    new Uint8Array(bytes).set(json);
    shared = { sharedSnapshot: nextId++, bytes };
    encoded.set(snapshot, shared);
  }
  return shared;
}

/** The snapshot itself, decoded once per thread. */
export function resolveSnapshot(snapshot: GraphSnapshot | SharedSnapshot): GraphSnapshot {
  if (!isShared(snapshot)) return snapshot;
  let found = decoded.get(snapshot.sharedSnapshot);
  if (!found) {
    // TextDecoder refuses views of shared memory: decode a private copy.
    found = JSON.parse(new TextDecoder().decode(new Uint8Array(snapshot.bytes).slice())) as GraphSnapshot;
    decoded.set(snapshot.sharedSnapshot, found);
    if (decoded.size > KEEP) decoded.delete(decoded.keys().next().value!);
  }
  return found;
}

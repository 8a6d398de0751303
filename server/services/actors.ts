// Actor use cases: the rules that sit between the HTTP schema and the store (derived ids,
// cross-field checks, merge patches), so every caller of the store gets the same behaviour.
import { ActorCreate, type ActorPut } from '../domain/inputs.ts';
import type { Actor } from '../domain/schemas.ts';
import { ValidationError } from '../errors.ts';
import type { ActorRecord, GraphStore } from '../store/port.ts';
import { applyMergePatch, idFromName, parseOrThrow, withoutTimestamps } from './validate.ts';

function checked(record: ActorRecord): ActorRecord {
  if (record.parentId === record.id) {
    throw new ValidationError('an actor cannot be its own unit', [{ path: 'parentId', message: 'must differ from id' }]);
  }
  return record;
}

export function createActor(store: GraphStore, input: ActorCreate): Promise<Actor> {
  return store.createActor(checked({ ...input, id: input.id ?? idFromName(input.name) }));
}

export function putActor(store: GraphStore, id: string, input: ActorPut) {
  return store.putActor(checked({ ...input, id }));
}

export function patchActor(store: GraphStore, id: string, patch: Record<string, unknown>): Promise<Actor> {
  return store.updateActor(id, (current) => {
    const merged = applyMergePatch(withoutTimestamps(current), patch);
    return checked({ ...parseOrThrow(ActorCreate, merged, 'the patched actor'), id });
  });
}

// Collaboration use cases: derived ids, cross-field checks and merge patches.
import { CollaborationCreate } from '../domain/inputs.ts';
import type { Collaboration } from '../domain/schemas.ts';
import { ValidationError } from '../errors.ts';
import type { CollaborationRecord, CreateCollaborationOptions, GraphStore } from '../store/port.ts';
import { applyMergePatch, parseOrThrow, withoutTimestamps } from './validate.ts';

function checked(record: CollaborationRecord): CollaborationRecord {
  if (record.source === record.target) {
    throw new ValidationError('a collaboration needs two different actors', [{ path: 'target', message: 'must differ from source' }]);
  }
  if (record.since && record.until && record.until < record.since) {
    throw new ValidationError('a collaboration cannot end before it starts', [{ path: 'until', message: 'must not be before since' }]);
  }
  return record;
}

/** "polisen" + "kulturforvaltningen" in crime → "polisen-kulturforvaltningen-crime". */
export function derivedCollaborationId(input: CollaborationCreate): string {
  const area = input.areas[0]?.replaceAll('_', '-');
  return [input.source, input.target, area].filter(Boolean).join('-').slice(0, 120).replace(/-$/, '');
}

export async function createCollaboration(
  store: GraphStore,
  input: CollaborationCreate,
  options: CreateCollaborationOptions = {},
): Promise<Collaboration> {
  let id = input.id;
  if (id === undefined) {
    id = derivedCollaborationId(input);
    // A parallel tie the caller asked for gets the next free suffix instead of a 409.
    if (options.allowParallel) {
      const base = id;
      // Cut before the suffix so the id stays a slug of at most 120 characters ("…-x-2", never "…--2").
      const stem = base.slice(0, 110).replace(/-+$/, '');
      for (let n = 2; (await store.getCollaboration(id)) !== null; n++) id = `${stem}-${n}`;
    }
  }
  return store.createCollaboration(checked({ ...input, id }), options);
}

export function patchCollaboration(
  store: GraphStore,
  id: string,
  patch: Record<string, unknown>,
  options: CreateCollaborationOptions = {},
): Promise<Collaboration> {
  return store.updateCollaboration(
    id,
    (current) => {
      const { type: _derived, ...rest } = withoutTimestamps(current);
      const merged = applyMergePatch(rest, patch);
      return checked({ ...parseOrThrow(CollaborationCreate, merged, 'the patched collaboration'), id });
    },
    options,
  );
}

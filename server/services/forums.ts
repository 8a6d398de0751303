// Forum use cases: derived ids for new forums.
import type { ForumCreate } from '../domain/inputs.ts';
import type { GraphStore } from '../store/port.ts';
import { idFromName } from './validate.ts';

export function createForum(store: GraphStore, input: ForumCreate) {
  return store.createForum({ ...input, id: input.id ?? idFromName(input.name) });
}

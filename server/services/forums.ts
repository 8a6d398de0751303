// Forum use cases: derived ids for new forums.
import type { ForumCreate } from '../domain/inputs.ts';
import { slugFor } from '../domain/text.ts';
import type { GraphStore } from '../store/port.ts';

export function createForum(store: GraphStore, input: ForumCreate) {
  return store.createForum({ ...input, id: input.id ?? slugFor(input.name) });
}

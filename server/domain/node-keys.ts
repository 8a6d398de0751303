// The keys of actors and forums as nodes (/api/graph, every graph export, a round's layout): an
// actor's key is its id, a forum's its id after "forum:", so an actor and a forum of one id never
// collide.
export const FORUM_KEY_PREFIX = 'forum:';

export const forumNodeKey = (id: string): string => `${FORUM_KEY_PREFIX}${id}`;

/** The actor ids and forum ids named by node keys. */
export function idsOfNodeKeys(keys: readonly string[]): { actors: string[]; forums: string[] } {
  const actors: string[] = [];
  const forums: string[] = [];
  for (const key of keys) {
    if (key.startsWith(FORUM_KEY_PREFIX)) forums.push(key.slice(FORUM_KEY_PREFIX.length));
    else actors.push(key);
  }
  return { actors, forums };
}

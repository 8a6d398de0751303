// Who and what joined or left between two rounds: actors (and those whose sector changed, which
// moves them in every per-sector figure), forums, and forum memberships (a forum that joined
// brings all its memberships with it). Lists are in id order.
import type { RosterChanges } from '../domain/compare-responses.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { actorRef, actorsById, byId } from './common.ts';

const membershipKeys = (snapshot: GraphSnapshot) =>
  new Set(snapshot.forums.flatMap((f) => f.members.map((m) => `${f.id}\u0000${m.actorId}`)));

function difference(from: Set<string>, to: Set<string>) {
  return [...from]
    .filter((key) => !to.has(key))
    .sort()
    .map((key) => {
      const [forumId, actorId] = key.split('\u0000') as [string, string];
      return { forumId, actorId };
    });
}

export function rosterChanges(from: GraphSnapshot, to: GraphSnapshot): RosterChanges {
  const before = actorsById(from);
  const after = actorsById(to);
  const forumsBefore = new Set(from.forums.map((f) => f.id));
  const forumsAfter = new Set(to.forums.map((f) => f.id));
  const forumRef = (f: { id: string; name: string }) => ({ id: f.id, name: f.name });
  const membersBefore = membershipKeys(from);
  const membersAfter = membershipKeys(to);
  return {
    actors: {
      joined: to.actors
        .filter((a) => !before.has(a.id))
        .sort(byId)
        .map(actorRef),
      left: from.actors
        .filter((a) => !after.has(a.id))
        .sort(byId)
        .map(actorRef),
      sectorChanged: to.actors
        .filter((a) => before.has(a.id) && before.get(a.id)!.sector !== a.sector)
        .sort(byId)
        .map((a) => ({ actor: actorRef(a), from: before.get(a.id)!.sector, to: a.sector })),
    },
    forums: {
      joined: to.forums
        .filter((f) => !forumsBefore.has(f.id))
        .sort(byId)
        .map(forumRef),
      left: from.forums
        .filter((f) => !forumsAfter.has(f.id))
        .sort(byId)
        .map(forumRef),
    },
    memberships: { joined: difference(membersAfter, membersBefore), left: difference(membersBefore, membersAfter) },
  };
}

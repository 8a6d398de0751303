// Which tie of the later round is which tie of the earlier one. Ties are matched by id (a round
// made as a copy keeps its ties' ids) when they join the same two actors; a tie whose id joins
// another pair is a different tie. Then, re-recording: a tie with a new id that takes the place
// of one the earlier round had and the later one ended — gone, or kept with status `ended` — is
// the same tie recorded anew when it joins the same two actors in the same place (sameSlot: an
// area in common, or neither naming one). New ties are matched in id order, each to the first
// such ended tie by id, so the answer never depends on the order the store lists them in.
// Ties whose actors are missing from their round are left out, as the actor graph leaves them.
import type { Collaboration } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { byId, pairKey, sameSlot } from './common.ts';

export interface TieMatch {
  from: Collaboration;
  to: Collaboration;
  /** The later tie has a new id and takes the place of `from` (see the header). */
  reRecorded: boolean;
}

export interface TieMatching {
  matched: TieMatch[];
  /** Later ties, not ended, with no earlier counterpart. */
  added: Collaboration[];
  /** Earlier ties, not ended, that the later round lost or ended, and nothing re-recorded. */
  ended: { tie: Collaboration; how: 'removed' | 'status_ended' }[];
}

/** The ties whose actors are in the round, in the store's order (the few lists whose order matters are sorted by id below). */
function knownTies(snapshot: GraphSnapshot): Collaboration[] {
  const actors = new Set(snapshot.actors.map((a) => a.id));
  return snapshot.collaborations.filter((c) => actors.has(c.source) && actors.has(c.target));
}

export function matchTies(from: GraphSnapshot, to: GraphSnapshot): TieMatching {
  const earlier = new Map(knownTies(from).map((c) => [c.id, c]));
  const byIdMatch = new Map<string, TieMatch>();
  const fresh: Collaboration[] = [];
  for (const later of knownTies(to)) {
    const before = earlier.get(later.id);
    if (before && pairKey(before.source, before.target) === pairKey(later.source, later.target)) {
      byIdMatch.set(later.id, { from: before, to: later, reRecorded: false });
    } else if (later.status !== 'ended') {
      fresh.push(later);
    }
  }

  // Earlier ties that ended in this interval, by pair, in id order.
  const endedByPair = new Map<string, Collaboration[]>();
  for (const before of earlier.values()) {
    if (before.status === 'ended') continue;
    const kept = byIdMatch.get(before.id);
    if (kept && kept.to.status !== 'ended') continue;
    const key = pairKey(before.source, before.target);
    const list = endedByPair.get(key);
    if (list) list.push(before);
    else endedByPair.set(key, [before]);
  }
  for (const list of endedByPair.values()) list.sort(byId);

  const matched: TieMatch[] = [];
  const added: Collaboration[] = [];
  const replaced = new Set<string>();
  for (const later of fresh.sort(byId)) {
    const candidates = endedByPair.get(pairKey(later.source, later.target)) ?? [];
    const before = candidates.find((c) => !replaced.has(c.id) && sameSlot(c.areas, later.areas));
    if (!before) {
      added.push(later);
      continue;
    }
    replaced.add(before.id);
    matched.push({ from: before, to: later, reRecorded: true });
  }

  const ended: TieMatching['ended'] = [];
  for (const list of endedByPair.values()) {
    for (const before of list) {
      if (!replaced.has(before.id)) ended.push({ tie: before, how: byIdMatch.has(before.id) ? 'status_ended' : 'removed' });
    }
  }
  // An ended tie re-recorded under a new id is superseded: its own `ended` record is not compared.
  for (const match of byIdMatch.values()) if (!replaced.has(match.from.id)) matched.push(match);
  matched.sort((a, b) => byId(a.to, b.to));
  ended.sort((a, b) => byId(a.tie, b.tie));
  return { matched, added, ended };
}

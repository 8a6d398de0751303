// Centrality rank changes between two rounds, for one metric (degree or betweenness). Ranks are
// competition ranks ("1224"): an actor's rank is one more than the number of actors of its round
// with a strictly higher value, so actors with equal values share a rank and the many with
// betweenness 0 share the last one. Values within a relative 1e-9 count as equal: betweenness
// sums fractions in an order that can differ between rounds, and rounding must not rank. The movers are the actors of both rounds:
// - risers: most places gained first; fallers: most places lost first (ties of change by id). A
//   mover's own value moved the same way: an actor whose value stayed (the many at betweenness 0
//   when one more joins them) or went the other way moved only because others did, and is left out;
// - entered: actors that joined and rank within the top `top` places of the later round;
// - exited: actors that left and ranked within the top `top` places of the earlier round.
import type { MetricMoves, RankMove } from '../domain/compare-responses.ts';
import type { Actor } from '../domain/schemas.ts';
import { actorRef } from './common.ts';

export interface Ranked {
  rank: number;
  value: number;
}

const EQUAL = 1e-9;
const same = (a: number, b: number) => Math.abs(a - b) <= EQUAL * Math.max(1, Math.abs(a), Math.abs(b));

/** Competition ranks of the values, highest value first. */
export function competitionRanks(values: Record<string, number>): Map<string, Ranked> {
  const entries = Object.entries(values).sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, Ranked>();
  for (let i = 0; i < entries.length; i++) {
    const [id, value] = entries[i]!;
    const previous = i > 0 ? ranks.get(entries[i - 1]![0])! : null;
    ranks.set(id, { rank: previous !== null && same(previous.value, value) ? previous.rank : i + 1, value });
  }
  return ranks;
}

const byIdOf = (a: RankMove, b: RankMove) => (a.actor.id < b.actor.id ? -1 : a.actor.id > b.actor.id ? 1 : 0);

export function rankMoves(
  from: { values: Record<string, number>; actors: ReadonlyMap<string, Actor> },
  to: { values: Record<string, number>; actors: ReadonlyMap<string, Actor> },
  top: number,
  samples: number | null,
): MetricMoves {
  const before = competitionRanks(from.values);
  const after = competitionRanks(to.values);
  const both: RankMove[] = [];
  const entered: RankMove[] = [];
  const exited: RankMove[] = [];
  for (const [id, later] of after) {
    const earlier = before.get(id);
    const actor = actorRef(to.actors.get(id)!);
    if (earlier) both.push({ actor, from: earlier, to: later, change: earlier.rank - later.rank });
    else if (!from.actors.has(id) && later.rank <= top) entered.push({ actor, from: null, to: later, change: null });
  }
  for (const [id, earlier] of before) {
    if (!to.actors.has(id) && earlier.rank <= top) {
      exited.push({ actor: actorRef(from.actors.get(id)!), from: earlier, to: null, change: null });
    }
  }
  const byLaterRank = (a: RankMove, b: RankMove) => a.to!.rank - b.to!.rank || byIdOf(a, b);
  const byEarlierRank = (a: RankMove, b: RankMove) => a.from!.rank - b.from!.rank || byIdOf(a, b);
  return {
    samples,
    risers: both
      .filter((m) => m.change! > 0 && m.to!.value > m.from!.value && !same(m.to!.value, m.from!.value))
      .sort((a, b) => b.change! - a.change! || byIdOf(a, b))
      .slice(0, top),
    fallers: both
      .filter((m) => m.change! < 0 && m.to!.value < m.from!.value && !same(m.to!.value, m.from!.value))
      .sort((a, b) => a.change! - b.change! || byIdOf(a, b))
      .slice(0, top),
    entered: entered.sort(byLaterRank).slice(0, top),
    exited: exited.sort(byEarlierRank).slice(0, top),
  };
}

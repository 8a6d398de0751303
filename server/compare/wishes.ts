// What became of the earlier round's wishes in the later one.
// - Declared gaps (gaps/declared.ts, declaredTies: ties recorded as desired or needing development): the later
//   round's best status between the same two actors — on the tie itself (match.ts: same id, or
//   re-recorded) or on another tie between them that serves the wish (the wish names no area, or
//   they share one). Active: realised; a desired tie now needing development: improved; the same
//   status: unchanged; needs development → desired: worsened; nothing (or ended): dropped; one of
//   the actors is not in the later round: actor_left.
// - Predicted links (gaps/predicted.ts, the cross-sector suggestions the gap report lists, top N):
//   realised when the later round has an existing tie (active or needs development) between the
//   pair, declared when only a desired one, else not_realised, or actor_left.
// The shares are realised over all, per list, per sector pair (as the earlier round had the
// sectors) and for both lists together.
import { declaredTies, predictLinks } from '../analytics/gaps/index.ts';
import type { PredictedLink } from '../analytics/gaps/schemas.ts';
import type { PairShare, WishFollowUp, WishOutcome } from '../domain/compare-responses.ts';
import type { Area, Collaboration, Sector, Status } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { actorsById, isExisting, pairKey, tieRef } from './common.ts';
import type { TieMatching } from './match.ts';
import { SECTOR_ORDER } from './measures.ts';

const STRENGTH: Partial<Record<Status, number>> = { desired: 1, needs_development: 2, active: 3 };

/** The strongest tie of `ties` (ended ones do not count), the first by order on a draw. */
function strongest(ties: readonly Collaboration[]): Collaboration | null {
  let best: Collaboration | null = null;
  for (const tie of ties) {
    const s = STRENGTH[tie.status];
    if (s !== undefined && (best === null || s > STRENGTH[best.status]!)) best = tie;
  }
  return best;
}

function wishOutcome(wished: Status, now: Status | null): WishOutcome {
  if (now === null) return 'dropped';
  if (now === 'active') return 'realised';
  if (now === wished) return 'unchanged';
  return now === 'needs_development' ? 'improved' : 'worsened';
}

function tally(items: readonly { sectors: [Sector, Sector]; realised: boolean }[]) {
  const pairs = new Map<string, PairShare>();
  for (const { sectors, realised } of items) {
    const [a, b] = [...sectors].sort((x, y) => SECTOR_ORDER.indexOf(x) - SECTOR_ORDER.indexOf(y)) as [Sector, Sector];
    const key = `${a}/${b}`;
    const pair = pairs.get(key) ?? { a, b, total: 0, realised: 0, share: null };
    pair.total++;
    if (realised) pair.realised++;
    pair.share = pair.realised / pair.total;
    pairs.set(key, pair);
  }
  const realised = items.filter((i) => i.realised).length;
  const rank = (p: PairShare) => SECTOR_ORDER.indexOf(p.a) * SECTOR_ORDER.length + SECTOR_ORDER.indexOf(p.b);
  return {
    total: items.length,
    realised,
    share: items.length === 0 ? null : realised / items.length,
    byPair: [...pairs.values()].sort((x, y) => rank(x) - rank(y)),
  };
}

function count<T extends string>(outcomes: readonly T[]): Partial<Record<T, number>> {
  const counts: Partial<Record<T, number>> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}

/** The earlier round's suggestions that the wishes follow up: the top cross-sector predicted links. */
export function suggestionsToFollow(from: GraphSnapshot, top: number): PredictedLink[] {
  return predictLinks(from, { limit: top, crossSector: true }).predictions;
}

/** `suggested`: suggestionsToFollow(from), computed where the earlier round's actor graph is at hand. */
export function wishFollowUp(
  from: GraphSnapshot,
  to: GraphSnapshot,
  matching: TieMatching,
  suggested: readonly PredictedLink[],
): WishFollowUp {
  const before = actorsById(from);
  const after = actorsById(to);
  const later = new Map(matching.matched.map((m) => [m.from.id, m.to]));
  // The later round's ties by pair; asked only for pairs whose actors are both in it.
  const byPair = new Map<string, Collaboration[]>();
  for (const c of to.collaborations) {
    const key = pairKey(c.source, c.target);
    const list = byPair.get(key);
    if (list) list.push(c);
    else byPair.set(key, [c]);
  }
  const serves = (wish: readonly Area[], tie: readonly Area[]) => wish.length === 0 || wish.some((a) => tie.includes(a));

  const declared = declaredTies(from).map((wish) => {
    const tie = tieRef(wish, before);
    if (!after.has(wish.source) || !after.has(wish.target)) {
      return { tie, outcome: 'actor_left' as const, now: null, via: null };
    }
    const own = later.get(wish.id);
    const others = (byPair.get(pairKey(wish.source, wish.target)) ?? [])
      .filter((c) => c !== own && serves(wish.areas, c.areas))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const best = strongest(own ? [own, ...others] : others);
    return { tie, outcome: wishOutcome(wish.status, best?.status ?? null), now: best?.status ?? null, via: best?.id ?? null };
  });

  const predicted = suggested.map((link) => {
    const left = !after.has(link.source.id) || !after.has(link.target.id);
    const now = left ? null : (strongest(byPair.get(pairKey(link.source.id, link.target.id)) ?? [])?.status ?? null);
    const outcome = left ? 'actor_left' : now === null ? 'not_realised' : isExisting(now) ? 'realised' : 'declared';
    return { source: link.source, target: link.target, adamicAdar: link.scores.adamicAdar, outcome, now } as const;
  });

  const declaredTally = declared.map((d) => ({
    sectors: [d.tie.source.sector, d.tie.target.sector] as [Sector, Sector],
    realised: d.outcome === 'realised',
  }));
  const predictedTally = predicted.map((p) => ({
    sectors: [p.source.sector, p.target.sector] as [Sector, Sector],
    realised: p.outcome === 'realised',
  }));
  return {
    declared: { ...tally(declaredTally), byOutcome: count(declared.map((d) => d.outcome)), items: declared },
    predicted: { ...tally(predictedTally), byOutcome: count(predicted.map((p) => p.outcome)), items: predicted },
    overall: tally([...declaredTally, ...predictedTally]),
  };
}

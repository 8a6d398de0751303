// Reach gaps (docs/domain.md, gaps 1): the actors that have no tie to a given sector or of a given
// collaboration type — "which actors in labour_market do not collaborate with civil society?" —
// each with what it does have, so a planner sees whether it is isolated or merely turned away
// from that sector, and whether a tie to it is already wished for.
//
// Who is asked (the candidates):
// - by sector S: every actor *outside* S. A civil-society actor's ties to other civil-society
//   actors are not "reaching civil society", so asking for S lists non-S actors with no tie to
//   any S actor. Isolation within a sector is the mixing matrix's business (E-I index).
// - by type T: every actor whose sector could have a tie of type T at all (a civil-society actor
//   can never have a `state` tie; only municipal actors can have an `internal` one).
// - the scope (`areas`, `neighbourhoods`) says where: the actors asked are those the scope rule
//   (docs/domain.md) keeps, and only ties in place count, for reaching and in the counts reported.
//   "Which actors in Kronogården have no tie to civil society?" asks Kronogården's actors about
//   their Kronogården ties.
// - `actorSectors` narrows who is asked, never what counts as reaching: the candidates are exactly
//   the actors of those sectors in the scope, as /api/analytics draws them with that sector filter.
// A tie reaches the target when its status is one of `statuses` (default: active) and the
// partner's sector (for S) or the tie's type, derived from the current sectors (for T), matches.
// With `includeForums`, sharing a forum with a target actor counts as reaching it too (a forum
// is in scope by its areas only, as the actor graph projects forums).
import { collaborationType } from '../../domain/collaboration-type.ts';
import type { Actor, Area, Collaboration, CollaborationType, Sector, Status } from '../../domain/schemas.ts';
import type { GraphSnapshot } from '../../store/port.ts';
import { EXISTING_STATUSES, forumInScope, scopeOf, scopeRules } from '../actor-graph.ts';
import { actorIndex, checkSnapshot, countStatus, echoScope, fail, ratio } from './common.ts';
import { parseOptions } from '../kernel/options.ts';
import { SECTOR_IDS } from '../kernel/actor-csr.ts';
import { ReachGapsOptions, type ReachGapsResult, type StatusCounts } from './schemas.ts';

const MODULE = 'reachGaps';

// biome-ignore lint/suspicious/noRedeclare: the caller's type (defaults optional) shares its name with the zod schema that parses it
export interface ReachGapsOptions {
  sector?: Sector | undefined;
  type?: CollaborationType | undefined;
  areas?: readonly Area[] | undefined;
  neighbourhoods?: readonly string[] | undefined;
  statuses?: readonly Status[] | undefined;
  includeForums?: boolean | undefined;
  actorSectors?: readonly Sector[] | undefined;
}

export const REACH_DEFAULTS = {
  statuses: ['active'] as Status[],
  includeForums: false,
};

/** Who a reach question asks and who of them is reached: the rule above, without the details. */
interface Reach {
  opts: ReachOpts;
  actors: Map<string, Actor>;
  /** The ties in place (the scope's areas and neighbourhoods). */
  ties: Collaboration[];
  candidates: Actor[];
  reached: Set<string>;
  /** Per candidate, the forums in scope it shares with an actor of the target. */
  sharedForums: Map<string, string[]>;
  /** Does a partner of `self` (by tie or forum) belong to the target? */
  hits: (self: Actor, partner: Actor) => boolean;
}

function parseReach(options: ReachGapsOptions) {
  const opts = parseOptions(MODULE, ReachGapsOptions, REACH_DEFAULTS, options);
  if ((opts.sector === undefined) === (opts.type === undefined)) fail(MODULE, 'give exactly one of sector or type');
  return opts;
}

type ReachOpts = ReturnType<typeof parseReach>;

/** What a reach question sees whatever its target: the actors, the ties in place and the working set. */
interface InPlace {
  actors: Map<string, Actor>;
  ties: Collaboration[];
  working: Set<string>;
}

function inPlace(snapshot: GraphSnapshot, opts: ReachOpts): InPlace {
  const actors = actorIndex(snapshot);
  const counted = new Set<Status>(opts.statuses);
  const scope = { areas: opts.areas, neighbourhoods: opts.neighbourhoods };
  const rules = scopeRules(scope);
  const ties = snapshot.collaborations.filter((c) => {
    const source = actors.get(c.source);
    const target = actors.get(c.target);
    return source !== undefined && target !== undefined && rules.tieInPlace(c, source, target);
  });
  // Who is in the scope, of the sectors asked: located in / listing one, or tied in by a tie
  // that counts or exists (the actor graph's rule, sectors applied last).
  const working = new Set(
    scopeOf(
      snapshot,
      { ...scope, sectors: opts.actorSectors },
      (c) => counted.has(c.status) || EXISTING_STATUSES.includes(c.status),
    ).actors.map((a) => a.id),
  );
  return { actors, ties, working };
}

/** The target's part of a reach question, on what `inPlace` found for the same scope and statuses. */
function reachOn(snapshot: GraphSnapshot, { actors, ties, working }: InPlace, opts: ReachOpts): Reach {
  const counted = new Set<Status>(opts.statuses);
  // Does a partner of `self` (by tie or forum) belong to the target?
  const hits = (self: Actor, partner: Actor): boolean =>
    opts.sector !== undefined ? partner.sector === opts.sector : collaborationType(self.sector, partner.sector) === opts.type;

  const eligible = (a: Actor): boolean =>
    working.has(a.id) &&
    (opts.sector !== undefined ? a.sector !== opts.sector : SECTOR_IDS.some((other) => collaborationType(a.sector, other) === opts.type));
  const candidates = snapshot.actors.filter(eligible);
  const asked = new Set(candidates.map((a) => a.id));

  const reached = new Set<string>();
  for (const c of ties) {
    if (!counted.has(c.status)) continue;
    const source = actors.get(c.source)!;
    const target = actors.get(c.target)!;
    if (asked.has(source.id) && hits(source, target)) reached.add(source.id);
    if (asked.has(target.id) && hits(target, source)) reached.add(target.id);
  }

  const sharedForums = new Map<string, string[]>();
  for (const forum of snapshot.forums) {
    if (!forumInScope({ areas: opts.areas }, forum.areas)) continue;
    const members = forum.members.map((m) => actors.get(m.actorId)).filter((a): a is Actor => a !== undefined);
    for (const self of members) {
      if (!asked.has(self.id)) continue;
      if (!members.some((p) => p.id !== self.id && hits(self, p))) continue;
      const list = sharedForums.get(self.id) ?? [];
      list.push(forum.id);
      sharedForums.set(self.id, list);
      if (opts.includeForums) reached.add(self.id);
    }
  }
  return { opts, actors, ties, candidates, reached, sharedForums, hits };
}

function reach(snapshot: GraphSnapshot, options: ReachGapsOptions): Reach {
  checkSnapshot(MODULE, snapshot);
  const opts = parseReach(options);
  return reachOn(snapshot, inPlace(snapshot, opts), opts);
}

/** The share of the actors asked that are not reached (reachGaps' gapShare), without listing them. */
export function reachGapShare(snapshot: GraphSnapshot, options: ReachGapsOptions): number | null {
  const { candidates, reached } = reach(snapshot, options);
  return ratio(candidates.length - reached.size, candidates.length);
}

/**
 * reachGapShare toward each of `sectors`, with the same scope and statuses, in one pass over the
 * ties: each actor's partners' sectors are gathered once as a bit set, and an actor asked about
 * sector S is reached when S's bit is set — reachOn's rule for a sector target (held equal to
 * it by test/analytics/gaps/reach.test.ts).
 */
export function reachGapShares(
  snapshot: GraphSnapshot,
  sectors: readonly Sector[],
  options: Omit<ReachGapsOptions, 'sector' | 'type'> = {},
): Map<Sector, number | null> {
  checkSnapshot(MODULE, snapshot);
  const shares = new Map<Sector, number | null>();
  const parsed = sectors.map((sector) => parseReach({ ...options, sector }));
  if (parsed.length === 0) return shares;
  const opts = parsed[0]!;
  const { actors, ties, working } = inPlace(snapshot, opts);
  const bit = (actor: Actor) => 1 << SECTOR_IDS.indexOf(actor.sector);
  const partners = new Map<string, number>();
  const add = (id: string, sectorBits: number) => partners.set(id, (partners.get(id) ?? 0) | sectorBits);
  const counted = new Set<Status>(opts.statuses);
  for (const c of ties) {
    if (!counted.has(c.status)) continue;
    const source = actors.get(c.source)!;
    const target = actors.get(c.target)!;
    add(source.id, bit(target));
    add(target.id, bit(source));
  }
  if (opts.includeForums) {
    for (const forum of snapshot.forums) {
      if (!forumInScope({ areas: opts.areas }, forum.areas)) continue;
      const members = forum.members.map((m) => actors.get(m.actorId)).filter((a): a is Actor => a !== undefined);
      // A member's own sector bit is harmless: nobody is asked about the sector they belong to.
      const sectorBits = members.reduce((bits, member) => bits | bit(member), 0);
      for (const member of members) add(member.id, sectorBits);
    }
  }
  for (const sector of sectors) {
    const target = 1 << SECTOR_IDS.indexOf(sector);
    let asked = 0;
    let reached = 0;
    for (const a of snapshot.actors) {
      if (!working.has(a.id) || a.sector === sector) continue;
      asked++;
      if (((partners.get(a.id) ?? 0) & target) !== 0) reached++;
    }
    shares.set(sector, ratio(asked - reached, asked));
  }
  return shares;
}

export function reachGaps(snapshot: GraphSnapshot, options: ReachGapsOptions): ReachGapsResult {
  const { opts, actors, ties, candidates, reached, sharedForums, hits } = reach(snapshot, options);
  const counted = new Set<Status>(opts.statuses);

  // What each gap actor does have: its ties by status and type, and those toward the target
  // that do not count (a wished-for or weak tie).
  const byActor = new Map<
    string,
    { byStatus: StatusCounts; byType: Partial<Record<CollaborationType, StatusCounts>>; toward: StatusCounts; total: number }
  >();
  for (const a of candidates) if (!reached.has(a.id)) byActor.set(a.id, { byStatus: {}, byType: {}, toward: {}, total: 0 });
  const tally = (self: Actor, partner: Actor, status: Status) => {
    const entry = byActor.get(self.id);
    if (!entry) return;
    const type = collaborationType(self.sector, partner.sector);
    entry.total++;
    countStatus(entry.byStatus, status);
    entry.byType[type] ??= {};
    countStatus(entry.byType[type], status);
    if (hits(self, partner) && !counted.has(status)) countStatus(entry.toward, status);
  };
  for (const c of ties) {
    const source = actors.get(c.source)!;
    const target = actors.get(c.target)!;
    tally(source, target, c.status);
    tally(target, source, c.status);
  }

  const gaps = candidates
    .filter((a) => !reached.has(a.id))
    .map((a) => {
      const entry = byActor.get(a.id)!;
      return {
        actor: { id: a.id, name: a.name, sector: a.sector, areas: [...a.areas] },
        ties: { total: entry.total, byStatus: entry.byStatus, byType: entry.byType },
        towardTarget: entry.toward,
        sharedForums: sharedForums.get(a.id) ?? [],
      };
    })
    .sort((x, y) => y.ties.total - x.ties.total || (x.actor.id < y.actor.id ? -1 : 1));

  return {
    target: opts.sector !== undefined ? { kind: 'sector', value: opts.sector } : { kind: 'type', value: opts.type! },
    ...echoScope({ areas: opts.areas, sectors: opts.actorSectors, neighbourhoods: opts.neighbourhoods }),
    statuses: [...opts.statuses],
    includeForums: opts.includeForums,
    candidates: candidates.length,
    reached: candidates.length - gaps.length,
    gapShare: ratio(gaps.length, candidates.length),
    gaps,
  };
}

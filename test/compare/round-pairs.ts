// Seeded synthetic round pairs with known changes, for the oracle comparison and the benchmark:
// an earlier round of random actors, ties (every status, areas, forms, strength) and forums, and
// a later round made from it as a follow-up is made — a copy, then changed. Each kind of change
// touches its own ties (drawn without replacement), so the test knows what each one must yield:
// actors leave (with their ties and memberships) and join (with ties), one actor changes sector,
// ties change status both ways, change area, form or strength, are removed, or re-recorded under
// a new id, and some of the earlier round's suggested links are realised.
import { predictLinks } from '../../server/analytics/gaps/index.ts';
import type { Area, Collaboration, Form, Sector, Status } from '../../server/domain/schemas.ts';
import type { GraphSnapshot } from '../../server/store/port.ts';
import { actor, forum, random, snapshot, tie } from '../analytics/gaps/fixtures.ts';

const SECTORS: Sector[] = ['municipal', 'regional', 'state', 'civil_society', 'business'];
const AREAS: Area[] = ['housing', 'education', 'labour_market', 'democracy_civil_society', 'crime'];
const FORMS: Form[] = ['project', 'funding', 'meeting_group', 'referral', 'information'];
const STATUS_MIX: Status[] = [
  'active',
  'active',
  'active',
  'active',
  'needs_development',
  'needs_development',
  'desired',
  'desired',
  'ended',
];

export interface PairSize {
  actors: number;
  ties: number;
  /** How many ties (and actors) each kind of change touches. */
  changes: number;
  /** Realise this many of the earlier round's top suggested links (0 skips ranking them). */
  realisePredicted: number;
}

type Tie = Omit<Collaboration, 'type'>;

export interface KnownChanges {
  left: string[];
  joined: string[];
  /** [tie, old status, new status] for ties whose status was set. */
  statusSet: [string, Status, Status][];
  areasChanged: string[];
  removed: string[];
  reRecorded: [string, string][];
  realisedPredictions: [string, string][];
}

export interface RoundPair {
  from: GraphSnapshot;
  to: GraphSnapshot;
  known: KnownChanges;
}

export function roundPair(seed: number, size: PairSize): RoundPair {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  const some = <T>(xs: readonly T[], p: number) => xs.filter(() => rnd() < p);
  const areas = () => some(AREAS, 0.25).slice(0, 2);

  const actors = Array.from({ length: size.actors }, (_, i) => actor(`a${i}`, pick(SECTORS), some(AREAS, 0.3), { name: `Actor ${i}` }));
  const seen = new Set<string>();
  const ties: Tie[] = [];
  while (ties.length < size.ties) {
    const [u, v] = [int(size.actors), int(size.actors)];
    const key = `${Math.min(u, v)}-${Math.max(u, v)}`;
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    const t = tie(`a${u}`, `a${v}`, { id: `t${ties.length}`, status: pick(STATUS_MIX), areas: areas(), forms: some(FORMS, 0.2) });
    ties.push(rnd() < 0.5 ? { ...t, strength: 1 + int(3) } : t);
  }
  const forums = Array.from({ length: 6 }, (_, f) =>
    forum(`f${f}`, [...new Set(Array.from({ length: 2 + int(6) }, () => `a${int(size.actors)}`))]),
  );
  const from = snapshot(actors, ties, forums);

  // The later round: a copy, then changed.
  const k = size.changes;
  const leaving = new Set(Array.from({ length: k }, () => `a${int(size.actors)}`));
  const joined = Array.from({ length: k }, (_, i) => actor(`new${i}`, pick(SECTORS), areas(), { name: `Newcomer ${i}` }));
  let later: Tie[] = structuredClone(ties).filter((t) => !leaving.has(t.source) && !leaving.has(t.target));
  const stay = actors.filter((a) => !leaving.has(a.id));
  const shuffled = [...later];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const used = new Set<Tie>();
  const take = (n: number, ok: (t: Tie) => boolean = () => true) => {
    const out: Tie[] = [];
    for (let i = 0; i < shuffled.length && out.length < n; i++) {
      const t = shuffled[i]!;
      if (used.has(t) || !ok(t)) continue;
      used.add(t);
      out.push(t);
    }
    return out;
  };
  const known: KnownChanges = {
    left: [...leaving].sort(),
    joined: joined.map((a) => a.id),
    statusSet: [],
    areasChanged: [],
    removed: [],
    reRecorded: [],
    realisedPredictions: [],
  };

  const moves: [Status, Status][] = [
    ['desired', 'active'],
    ['desired', 'needs_development'],
    ['needs_development', 'active'],
    ['active', 'needs_development'],
    ['active', 'desired'],
    ['active', 'ended'],
    ['ended', 'active'],
    ['needs_development', 'desired'],
  ];
  for (const [old, now] of moves) {
    for (const t of take(k, (x) => x.status === old)) {
      t.status = now;
      known.statusSet.push([t.id, old, now]);
    }
  }
  for (const t of take(k, (x) => x.status !== 'ended')) {
    t.areas = AREAS.filter((a) => !t.areas.includes(a)).slice(0, 1 + int(2));
    known.areasChanged.push(t.id);
  }
  for (const t of take(k)) {
    t.forms = t.forms.length ? [] : ['project'];
    t.strength = t.strength === 3 ? 1 : 3;
  }
  const removed = new Set(take(k, (x) => x.status !== 'ended').map((t) => t.id));
  known.removed = [...removed].sort();
  const reRecorded = take(k, (x) => x.status !== 'ended' && x.areas.length > 0);
  const again = new Set(reRecorded.map((t) => t.id));
  later = later.filter((t) => !removed.has(t.id) && !again.has(t.id));
  for (const t of reRecorded) {
    const id = `${t.id}-again`;
    later.push({ ...t, id, areas: [...t.areas, ...AREAS.filter((a) => !t.areas.includes(a)).slice(0, 1)] });
    known.reRecorded.push([t.id, id]);
  }
  joined.forEach((a, i) => {
    for (let j = 0; j < 3; j++) later.push(tie(a.id, pick(stay).id, { id: `new${i}-t${j}`, areas: areas() }));
  });
  if (size.realisePredicted > 0) {
    const suggested = predictLinks(from, { limit: size.realisePredicted * 2, crossSector: true }).predictions;
    for (const link of suggested.filter((l) => !leaving.has(l.source.id) && !leaving.has(l.target.id)).slice(0, size.realisePredicted)) {
      later.push(tie(link.source.id, link.target.id, { id: `realised-${link.source.id}-${link.target.id}` }));
      known.realisedPredictions.push([link.source.id, link.target.id]);
    }
  }

  const moved = stay[int(stay.length)]!;
  const laterActors = [...stay.map((a) => (a === moved ? { ...a, sector: SECTORS[(SECTORS.indexOf(a.sector) + 1) % 5]! } : a)), ...joined];
  const laterForums = forums
    .slice(1)
    .map((f) => ({ ...f, members: f.members.filter((m) => !leaving.has(m.actorId)) }))
    .concat(forum('f-new', [joined[0]!.id, stay[0]!.id]));
  laterForums[0]!.members.push({ actorId: joined[1 % joined.length]!.id, role: 'member' });
  return { from, to: snapshot(laterActors, later, laterForums), known };
}

/** The earlier round with every desired and needs-development tie made active: a what-if. */
export function realiseDeclared(round: GraphSnapshot): GraphSnapshot {
  return {
    ...round,
    collaborations: round.collaborations.map((c) =>
      c.status === 'desired' || c.status === 'needs_development' ? { ...c, status: 'active' } : c,
    ),
  };
}

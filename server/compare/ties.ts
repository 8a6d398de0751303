// The ties' side of a comparison: which are new, which ended, which were re-recorded, whose status
// moved and in which direction, and whose areas, forms or strength changed (match.ts says which
// tie is which). Status moves are named as a planner reads them:
// - desired → active or needs development: a gap closed (the wished-for tie exists now);
// - needs development → active: strengthened; active → needs development: weakened;
// - active or needs development → desired: lapsed (it no longer exists, but is still wished for);
// - ended → anything else: revived. A move to `ended` is an ending, listed with the ended ties.
import type { StatusChangeKind, TieChanges } from '../domain/compare-responses.ts';
import type { Collaboration, Status } from '../domain/schemas.ts';
import type { GraphSnapshot } from '../store/port.ts';
import { actorsById, tieRef } from './common.ts';
import type { TieMatching } from './match.ts';

export function statusChangeKind(from: Status, to: Status): StatusChangeKind | null {
  if (from === to || to === 'ended') return null;
  if (from === 'ended') return 'revived';
  if (from === 'desired') return 'gap_closed';
  if (to === 'desired') return 'lapsed';
  return to === 'active' ? 'strengthened' : 'weakened';
}

const sorted = <T extends string>(xs: readonly T[]) => [...xs].sort();
const sameSet = (a: readonly string[], b: readonly string[]) => sorted(a).join('\n') === sorted(b).join('\n');

/** The attributes that changed between two records of one tie, or null when none did. */
function attributeChanges(from: Collaboration, to: Collaboration) {
  const areas = sameSet(from.areas, to.areas) ? null : { from: sorted(from.areas), to: sorted(to.areas) };
  const forms = sameSet(from.forms, to.forms) ? null : { from: sorted(from.forms), to: sorted(to.forms) };
  const strength = (from.strength ?? null) === (to.strength ?? null) ? null : { from: from.strength ?? null, to: to.strength ?? null };
  return areas || forms || strength ? { areas, forms, strength } : null;
}

export function tieChanges(from: GraphSnapshot, to: GraphSnapshot, matching: TieMatching): TieChanges {
  const before = actorsById(from);
  const after = actorsById(to);
  const result: TieChanges = {
    counts: {
      new: matching.added.length,
      ended: matching.ended.length,
      reRecorded: 0,
      statusChanged: 0,
      gapsClosed: 0,
      strengthened: 0,
      weakened: 0,
      attributesChanged: 0,
      unchanged: 0,
    },
    new: matching.added.map((c) => tieRef(c, after)),
    ended: matching.ended.map(({ tie, how }) => ({ ...tieRef(tie, before), how })),
    reRecorded: [],
    statusChanged: [],
    attributesChanged: [],
  };
  const { counts } = result;
  for (const match of matching.matched) {
    if (match.reRecorded) result.reRecorded.push({ from: match.from.id, to: match.to.id });
    // An ending is listed with the ended ties, not compared further.
    if (match.to.status === 'ended' && match.from.status !== 'ended') continue;
    const kind = statusChangeKind(match.from.status, match.to.status);
    const changed = attributeChanges(match.from, match.to);
    if (kind) {
      result.statusChanged.push({ tie: tieRef(match.to, after), from: match.from.status, to: match.to.status, kind });
      if (kind === 'gap_closed') counts.gapsClosed++;
      if (kind === 'strengthened') counts.strengthened++;
      if (kind === 'weakened') counts.weakened++;
    }
    if (changed) result.attributesChanged.push({ tie: tieRef(match.to, after), ...changed });
    if (!kind && !changed) counts.unchanged++;
  }
  counts.reRecorded = result.reRecorded.length;
  counts.statusChanged = result.statusChanged.length;
  counts.attributesChanged = result.attributesChanged.length;
  return result;
}

// What merging one actor into another makes of the records involved, as pure functions (the
// flow in ../flow/merge.ts reads, locks and writes): the kept actor gains the other's areas,
// neighbourhoods, target groups and evidence, and its texts where it has none; a tie that ran
// parallel to one of the kept actor's (rules/checks.ts, parallelTo) is combined into it.
import type { Actor, Collaboration, Evidence } from '../../domain/schemas.ts';
import type { ActorRecord, CollaborationRecord } from '../port.ts';

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/** Evidence of both, each item once (the same source and locator is the same item). */
function evidenceOfBoth(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Set(a.map((e) => `${e.sourceId}\u0000${e.locator}`));
  return [...a, ...b.filter((e) => !seen.has(`${e.sourceId}\u0000${e.locator}`))];
}

/** `into` after `from` is merged into it; a parent that was `from` becomes `from`'s own parent. */
export function mergedActor(into: Actor, from: Actor): ActorRecord {
  const parentId = into.parentId === from.id ? from.parentId : into.parentId;
  return {
    ...into,
    parentId: parentId === into.id ? undefined : parentId,
    areas: union(into.areas, from.areas),
    neighbourhoods: union(into.neighbourhoods, from.neighbourhoods),
    targetGroups: union(into.targetGroups, from.targetGroups),
    description: into.description ?? from.description,
    descriptionSv: into.descriptionSv ?? from.descriptionSv,
    website: into.website ?? from.website,
    evidence: evidenceOfBoth(into.evidence, from.evidence),
  };
}

/** A tie of `from` moved to `into`. */
export function movedTie(tie: Collaboration, from: string, into: string): CollaborationRecord {
  return { ...tie, source: tie.source === from ? into : tie.source, target: tie.target === from ? into : tie.target };
}

/** `kept` with what `absorbed` (a parallel tie of the same pair) adds: areas, forms, evidence, texts. */
export function combinedTie(kept: CollaborationRecord, absorbed: CollaborationRecord): CollaborationRecord {
  return {
    ...kept,
    areas: union(kept.areas ?? [], absorbed.areas ?? []),
    forms: union(kept.forms ?? [], absorbed.forms ?? []),
    neighbourhoods: union(kept.neighbourhoods ?? [], absorbed.neighbourhoods ?? []),
    strength: kept.strength ?? absorbed.strength,
    description: kept.description ?? absorbed.description,
    descriptionSv: kept.descriptionSv ?? absorbed.descriptionSv,
    evidence: evidenceOfBoth(kept.evidence ?? [], absorbed.evidence ?? []),
  };
}

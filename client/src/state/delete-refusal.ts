// Reads the API's refusal to delete an actor (409, one detail per kind of thing still pointing
// at it: "3 collaborations refer to actor 'x'") into counts, and words them for the analyst:
// what holds the actor, and what a cascade would remove (ties, memberships) or only detach
// (units keep existing without a parent).
import { translate, type Lang } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/strings.ts';

export interface References {
  collaborations: number;
  memberships: number;
  units: number;
}

const KINDS = ['collaborations', 'memberships', 'units'] as const;
type Kind = (typeof KINDS)[number];

/** The counts in the 409's details; null when none of them is readable (then show the API's words). */
export function referencesIn(details: ReadonlyArray<{ path: string; message: string }>): References | null {
  const refs: References = { collaborations: 0, memberships: 0, units: 0 };
  let found = false;
  for (const d of details) {
    const kind = d.path.replace(/^body\./, '') as Kind;
    const n = /^\s*(\d+)\b/.exec(d.message)?.[1];
    if (!KINDS.includes(kind) || n === undefined) continue;
    refs[kind] = Number(n);
    found = true;
  }
  return found ? refs : null;
}

export const PHRASES: Record<Kind, readonly [one: MessageKey, other: MessageKey]> = {
  collaborations: ['countTieOne', 'countTies'],
  memberships: ['countMembershipOne', 'countMemberships'],
  units: ['countUnitOne', 'countUnits'],
};

/** "3 ties and 1 forum membership": each count above zero in its words (one, other), as one list. */
export function countList(lang: Lang, counts: ReadonlyArray<{ n: number; words: readonly [one: MessageKey, other: MessageKey] }>): string {
  const parts = counts.filter((c) => c.n > 0).map((c) => translate(lang, c.words[c.n === 1 ? 0 : 1], { n: c.n }));
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts);
}

const phrases = (lang: Lang, refs: References, kinds: readonly Kind[]) =>
  countList(
    lang,
    kinds.map((k) => ({ n: refs[k], words: PHRASES[k] })),
  );

export interface RefusalText {
  /** Why the server kept the actor, for the form's alert. */
  reason: string;
  /** The label of the button that deletes it anyway, saying what goes with it. */
  cascade: string;
}

export function describeRefusal(lang: Lang, name: string, refs: References): RefusalText {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const removed = phrases(lang, refs, ['collaborations', 'memberships']);
  const units = refs.units > 0 ? ` ${t('deleteUnitsStay', { units: phrases(lang, refs, ['units']) })}` : '';
  return {
    reason: `${t('deleteActorRefused', { name, what: phrases(lang, refs, KINDS) })}${units}`,
    cascade: removed === '' ? t('deleteActorAnyway') : t('deleteActorCascade', { what: removed }),
  };
}

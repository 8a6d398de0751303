// The duplicates view's words: one actor's line (sector and ties), the merge's confirmation (what
// moves, and that the history can revert it) and the server's refusals in the UI's language, each
// with the server's own message.
import type { ApiError } from '../api/http.ts';
import { SECTORS } from '../domain.ts';
import type { DuplicateSide, MergeMoves } from '../graph/duplicate-sides.ts';
import { termLabel, translate, type Lang } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/strings.ts';
import { countList, PHRASES } from './delete-refusal.ts';

const MOVED: Record<keyof MergeMoves, readonly [one: MessageKey, other: MessageKey]> = {
  ties: PHRASES.collaborations,
  memberships: PHRASES.memberships,
  units: PHRASES.units,
  evidence: ['countEvidenceOne', 'countEvidence'],
};

const listOf = (lang: Lang, moves: MergeMoves) =>
  countList(
    lang,
    (Object.keys(MOVED) as Array<keyof MergeMoves>).map((k) => ({ n: moves[k], words: MOVED[k] })),
  );

/** "Municipal, 3 ties": what tells the two apart at a glance. */
export function sideLine(lang: Lang, side: DuplicateSide): string {
  if (side.sector === null) return translate(lang, 'duplicatesGone');
  const ties = side.ties === 0 ? translate(lang, 'duplicatesNoTies') : countList(lang, [{ n: side.ties, words: MOVED.ties }]);
  return `${termLabel(lang, SECTORS, side.sector)}, ${ties}`;
}

/** The confirmation's sentences: the question, what moves, what is combined, and the way back. */
export function mergeConfirmation(lang: Lang, names: { from: string; into: string }, moves: MergeMoves): string[] {
  const what = listOf(lang, moves);
  return [
    translate(lang, 'mergeQuestion', names),
    translate(lang, what === '' ? 'mergeMovesNothing' : 'mergeMoves', { ...names, what }),
    ...(moves.ties > 0 ? [translate(lang, 'mergeCombined', names)] : []),
    translate(lang, 'mergeRevertible'),
  ];
}

const REFUSALS: Record<number, MessageKey> = { 403: 'mergeForbidden', 404: 'mergeGone', 409: 'mergeConflict', 422: 'mergeInvalid' };

/** A refusal the merge explains, with the server's message; null for any other answer. */
export function mergeRefusal(lang: Lang, error: Pick<ApiError, 'status' | 'message'>): string | null {
  const key = REFUSALS[error.status];
  return key === undefined ? null : translate(lang, key, { message: error.message });
}

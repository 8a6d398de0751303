// The header's round picker: which round of which mapping the explorer shows (scenarios and closed
// rounds marked), and which round the compare view sets it beside. A service with one round shows
// no picker, so it looks as it did before mappings had rounds.
import type { ExplorerContext } from '../app/context.ts';
import { readyValue } from '../api/problem.ts';
import { formatRoundRef, parseRoundRef, sameRound, type RoundRef } from '../api/round-scope.ts';
import { roundIn, type Round } from '../api/rounds.ts';
import { problemText } from '../i18n/content.ts';
import { i18n } from '../i18n/i18n.ts';
import { chooseRound, setCompare } from '../state/view-state.ts';
import { h, replace } from './dom.ts';

/** A round as every list names it: its label, and "scenario" or "closed" where it is one. */
export function roundName(round: Pick<Round, 'label' | 'kind'> & { closed?: boolean }): string {
  const marks = [round.kind === 'scenario' ? i18n.t('roundScenario') : null, round.closed ? i18n.t('roundClosed') : null].filter(Boolean);
  return marks.length > 0 ? `${round.label} (${marks.join(', ')})` : round.label;
}

/** A side of a comparison as the server names it (a label may be missing: then its id). */
export const sideName = (side: { id: string; label: string | null; kind: Round['kind'] }): string =>
  roundName({ label: side.label ?? side.id, kind: side.kind });

/** The compare view's baseline as the legend names it; null outside the compare view. */
export function baselineName(ctx: ExplorerContext): string | null {
  const result = readyValue(ctx.comparison)?.result;
  return result ? sideName(result.from) : ctx.state.compare;
}

export function renderRoundPicker(root: HTMLElement, ctx: ExplorerContext): void {
  const shown = ctx.shownRound;
  const mapping = ctx.rounds.find((m) => m.mapping.id === shown?.mapping);
  const current = roundIn(ctx.rounds, shown);
  const key = JSON.stringify([
    i18n.lang,
    ctx.rounds.map((m) => m.rounds.map((r) => [r.id, r.label, r.closed])),
    shown,
    ctx.state.compare,
    ctx.roundProblem,
  ]);
  if (key === root.dataset.drawn) return;
  root.dataset.drawn = key;
  const many = ctx.rounds.reduce((n, m) => n + m.rounds.length, 0) > 1;
  root.hidden = !many && ctx.roundProblem === null;
  if (root.hidden) {
    replace(root);
    return;
  }
  const others = (mapping?.rounds ?? []).filter((r) => r.id !== shown?.round);
  const option = (ref: RoundRef, round: Round, selected: boolean) =>
    h('option', { value: formatRoundRef(ref), selected, 'data-kind': round.kind }, roundName(round));
  replace(
    root,
    h(
      'label',
      { class: 'field-inline' },
      h('span', { class: 'small muted' }, i18n.t('roundPicker')),
      h(
        'select',
        {
          id: 'round-picker',
          on: { change: (e) => ctx.dispatch((s) => chooseRound(s, parseRoundRef((e.target as HTMLSelectElement).value))) },
        },
        ctx.rounds.map((m) =>
          h(
            'optgroup',
            { label: m.mapping.name },
            m.rounds.map((r) => {
              const ref = { mapping: m.mapping.id, round: r.id };
              return option(ref, r, sameRound(ref, shown));
            }),
          ),
        ),
      ),
    ),
    others.length > 0
      ? h(
          'label',
          { class: 'field-inline' },
          h('span', { class: 'small muted' }, i18n.t('compareWith')),
          h(
            'select',
            {
              id: 'compare-picker',
              on: { change: (e) => ctx.dispatch((s) => setCompare(s, (e.target as HTMLSelectElement).value || null)) },
            },
            h('option', { value: '', selected: ctx.state.compare === null }, i18n.t('compareNone')),
            others.map((r) => h('option', { value: r.id, selected: r.id === ctx.state.compare }, roundName(r))),
          ),
        )
      : null,
    current?.kind === 'scenario' ? h('span', { class: 'scenario-badge', id: 'scenario-badge' }, i18n.t('scenarioBadge')) : null,
    current?.closed ? h('span', { class: 'small muted', id: 'round-closed' }, i18n.t('roundClosedNote')) : null,
    ctx.roundProblem
      ? h(
          'span',
          { role: 'alert', class: 'problem small' },
          i18n.t('roundFailed', {
            round: ctx.state.round ? formatRoundRef(ctx.state.round) : '',
            message: ctx.roundProblem.kind === 'missing' ? i18n.t('roundMissing') : problemText(i18n.lang, ctx.roundProblem),
          }),
        )
      : null,
  );
}

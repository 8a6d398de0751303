// "What if?" in the gaps view: the declared gaps realised, or the ticked suggested links added,
// in a scenario copy of the round shown (app/scenario.ts), confirmed in the edit dialog (the API
// key asked there as for every write), then the compare view of the round and its scenario.
import type { PredictedLinksResult } from '../api/analytics.ts';
import { formatRoundRef } from '../api/round-scope.ts';
import { roundIn } from '../api/rounds.ts';
import type { ExplorerContext } from '../app/context.ts';
import { makeScenario, ScenarioFailed, type ScenarioPlan } from '../app/scenario.ts';
import { i18n } from '../i18n/i18n.ts';
import { chooseRound, openGaps } from '../state/view-state.ts';
import { byId, h } from './dom.ts';
import { apiKeyField, openDialog } from './form-kit.ts';
import { submitsConfirmation } from './submit.ts';

type Link = PredictedLinksResult['predictions'][number];

/** The links ticked, per round shown: they outlive the gaps view's rebuilds, not a scenario made from them. */
const ticked = new Map<string, Map<string, { source: string; target: string }>>();

/** The round a scenario would copy, when the explorer can write and knows the round. */
function baseOf(ctx: ExplorerContext) {
  const ref = ctx.shownRound;
  const base = roundIn(ctx.rounds, ref);
  return ctx.health === null || ref === null || base === undefined ? null : { ref, base };
}

function tickedHere(ctx: ExplorerContext) {
  const key = ctx.shownRound ? formatRoundRef(ctx.shownRound) : '';
  const links = ticked.get(key) ?? new Map<string, { source: string; target: string }>();
  ticked.set(key, links);
  return links;
}

const pairKey = (link: Link) => `${link.source.id}|${link.target.id}`;

/** The box beside a suggested link; null when no scenario can be made here. */
export function whatIfTick(ctx: ExplorerContext, link: Link): HTMLElement | null {
  if (baseOf(ctx) === null) return null;
  const links = tickedHere(ctx);
  return h('input', {
    type: 'checkbox',
    class: 'what-if-tick',
    'data-key': `tick:${pairKey(link)}`,
    checked: links.has(pairKey(link)),
    'aria-label': i18n.t('whatIfTick', { a: link.source.name, b: link.target.name }),
    on: {
      change: (e) => {
        if ((e.target as HTMLInputElement).checked) links.set(pairKey(link), { source: link.source.id, target: link.target.id });
        else links.delete(pairKey(link));
        const add = document.querySelector<HTMLButtonElement>('#what-if-links');
        if (add) add.disabled = links.size === 0;
      },
    },
  });
}

export function renderWhatIf(ctx: ExplorerContext, declaredGaps: number | null): HTMLElement | null {
  if (baseOf(ctx) === null) return null;
  const links = tickedHere(ctx);
  return h(
    'section',
    { class: 'what-if', id: 'what-if' },
    h('h3', null, i18n.t('whatIfTitle')),
    h('p', { class: 'muted small' }, i18n.t('whatIfHelp')),
    h(
      'button',
      {
        type: 'button',
        id: 'what-if-realise',
        disabled: declaredGaps === 0,
        on: { click: () => confirmScenario(ctx, { kind: 'realise' }) },
      },
      i18n.t('whatIfRealise'),
    ),
    ' ',
    h(
      'button',
      {
        type: 'button',
        id: 'what-if-links',
        disabled: links.size === 0,
        on: { click: () => confirmScenario(ctx, { kind: 'links', links: [...links.values()] }) },
      },
      i18n.t('whatIfAddLinks'),
    ),
    h('p', { class: 'muted small' }, i18n.t('whatIfTickHelp')),
  );
}

function confirmScenario(ctx: ExplorerContext, plan: ScenarioPlan): void {
  const from = baseOf(ctx);
  if (from === null) return;
  const { ref, base } = from;
  const dialog = byId<HTMLDialogElement>('edit-dialog');
  const label =
    plan.kind === 'realise'
      ? i18n.t('whatIfLabelRealised', { round: base.label })
      : i18n.t('whatIfLabelLinks', { n: plan.links.length, round: base.label });
  const form = h(
    'form',
    { novalidate: true, class: 'edit-form', id: 'what-if-form' },
    apiKeyField(ctx.health?.writesNeedKey ?? false),
    h('p', { id: 'what-if-question' }, label),
    h('p', { class: 'scenario-badge' }, i18n.t('scenarioBadge')),
    h(
      'div',
      { class: 'form-actions' },
      h('p', { class: 'error form-error', role: 'alert', hidden: true }),
      h('button', { type: 'submit', class: 'primary', id: 'what-if-confirm' }, i18n.t('whatIfTitle')),
      h('button', { type: 'button', on: { click: () => dialog.close() } }, i18n.t('formCancel')),
    ),
  );
  let made = '';
  submitsConfirmation(form, dialog, {
    send: async () => {
      const taken = ctx.rounds.find((m) => m.mapping.id === ref.mapping)?.rounds.map((r) => r.id) ?? [];
      const note = i18n.t('whatIfNote');
      made = (await makeScenario({ mapping: ref.mapping, base, taken, plan, label, note })).id;
    },
    done: async () => {
      if (plan.kind === 'links') tickedHere(ctx).clear();
      await ctx.reloadRounds();
      // The scenario is shown, compared with the round it copies; the gaps view has done its part.
      ctx.dispatch((s) => openGaps(chooseRound(s, { mapping: ref.mapping, round: made }, base.id), null));
    },
    refused: (error) =>
      error instanceof ScenarioFailed
        ? [i18n.t('whatIfFailed', { message: error.message }), error.cleanedUp ? i18n.t('whatIfCleanedUp') : ''].join(' ').trim()
        : null,
  });
  openDialog(dialog, i18n.t('whatIfTitle'), form, { describedBy: 'what-if-question' });
}

// The compare view's side panel: the two rounds named (a scenario said to be one), how many ties
// are new, ended or moved in status and which actors joined or left, the per-sector figures, the
// baseline's wishes followed up and the top movers. Every item brings its part of the map forward.
import type { Comparison, ExplorerContext } from '../app/context.ts';
import { SECTORS, SECTOR_IDS, type Sector } from '../domain.ts';
import {
  actorsOfChange,
  countChanges,
  sectorsWithoutRealisedWishes,
  TIE_CHANGES,
  type ActorChange,
  type TieChange,
} from '../graph/compare.ts';
import { CHANGE_COLORS, SECTOR_COLORS } from '../graph/colors.ts';
import { i18n } from '../i18n/i18n.ts';
import { focusOn, select, setCompare } from '../state/view-state.ts';
import { h, replace } from './dom.ts';
import { CHANGE_LABELS } from './legend.ts';
import { sideName } from './round-picker.ts';
import { problemNotice } from './text.ts';

/** A figure as "before → after"; a dash where a round has none. */
function delta(d: { from: number | null; to: number | null }, digits = 1): string {
  const f = (v: number | null) => (v === null ? '–' : v.toFixed(digits));
  return `${f(d.from)} → ${f(d.to)}`;
}

const focusActors = (ctx: ExplorerContext, ids: string[]) =>
  ctx.dispatch((s) => focusOn(s, ids.length > 0 ? { kind: 'actors', ids } : null));

function changeCounts(ctx: ExplorerContext, { model }: Comparison): HTMLElement {
  const counts = countChanges(model.union, model.marks);
  const actors = (change: ActorChange) => [...model.marks.actors.values()].filter((c) => c === change).length;
  const row = (change: TieChange | ActorChange, count: number) =>
    h(
      'li',
      { 'data-change': change },
      h('span', { class: 'stroke line', style: { borderTopColor: CHANGE_COLORS[change] }, 'aria-hidden': 'true' }),
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          'data-key': `change:${change}`,
          disabled: count === 0,
          on: { click: () => focusActors(ctx, actorsOfChange(ctx.display, model.marks, change)) },
        },
        i18n.t(CHANGE_LABELS[change]),
      ),
      h('span', { class: 'count' }, ` ${count}`),
    );
  return h(
    'ul',
    { class: 'gap-list', id: 'compare-counts' },
    TIE_CHANGES.filter((c) => c !== 'unchanged').map((c) => row(c, counts[c])),
    row('joined', actors('joined')),
    row('left', actors('left')),
  );
}

function sectorFigures(ctx: ExplorerContext, { result, model }: Comparison): HTMLElement {
  const ofSector = (sector: Sector) =>
    model.union.filterNodes((n, a) => a.kind === 'actor' && a.sector === sector && ctx.display.hasNode(n));
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'compare-sectors', id: 'compare-sectors' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          [
            i18n.t('compareSector'),
            i18n.t('compareActors'),
            i18n.t('compareMeanDegree'),
            i18n.t('compareTieShare'),
            i18n.t('compareReachGap'),
          ].map((label) => h('th', { scope: 'col' }, label)),
        ),
      ),
      h(
        'tbody',
        null,
        result.sectors.map((f) =>
          h(
            'tr',
            null,
            h(
              'th',
              { scope: 'row' },
              h('span', { class: 'swatch dot', style: { background: SECTOR_COLORS[f.sector] }, 'aria-hidden': 'true' }),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'data-key': `sector:${f.sector}`,
                  on: { click: () => focusActors(ctx, ofSector(f.sector)) },
                },
                i18n.term(SECTORS, f.sector),
              ),
            ),
            h('td', null, delta(f.actors, 0)),
            h('td', null, delta(f.meanDegree)),
            h('td', null, delta(f.tieShare, 2)),
            h('td', null, delta(f.reachGapShare, 2)),
          ),
        ),
      ),
    ),
  );
}

function wishes(ctx: ExplorerContext, { result }: Comparison): HTMLElement {
  const { declared, predicted } = result.wishes;
  if (declared.total === 0 && predicted.total === 0) return h('p', { class: 'muted' }, i18n.t('wishesNoneDeclared'));
  const none = sectorsWithoutRealisedWishes(result)
    .sort((a, b) => SECTOR_IDS.indexOf(a) - SECTOR_IDS.indexOf(b))
    .map((s) => i18n.t('wishesNoneWith', { sector: i18n.term(SECTORS, s).toLowerCase() }));
  const pairs = declared.items.flatMap((w) => [w.tie.source.id, w.tie.target.id]);
  return h(
    'div',
    { id: 'compare-wishes' },
    declared.total > 0
      ? h(
          'p',
          null,
          h(
            'button',
            { type: 'button', class: 'link', 'data-key': 'wishes', on: { click: () => focusActors(ctx, [...new Set(pairs)]) } },
            [i18n.t('wishesRealised', { n: declared.realised, of: declared.total }), ...none].join('; '),
          ),
        )
      : h('p', { class: 'muted' }, i18n.t('wishesNoneDeclared')),
    predicted.total > 0 ? h('p', { class: 'muted' }, i18n.t('predictedRealised', { n: predicted.realised, of: predicted.total })) : null,
  );
}

function movers(ctx: ExplorerContext, { result }: Comparison): HTMLElement {
  const { risers, fallers } = result.centrality.betweenness;
  const moves = [...risers.slice(0, 5), ...fallers.slice(0, 5)].filter((m) => m.change !== null && m.change !== 0);
  if (moves.length === 0) return h('p', { class: 'muted' }, i18n.t('compareNothing'));
  return h(
    'ol',
    { class: 'gap-list', id: 'compare-movers' },
    moves.map((m) =>
      h(
        'li',
        null,
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            'data-key': `mover:${m.actor.id}`,
            on: { click: () => ctx.dispatch((s) => select(s, m.actor.id)) },
          },
          m.actor.name,
        ),
        h('span', { class: 'muted small' }, ` ${i18n.t(m.change! > 0 ? 'moverUp' : 'moverDown', { n: Math.abs(m.change!) })}`),
      ),
    ),
  );
}

export function renderCompare(root: HTMLElement, ctx: ExplorerContext): void {
  const load = ctx.state.compare === null ? null : ctx.comparison;
  if (load === null) {
    root.hidden = true;
    replace(root);
    return;
  }
  root.hidden = false;
  const head = h(
    'header',
    { class: 'panel-head' },
    h('h2', null, i18n.t('compareTitle')),
    h(
      'button',
      {
        type: 'button',
        class: 'icon',
        'aria-label': i18n.t('compareClose'),
        on: { click: () => ctx.dispatch((s) => setCompare(s, null)) },
      },
      '×',
    ),
  );
  if (load.state === 'loading') {
    replace(root, head, h('p', { class: 'muted' }, i18n.t('loading')));
    return;
  }
  if (load.state === 'failed') {
    // A 404 here is a round the link names that the mapping does not have, not a missing route.
    const missing = i18n.t('roundFailed', { round: ctx.state.compare ?? '', message: i18n.t('roundMissing') });
    replace(root, head, load.problem.kind === 'missing' ? h('p', { role: 'alert' }, missing) : problemNotice(ctx, load.problem));
    return;
  }
  const c = load.value;
  replace(
    root,
    head,
    h('p', { id: 'compare-rounds' }, `${sideName(c.result.from)} → ${sideName(c.result.to)}`),
    c.result.scenario ? h('p', { class: 'scenario-badge', id: 'compare-scenario' }, i18n.t('compareScenarioNote')) : null,
    h('section', null, h('h3', null, i18n.t('compareTies')), changeCounts(ctx, c)),
    h('section', null, h('h3', null, i18n.t('compareWishes')), wishes(ctx, c)),
    h('section', null, h('h3', null, i18n.t('compareSectors')), sectorFigures(ctx, c)),
    h('section', null, h('h3', null, i18n.t('compareMovers')), movers(ctx, c)),
  );
}

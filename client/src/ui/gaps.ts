// The gaps view beside the map: actors without ties to a chosen sector (outlined on the map),
// the sector mixing matrix as a heat map, declared gaps and predicted links. Clicking a cell or
// a row focuses the map on it.
import type { DeclaredGapsResult, PredictedLinksResult, SectorMixingResult } from '../api/analytics.ts';
import { readyValue, type Load } from '../api/problem.ts';
import type { ExplorerContext } from '../app/context.ts';
import { AREAS, SECTORS, STATUSES, SECTOR_IDS, type Sector } from '../domain.ts';
import { SECTOR_COLORS, heatColor, heatTextColor } from '../graph/colors.ts';
import { i18n } from '../i18n/i18n.ts';
import { focusOn, openGaps, select } from '../state/view-state.ts';
import { h, replace } from './dom.ts';
import { problemNotice } from './text.ts';
import { renderWhatIf, whatIfTick } from './what-if.ts';

/** An answer's content once it is in; until then "loading", and a problem in its place if it failed. */
function whenReady<T>(ctx: ExplorerContext, load: Load<T> | undefined, render: (value: T) => HTMLElement): HTMLElement {
  if (load === undefined || load.state === 'loading') return h('p', { class: 'muted' }, i18n.t('loading'));
  if (load.state === 'failed') return problemNotice(ctx, load.problem);
  return render(load.value);
}

const dot = (sector: Sector) => h('span', { class: 'swatch dot', style: { background: SECTOR_COLORS[sector] }, 'aria-hidden': 'true' });

function mixing(ctx: ExplorerContext, m: SectorMixingResult): HTMLElement {
  const present = SECTOR_IDS.filter((s) => m.sectors.some((r) => r.sector === s && r.actors > 0));
  const cell = (a: Sector, b: Sector) => m.cells.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
  const max = Math.max(1, ...m.cells.map((c) => c.relativeDensity ?? 0));
  return h(
    'table',
    { class: 'heatmap', id: 'mixing-matrix' },
    h('caption', null, i18n.t('gapsMixingHelp')),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('td'),
        present.map((s) =>
          h('th', { scope: 'col', title: i18n.term(SECTORS, s) }, dot(s), h('span', { class: 'small' }, i18n.term(SECTORS, s))),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      present.map((a) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, dot(a), ` ${i18n.term(SECTORS, a)}`),
          present.map((b) => {
            const c = cell(a, b);
            const rel = c?.relativeDensity ?? 0;
            const t = rel / max;
            const focused =
              ctx.state.focus?.kind === 'sectors' &&
              ((ctx.state.focus.a === a && ctx.state.focus.b === b) || (ctx.state.focus.a === b && ctx.state.focus.b === a));
            return h(
              'td',
              { style: { background: heatColor(t), color: heatTextColor(t) }, class: focused ? 'focused' : '' },
              h(
                'button',
                {
                  type: 'button',
                  'data-key': `mix:${a}:${b}`,
                  'aria-pressed': String(focused),
                  'aria-label': `${i18n.term(SECTORS, a)} × ${i18n.term(SECTORS, b)}: ${c?.ties ?? 0}`,
                  on: { click: () => ctx.dispatch((s) => focusOn(s, focused ? null : { kind: 'sectors', a, b })) },
                },
                String(c?.ties ?? 0),
                h('span', { class: 'small' }, c?.relativeDensity == null ? '' : ` ×${c.relativeDensity.toFixed(1)}`),
              ),
            );
          }),
        ),
      ),
    ),
  );
}

function reach(ctx: ExplorerContext, sector: Sector): HTMLElement[] {
  return [
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'gaps-sector' }, i18n.t('gapsReach')),
      h(
        'select',
        { id: 'gaps-sector', on: { change: (e) => ctx.dispatch((s) => openGaps(s, (e.target as HTMLSelectElement).value as Sector)) } },
        SECTOR_IDS.map((s) => h('option', { value: s, selected: s === sector }, i18n.term(SECTORS, s))),
      ),
    ),
    whenReady(ctx, ctx.gaps?.reach, (r) =>
      h(
        'div',
        null,
        h('p', { class: 'muted' }, i18n.t('gapsReachCount', { n: r.gaps.length, of: r.candidates })),
        h(
          'ul',
          { class: 'gap-list', id: 'reach-gaps' },
          r.gaps.map((g) =>
            h(
              'li',
              { 'data-actor': g.actor.id },
              dot(g.actor.sector),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'data-key': `reach:${g.actor.id}`,
                  on: { click: () => ctx.dispatch((s) => select(s, g.actor.id)) },
                },
                g.actor.name,
              ),
            ),
          ),
        ),
      ),
    ),
  ];
}

/** A row naming a pair of actors; it focuses the map on them. data-key lets a rebuild find it again. */
function tieButton(
  ctx: ExplorerContext,
  list: string,
  source: { id: string; name: string },
  target: { id: string; name: string },
): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link',
      'data-key': `${list}:${source.id}:${target.id}`,
      on: { click: () => ctx.dispatch((s) => focusOn(s, { kind: 'tie', source: source.id, target: target.id })) },
    },
    `${source.name} — ${target.name}`,
  );
}

function declared(ctx: ExplorerContext, d: DeclaredGapsResult): HTMLElement {
  if (d.ties.length === 0) return h('p', { class: 'muted' }, i18n.t('gapsNone'));
  return h(
    'ul',
    { class: 'gap-list', id: 'declared-gaps' },
    d.ties.map((t) =>
      h(
        'li',
        null,
        tieButton(ctx, 'declared', t.source, t.target),
        h('div', { class: 'muted small' }, [i18n.term(STATUSES, t.status), ...t.areas.map((a) => i18n.term(AREAS, a))].join(' · ')),
      ),
    ),
  );
}

function predicted(ctx: ExplorerContext, p: PredictedLinksResult): HTMLElement {
  if (p.predictions.length === 0) return h('p', { class: 'muted' }, i18n.t('gapsNone'));
  return h(
    'ol',
    { class: 'gap-list', id: 'predicted-gaps' },
    p.predictions.map((x) =>
      h(
        'li',
        null,
        whatIfTick(ctx, x),
        tieButton(ctx, 'predicted', x.source, x.target),
        x.sharedNeighbours.length > 0
          ? h('div', { class: 'muted small' }, i18n.t('sharedNeighbours', { names: x.sharedNeighbours.map((n) => n.name).join(', ') }))
          : null,
      ),
    ),
  );
}

export function renderGaps(root: HTMLElement, ctx: ExplorerContext): void {
  const sector = ctx.state.gaps;
  if (sector === null) {
    root.hidden = true;
    replace(root);
    return;
  }
  root.hidden = false;
  replace(
    root,
    h(
      'header',
      { class: 'panel-head' },
      h('h2', null, i18n.t('gapsTitle')),
      h(
        'button',
        { type: 'button', class: 'icon', 'aria-label': i18n.t('gapsClose'), on: { click: () => ctx.dispatch((s) => openGaps(s, null)) } },
        '×',
      ),
    ),
    h(
      'section',
      null,
      h('h3', null, i18n.t('gapsMixing')),
      whenReady(ctx, ctx.gaps?.mixing, (m) => mixing(ctx, m)),
    ),
    h('section', null, reach(ctx, sector)),
    h(
      'section',
      null,
      h('h3', null, i18n.t('gapsDeclared')),
      whenReady(ctx, ctx.gaps?.declared, (d) => declared(ctx, d)),
    ),
    h(
      'section',
      null,
      h('h3', null, i18n.t('gapsPredicted')),
      whenReady(ctx, ctx.gaps?.predicted, (p) => predicted(ctx, p)),
    ),
    renderWhatIf(ctx, readyValue(ctx.gaps?.declared)?.ties.length ?? null),
  );
}

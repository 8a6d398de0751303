// Draws the legend model (graph/legend.ts), which is derived from what is on the map.
import { COLLABORATION_TYPES, SECTORS, STATUSES } from '../domain.ts';
import type { ActorChange, TieChange } from '../graph/compare.ts';
import type { LegendModel } from '../graph/legend.ts';
import { i18n } from '../i18n/i18n.ts';
import { h } from './dom.ts';

const swatch = (color: string, shape: 'dot' | 'ring' | 'outline' | 'group' = 'dot') =>
  h('span', {
    class: `swatch ${shape}`,
    style: shape === 'dot' ? { background: color } : shape === 'group' ? { background: color, borderColor: color } : { borderColor: color },
    'aria-hidden': 'true',
  });

const line = (color: string, style: 'line' | 'dashed' | 'dotted', alpha = 1) =>
  h('span', { class: `stroke ${style}`, style: { borderTopColor: color, opacity: String(alpha) }, 'aria-hidden': 'true' });

/** What each change of the compare view is called, in the legend and the compare panel alike. */
export const CHANGE_LABELS = {
  new: 'changeNew',
  ended: 'changeEnded',
  up: 'changeUp',
  down: 'changeDown',
  unchanged: 'changeUnchanged',
  joined: 'changeJoined',
  left: 'changeLeft',
} as const satisfies Record<TieChange | ActorChange, string>;

/** The compare view's lines: what each change colour means, with how many the map draws. */
function changeSection(
  model: LegendModel,
  baseline: string | null,
  item: (mark: HTMLElement, label: string, count?: number) => HTMLElement,
) {
  if (model.changes.length === 0 && model.actorChanges.length === 0) return null;
  return [
    h('h3', null, i18n.t('legendChanges', { round: baseline ?? '' })),
    h(
      'ul',
      { id: 'legend-changes' },
      model.changes.map((c) => item(line(c.color, c.edgeType, c.alpha), i18n.t(CHANGE_LABELS[c.id]), c.count)),
      model.actorChanges.map((c) => item(swatch(c.color, 'ring'), i18n.t(CHANGE_LABELS[c.id]), c.count)),
    ),
  ];
}

export function renderLegend(model: LegendModel, baseline: string | null = null): HTMLElement {
  const item = (mark: HTMLElement, label: string, count?: number) =>
    h('li', null, mark, h('span', null, label), count !== undefined ? h('span', { class: 'muted' }, ` ${count}`) : null);
  return h(
    'section',
    { class: 'legend', 'aria-label': i18n.t('legend'), id: 'legend' },
    h('h2', null, i18n.t('legend')),
    changeSection(model, baseline, item),
    model.sectors.length > 0 || model.forums
      ? [
          h('h3', null, i18n.t('legendNodes')),
          h(
            'ul',
            null,
            model.sectors.map((s) => item(swatch(s.color), i18n.term(SECTORS, s.id), s.count)),
            model.forums ? item(swatch(model.forums.color, 'ring'), i18n.t('legendForum'), model.forums.count) : null,
            model.groups ? item(swatch(model.groups.color, 'group'), i18n.t('legendGroup'), model.groups.count) : null,
            model.outlined ? item(swatch(model.outlined.color, 'outline'), i18n.t('legendOutlined'), model.outlined.count) : null,
          ),
        ]
      : null,
    model.types.length > 0
      ? [
          h('h3', null, i18n.t('legendTies')),
          h(
            'ul',
            null,
            model.types.map((t) => item(line(t.color, 'line'), i18n.term(COLLABORATION_TYPES, t.id), t.count)),
          ),
        ]
      : null,
    model.statuses.length > 0
      ? [
          h('h3', null, i18n.t('legendStatus')),
          h(
            'ul',
            null,
            model.statuses.map((s) => item(line('#4a5160', s.edgeType, s.alpha), i18n.term(STATUSES, s.id), s.count)),
          ),
        ]
      : null,
    model.memberships || model.comemberships || model.predicted || model.partOf
      ? h(
          'ul',
          null,
          model.memberships ? item(line(model.memberships.color, 'line'), i18n.t('legendMembership'), model.memberships.count) : null,
          model.comemberships
            ? item(
                line(model.comemberships.color, 'line', model.comemberships.alpha),
                i18n.t('legendCoMembership'),
                model.comemberships.count,
              )
            : null,
          model.predicted
            ? item(line(model.predicted.color, 'dashed', model.predicted.alpha), i18n.t('legendPredicted'), model.predicted.count)
            : null,
          model.partOf ? item(line(model.partOf.color, 'line', model.partOf.alpha), i18n.t('legendPartOf'), model.partOf.count) : null,
        )
      : null,
    model.sizeMetric ? h('p', { class: 'muted' }, `${i18n.t('legendSize')}: ${model.sizeMetric}`) : null,
  );
}

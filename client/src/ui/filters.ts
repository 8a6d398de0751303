// The left column: filter checklists (generated from the vocabularies), forum mode, the size
// metric menu (generated from the analytics catalogue) and the legend.
import type { ExplorerContext } from '../app/context.ts';
import { AREAS, COLLABORATION_TYPES, SECTORS, STATUSES, type Term } from '../domain.ts';
import { i18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/strings.ts';
import { defaultLabelMode } from '../render/labels.ts';
import {
  clearFilters,
  isFiltered,
  setForums,
  setHierarchy,
  setLabels,
  setMetric,
  toggleFilter,
  type ForumMode,
  type LabelMode,
  type ViewState,
} from '../state/view-state.ts';
import { h, replace } from './dom.ts';
import { renderLegend } from './legend.ts';
import { baselineName } from './round-picker.ts';

type ListKey = 'areas' | 'sectors' | 'types' | 'statuses' | 'neighbourhoods';

function checklist(ctx: ExplorerContext, key: ListKey, title: MessageKey, items: Array<{ id: string; label: string }>): HTMLElement {
  const chosen = ctx.state[key] as string[];
  return h(
    'fieldset',
    { class: 'checklist', 'data-filter': key },
    h('legend', null, i18n.t(title), chosen.length > 0 ? h('span', { class: 'count' }, ` (${chosen.length})`) : null),
    items.map((item) =>
      h(
        'label',
        null,
        h('input', {
          type: 'checkbox',
          // name + value let a rebuild find the box again, so Space keeps the keyboard's place.
          name: `filter-${key}`,
          value: item.id,
          checked: chosen.includes(item.id),
          on: { change: () => ctx.dispatch((s) => toggleFilter(s, key, item.id as never)) },
        }),
        ` ${item.label}`,
      ),
    ),
  );
}

/** One choice among a few (forum mode, label mode) as radio buttons. */
function radios<T extends string>(
  ctx: ExplorerContext,
  name: string,
  title: MessageKey,
  options: Array<[T, MessageKey]>,
  current: T,
  choose: (state: ViewState, value: T) => ViewState,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'radios', 'data-choice': name },
    h('legend', null, i18n.t(title)),
    options.map(([value, label]) =>
      h(
        'label',
        null,
        h('input', {
          type: 'radio',
          name,
          value,
          checked: current === value,
          on: { change: () => ctx.dispatch((st) => choose(st, value)) },
        }),
        ` ${i18n.t(label)}`,
      ),
    ),
  );
}

const terms = (list: readonly Term[]) => list.map((t) => ({ id: t.id, label: i18n.term(list, t.id) }));

export function renderFilters(root: HTMLElement, ctx: ExplorerContext): void {
  const s = ctx.state;
  const forumModes: Array<[ForumMode, MessageKey]> = [
    ['nodes', 'forumsNodes'],
    ['projected', 'forumsProjected'],
    ['hidden', 'forumsHidden'],
  ];
  const labelModes: Array<[LabelMode, MessageKey]> = [
    ['all', 'labelsAll'],
    ['important', 'labelsImportant'],
    ['none', 'labelsNone'],
  ];
  replace(
    root,
    renderLegend(ctx.legend, baselineName(ctx)),
    h('h2', { class: 'visually-hidden' }, i18n.t('filters')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'metric-select' }, i18n.t('sizeBy')),
      h(
        'select',
        { id: 'metric-select', on: { change: (e) => ctx.dispatch((st) => setMetric(st, (e.target as HTMLSelectElement).value)) } },
        h('option', { value: 'none', selected: s.metric === 'none' }, i18n.t('sizeUniform')),
        ctx.catalogue
          .filter((m) => m.output !== 'category')
          .map((m) => h('option', { value: m.id, selected: s.metric === m.id }, m.label[i18n.lang])),
      ),
    ),
    radios(ctx, 'labels', 'labels', labelModes, s.labels ?? defaultLabelMode(ctx.display.order), setLabels),
    radios(ctx, 'forums', 'forums', forumModes, s.forums, setForums),
    h(
      'label',
      { class: 'toggle' },
      h('input', {
        type: 'checkbox',
        id: 'hierarchy-toggle',
        checked: s.hierarchy,
        on: { change: (e) => ctx.dispatch((st) => setHierarchy(st, (e.target as HTMLInputElement).checked)) },
      }),
      ` ${i18n.t('hierarchyShow')}`,
    ),
    checklist(ctx, 'areas', 'filterArea', terms(AREAS)),
    checklist(ctx, 'sectors', 'filterSector', terms(SECTORS)),
    checklist(ctx, 'types', 'filterType', terms(COLLABORATION_TYPES)),
    checklist(ctx, 'statuses', 'filterStatus', terms(STATUSES)),
    ctx.neighbourhoods.length > 0
      ? checklist(
          ctx,
          'neighbourhoods',
          'filterNeighbourhood',
          ctx.neighbourhoods.map((n) => ({ id: n, label: n })),
        )
      : null,
    isFiltered(s)
      ? h(
          'button',
          { type: 'button', class: 'link', on: { click: () => ctx.dispatch((st: ViewState) => clearFilters(st)) } },
          i18n.t('clearFilters'),
        )
      : null,
  );
}

// The table view: the same actors and metrics as the map, as a real <table> that keyboard and
// screen-reader users can work with. Sortable headers are buttons; the <th> carries aria-sort.
import type { ExplorerContext } from '../app/context.ts';
import { AREAS, SECTORS } from '../domain.ts';
import { SECTOR_COLORS } from '../graph/colors.ts';
import { localDegree } from '../graph/local-metrics.ts';
import type { ActorNode } from '../graph/model.ts';
import { i18n } from '../i18n/i18n.ts';
import { sortRows, type Cell } from '../state/table-sort.ts';
import { select } from '../state/view-state.ts';
import { h, replace } from './dom.ts';

interface Column {
  id: string;
  label: string;
  numeric: boolean;
  /** false for a metric where a lower value is more central; its first sort is ascending. */
  higherIsMore?: boolean;
  /** What the column counts, as the header's tooltip. */
  title?: string;
  value: (id: string, a: ActorNode) => Cell;
  render?: (id: string, a: ActorNode) => Node | string;
}

function format(v: Cell): string {
  if (v === null) return '–';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(3);
  return v;
}

export function renderTable(root: HTMLElement, ctx: ExplorerContext): void {
  if (ctx.state.view !== 'table') {
    root.hidden = true;
    replace(root);
    return;
  }
  root.hidden = false;
  const degree = localDegree(ctx.display);
  const columns: Column[] = [
    {
      id: 'name',
      label: i18n.t('tableName'),
      numeric: false,
      value: (_id, a) => a.label,
      render: (id, a) =>
        h(
          'button',
          { type: 'button', class: 'link', 'data-key': `row:${id}`, on: { click: () => ctx.dispatch((s) => select(s, id)) } },
          a.label,
        ),
    },
    {
      id: 'sector',
      label: i18n.t('tableSector'),
      numeric: false,
      value: (_id, a) => i18n.term(SECTORS, a.sector),
      render: (_id, a) =>
        h(
          'span',
          null,
          h('span', { class: 'swatch dot', style: { background: SECTOR_COLORS[a.sector] }, 'aria-hidden': 'true' }),
          ` ${i18n.term(SECTORS, a.sector)}`,
        ),
    },
    { id: 'areas', label: i18n.t('tableAreas'), numeric: false, value: (_id, a) => a.areas.map((x) => i18n.term(AREAS, x)).join(', ') },
    { id: 'ties', label: i18n.t('tableTies'), title: i18n.t('tableTiesHelp'), numeric: true, value: (id) => degree.get(id) ?? 0 },
    ...ctx.catalogue
      .filter((m) => ctx.centrality.has(m.id))
      .map((m) => ({
        id: `m:${m.id}`,
        label: m.label[i18n.lang],
        title: m.description[i18n.lang],
        numeric: true,
        higherIsMore: m.higherIsMore !== false,
        value: (id: string) => ctx.centrality.get(m.id)?.get(id) ?? null,
      })),
  ];
  const sort = ctx.tableSort;
  const column = columns.find((c) => c.id === sort.column) ?? columns[0]!;
  const actors = ctx.display.filterNodes((_, a) => a.kind === 'actor');
  const rows = sortRows(actors, (id) => column.value(id, ctx.display.getNodeAttributes(id) as ActorNode), sort.direction);

  replace(
    root,
    h(
      'table',
      { class: 'actors', id: 'actor-table' },
      h('caption', null, i18n.t('tableCaption')),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          columns.map((c) =>
            h(
              'th',
              { scope: 'col', 'aria-sort': c.id === sort.column ? sort.direction : 'none', class: c.numeric ? 'num' : '', title: c.title },
              h(
                'button',
                {
                  type: 'button',
                  'data-column': c.id,
                  on: {
                    click: () => {
                      ctx.sortTable(c.id, c.numeric, c.higherIsMore);
                      root.querySelector<HTMLButtonElement>(`button[data-column="${CSS.escape(c.id)}"]`)?.focus();
                    },
                  },
                },
                c.label,
                h(
                  'span',
                  { 'aria-hidden': 'true', class: 'sort-mark' },
                  c.id === sort.column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : '',
                ),
              ),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((id) => {
          const a = ctx.display.getNodeAttributes(id) as ActorNode;
          return h(
            'tr',
            // aria-selected is not allowed on a plain table's rows; aria-current says "this one".
            { class: id === ctx.state.selected ? 'selected' : '', 'aria-current': id === ctx.state.selected ? 'true' : null },
            columns.map((c, i) => {
              const content = c.render ? c.render(id, a) : format(c.value(id, a));
              return i === 0 ? h('th', { scope: 'row' }, content) : h('td', { class: c.numeric ? 'num' : '' }, content);
            }),
          );
        }),
      ),
    ),
  );
}

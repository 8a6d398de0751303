// The table view: the same actors and metrics as the map, as a real <table> that keyboard and
// screen-reader users can work with. Sortable headers are buttons; the <th> carries aria-sort.
// Compact: one line per actor (areas as chips, cut with an ellipsis, the full list as the cell's
// title), the columns the analyst chose (table-columns.ts), and a CSV of exactly what is shown.
import type { ExplorerContext } from '../app/context.ts';
import { AREAS, SECTORS } from '../domain.ts';
import { SECTOR_COLORS } from '../graph/colors.ts';
import type { ActorNode } from '../graph/model.ts';
import { i18n } from '../i18n/i18n.ts';
import { sortRows } from '../state/table-sort.ts';
import { select, setColumns } from '../state/view-state.ts';
import { download, h, replace } from './dom.ts';
import { allColumns, type Column, formatCell, shownColumns, shownCsv, toggledColumns } from './table-columns.ts';

/** How a column's cells are drawn, where that is more than its text. */
function cellContent(ctx: ExplorerContext, c: Column, id: string, a: ActorNode): Node | string {
  if (c.id === 'name') {
    return h(
      'button',
      { type: 'button', class: 'link', 'data-key': `row:${id}`, on: { click: () => ctx.dispatch((s) => select(s, id)) } },
      a.label,
    );
  }
  if (c.id === 'sector') {
    return h(
      'span',
      null,
      h('span', { class: 'swatch dot', style: { background: SECTOR_COLORS[a.sector] }, 'aria-hidden': 'true' }),
      ` ${i18n.term(SECTORS, a.sector)}`,
    );
  }
  if (c.id === 'areas')
    return h(
      'span',
      { class: 'chips' },
      a.areas.map((x) => h('span', { class: 'chip' }, i18n.term(AREAS, x))),
    );
  return formatCell(c.value(id, a));
}

/** The column chooser: a menu of checkboxes, one per column besides the name. */
function columnMenu(root: HTMLElement, ctx: ExplorerContext, all: Column[], shown: Column[]): HTMLElement {
  const wasOpen = root.querySelector<HTMLDetailsElement>('#table-columns')?.open ?? false;
  return h(
    'details',
    { class: 'menu', id: 'table-columns', open: wasOpen },
    h('summary', null, i18n.t('tableColumns')),
    h(
      'div',
      { class: 'menu-items' },
      all
        .filter((c) => c.id !== 'name')
        .map((c) =>
          h(
            'label',
            null,
            h('input', {
              type: 'checkbox',
              name: 'table-column',
              value: c.id,
              checked: shown.includes(c),
              on: { change: () => ctx.dispatch((s) => setColumns(s, toggledColumns(shown, c.id))) },
            }),
            ` ${c.label}`,
          ),
        ),
    ),
  );
}

export function renderTable(root: HTMLElement, ctx: ExplorerContext): void {
  if (ctx.state.view !== 'table') {
    root.hidden = true;
    replace(root);
    return;
  }
  root.hidden = false;
  const all = allColumns(ctx);
  const columns = shownColumns(all, ctx.state.columns);
  const sort = ctx.tableSort;
  const column = columns.find((c) => c.id === sort.column) ?? columns[0]!;
  const attrsOf = (id: string) => ctx.display.getNodeAttributes(id) as ActorNode;
  const actors = ctx.display.filterNodes((_, a) => a.kind === 'actor');
  const rows = sortRows(actors, (id) => column.value(id, attrsOf(id)), sort.direction);

  replace(
    root,
    h(
      'div',
      { class: 'table-tools' },
      columnMenu(root, ctx, all, columns),
      h(
        'button',
        {
          type: 'button',
          id: 'table-csv',
          on: { click: () => download('samverkan-table.csv', shownCsv(columns, rows, attrsOf), 'text/csv') },
        },
        i18n.t('tableCsv'),
      ),
    ),
    h(
      'table',
      { class: 'actors compact', id: 'actor-table' },
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
          const a = attrsOf(id);
          return h(
            'tr',
            // aria-selected is not allowed on a plain table's rows; aria-current says "this one".
            { class: id === ctx.state.selected ? 'selected' : '', 'aria-current': id === ctx.state.selected ? 'true' : null },
            columns.map((c, i) => {
              const content = cellContent(ctx, c, id, a);
              if (i === 0) return h('th', { scope: 'row' }, content);
              // A cut cell shows its whole text on hover.
              const title = c.id === 'areas' ? formatCell(c.value(id, a)) : null;
              return h('td', { class: c.numeric ? 'num' : c.id, title }, content);
            }),
          );
        }),
      ),
    ),
  );
}

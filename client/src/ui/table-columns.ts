// The table's columns: every one the table can show (name, sector, areas, ties on the map, each
// metric the analytics answered), which of them the analyst chose (remembered in the URL as
// `cols`), and the CSV of exactly what is shown. The name column is always there.
import type { ExplorerContext } from '../app/context.ts';
import { AREAS, SECTORS } from '../domain.ts';
import { localDegree } from '../graph/local-metrics.ts';
import type { ActorNode } from '../graph/model.ts';
import { i18n } from '../i18n/i18n.ts';
import type { Cell } from '../state/table-sort.ts';
import { tableToCsv } from '../../../server/interchange/export/csv.ts';

export interface Column {
  id: string;
  label: string;
  numeric: boolean;
  /** false for a metric where a lower value is more central; its first sort is ascending. */
  higherIsMore?: boolean;
  /** What the column counts, as the header's tooltip. */
  title?: string;
  value: (id: string, a: ActorNode) => Cell;
}

/** Shown until the analyst chooses: enough to compare actors, few enough to read on one screen. */
export const DEFAULT_COLUMNS: readonly string[] = ['sector', 'areas', 'ties', 'm:degree', 'm:betweenness', 'm:constraint'];

/** Every column the table can show now; the name first. */
export function allColumns(ctx: ExplorerContext): Column[] {
  const degree = localDegree(ctx.display);
  return [
    { id: 'name', label: i18n.t('tableName'), numeric: false, value: (_id, a) => a.label },
    { id: 'sector', label: i18n.t('tableSector'), numeric: false, value: (_id, a) => i18n.term(SECTORS, a.sector) },
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
}

/** The columns shown: the name, then the chosen ones (or the defaults) in the table's own order. */
export function shownColumns(all: readonly Column[], chosen: readonly string[] | null): Column[] {
  const wanted = new Set(chosen ?? DEFAULT_COLUMNS);
  return all.filter((c) => c.id === 'name' || wanted.has(c.id));
}

/** A choice toggled: the columns the analyst sees now, with this one added or taken away. */
export function toggledColumns(shown: readonly Column[], id: string): string[] {
  const ids = shown.map((c) => c.id).filter((c) => c !== 'name');
  return ids.includes(id) ? ids.filter((c) => c !== id) : [...ids, id];
}

export function formatCell(v: Cell): string {
  if (v === null) return '–';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(3);
  return v;
}

/** The rows and columns on screen as CSV, cell for cell as the table writes them. */
export function shownCsv(columns: readonly Column[], rows: readonly string[], attrsOf: (id: string) => ActorNode): string {
  return tableToCsv({
    name: 'actors',
    header: columns.map((c) => c.label),
    rows: rows.map((id) => columns.map((c) => formatCell(c.value(id, attrsOf(id))))),
  });
}

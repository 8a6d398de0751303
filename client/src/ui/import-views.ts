// The import dialog's read-only parts: the problems by sheet and row, a sheet's first rows, and
// the probable duplicates a dry run found.
import type { DuplicatePair, FileProblem, SheetPreview } from '../api/interchange.ts';
import { i18n } from '../i18n/i18n.ts';
import { h } from './dom.ts';

/** Where a problem is, in the UI's language; the server's message stays as it said it. */
export function problemPlace(p: FileProblem): string {
  if (p.row === null) return i18n.t('importSheetProblem');
  return p.column === null ? i18n.t('importAtRow', { row: p.row }) : i18n.t('importAtCell', { row: p.row, column: p.column });
}

export function problemList(groups: Array<{ sheet: string; problems: FileProblem[] }>, total: number): HTMLElement {
  return h(
    'section',
    { id: 'import-problems', class: 'import-problems', role: 'alert' },
    h('p', null, i18n.t('importProblems', { total })),
    groups.map((g) =>
      h(
        'div',
        { 'data-sheet': g.sheet },
        h('h3', null, g.sheet),
        h(
          'ul',
          null,
          g.problems.map((p) =>
            h(
              'li',
              { 'data-row': p.row ?? '', 'data-column': p.column ?? '' },
              h('strong', null, `${problemPlace(p)}: `),
              h('span', { lang: 'en' }, p.message),
            ),
          ),
        ),
      ),
    ),
  );
}

export function previewTable(sheet: SheetPreview): HTMLElement {
  return h(
    'table',
    { class: 'import-preview', 'data-sheet': sheet.sheet },
    h('caption', null, i18n.t('importPreview', { sheet: sheet.sheet, shown: sheet.rows.length, total: sheet.totalRows })),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, i18n.t('importRow')),
        sheet.header.map((x) => h('th', { scope: 'col' }, x)),
      ),
    ),
    h(
      'tbody',
      null,
      sheet.rows.map((r) =>
        h(
          'tr',
          { 'data-row': r.row },
          h('th', { scope: 'row' }, r.row),
          r.cells.map((c) => h('td', null, c)),
        ),
      ),
    ),
  );
}

/** `open`: after the import, a way to the duplicates view to merge them. */
export function duplicateList(pairs: readonly DuplicatePair[], open?: () => void): HTMLElement {
  const reason = (r: DuplicatePair['reasons'][number]) => i18n.t(r === 'name' ? 'importDuplicateName' : 'importDuplicateWebsite');
  return h(
    'section',
    { id: 'import-duplicates' },
    h('p', null, i18n.t('importDuplicates')),
    h(
      'ul',
      null,
      pairs.map((p) =>
        h('li', { 'data-actors': p.actors.join(' ') }, `${p.names[0]} ~ ${p.names[1]} (${p.reasons.map(reason).join(', ')})`),
      ),
    ),
    open
      ? h('button', { type: 'button', class: 'link', id: 'import-duplicates-open', on: { click: open } }, i18n.t('importDuplicatesOpen'))
      : null,
  );
}

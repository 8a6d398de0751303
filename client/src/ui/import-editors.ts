// The import dialog's editable reading of the file: per sheet each column's field as a select,
// the columns kept as attributes, what was assumed, and a select per word no term matched.
import type { ImportAnswer } from '../api/interchange.ts';
import type { TableKind } from '../../../server/interchange/mapping/fields.ts';
import { VOCABULARIES, type VocabularyName } from '../../../server/interchange/mapping/values.ts';
import { i18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/strings.ts';
import {
  IGNORE,
  type ImportDraft,
  KEEP,
  chooseColumn,
  chooseValue,
  columnChoice,
  fieldOptions,
  unknownWords,
} from '../state/import-draft.ts';
import { h } from './dom.ts';

const TABLE_LABELS: Record<TableKind, MessageKey> = {
  actors: 'importTableActors',
  ties: 'importTableTies',
  forums: 'importTableForums',
  memberships: 'importTableMemberships',
  evidence: 'importTableEvidence',
  sources: 'importTableSources',
};

const VOCABULARY_LABELS: Record<VocabularyName, MessageKey> = {
  sector: 'formSector',
  areas: 'formAreas',
  status: 'formStatus',
  forms: 'formForms',
  role: 'importRole',
};

/** The format, and per sheet each column's field as a select. */
export function reading(a: ImportAnswer, fileName: string, draft: ImportDraft, change: (draft: ImportDraft) => void): HTMLElement {
  const lang = i18n.lang;
  return h(
    'section',
    { class: 'import-reading' },
    a.format ? h('p', { id: 'import-format' }, i18n.t('importFormat', { file: fileName, format: a.format })) : null,
    (a.report?.sheets ?? []).map((sheet) =>
      h(
        'fieldset',
        { class: 'import-columns', 'data-sheet': sheet.sheet },
        h('legend', null, i18n.t('importSheet', { sheet: sheet.sheet, table: i18n.t(TABLE_LABELS[sheet.table]), rows: sheet.rows })),
        sheet.columns.map((column) => {
          const id = `import-column-${sheet.sheet}-${column.header}`.replace(/\W+/g, '-');
          const chosen = columnChoice(draft, column);
          return h(
            'div',
            { class: 'field import-column' },
            h('label', { for: id }, column.header),
            h(
              'select',
              {
                id,
                'data-column': column.header,
                on: { change: (e) => change(chooseColumn(draft, column.header, (e.target as HTMLSelectElement).value)) },
              },
              [
                ...fieldOptions(sheet.table, lang),
                { value: KEEP, label: i18n.t('importKeep') },
                { value: IGNORE, label: i18n.t('importIgnore') },
              ].map((o) => h('option', { value: o.value, selected: o.value === chosen }, o.label)),
            ),
          );
        }),
      ),
    ),
    a.keptColumns.length > 0
      ? h(
          'p',
          { id: 'import-kept', class: 'muted small' },
          i18n.t('importKept', { columns: [...new Set(a.keptColumns.map((c) => c.header))].join(', ') }),
        )
      : null,
    (a.report?.assumed ?? []).map((x) =>
      h('p', { class: 'muted small' }, i18n.t('importAssumed', { field: x.field, value: x.value, rows: x.rows })),
    ),
  );
}

/** A select per word no term matched: the term it means. */
export function valueMapping(a: ImportAnswer, draft: ImportDraft, change: (draft: ImportDraft) => void): HTMLElement {
  return h(
    'fieldset',
    { class: 'import-values' },
    h('legend', null, i18n.t('importValues')),
    unknownWords(a.problems).map(({ vocabulary, text }) => {
      const id = `import-value-${vocabulary}-${text}`.replace(/\W+/g, '-');
      const chosen = draft.values[vocabulary]?.[text] ?? '';
      return h(
        'div',
        { class: 'field' },
        h('label', { for: id }, i18n.t('importValueLabel', { vocabulary: i18n.t(VOCABULARY_LABELS[vocabulary]), text })),
        h(
          'select',
          {
            id,
            'data-value': `${vocabulary}:${text}`,
            on: { change: (e) => change(chooseValue(draft, vocabulary, text, (e.target as HTMLSelectElement).value)) },
          },
          h('option', { value: '' }, i18n.t('importValueNone')),
          VOCABULARIES[vocabulary].map((t) =>
            h('option', { value: t.id, selected: t.id === chosen }, i18n.term(VOCABULARIES[vocabulary], t.id)),
          ),
        ),
      );
    }),
  );
}

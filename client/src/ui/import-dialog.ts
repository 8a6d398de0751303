// The Import dialog: drop or pick a file → a dry run shows how it was read (format, each column's
// field as an editable select, a preview of the first rows), what it would change and every
// problem by sheet, row and column → change the mapping and check again → import into the round
// shown, or into a new mapping with its first round (undone again if the import fails).
import { ApiError, apiKey } from '../api/http.ts';
import {
  type DuplicatePair,
  type ImportAnswer,
  type ImportMode,
  createMapping,
  createRound,
  deleteMapping,
  importFile,
} from '../api/interchange.ts';
import { type RoundRef, roundPrefix } from '../api/round-scope.ts';
import { i18n } from '../i18n/i18n.ts';
import { type ImportDraft, emptyDraft, mappingOf, problemsBySheet, slugOf, unknownWords } from '../state/import-draft.ts';
import { h, rebuild, replace, showModalReturningFocus } from './dom.ts';
import { apiKeyField } from './form-kit.ts';
import { reading, valueMapping } from './import-editors.ts';
import { duplicateList, previewTable, problemList } from './import-views.ts';

export interface ImportDialogOptions {
  /** The route prefix of the round shown (`/api` for the default round). */
  prefix: () => string;
  writesNeedKey: boolean;
  /** After a write: the new mapping's round, or null for the round shown. */
  imported: (into: RoundRef | null) => Promise<void>;
  /** The duplicates view of the round shown, offered after an import that brought duplicates in. */
  openDuplicates: () => void;
}

interface DialogState {
  file: File | null;
  draft: ImportDraft;
  answer: ImportAnswer | null;
  /** the mapping the answer was read with: Import is offered only for the mapping checked */
  checked: string | null;
  mode: ImportMode;
  target: 'current' | 'new';
  busy: boolean;
  message: string;
}

function dialogElement(): HTMLDialogElement {
  const existing = document.getElementById('import-dialog');
  if (existing) return existing as HTMLDialogElement;
  const dialog = h('dialog', { id: 'import-dialog', class: 'edit-dialog import-dialog', 'aria-labelledby': 'import-title' });
  document.body.append(dialog);
  return dialog;
}

export function openImportDialog(options: ImportDialogOptions): void {
  const dialog = dialogElement();
  const s: DialogState = {
    file: null,
    draft: emptyDraft(),
    answer: null,
    checked: null,
    mode: 'upsert',
    target: 'current',
    busy: false,
    message: '',
  };
  const mappingText = () => JSON.stringify(mappingOf(s.draft));
  // Typed text (a new mapping's name, the key) outlives the rebuild that a select's change makes.
  const render = () => {
    const typed = [...dialog.querySelectorAll<HTMLInputElement>('input[name]:not([type="radio"])')].map((i) => [i.name, i.value] as const);
    rebuild(dialog, () => replace(dialog, view()));
    for (const [name, value] of typed) {
      const input = dialog.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (input) input.value = value;
    }
  };

  const rememberKey = () => {
    const typed = dialog.querySelector<HTMLInputElement>('input[name="apiKey"]')?.value.trim();
    if (typed) apiKey.set(typed);
  };
  const run = async (work: () => Promise<void>) => {
    rememberKey();
    s.busy = true;
    render();
    try {
      await work();
    } catch (error) {
      s.message = i18n.t('importFailed', { message: error instanceof ApiError ? error.message : String(error) });
    }
    s.busy = false;
    render();
  };
  const check = () =>
    run(async () => {
      if (!s.file) return;
      s.message = i18n.t('importChecking');
      const mapping = mappingOf(s.draft);
      s.answer = await importFile(options.prefix(), s.file, { dryRun: true, mode: s.mode, mapping });
      s.checked = JSON.stringify(mapping);
      s.message = '';
    });
  const pick = (file: File | undefined) => {
    if (!file) return;
    Object.assign(s, { file, draft: emptyDraft(), answer: null, checked: null });
    void check();
  };
  let found: DuplicatePair[] = [];
  const write = () =>
    run(async () => {
      if (!s.file) return;
      found = s.answer?.duplicates ?? [];
      const mapping = mappingOf(s.draft);
      if (s.target === 'current') {
        s.answer = await importFile(options.prefix(), s.file, { dryRun: false, mode: s.mode, mapping });
        if (s.answer.counts) await finish(null);
        return;
      }
      const into = await newRound();
      let written: ImportAnswer | null = null;
      try {
        written = await importFile(roundPrefix(into), s.file, { dryRun: false, mode: 'upsert', mapping });
      } finally {
        // A mapping made for an import that did not happen is removed again.
        if (!written?.counts) await deleteMapping(into.mapping).catch(() => undefined);
      }
      s.answer = written;
      if (written.counts) await finish(into);
    });
  const finish = async (into: RoundRef | null) => {
    const counts = s.answer?.counts;
    if (counts) s.message = i18n.t('importDone', { ...counts });
    // The write answers no duplicates: those the dry run found are in the round now.
    if (s.answer) s.answer.duplicates = found;
    s.checked = null;
    await options.imported(into);
  };
  const newRound = async (): Promise<RoundRef> => {
    const field = (name: string) => dialog.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value.trim() ?? '';
    const name = field('mappingName');
    const label = field('roundLabel');
    const mapping = await createMapping({ id: slugOf(name), name, place: field('place'), topic: field('topic') });
    try {
      const round = await createRound(mapping.id, { id: slugOf(label), label, observedOn: field('observedOn') });
      return { mapping: mapping.id, round: round.id };
    } catch (error) {
      await deleteMapping(mapping.id).catch(() => undefined);
      throw error;
    }
  };

  const view = () => {
    const a = s.answer;
    const canImport = !s.busy && a !== null && a.counts !== null && s.checked === mappingText();
    const written = a !== null && a.counts !== null && s.checked === null;
    return [
      h('h2', { id: 'import-title' }, i18n.t('importTitle')),
      apiKeyField(options.writesNeedKey),
      dropZone(pick),
      h('p', { id: 'import-status', role: 'status', 'aria-live': 'polite' }, s.message),
      a
        ? reading(a, s.file?.name ?? '', s.draft, (draft) => {
            s.draft = draft;
            render();
          })
        : null,
      a && unknownWords(a.problems).length > 0
        ? valueMapping(a, s.draft, (draft) => {
            s.draft = draft;
            render();
          })
        : null,
      a
        ? h(
            'button',
            { type: 'button', id: 'import-check', disabled: s.busy || !s.file, on: { click: () => void check() } },
            i18n.t('importCheck'),
          )
        : null,
      a?.counts ? h('p', { id: 'import-counts' }, i18n.t('importCounts', { ...a.counts })) : null,
      a && a.duplicates.length > 0 ? duplicateList(a.duplicates, written ? options.openDuplicates : undefined) : null,
      a && a.problems.length > 0 ? problemList(problemsBySheet(a.problems), a.total) : null,
      a ? a.preview.map(previewTable) : null,
      a ? targetChoice(s, render, () => void check()) : null,
      h(
        'div',
        { class: 'form-actions' },
        h(
          'button',
          { type: 'button', class: 'primary', id: 'import-do', disabled: !canImport, on: { click: () => void write() } },
          i18n.t('importDo'),
        ),
        h('button', { type: 'button', on: { click: () => dialog.close() } }, i18n.t('importClose')),
      ),
    ];
  };

  render();
  if (!dialog.open) showModalReturningFocus(dialog);
  dialog.querySelector<HTMLElement>('#import-file')?.focus();
}

function dropZone(pick: (file: File | undefined) => void): HTMLElement {
  const zone = h(
    'label',
    {
      class: 'drop-zone',
      for: 'import-file',
      on: {
        dragover: (e) => {
          e.preventDefault();
          zone.classList.add('over');
        },
        dragleave: () => zone.classList.remove('over'),
        drop: (e) => {
          e.preventDefault();
          zone.classList.remove('over');
          pick((e as DragEvent).dataTransfer?.files[0]);
        },
      },
    },
    i18n.t('importPick'),
    h('input', {
      type: 'file',
      id: 'import-file',
      accept: '.xlsx,.csv,.zip,.graphml,.gexf,.xml,.json',
      on: { change: (e) => pick((e.target as HTMLInputElement).files?.[0]) },
    }),
  );
  return zone;
}

/** Where the file goes: the round shown (keep or delete what it leaves out) or a new mapping. */
function targetChoice(s: DialogState, render: () => void, recheck: () => void): HTMLElement {
  const radio = (name: string, value: string, checked: boolean, label: string, pick: () => void) =>
    h('label', null, h('input', { type: 'radio', name, value, checked, on: { change: pick } }), ` ${label}`);
  return h(
    'div',
    { class: 'import-target' },
    h(
      'fieldset',
      { class: 'checks' },
      h('legend', null, i18n.t('importInto')),
      radio('importTarget', 'current', s.target === 'current', i18n.t('importCurrent'), () => {
        s.target = 'current';
        render();
      }),
      radio('importTarget', 'new', s.target === 'new', i18n.t('importNewMapping'), () => {
        s.target = 'new';
        render();
      }),
    ),
    s.target === 'current'
      ? h(
          'fieldset',
          { class: 'checks' },
          h('legend', null, i18n.t('importMode')),
          (['upsert', 'replace'] as const).map((mode) =>
            radio('importMode', mode, s.mode === mode, i18n.t(mode === 'upsert' ? 'importUpsert' : 'importReplace'), () => {
              s.mode = mode;
              recheck();
            }),
          ),
        )
      : h(
          'div',
          { class: 'import-new-mapping' },
          (
            [
              ['mappingName', 'importMappingName'],
              ['place', 'importPlace'],
              ['topic', 'importTopic'],
              ['roundLabel', 'importRoundLabel'],
              ['observedOn', 'importObserved'],
            ] as const
          ).map(([name, label]) =>
            h(
              'div',
              { class: 'field' },
              h('label', { for: `import-${name}` }, i18n.t(label)),
              h('input', { id: `import-${name}`, name, type: 'text' }),
            ),
          ),
        ),
  );
}

// Building blocks for the edit forms: labelled fields that can show an error under themselves
// (linked with aria-describedby), evidence rows, the API-key field, and the dialog frame.
import { apiKey } from '../api/http.ts';
import type { Term } from '../domain.ts';
import { i18n } from '../i18n/i18n.ts';
import type { FieldError } from '../state/form-errors.ts';
import { h, showModalReturningFocus } from './dom.ts';

let counter = 0;
const uid = (name: string) => `f-${name.replace(/\W/g, '-')}-${++counter}`;

/** A wrapper carrying data-field so errors can find it. */
function wrap(name: string, ...children: Node[]): HTMLElement {
  return h('div', { class: 'field', 'data-field': name }, ...children, h('p', { class: 'error', id: `${name}-error`, hidden: true }));
}

/** `lang` marks a field written in one language whatever the UI's (spell checking, screen readers). */
export function textField(
  name: string,
  label: string,
  value = '',
  options: { multiline?: boolean; type?: string; required?: boolean; lang?: string } = {},
): HTMLElement {
  const id = uid(name);
  const input = options.multiline
    ? h('textarea', { id, name, rows: 3, lang: options.lang }, value)
    : h('input', { id, name, type: options.type ?? 'text', value, required: options.required, lang: options.lang });
  return wrap(name, h('label', { for: id }, label), input);
}

export function selectField(name: string, label: string, options: Array<{ value: string; label: string }>, value: string): HTMLElement {
  const id = uid(name);
  return wrap(
    name,
    h('label', { for: id }, label),
    h(
      'select',
      { id, name },
      options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
    ),
  );
}

export function checkGroup(name: string, label: string, terms: readonly Term[], chosen: readonly string[]): HTMLElement {
  return wrap(
    name,
    h(
      'fieldset',
      { class: 'checks' },
      h('legend', null, label),
      terms.map((t) =>
        h('label', null, h('input', { type: 'checkbox', name, value: t.id, checked: chosen.includes(t.id) }), ` ${i18n.term(terms, t.id)}`),
      ),
    ),
  );
}

export function checkbox(name: string, label: string, checked: boolean): HTMLElement {
  return wrap(name, h('label', null, h('input', { type: 'checkbox', name, checked }), ` ${label}`));
}

export interface EvidenceRow {
  sourceId: string;
  locator: string;
  note: string;
  /** Left out when empty: the API takes no blank text. */
  noteSv?: string;
}

/**
 * Evidence rows; field names are evidence.N.sourceId etc., matching the schema paths. N is the
 * row's position on screen: removing a row renumbers the rows after it, so an error for
 * evidence.2 lands on the third row shown.
 */
export function evidenceFields(
  rows: EvidenceRow[],
  sources: Array<{ id: string; title: string }>,
): { element: HTMLElement; fieldNames: () => string[] } {
  const list = h('div', { class: 'evidence-rows' });
  const addButton = h(
    'button',
    { type: 'button', class: 'link', 'data-key': 'add-evidence', on: { click: () => addRow({ sourceId: '', locator: '', note: '' }) } },
    i18n.t('formAddEvidence'),
  );
  const remove = (rowEl: HTMLElement) => {
    const next = rowEl.nextElementSibling;
    rowEl.remove();
    renumberEvidence(list);
    // Keep the keyboard user in the list: the next row's first field, else "Add evidence".
    (next?.querySelector<HTMLElement>('select, input, textarea') ?? addButton).focus();
  };
  const addRow = (row: EvidenceRow) => {
    const i = list.children.length;
    const options =
      sources.some((s) => s.id === row.sourceId) || row.sourceId === '' ? sources : [...sources, { id: row.sourceId, title: row.sourceId }];
    const rowEl: HTMLElement = h(
      'fieldset',
      { class: 'evidence-row', 'data-index': i },
      h('legend', null, `${i18n.t('formEvidence')} ${i + 1}`),
      selectField(
        `evidence.${i}.sourceId`,
        i18n.t('formEvidenceSource'),
        options.map((s) => ({ value: s.id, label: s.title })),
        row.sourceId || options[0]?.id || '',
      ),
      textField(`evidence.${i}.locator`, i18n.t('formEvidenceLocator'), row.locator),
      textField(`evidence.${i}.note`, i18n.t('formEvidenceNote'), row.note, { multiline: true }),
      textField(`evidence.${i}.noteSv`, i18n.t('formEvidenceNoteSv'), row.noteSv ?? '', { multiline: true, lang: 'sv' }),
      h('button', { type: 'button', class: 'link small remove-evidence', on: { click: () => remove(rowEl) } }, i18n.t('formRemove')),
    );
    list.append(rowEl);
  };
  rows.forEach(addRow);
  const element = h(
    'fieldset',
    { class: 'evidence-fields', 'data-field': 'evidence' },
    h('legend', null, i18n.t('formEvidence')),
    list,
    addButton,
    h('p', { class: 'error', id: 'evidence-error', hidden: true }),
  );
  const fieldNames = () => [...list.querySelectorAll<HTMLElement>('[data-field]')].map((el) => el.dataset.field!);
  return { element, fieldNames };
}

const EVIDENCE_ATTRS = ['name', 'data-field', 'id', 'aria-describedby'];

/** Gives every evidence row the number of its position: legend, field names and error ids. */
export function renumberEvidence(list: HTMLElement): void {
  [...list.children].forEach((row, i) => {
    (row as HTMLElement).dataset.index = String(i);
    const legend = row.querySelector(':scope > legend');
    if (legend) legend.textContent = `${i18n.t('formEvidence')} ${i + 1}`;
    for (const el of row.querySelectorAll('*')) {
      for (const attr of EVIDENCE_ATTRS) {
        const v = el.getAttribute(attr);
        if (v?.startsWith('evidence.')) el.setAttribute(attr, v.replace(/^evidence\.\d+\./, `evidence.${i}.`));
      }
    }
  });
}

/** Reads the evidence rows back in their on-screen order (the order their names number). */
export function readEvidence(form: HTMLFormElement): EvidenceRow[] {
  return [...form.querySelectorAll<HTMLElement>('.evidence-row')].map((row) => {
    const value = (suffix: string) => (row.querySelector<HTMLInputElement>(`[name$=".${suffix}"]`)?.value ?? '').trim();
    const noteSv = value('noteSv');
    return { sourceId: value('sourceId'), locator: value('locator'), note: value('note'), ...(noteSv === '' ? {} : { noteSv }) };
  });
}

export function values(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

export function value(form: HTMLFormElement, name: string): string {
  return (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
}

export function showErrors(form: HTMLFormElement, errors: FieldError[]): void {
  for (const p of form.querySelectorAll<HTMLElement>('.error')) {
    p.hidden = true;
    p.textContent = '';
  }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const e of errors) {
    const box = e.field === '' ? null : form.querySelector<HTMLElement>(`[data-field="${CSS.escape(e.field)}"]`);
    const p = box?.querySelector<HTMLElement>(':scope > .error') ?? form.querySelector<HTMLElement>('.form-error')!;
    p.hidden = false;
    p.textContent = p.textContent ? `${p.textContent}; ${e.message}` : e.message;
    const input = box?.querySelector<HTMLElement>('input, select, textarea');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      if (p.id) input.setAttribute('aria-describedby', p.id);
    }
  }
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** The API key field, shown when the server wants one and this session has none yet. */
export function apiKeyField(needed: boolean): HTMLElement | null {
  if (!needed || apiKey.get()) return null;
  return h(
    'div',
    { class: 'api-key' },
    h('p', null, i18n.t('apiKeyPrompt')),
    textField('apiKey', i18n.t('apiKeyLabel'), '', { type: 'password', required: true }),
  );
}

/** `alert` marks a confirmation (role alertdialog) whose question is `describedBy`. */
export function openDialog(
  dialog: HTMLDialogElement,
  title: string,
  form: HTMLFormElement,
  options: { alert?: boolean; describedBy?: string } = {},
): void {
  dialog.replaceChildren(h('h2', { id: 'dialog-title' }, title), form);
  dialog.setAttribute('aria-labelledby', 'dialog-title');
  if (options.alert) dialog.setAttribute('role', 'alertdialog');
  else dialog.removeAttribute('role');
  if (options.describedBy) dialog.setAttribute('aria-describedby', options.describedBy);
  else dialog.removeAttribute('aria-describedby');
  if (!dialog.open) showModalReturningFocus(dialog);
  form.querySelector<HTMLElement>('input, select, textarea')?.focus();
}

/** Save and Cancel; `remove` (a record's delete button) stands apart at the start. */
export function formButtons(dialog: HTMLDialogElement, remove?: { label: string; open: () => void }): HTMLElement {
  return h(
    'div',
    { class: 'form-actions' },
    h('p', { class: 'error form-error', role: 'alert', hidden: true }),
    remove ? h('button', { type: 'button', class: 'danger form-delete', on: { click: remove.open } }, remove.label) : null,
    h('button', { type: 'submit', class: 'primary' }, i18n.t('formSave')),
    h('button', { type: 'button', on: { click: () => dialog.close() } }, i18n.t('formCancel')),
  );
}

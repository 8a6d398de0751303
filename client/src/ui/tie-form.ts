// Add or change a tie (its Delete button hands over to ui/delete.ts). New ties are checked with
// CollaborationCreate and POSTed; changes are sent as a JSON merge patch (cleared optional
// fields become null, which removes them).
import { createCollaboration, patchCollaboration } from '../api/data.ts';
import type { ExplorerContext, TieEditRequest } from '../app/context.ts';
import { AREAS, CollaborationCreate, FORMS, STATUSES } from '../domain.ts';
import type { CollaborationEdge } from '../graph/model.ts';
import { i18n } from '../i18n/i18n.ts';
import { h } from './dom.ts';
import {
  apiKeyField,
  checkbox,
  checkGroup,
  evidenceFields,
  formButtons,
  openDialog,
  readEvidence,
  selectField,
  textField,
  value,
  values,
} from './form-kit.ts';
import { submitForm } from './submit.ts';

const OPTIONAL = ['strength', 'since', 'until', 'description', 'descriptionSv'] as const;

export function tieBody(form: HTMLFormElement): Record<string, unknown> {
  const body: Record<string, unknown> = {
    source: value(form, 'source'),
    target: value(form, 'target'),
    status: value(form, 'status'),
    areas: values(form, 'areas'),
    forms: values(form, 'forms'),
    directed: (form.elements.namedItem('directed') as HTMLInputElement).checked,
    evidence: readEvidence(form),
  };
  for (const name of OPTIONAL) {
    const v = value(form, name);
    if (v !== '') body[name] = name === 'strength' ? Number(v) : v;
  }
  return body;
}

/** The merge patch for an edit: every field the form shows, cleared optional ones as null. */
export function tiePatch(body: Record<string, unknown>): Record<string, unknown> {
  const patch = { ...body };
  for (const name of OPTIONAL) if (!(name in patch)) patch[name] = null;
  return patch;
}

export function openTieForm(ctx: ExplorerContext, dialog: HTMLDialogElement, reload: () => Promise<void>, request: TieEditRequest): void {
  const existing = request.id && ctx.data.hasEdge(request.id) ? (ctx.data.getEdgeAttributes(request.id) as CollaborationEdge) : null;
  const source = existing ? ctx.data.source(request.id!) : (request.source ?? '');
  const target = existing ? ctx.data.target(request.id!) : (request.target ?? '');
  const actors = ctx.data
    .filterNodes((_, a) => a.kind === 'actor')
    .map((n) => ({ value: n, label: ctx.data.getNodeAttribute(n, 'label') as string }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  const choose = [{ value: '', label: i18n.t('formNone') }, ...actors];
  const evidence = evidenceFields(existing?.evidence ?? [], [...ctx.sources.values()]);
  const form = h(
    'form',
    { novalidate: true, class: 'edit-form', id: 'tie-form' },
    apiKeyField(ctx.health?.writesNeedKey ?? false),
    selectField('source', i18n.t('formSource'), choose, source),
    selectField('target', i18n.t('formTarget'), choose, target),
    selectField(
      'status',
      i18n.t('formStatus'),
      STATUSES.map((s) => ({ value: s.id, label: i18n.term(STATUSES, s.id) })),
      existing?.status ?? 'active',
    ),
    checkGroup('areas', i18n.t('formAreas'), AREAS, existing?.areas ?? []),
    checkGroup('forms', i18n.t('formForms'), FORMS, existing?.forms ?? []),
    selectField(
      'strength',
      i18n.t('formStrength'),
      [{ value: '', label: i18n.t('formNone') }, ...['1', '2', '3'].map((v) => ({ value: v, label: v }))],
      existing?.strength ? String(existing.strength) : '',
    ),
    textField('since', i18n.t('formSince'), existing?.since ?? ''),
    textField('until', i18n.t('formUntil'), existing?.until ?? ''),
    checkbox('directed', i18n.t('formDirected'), existing?.directed ?? false),
    textField('description', i18n.t('formDescription'), existing?.description ?? '', { multiline: true }),
    textField('descriptionSv', i18n.t('formDescriptionSv'), existing?.descriptionSv ?? '', { multiline: true, lang: 'sv' }),
    evidence.element,
    formButtons(dialog, existing ? { label: i18n.t('deleteTie'), open: () => ctx.deleteTie(request.id!) } : undefined),
  );
  const fields = () => [
    'apiKey',
    'source',
    'target',
    'status',
    'areas',
    'forms',
    'strength',
    'since',
    'until',
    'directed',
    'description',
    'descriptionSv',
    'evidence',
    ...evidence.fieldNames(),
  ];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const body = tieBody(form);
    void submitForm({
      form,
      dialog,
      fields,
      validate: () => {
        // An unchosen actor is a missing choice, not a malformed slug: say so in plain words.
        const missing = (['source', 'target'] as const).filter((f) => body[f] === '');
        if (missing.length > 0)
          return { success: false, error: { issues: missing.map((f) => ({ path: [f], message: i18n.t('formRequired') })) } };
        const parsed = CollaborationCreate.safeParse(body);
        if (!parsed.success) return parsed;
        // The API refuses self-ties too; say so on the field rather than after a round trip.
        if (body.source === body.target)
          return { success: false, error: { issues: [{ path: ['target'], message: i18n.t('formSelfTie') }] } };
        return parsed;
      },
      send: () => (existing ? patchCollaboration(ctx.round, request.id!, tiePatch(body)) : createCollaboration(ctx.round, body as never)),
      done: reload,
    });
  });
  openDialog(dialog, i18n.t('formTieTitle'), form);
}

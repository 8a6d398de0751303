// Add or change an actor (its Delete button hands over to ui/delete.ts). The body is checked
// with the API's own schemas (ActorCreate for a new actor, ActorPut when replacing one) before
// it is sent; errors show on the fields.
import { createActor, putActor } from '../api/data.ts';
import type { ExplorerContext } from '../app/context.ts';
import { AREAS, ActorCreate, ActorPut, SECTORS } from '../domain.ts';
import type { ActorNode } from '../graph/model.ts';
import { i18n } from '../i18n/i18n.ts';
import { splitList } from '../state/form-errors.ts';
import { select } from '../state/view-state.ts';
import { h } from './dom.ts';
import {
  apiKeyField,
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

/** The body as the API takes it; empty optional fields are left out rather than sent as "". */
export function actorBody(form: HTMLFormElement): Record<string, unknown> {
  const optional = (name: string) => (value(form, name) === '' ? {} : { [name]: value(form, name) });
  return {
    name: value(form, 'name'),
    sector: value(form, 'sector'),
    ...optional('parentId'),
    areas: values(form, 'areas'),
    neighbourhoods: splitList(value(form, 'neighbourhoods')),
    targetGroups: splitList(value(form, 'targetGroups')),
    ...optional('description'),
    ...optional('descriptionSv'),
    ...optional('website'),
    evidence: readEvidence(form),
  };
}

export function openActorForm(ctx: ExplorerContext, dialog: HTMLDialogElement, reload: () => Promise<void>, id?: string): void {
  const existing = id && ctx.data.hasNode(id) ? (ctx.data.getNodeAttributes(id) as ActorNode) : null;
  const actors = ctx.data
    .filterNodes((n, a) => a.kind === 'actor' && n !== id)
    .map((n) => ({ value: n, label: ctx.data.getNodeAttribute(n, 'label') as string }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  const evidence = evidenceFields(existing?.evidence ?? [], [...ctx.sources.values()]);
  const form = h(
    'form',
    { novalidate: true, class: 'edit-form', id: 'actor-form' },
    apiKeyField(ctx.health?.writesNeedKey ?? false),
    textField('name', i18n.t('formName'), existing?.label ?? '', { required: true }),
    existing ? null : textField('id', i18n.t('formId')),
    selectField(
      'sector',
      i18n.t('formSector'),
      SECTORS.map((s) => ({ value: s.id, label: i18n.term(SECTORS, s.id) })),
      existing?.sector ?? 'municipal',
    ),
    selectField('parentId', i18n.t('formParent'), [{ value: '', label: i18n.t('formNone') }, ...actors], existing?.parentId ?? ''),
    checkGroup('areas', i18n.t('formAreas'), AREAS, existing?.areas ?? []),
    textField('neighbourhoods', i18n.t('formNeighbourhoods'), existing?.neighbourhoods.join(', ') ?? ''),
    textField('targetGroups', i18n.t('formTargetGroups'), existing?.targetGroups.join(', ') ?? ''),
    textField('description', i18n.t('formDescription'), existing?.description ?? '', { multiline: true }),
    textField('descriptionSv', i18n.t('formDescriptionSv'), existing?.descriptionSv ?? '', { multiline: true, lang: 'sv' }),
    textField('website', i18n.t('formWebsite'), existing?.website ?? '', { type: 'url' }),
    evidence.element,
    formButtons(dialog, existing ? { label: i18n.t('deleteActor'), open: () => ctx.deleteActor(id!) } : undefined),
  );
  const fields = () => [
    'apiKey',
    'name',
    'id',
    'sector',
    'parentId',
    'areas',
    'neighbourhoods',
    'targetGroups',
    'description',
    'descriptionSv',
    'website',
    'evidence',
    ...evidence.fieldNames(),
  ];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const body = actorBody(form);
    const newId = value(form, 'id');
    void submitForm({
      form,
      dialog,
      fields,
      validate: () => (existing ? ActorPut.safeParse(body) : ActorCreate.safeParse(newId ? { ...body, id: newId } : body)),
      send: async () => {
        const saved = existing
          ? await putActor(ctx.round, id!, body as never)
          : await createActor(ctx.round, (newId ? { ...body, id: newId } : body) as never);
        await reload();
        ctx.dispatch((s) => select(s, saved.id));
      },
      done: () => {},
    });
  });
  openDialog(dialog, `${i18n.t('formActorTitle')}${existing ? `: ${existing.label}` : ''}`, form);
}

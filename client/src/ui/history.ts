// The history in the explorer: who changed what, when. The actor panel lists the changes to the
// actor and its ties (loaded when opened); the history view (a dialog from the toolbar) lists the
// recent changes of the round with a Revert for each, sent through the forms' submit flow (API
// key, errors in the form). A revert the server refuses (409) says which records changed since.
import { isRevertible } from '../../../server/domain/changes.ts';
import { fetchChanges, revertChange, type Change } from '../api/history.ts';
import type { RoundRef } from '../api/round-scope.ts';
import type { ApiError } from '../api/http.ts';
import type { ExplorerContext } from '../app/context.ts';
import { i18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/strings.ts';
import { h, replace } from './dom.ts';
import { apiKeyField, openDialog } from './form-kit.ts';
import { submitForm } from './submit.ts';

const OPS: Record<Change['op'], MessageKey> = { create: 'historyCreated', update: 'historyUpdated', delete: 'historyDeleted' };
/** Changes to many records at once, told as one act. */
const WHOLE: Record<string, MessageKey> = { import: 'historyImport', merge: 'historyMerge', layout: 'historyLayout' };
const ENTITIES: Record<string, MessageKey> = {
  actor: 'entityActor',
  collaboration: 'entityCollaboration',
  forum: 'entityForum',
  membership: 'entityMembership',
  source: 'entitySource',
  mapping: 'entityMapping',
  round: 'entityRound',
};
const STAMPS = new Set(['createdAt', 'updatedAt']);

/** The fields an update changed, by name (timestamps aside); none for a create or delete. */
export function changedFields(change: Pick<Change, 'op' | 'before' | 'after'>): string[] {
  if (change.op !== 'update' || typeof change.before !== 'object' || typeof change.after !== 'object') return [];
  const before = (change.before ?? {}) as Record<string, unknown>;
  const after = (change.after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => !STAMPS.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .sort();
}

/** The actor a merge kept: the first actor of its after-bundle (server/store/flow/merge.ts writes it first). */
export function mergedInto(change: Pick<Change, 'entity' | 'after'>): string | null {
  if (change.entity !== 'merge') return null;
  const id = (change.after as { actors?: Array<{ id?: unknown }> } | null)?.actors?.[0]?.id;
  return typeof id === 'string' ? id : null;
}

/** One line: what happened to which record, then who and when. */
function describe(change: Change): HTMLElement[] {
  const whole = change.entity === 'layout' && change.op === 'create' ? 'historyFirstLayout' : WHOLE[change.entity];
  // An act on many records names no fields (a layout's figures are no record's fields).
  const fields = whole ? [] : changedFields(change);
  const entity = ENTITIES[change.entity];
  const into = mergedInto(change);
  const what = into
    ? i18n.t('historyMergeInto', { id: change.entityId, into })
    : whole
      ? i18n.t(whole, { id: change.entityId })
      : i18n.t(OPS[change.op], { entity: entity ? i18n.t(entity) : change.entity, id: change.entityId });
  const when = new Date(change.at).toLocaleString(i18n.lang === 'sv' ? 'sv-SE' : 'en-GB');
  return [
    h('span', { class: 'change-what' }, change.revertOf ? `${i18n.t('historyRevertOf')} ${what}` : what),
    fields.length > 0 ? h('span', { class: 'muted small change-fields' }, ` (${fields.join(', ')})`) : null,
    h('div', { class: 'muted small change-who' }, i18n.t('historyBy', { who: change.who, when })),
  ].filter((e): e is HTMLElement => e !== null);
}

/** The panel's section for one actor: its changes in the round shown, asked for when the reader opens it. */
export function actorHistory(id: string, round: RoundRef | null): HTMLElement {
  const list = h('div', { class: 'change-list' }, h('p', { class: 'muted' }, i18n.t('loading')));
  const section = h('details', { class: 'history-section', id: 'actor-history' }, h('summary', null, i18n.t('historyTitle')), list);
  section.addEventListener(
    'toggle',
    () => {
      fetchChanges({ ...(round ?? {}), actor: id, limit: 20 }).then(
        (changes) =>
          replace(
            list,
            changes.length === 0
              ? h('p', { class: 'muted' }, i18n.t('historyNone'))
              : h(
                  'ul',
                  { class: 'changes' },
                  changes.map((c) => h('li', { 'data-change': c.id }, describe(c))),
                ),
          ),
        (error: unknown) => replace(list, h('p', { class: 'error' }, String(error))),
      );
    },
    { once: true },
  );
  return section;
}

/** A 409: name the records changed since the change. */
function refusedRevert(error: ApiError): string | null {
  if (error.status !== 409) return null;
  const records = error.details.map((d) => d.path).join(', ');
  return records ? i18n.t('historyChangedSince', { records }) : error.message;
}

/** The history view: the round's recent changes, each with Revert. */
export async function openHistory(ctx: ExplorerContext, dialog: HTMLDialogElement): Promise<void> {
  const changes = await fetchChanges({ ...(ctx.shownRound ?? {}), limit: 50 });
  const writable = ctx.writable;
  let chosen: string | null = null;
  const form = h(
    'form',
    { novalidate: true, class: 'edit-form history-form', id: 'history-form' },
    apiKeyField(ctx.health?.writesNeedKey ?? false),
    changes.length === 0
      ? h('p', { class: 'muted' }, i18n.t('historyNone'))
      : h(
          'ul',
          { class: 'changes' },
          changes.map((c) =>
            h(
              'li',
              { 'data-change': c.id, 'data-entity': c.entity },
              describe(c),
              writable && isRevertible(c.entity)
                ? h(
                    'button',
                    { type: 'submit', class: 'link small revert', 'data-revert': c.id, on: { click: () => (chosen = c.id) } },
                    i18n.t('historyRevert'),
                  )
                : null,
            ),
          ),
        ),
    h(
      'div',
      { class: 'form-actions' },
      h('p', { class: 'error form-error', role: 'alert', hidden: true }),
      h('button', { type: 'button', id: 'close-history', on: { click: () => dialog.close() } }, i18n.t('close')),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const id = chosen;
    if (id === null) return;
    void submitForm({
      form,
      dialog,
      fields: () => ['apiKey'],
      validate: () => ({ success: true }),
      send: () => revertChange(id),
      done: () => ctx.reload(),
      refused: refusedRevert,
    });
  });
  openDialog(dialog, i18n.t('historyTitle'), form);
}

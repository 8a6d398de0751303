// Deleting an actor or a tie: a confirmation in the edit dialog (a native modal <dialog>, so
// Escape cancels and focus stays inside; it opens on Cancel, the harmless choice), sent through
// the forms' submit flow (API key, errors in the form). The server keeps an actor that still
// has ties; its answer is shown in words, and the same button then offers to delete the actor
// together with what the server counted.
import { deleteActor, deleteCollaboration } from '../api/data.ts';
import type { ApiError } from '../api/http.ts';
import type { ExplorerContext } from '../app/context.ts';
import { STATUSES } from '../domain.ts';
import type { CollaborationEdge } from '../graph/model.ts';
import { i18n } from '../i18n/i18n.ts';
import { describeRefusal, referencesIn } from '../state/delete-refusal.ts';
import { h } from './dom.ts';
import { apiKeyField, openDialog } from './form-kit.ts';
import { submitsConfirmation } from './submit.ts';

interface Buttons {
  confirm: HTMLButtonElement;
  cancel: HTMLButtonElement;
}

interface Confirmation {
  title: string;
  question: string;
  send: () => Promise<unknown>;
  /** A refusal this kind of delete can explain (see SubmitOptions.refused). */
  refused?: (error: ApiError, buttons: Buttons) => string | null;
}

function confirmDelete(ctx: ExplorerContext, dialog: HTMLDialogElement, c: Confirmation): void {
  const buttons: Buttons = {
    confirm: h('button', { type: 'submit', class: 'primary danger', id: 'confirm-delete' }, i18n.t('deleteConfirm')),
    cancel: h('button', { type: 'button', id: 'cancel-delete', on: { click: () => dialog.close() } }, i18n.t('formCancel')),
  };
  const form = h(
    'form',
    { novalidate: true, class: 'edit-form delete-form', id: 'delete-form' },
    apiKeyField(ctx.health?.writesNeedKey ?? false),
    h('p', { id: 'delete-question' }, c.question),
    h(
      'div',
      { class: 'form-actions' },
      h('p', { class: 'error form-error', role: 'alert', hidden: true }),
      buttons.confirm,
      buttons.cancel,
    ),
  );
  submitsConfirmation(form, dialog, {
    send: c.send,
    done: () => ctx.reload(),
    refused: (error) => {
      if (error.status === 404) {
        // Somebody else was first: say so, leave nothing to confirm, show the network as it is.
        void ctx.reload();
        buttons.confirm.hidden = true;
        buttons.cancel.textContent = i18n.t('close');
        buttons.cancel.focus();
        return i18n.t('deleteGone');
      }
      return c.refused?.(error, buttons) ?? null;
    },
  });
  openDialog(dialog, c.title, form, { alert: true, describedBy: 'delete-question' });
  if (!form.querySelector('input')) buttons.cancel.focus();
}

const nameOf = (ctx: ExplorerContext, id: string) => (ctx.data.hasNode(id) ? (ctx.data.getNodeAttribute(id, 'label') as string) : id);

export function confirmDeleteActor(ctx: ExplorerContext, dialog: HTMLDialogElement, id: string): void {
  const name = nameOf(ctx, id);
  let cascade = false;
  confirmDelete(ctx, dialog, {
    title: i18n.t('deleteActor'),
    question: i18n.t('deleteActorQuestion', { name }),
    send: () => deleteActor(ctx.round, id, { cascade }),
    refused: (error, { confirm, cancel }) => {
      const refs = error.status === 409 && !cascade ? referencesIn(error.details) : null;
      if (refs === null) return null;
      const text = describeRefusal(i18n.lang, name, refs);
      cascade = true;
      confirm.textContent = text.cascade;
      confirm.dataset.cascade = 'true';
      // The answer is read out from the alert; the keyboard rests on the harmless choice again.
      cancel.focus();
      return text.reason;
    },
  });
}

export function confirmDeleteTie(ctx: ExplorerContext, dialog: HTMLDialogElement, id: string): void {
  const tie = ctx.data.hasEdge(id) ? (ctx.data.getEdgeAttributes(id) as CollaborationEdge) : null;
  const [a, b] = tie ? ctx.data.extremities(id) : [id, id];
  confirmDelete(ctx, dialog, {
    title: i18n.t('deleteTie'),
    question: i18n.t('deleteTieQuestion', { a: nameOf(ctx, a), b: nameOf(ctx, b), status: tie ? i18n.term(STATUSES, tie.status) : '?' }),
    send: () => deleteCollaboration(ctx.round, id),
  });
}

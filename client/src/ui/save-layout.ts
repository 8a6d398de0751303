// "Save layout": the map's positions become the round's layout, which everyone who opens the
// round then starts from. A shared picture changes for all, so it is asked first, in the edit
// dialog, through the forms' submit flow (API key, the API's refusal in words).
import type { ExplorerContext } from '../app/context.ts';
import { i18n } from '../i18n/i18n.ts';
import { h } from './dom.ts';
import { apiKeyField, openDialog } from './form-kit.ts';
import { submitForm } from './submit.ts';

export function confirmSaveLayout(ctx: ExplorerContext, dialog: HTMLDialogElement, save: () => Promise<unknown>): void {
  const form = h(
    'form',
    { novalidate: true, class: 'edit-form', id: 'save-layout-form' },
    apiKeyField(ctx.health?.writesNeedKey ?? false),
    h('p', { id: 'save-layout-question' }, i18n.t('layoutSaveQuestion')),
    h(
      'div',
      { class: 'form-actions' },
      h('p', { class: 'error form-error', role: 'alert', hidden: true }),
      h('button', { type: 'submit', class: 'primary', id: 'confirm-save-layout' }, i18n.t('layoutSave')),
      h('button', { type: 'button', on: { click: () => dialog.close() } }, i18n.t('formCancel')),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void submitForm({ form, dialog, fields: () => ['apiKey'], validate: () => ({ success: true }), send: save, done: () => {} });
  });
  openDialog(dialog, i18n.t('layoutSave'), form, { describedBy: 'save-layout-question' });
}

// Shared submit flow for the edit forms: validate with the API's zod schema first, remember
// the API key for the session, send, and put the API's 4xx details on the fields.
import { ApiError, apiKey } from '../api/http.ts';
import { i18n } from '../i18n/i18n.ts';
import { apiErrors, zodErrors, type IssueLike } from '../state/form-errors.ts';
import { apiKeyField, showErrors, value } from './form-kit.ts';

interface Parsed {
  success: boolean;
  error?: { issues: readonly IssueLike[] };
}

export interface SubmitOptions {
  form: HTMLFormElement;
  dialog: HTMLDialogElement;
  fields: () => string[];
  validate: () => Parsed;
  send: () => Promise<unknown>;
  done: () => Promise<void> | void;
  /** What to show for an API refusal the caller understands (a delete's 404 or 409); null = the API's own words. */
  refused?: (error: ApiError) => string | null;
}

export async function submitForm(o: SubmitOptions): Promise<void> {
  const parsed = o.validate();
  if (!parsed.success) {
    showErrors(o.form, zodErrors(parsed.error?.issues ?? [], o.fields(), i18n.lang));
    return;
  }
  const key = value(o.form, 'apiKey');
  if (o.form.querySelector('[name="apiKey"]')) {
    if (key === '') return showErrors(o.form, [{ field: 'apiKey', message: i18n.t('apiKeyWrong') }]);
    apiKey.set(key);
  }
  // One request at a time: a double click must not create (or delete) twice.
  const buttons = [...o.form.querySelectorAll<HTMLButtonElement>('button[type="submit"]')];
  for (const b of buttons) b.disabled = true;
  try {
    await o.send();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      apiKey.set(null);
      if (!o.form.querySelector('[name="apiKey"]')) o.form.prepend(apiKeyField(true)!);
      return showErrors(o.form, [{ field: 'apiKey', message: i18n.t('apiKeyWrong') }]);
    }
    const explained = error instanceof ApiError ? o.refused?.(error) : null;
    if (explained) return showErrors(o.form, [{ field: '', message: explained }]);
    if (error instanceof ApiError) {
      const message = i18n.t('formWriteFailed', { message: error.message });
      return showErrors(o.form, apiErrors(error.details, message, o.fields(), i18n.lang));
    }
    return showErrors(o.form, [{ field: '', message: String(error) }]);
  } finally {
    for (const b of buttons) b.disabled = false;
  }
  o.dialog.close();
  await o.done();
}

/** A confirmation, whose only field is the API key (when asked for): submitting it sends. */
export function submitsConfirmation(
  form: HTMLFormElement,
  dialog: HTMLDialogElement,
  o: Pick<SubmitOptions, 'send' | 'done' | 'refused'>,
): void {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void submitForm({ form, dialog, fields: () => ['apiKey'], validate: () => ({ success: true }), ...o });
  });
}

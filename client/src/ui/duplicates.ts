// The duplicates view: the round's probable duplicate actors (a dialog from the toolbar, like the
// history view), each pair with why, each actor's sector and ties and a link that shows it on the
// map. Where the round takes writes, each pair offers both ways to merge; the confirmation says
// what moves and that the history can revert it, and is sent through the forms' submit flow (API
// key, the server's refusals in the UI's language). After a merge the map and the list reload.
import { type DuplicatePair, fetchDuplicates, mergeActor } from '../api/duplicates.ts';
import type { ExplorerContext } from '../app/context.ts';
import { duplicateSide, mergeMoves } from '../graph/duplicate-sides.ts';
import { i18n } from '../i18n/i18n.ts';
import { mergeConfirmation, mergeRefusal, sideLine } from '../state/merge-text.ts';
import { select, setView } from '../state/view-state.ts';
import { h } from './dom.ts';
import { apiKeyField, openDialog } from './form-kit.ts';
import { submitsConfirmation } from './submit.ts';

interface Side {
  id: string;
  name: string;
}

const reasonWords = (pair: DuplicatePair) =>
  pair.reasons.map((r) => i18n.t(r === 'name' ? 'importDuplicateName' : 'importDuplicateWebsite')).join(', ');

/** Closes the view and selects the actor on the map, which moves the camera to it. */
function showOnMap(ctx: ExplorerContext, dialog: HTMLDialogElement, id: string): void {
  dialog.close();
  ctx.dispatch((s) => select(setView(s, 'map'), id));
}

function sideView(ctx: ExplorerContext, dialog: HTMLDialogElement, side: Side): HTMLElement {
  const shown = duplicateSide(ctx.data, side.id, side.name);
  return h(
    'div',
    { class: 'duplicate-side', 'data-actor': side.id },
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        'data-focus': side.id,
        title: i18n.t('duplicatesShow', { name: side.name }),
        disabled: shown.sector === null,
        on: { click: () => showOnMap(ctx, dialog, side.id) },
      },
      side.name,
    ),
    h('span', { class: 'muted small' }, ` · ${sideLine(i18n.lang, shown)}`),
  );
}

function pairView(ctx: ExplorerContext, dialog: HTMLDialogElement, pair: DuplicatePair, merge: (keep: Side, into: Side) => void) {
  const [a, b] = pair.actors.map((id, i) => ({ id, name: pair.names[i]! }));
  const offer = (keep: Side, gone: Side) =>
    h(
      'button',
      { type: 'button', 'data-keep': keep.id, 'data-merge': gone.id, on: { click: () => merge(keep, gone) } },
      i18n.t('duplicatesKeep', { keep: keep.name, merge: gone.name }),
    );
  return h(
    'li',
    { class: 'duplicate-pair', 'data-pair': pair.actors.join(' ') },
    sideView(ctx, dialog, a!),
    sideView(ctx, dialog, b!),
    h('p', { class: 'muted small' }, i18n.t('duplicatesWhy', { reasons: reasonWords(pair) })),
    ctx.writable ? h('div', { class: 'duplicate-merge' }, offer(a!, b!), offer(b!, a!)) : null,
  );
}

function pairList(ctx: ExplorerContext, dialog: HTMLDialogElement, pairs: readonly DuplicatePair[] | Error): HTMLElement {
  if (pairs instanceof Error) return h('p', { class: 'error', role: 'alert' }, i18n.t('duplicatesFailed', { message: pairs.message }));
  if (pairs.length === 0) return h('p', { class: 'muted', id: 'duplicates-none' }, i18n.t('duplicatesNone'));
  const merge = (keep: Side, gone: Side) => confirmMerge(ctx, dialog, pairs, keep, gone);
  return h(
    'ul',
    { class: 'duplicates' },
    pairs.map((p) => pairView(ctx, dialog, p, merge)),
  );
}

function showList(ctx: ExplorerContext, dialog: HTMLDialogElement, pairs: readonly DuplicatePair[] | Error): void {
  const form = h(
    'form',
    { novalidate: true, class: 'edit-form duplicates-form', id: 'duplicates-form' },
    pairList(ctx, dialog, pairs),
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'button', id: 'close-duplicates', on: { click: () => dialog.close() } }, i18n.t('close')),
    ),
  );
  openDialog(dialog, i18n.t('duplicatesTitle'), form);
  form.querySelector<HTMLElement>('button:not([disabled])')?.focus();
}

/** The confirmation of one merge; Back returns to the list as it was read. */
function confirmMerge(ctx: ExplorerContext, dialog: HTMLDialogElement, pairs: readonly DuplicatePair[], keep: Side, gone: Side): void {
  const sentences = mergeConfirmation(i18n.lang, { from: gone.name, into: keep.name }, mergeMoves(ctx.data, gone.id, keep.id));
  const confirm = h('button', { type: 'submit', class: 'primary', id: 'confirm-merge' }, i18n.t('mergeConfirm'));
  const back = h('button', { type: 'button', id: 'merge-back', on: { click: () => showList(ctx, dialog, pairs) } }, i18n.t('mergeBack'));
  const form = h(
    'form',
    { novalidate: true, class: 'edit-form merge-form', id: 'merge-form' },
    apiKeyField(ctx.health?.writesNeedKey ?? false),
    h(
      'div',
      { id: 'merge-question' },
      sentences.map((s) => h('p', null, s)),
    ),
    h('div', { class: 'form-actions' }, h('p', { class: 'error form-error', role: 'alert', hidden: true }), confirm, back),
  );
  submitsConfirmation(form, dialog, {
    send: () => mergeActor(ctx.round, gone.id, keep.id),
    done: async () => {
      await ctx.reload();
      await openDuplicates(ctx, dialog);
    },
    refused: (error) => {
      // Gone, or the round closed meanwhile: nothing to retry; show the round as it is now.
      if (error.status === 404) void ctx.reload();
      if (error.status === 409) void ctx.reloadRounds();
      if (error.status === 404 || error.status === 409) {
        confirm.hidden = true;
        back.focus();
      }
      return mergeRefusal(i18n.lang, error);
    },
  });
  openDialog(dialog, i18n.t('mergeTitle'), form, { alert: true, describedBy: 'merge-question' });
  // As a delete's confirmation: the keyboard starts on the harmless choice.
  if (!form.querySelector('input')) back.focus();
}

/** The duplicates view of the round shown, read afresh. */
export async function openDuplicates(ctx: ExplorerContext, dialog: HTMLDialogElement): Promise<void> {
  const pairs = await fetchDuplicates(ctx.round).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  showList(ctx, dialog, pairs);
}

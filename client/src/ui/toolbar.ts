// The header's controls: view switch, gaps, layout, share/export, files, edit, history, duplicates and language.
import { roundPrefix } from '../api/round-scope.ts';
import type { ExplorerContext } from '../app/context.ts';
import { i18n } from '../i18n/i18n.ts';
import { formatViewState } from '../state/url.ts';
import { openGaps, setView } from '../state/view-state.ts';
import { h, replace } from './dom.ts';
import { exportMenu } from './export-menu.ts';

/** Rebuilt only when what it shows changes (the root remembers what it drew), so an open share menu stays open. */
export function renderToolbar(root: HTMLElement, ctx: ExplorerContext): void {
  const s = ctx.state;
  const writable = ctx.writable;
  const key = JSON.stringify([
    i18n.lang,
    s.view,
    s.gaps !== null,
    ctx.layoutRunning,
    writable,
    roundPrefix(ctx.round),
    formatViewState(s, i18n.lang),
  ]);
  if (key === root.dataset.drawn && root.childElementCount > 0) return;
  root.dataset.drawn = key;
  const wasOpen = root.querySelector('details')?.open ?? false;
  // An export is the end of the errand: close the menu and leave focus on its button.
  const closeAfter = (run: () => void) => {
    run();
    const menu = root.querySelector('details');
    if (menu) menu.open = false;
    root.querySelector<HTMLElement>('#share-summary')?.focus();
  };
  const shareMenu = h(
    'details',
    { class: 'menu', open: wasOpen },
    h('summary', { id: 'share-summary' }, i18n.t('share')),
    h(
      'div',
      { class: 'menu-items' },
      h(
        'button',
        {
          type: 'button',
          on: {
            click: (e) => {
              const url = `${location.origin}${location.pathname}${formatViewState(s, i18n.lang)}`;
              // The link carries the view and the camera, not positions nobody saved: say so.
              const lacks = ctx.positionsUnsaved ? i18n.t('linkLacksPositions') : '';
              const note = root.querySelector<HTMLElement>('#share-note');
              if (note) [note.textContent, note.hidden] = [lacks, lacks === ''];
              const copied = navigator.clipboard ? navigator.clipboard.writeText(url) : Promise.reject(new Error('no clipboard'));
              void copied.then(
                () => ((e.target as HTMLElement).textContent = i18n.t('linkCopied')),
                () => prompt(`${i18n.t('copyLink')}${lacks === '' ? '' : `\n${lacks}`}`, url),
              );
            },
          },
        },
        i18n.t('copyLink'),
      ),
      h('p', { id: 'share-note', class: 'muted small', role: 'status', hidden: true }),
      h('button', { type: 'button', id: 'export-png', on: { click: () => closeAfter(() => void ctx.exportPng()) } }, i18n.t('exportPng')),
      h('button', { type: 'button', id: 'export-svg', on: { click: () => closeAfter(() => void ctx.exportSvg()) } }, i18n.t('exportSvg')),
      h('button', { type: 'button', id: 'export-gexf', on: { click: () => closeAfter(() => ctx.exportGexf()) } }, i18n.t('exportGexf')),
      h('button', { type: 'button', id: 'export-json', on: { click: () => closeAfter(() => ctx.exportJson()) } }, i18n.t('exportJson')),
    ),
  );
  replace(
    root,
    h(
      'div',
      { class: 'segmented', role: 'group', 'aria-label': `${i18n.t('viewMap')} / ${i18n.t('viewTable')}` },
      h(
        'button',
        {
          type: 'button',
          id: 'view-map',
          'aria-pressed': String(s.view === 'map'),
          on: { click: () => ctx.dispatch((st) => setView(st, 'map')) },
        },
        i18n.t('viewMap'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'view-table',
          'aria-pressed': String(s.view === 'table'),
          on: { click: () => ctx.dispatch((st) => setView(st, 'table')) },
        },
        i18n.t('viewTable'),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        id: 'gaps-toggle',
        'aria-pressed': String(s.gaps !== null),
        on: { click: () => ctx.dispatch((st) => openGaps(st, st.gaps === null ? 'civil_society' : null)) },
      },
      i18n.t('gapsOpen'),
    ),
    h(
      'button',
      { type: 'button', id: 'layout-toggle', 'aria-pressed': String(ctx.layoutRunning), on: { click: () => ctx.toggleLayout() } },
      ctx.layoutRunning ? i18n.t('layoutStop') : i18n.t('layoutStart'),
    ),
    writable ? h('button', { type: 'button', id: 'save-layout', on: { click: () => ctx.saveLayout() } }, i18n.t('layoutSave')) : null,
    shareMenu,
    exportMenu(root, roundPrefix(ctx.round)),
    writable ? h('button', { type: 'button', id: 'import-open', on: { click: () => ctx.openImport() } }, i18n.t('importOpen')) : null,
    writable ? h('button', { type: 'button', id: 'new-actor', on: { click: () => ctx.editActor() } }, i18n.t('newActor')) : null,
    writable ? h('button', { type: 'button', id: 'new-tie', on: { click: () => ctx.editTie({}) } }, i18n.t('newTie')) : null,
    h('button', { type: 'button', id: 'open-history', on: { click: () => ctx.openHistory() } }, i18n.t('historyTitle')),
    h('button', { type: 'button', id: 'open-duplicates', on: { click: () => ctx.openDuplicates() } }, i18n.t('duplicatesOpen')),
    h(
      'button',
      {
        type: 'button',
        id: 'lang-toggle',
        lang: i18n.lang === 'en' ? 'sv' : 'en',
        on: { click: () => ctx.setLang(i18n.lang === 'en' ? 'sv' : 'en') },
      },
      i18n.t('language'),
    ),
  );
}

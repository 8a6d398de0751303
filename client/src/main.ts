// Entry point: reads the view state from the URL, builds the explorer and mounts the panels.
import './no-eval.ts';
import './styles.css';
import { roundPrefix } from './api/round-scope.ts';
import { Explorer, prefetch } from './app/explorer.ts';
import { detectLang, i18n } from './i18n/i18n.ts';
import { parseLang, parseViewState } from './state/url.ts';
import { chooseRound } from './state/view-state.ts';
import { openActorForm } from './ui/actor-form.ts';
import { byId, h, rebuild, replace } from './ui/dom.ts';
import { renderCompare } from './ui/compare.ts';
import { renderFilters } from './ui/filters.ts';
import { renderGaps } from './ui/gaps.ts';
import { openImportDialog } from './ui/import-dialog.ts';
import { renderPanel } from './ui/panel.ts';
import { renderRoundPicker } from './ui/round-picker.ts';
import { mountSearch } from './ui/search.ts';
import { renderTable } from './ui/table.ts';
import { openTieForm } from './ui/tie-form.ts';
import { renderToolbar } from './ui/toolbar.ts';

declare global {
  interface Window {
    __samverkan?: ReturnType<Explorer['testHook']> & { ready: boolean; firstPaint?: number };
  }
}

async function start(): Promise<void> {
  const view = parseViewState(location.search);
  // A link's own language first (lang=sv), then the analyst's last choice, then the browser's;
  // set before the first request, which asks for the server's messages in it.
  i18n.set(parseLang(location.search) ?? detectLang(localStorage.getItem('samverkan.lang'), navigator.languages ?? [navigator.language]));
  const pending = prefetch(view.round);
  const explorer = new Explorer(view, i18n.lang, byId('map'));
  performance.mark('samverkan:sigma');
  const dialog = byId<HTMLDialogElement>('edit-dialog');
  const reload = () => explorer.reload();
  explorer.editActor = (id) => openActorForm(explorer, dialog, reload, id);
  explorer.editTie = (request) => openTieForm(explorer, dialog, reload, request);
  explorer.openImport = () =>
    openImportDialog({
      prefix: () => roundPrefix(explorer.round),
      writesNeedKey: explorer.health?.writesNeedKey ?? false,
      // A new mapping's round joins the picker and is shown; the round shown reloads.
      imported: async (into) => {
        if (into === null) return reload();
        await explorer.reloadRounds();
        explorer.dispatch((s) => chooseRound(s, into));
      },
      openDuplicates: () => {
        byId<HTMLDialogElement>('import-dialog').close();
        explorer.openDuplicates();
      },
    });

  const search = mountSearch(byId('search'), () => explorer);
  const status = byId('status');
  explorer.addView((ctx) => {
    document.title = i18n.t('appTitle');
    byId('tagline').textContent = i18n.t('appTagline');
    document.querySelector('.skip-link')!.textContent = i18n.t('skipToMap');
    byId('toolbar').setAttribute('aria-label', i18n.t('toolsLabel'));
    byId('filters').setAttribute('aria-label', i18n.t('filters'));
    byId('stage').setAttribute('aria-label', i18n.t('networkLabel'));
    byId('map').setAttribute('aria-label', i18n.t('mapLabel'));
    byId('gaps').setAttribute('aria-label', i18n.t('gapsTitle'));
    search.relabel();
    byId('compare').setAttribute('aria-label', i18n.t('compareTitle'));
    const rounds = byId('rounds');
    rebuild(rounds, () => renderRoundPicker(rounds, ctx));
    const compare = byId('compare');
    rebuild(compare, () => renderCompare(compare, ctx));
    const toolbar = byId('toolbar');
    rebuild(toolbar, () => renderToolbar(toolbar, ctx));
    const filters = byId('filters');
    rebuild(filters, () => renderFilters(filters, ctx));
    const panel = byId('panel');
    rebuild(panel, () => renderPanel(panel, ctx));
    const gaps = byId('gaps');
    rebuild(gaps, () => renderGaps(gaps, ctx));
    const table = byId('table-view');
    rebuild(table, () => renderTable(table, ctx));
    byId('map').hidden = ctx.state.view !== 'map';
    document.body.dataset.view = ctx.state.view;
    const actors = ctx.display.filterNodes((_, a) => a.kind === 'actor').length;
    const ties = ctx.display.filterEdges((_, a) => a.kind === 'collaboration').length;
    status.textContent = i18n.t('actorsShown', { n: actors, m: ties });
  });
  try {
    await explorer.load(pending);
  } catch (error) {
    replace(
      status,
      h('span', { role: 'alert' }, `${i18n.t('loadFailed')}: ${String(error)} `),
      h('button', { type: 'button', on: { click: () => location.reload() } }, i18n.t('retry')),
    );
    return;
  }
  requestAnimationFrame(() => {
    performance.mark('samverkan:drawn');
    window.__samverkan = { ...explorer.testHook(), ready: true, firstPaint: performance.now() };
    document.body.dataset.ready = 'true';
  });
}

void start();

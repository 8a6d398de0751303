// The address bar follows the state (a subscriber, like the views), and Back and Forward bring
// the state of their entry back. A deliberate change pushes an entry, everything else replaces
// (see historyAction); the language rides along so a shared link opens in the sender's language.
import type { Lang } from '../i18n/i18n.ts';
import { formatViewState, historyAction, parseLang, parseViewState } from '../state/url.ts';
import type { ChangeMeta, Store } from '../state/store.ts';
import { langChanged, viewChanged, type ExplorerState } from './state.ts';

export function syncUrl(store: Store<ExplorerState>): () => void {
  /** When the last history entry was pushed (see historyAction). */
  let lastPush = -Infinity;
  const write = (s: ExplorerState, meta: ChangeMeta) => {
    const url = `${location.pathname}${formatViewState(s.view, s.lang)}`;
    const action = historyAction(`${location.pathname}${location.search}`, url, Boolean(meta.deliberate), performance.now() - lastPush);
    if (action === 'push') {
      history.pushState(null, '', url);
      lastPush = performance.now();
    } else if (action === 'replace') history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe((s, previous, meta) => {
    if (meta.restored) lastPush = -Infinity;
    if (s.view !== previous.view || s.lang !== previous.lang) write(s, meta);
  });
  const restore = () => {
    const lang: Lang = parseLang(location.search) ?? 'en';
    const view = parseViewState(location.search);
    store.dispatch((s) => viewChanged(() => view)(langChanged(lang)(s)), { restored: true });
  };
  window.addEventListener('popstate', restore);
  // The URL as loaded, normalised (unknown words dropped, defaults left out).
  write(store.getState(), {});
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', restore);
  };
}

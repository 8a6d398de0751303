// Actor search with autocomplete, following the ARIA combobox pattern (listbox popup, arrow
// keys move, Enter picks, Escape closes). Matching is diacritic-insensitive (graph/search.ts).
import type { ExplorerContext } from '../app/context.ts';
import { searchActors, type SearchEntry } from '../graph/search.ts';
import { i18n } from '../i18n/i18n.ts';
import { select } from '../state/view-state.ts';
import { h, replace } from './dom.ts';

export function mountSearch(root: HTMLElement, ctx: () => ExplorerContext): { relabel(): void } {
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-list',
  });
  const label = h('label', { for: 'search-input', class: 'visually-hidden' });
  const list = h('ul', { id: 'search-list', role: 'listbox', class: 'search-list', hidden: true });
  let hits: SearchEntry[] = [];
  let active = -1;

  // Every actor is found, also one the filters leave off the map; the list says so, and the
  // panel then offers to clear the filters that hide it.
  const entries = (): SearchEntry[] =>
    ctx()
      .data.filterNodes((_, a) => a.kind === 'actor')
      .map((id) => ({ id, name: ctx().data.getNodeAttribute(id, 'label') as string, hidden: !ctx().display.hasNode(id) }));

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function show(): void {
    hits = searchActors(entries(), input.value);
    active = hits.length > 0 ? 0 : -1;
    draw();
  }

  function draw(): void {
    if (input.value.trim() === '') {
      close();
      return;
    }
    replace(
      list,
      hits.length === 0
        ? h('li', { class: 'muted', role: 'option', 'aria-disabled': 'true' }, i18n.t('searchNoHits'))
        : hits.map((hit, i) =>
            h(
              'li',
              {
                id: `search-opt-${i}`,
                role: 'option',
                'aria-selected': String(i === active),
                class: `${i === active ? 'active' : ''}${hit.hidden ? ' hidden-actor' : ''}`,
                'data-id': hit.id,
                'data-hidden': hit.hidden ? 'true' : null,
                on: {
                  mousedown: (e) => {
                    e.preventDefault();
                    pick(i);
                  },
                },
              },
              hit.name,
              hit.hidden ? h('span', { class: 'muted small' }, ` — ${i18n.t('searchHidden')}`) : null,
            ),
          ),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function pick(i: number): void {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    ctx().dispatch((s) => select(s, hit.id));
  }

  input.addEventListener('input', show);
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) return show();
      if (hits.length === 0) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      draw();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(Math.max(active, 0));
    } else if (e.key === 'Escape') close();
  });

  replace(root, label, input, list);
  const relabel = () => {
    label.textContent = i18n.t('searchLabel');
    input.placeholder = i18n.t('searchPlaceholder');
  };
  relabel();
  return { relabel };
}

// A tiny hyperscript helper: the UI is plain DOM, rebuilt per panel when state changes.
type Child = Node | string | number | null | undefined | false;
type Children = Child | Children[];
type Props = Record<string, unknown> & { class?: string; on?: Record<string, (e: Event) => void> };

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'on') {
      for (const [event, handler] of Object.entries(value as Record<string, (e: Event) => void>)) el.addEventListener(event, handler);
    } else if (key === 'class') el.className = String(value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else if (key in el && !key.includes('-') && key !== 'list' && key !== 'form') (el as unknown as Record<string, unknown>)[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el: HTMLElement, children: Children[]): void {
  for (const child of children.flat(Infinity as 1) as Child[]) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
}

export function replace(el: HTMLElement, ...children: Children[]): void {
  el.replaceChildren();
  append(el, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`samverkan: #${id} is missing from index.html`);
  return el as T;
}

/** Triggers a download of text or a blob under a file name. */
export function download(name: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A selector that finds "the same" control after a panel is rebuilt: its id, name/value, or a
 * data attribute that names what it acts on (`data-key` is the general one for controls that
 * have nothing better).
 */
export function focusSelector(el: Element): string | null {
  if (el.id) return `#${CSS.escape(el.id)}`;
  const tag = el.tagName.toLowerCase();
  const name = el.getAttribute('name');
  if (name) {
    const value = el.getAttribute('value');
    return `${tag}[name="${CSS.escape(name)}"]${value !== null ? `[value="${CSS.escape(value)}"]` : ''}`;
  }
  for (const attr of ['data-key', 'data-column', 'data-tie', 'data-delete-tie', 'data-actor', 'aria-label']) {
    const v = el.getAttribute(attr);
    if (v !== null) return `${tag}[${attr}="${CSS.escape(v)}"]`;
  }
  return null;
}

/**
 * Rebuilds a panel without losing the keyboard user's place: the focused control is found
 * again by id, name/value or data attribute and focused after the rebuild.
 */
export function rebuild(root: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  const selector = active && root.contains(active) ? focusSelector(active) : null;
  render();
  if (selector && document.activeElement !== active) root.querySelector<HTMLElement>(selector)?.focus();
}

/**
 * Where focus goes back to when a dialog closes: the control that opened it if it is still
 * there, else "the same" control in the rebuilt panel, else the panel's heading or the map.
 */
export function focusReturner(opener: Element | null): () => void {
  const selector = opener ? focusSelector(opener) : null;
  return () => {
    const again =
      opener instanceof HTMLElement && opener.isConnected ? opener : selector ? document.querySelector<HTMLElement>(selector) : null;
    const fallback = document.querySelector<HTMLElement>('#panel:not([hidden]) #panel-title') ?? document.getElementById('stage');
    const target = again && again.offsetParent !== null ? again : fallback;
    target?.focus();
  };
}

/**
 * Opens `dialog` as a modal; when it closes (Save, Cancel, Escape), focus goes back where it was
 * opened (focusReturner). A close event can arrive after the dialog was opened again — closed and
 * reopened before the event's task ran — and belongs to the earlier opening, so it is let pass.
 */
export function showModalReturningFocus(dialog: HTMLDialogElement): void {
  const restore = focusReturner(document.activeElement);
  const onClose = () => {
    if (dialog.open) return;
    dialog.removeEventListener('close', onClose);
    setTimeout(restore, 0);
  };
  dialog.addEventListener('close', onClose);
  dialog.showModal();
}

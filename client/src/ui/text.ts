// Small pieces the views share: a text the data holds in two languages, a link that is only a
// link when it is a web address, and a request's problem with a way to ask again.
import type { Problem } from '../api/problem.ts';
import type { ExplorerContext } from '../app/context.ts';
import { inLanguage, problemText } from '../i18n/content.ts';
import { i18n } from '../i18n/i18n.ts';
import { h } from './dom.ts';

/** The UI language's text (or the other one, marked); null when the data has neither. */
export function bilingual<K extends 'p' | 'q' | 'span'>(
  tag: K,
  props: Record<string, unknown>,
  english: string | undefined,
  swedish: string | undefined,
): HTMLElement | null {
  const shown = inLanguage(i18n.lang, english, swedish);
  if (shown === null) return null;
  // The marker is in the UI's language, inside the element that is in the other one.
  const marker = shown.fallback ? h('span', { class: 'muted small other-language', lang: i18n.lang }, ` ${i18n.t('otherLanguage')}`) : null;
  const el = h(tag, { ...props, lang: shown.lang }, shown.text);
  if (marker === null) return el;
  // A quotation's marks go round the quoted words only.
  if (tag === 'q') return h('span', null, el, marker);
  el.append(marker);
  return el;
}

/** Only http(s) addresses become links; anything else (javascript:, data:, …) is plain text. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function websiteLink(value: string): HTMLElement {
  return isWebAddress(value)
    ? h('a', { href: value, target: '_blank', rel: 'noopener noreferrer' }, value)
    : h('span', { class: 'website-text' }, value);
}

/** What went wrong, in words; a server that could not be reached is offered another try. */
export function problemNotice(ctx: ExplorerContext, problem: Problem): HTMLElement {
  return h(
    'p',
    { class: 'muted problem', 'data-problem': problem.kind },
    problemText(i18n.lang, problem),
    problem.kind === 'unreachable'
      ? [' ', h('button', { type: 'button', class: 'link', 'data-key': 'retry', on: { click: () => ctx.retry() } }, i18n.t('retry'))]
      : null,
  );
}

// Texts the data itself carries in two languages (descriptions, evidence notes): the Swedish one
// in a Swedish UI when there is one, else the English one, said to be in English, and the other
// way round; an English UI reads English. Problems with a request, in words.
import type { Problem } from '../api/problem.ts';
import { translate, type Lang } from './i18n.ts';

export interface Shown {
  text: string;
  /** The language the text is in: the element's lang attribute. */
  lang: Lang;
  /** True when the text is not in the UI's language (the view marks it). */
  fallback: boolean;
}

export function inLanguage(lang: Lang, english: string | undefined, swedish: string | undefined): Shown | null {
  const preferred = lang === 'sv' ? swedish : english;
  if (preferred) return { text: preferred, lang, fallback: false };
  const other = lang === 'sv' ? english : swedish;
  return other ? { text: other, lang: lang === 'sv' ? 'en' : 'sv', fallback: true } : null;
}

export function problemText(lang: Lang, problem: Problem): string {
  switch (problem.kind) {
    case 'unreachable':
      return problem.status === undefined
        ? translate(lang, 'problemUnreachable')
        : translate(lang, 'problemServer', { status: problem.status });
    case 'missing':
      return translate(lang, 'analyticsUnavailable');
    case 'refused':
      return translate(lang, 'problemRefused', { message: problem.message });
    case 'too-heavy':
      return translate(lang, 'problemTooHeavy', { message: problem.message });
  }
}

// Language choice and lookup. English by default; Swedish when the browser prefers it or the
// analyst toggles it. Vocabulary terms carry their own en/sv labels.
import type { Term } from '../domain.ts';
import { en, sv, type MessageKey, type Messages } from './strings.ts';

export type Lang = 'en' | 'sv';
export const MESSAGES: Record<Lang, Messages> = { en, sv };

export function detectLang(stored: string | null, navigatorLanguages: readonly string[]): Lang {
  if (stored === 'en' || stored === 'sv') return stored;
  const first = navigatorLanguages[0]?.toLowerCase() ?? '';
  return first.startsWith('sv') ? 'sv' : 'en';
}

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = MESSAGES[lang][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function termLabel(lang: Lang, list: readonly Term[], id: string): string {
  return list.find((t) => t.id === id)?.[lang] ?? id;
}

/** Mutable current language for the DOM layer; pure code takes the language as an argument. */
let current: Lang = 'en';
export const i18n = {
  get lang(): Lang {
    return current;
  },
  set(lang: Lang): void {
    current = lang;
    document.documentElement.lang = lang;
  },
  t(key: MessageKey, vars?: Record<string, string | number>): string {
    return translate(current, key, vars);
  },
  term(list: readonly Term[], id: string): string {
    return termLabel(current, list, id);
  },
};

// The API's messages are raised in English where they arise; a Swedish answer renders them here,
// at the shaping points (plugins/errors.ts, the import's problem list), through one catalogue of
// English templates. A template's `{name}` stands for any text, and `{path}` or `{where}` for one
// word (a field path, a module's name); what it stood for is itself rendered (so "invalid request: {details}" renders its details), and a text no template
// matches stays as it is (an id, a name, a number). The completeness test
// (test/i18n/catalogue.test.ts) holds the catalogue to every message the server's code can raise.
import { escapeRegExp } from '../domain/text.ts';
import type { ReportLang } from '../routes/language.ts';
import { CATALOGUE, type Template } from './catalogue.ts';

interface Compiled {
  pattern: RegExp;
  names: string[];
  swedish: string;
  /** Characters outside placeholders: the more a template spells out, the sooner it is tried. */
  literal: number;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const ONE_WORD = new Set(['path', 'where']);

function compile([english, swedish]: Template): Compiled {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const match of english.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    source += escapeRegExp(english.slice(last, match.index)) + (ONE_WORD.has(name) ? '(\\S+?)' : '([\\s\\S]+?)');
    names.push(name);
    last = match.index + match[0].length;
  }
  source += escapeRegExp(english.slice(last));
  return { pattern: new RegExp(`^${source}$`), names, swedish, literal: english.replace(PLACEHOLDER, '').length };
}

const COMPILED = CATALOGUE.map(compile).sort((a, b) => b.literal - a.literal);

/** The English placeholders of a template reduced to `{}`, as the completeness test compares them. */
export function shapeOf(english: string): string {
  return english.replace(PLACEHOLDER, '{}');
}

/** `text` in `lang`: English as raised, Swedish through the catalogue. */
export function inLanguage(text: string, lang: ReportLang): string {
  return lang === 'sv' ? toSwedish(text) : text;
}

function toSwedish(text: string): string {
  for (const template of COMPILED) {
    const match = template.pattern.exec(text);
    if (!match) continue;
    const values = new Map(template.names.map((name, i) => [name, toSwedish(match[i + 1] ?? '')]));
    return template.swedish.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole);
  }
  return text;
}

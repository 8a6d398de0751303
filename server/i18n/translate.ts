// The API's messages are raised in English where they arise; a Swedish answer renders them here,
// at the shaping points (plugins/errors.ts, the import's problem list), through one catalogue of
// English templates. The completeness test (test/i18n/catalogue.test.ts) holds the catalogue to
// every message the server's code can raise.
//
// A template's placeholders are values kept as they are (an id, a name; a number only changes its
// separators, 200,000 → 200 000), except those that stand for another message, which is rendered
// too, and `{details}`, a list of problems as the validator spells it ("query.limit must be at
// least 1; body.name is required; and 3 more"), whose messages are rendered. `{path}` and `{where}` are one word (a field path, a module's
// name). A placeholder of a closed set of English words (a vocabulary's name) is said by its
// Swedish word (catalogue.ts's PLACEHOLDER_WORDS). A text no template matches stays as it is.
//
// Matching uses no regular expression: a message may quote user text (a cell of 32k characters),
// and a pattern of several lazy groups would backtrack over it. The literal parts are looked for
// in order, each at its first place, which finds a match whenever there is one.
import type { ReportLang } from '../routes/language.ts';
import { CATALOGUE, PLACEHOLDER_WORDS, type Template } from './catalogue.ts';

const PLACEHOLDER = /\{(\w+)\}/g;
/** Placeholders that stand for another message. */
const MESSAGES = new Set(['problem', 'reason', 'what', 'meaning', 'hint', 'scope', 'needed']);
const MORE = /^and \d+ more$/;
const ENGLISH_NUMBER = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+\.\d+$/;
const ONE_WORD = new Set(['path', 'where']);
/** A nested message deeper or longer than this is left as it is (a list of details is about 12 deep). */
const MAX_DEPTH = 24;
const MAX_RENDERED = 4000;

interface Compiled {
  /** The literal parts around the placeholders: one more than `names`. */
  parts: string[];
  names: string[];
  swedish: string;
  /** Characters outside placeholders: the more a template spells out, the sooner it is tried. */
  literal: number;
}

function compile([english, swedish]: Template): Compiled {
  const parts = english.split(PLACEHOLDER).filter((_, i) => i % 2 === 0);
  const names = [...english.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  return { parts, names, swedish, literal: parts.join('').length };
}

const COMPILED = CATALOGUE.map(compile).sort((a, b) => b.literal - a.literal);

/** The English placeholders of a template reduced to `{}`, as the completeness test compares them. */
export function shapeOf(english: string): string {
  return english.replace(PLACEHOLDER, '{}');
}

/** What each placeholder of `template` stands for in `text`, or null when the template does not fit. */
function valuesIn({ parts, names }: Compiled, text: string): string[] | null {
  const head = parts[0] ?? '';
  if (names.length === 0) return text === head ? [] : null;
  const tail = parts[parts.length - 1] ?? '';
  const end = text.length - tail.length;
  if (end < head.length || !text.startsWith(head) || !text.endsWith(tail)) return null;
  const values: string[] = [];
  let at = head.length;
  for (const [i, name] of names.entries()) {
    const last = i === names.length - 1;
    const part = parts[i + 1] ?? '';
    // The last placeholder runs to the tail; each other one to the first place its next part is.
    const found = last ? end : text.indexOf(part, ONE_WORD.has(name) ? at + 1 : at);
    if (found < at || found > (last ? end : end - part.length)) return null;
    const value = text.slice(at, found);
    if (ONE_WORD.has(name) && !/^\S+$/.test(value)) return null;
    values.push(value);
    at = found + part.length;
  }
  return values;
}

/** `text` in `lang`: English as raised, Swedish through the catalogue. */
export function inLanguage(text: string, lang: ReportLang): string {
  return lang === 'sv' ? toSwedish(text, 0) : text;
}

function toSwedish(text: string, depth: number): string {
  if (depth > MAX_DEPTH || (depth > 0 && text.length > MAX_RENDERED)) return text;
  for (const template of COMPILED) {
    const values = valuesIn(template, text);
    if (values === null) continue;
    const rendered = new Map(
      template.names.map((name, i) => {
        const value = values[i] ?? '';
        if (name === 'details') return [name, detailsToSwedish(value, depth + 1)];
        const words = PLACEHOLDER_WORDS[name];
        if (words) return [name, words.get(value) ?? value];
        return [name, MESSAGES.has(name) ? toSwedish(value, depth + 1) : swedishNumber(value)];
      }),
    );
    return template.swedish.replace(PLACEHOLDER, (whole, name: string) => rendered.get(name) ?? whole);
  }
  return text;
}

/** A number as English writes it (200,000 or 0.5), as Swedish does (200 000, 0,5); other values as they are. */
function swedishNumber(value: string): string {
  if (!ENGLISH_NUMBER.test(value)) return value;
  return value.replace(/[,.]/g, (mark) => (mark === ',' ? '\u00a0' : ','));
}

/** "path message; path message; and 3 more" with each message, and the count, in Swedish. */
function detailsToSwedish(list: string, depth: number): string {
  return list
    .split('; ')
    .map((item) => {
      if (MORE.test(item)) return toSwedish(item, depth);
      const space = item.indexOf(' ');
      return space < 0 ? item : `${item.slice(0, space)} ${toSwedish(item.slice(space + 1), depth)}`;
    })
    .join('; ');
}

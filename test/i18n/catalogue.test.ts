// The message catalogue (server/i18n) holds every message the server's code can put into an
// answer (raised-messages.ts reads them from the source), so a new English message cannot reach a
// Swedish answer untranslated; and the renderer keeps what it does not know as it is.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATALOGUE } from '../../server/i18n/catalogue.ts';
import { inLanguage, shapeOf } from '../../server/i18n/translate.ts';
import { raisedMessages } from './raised-messages.ts';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has every message the server raises', () => {
    const raised = raisedMessages();
    // A sanity check on the reader: it finds the messages of errors, zod checks and import problems.
    expect(raised.size).toBeGreaterThan(150);
    for (const known of ['must be a whole number', "{} '{}' does not exist", 'required, but empty', 'the file is empty (0 bytes)'])
      expect(raised.has(known), known).toBe(true);
    const shapes = new Set(CATALOGUE.map(([english]) => shapeOf(english)));
    const untranslated = [...raised].filter(([template]) => !shapes.has(template)).map(([template, file]) => `${file}: ${template}`);
    expect(untranslated).toEqual([]);
  });

  it('names the same placeholders in Swedish as in English, and each English template once', () => {
    for (const [english, swedish] of CATALOGUE) expect(placeholders(swedish), english).toEqual(placeholders(english));
    const shapes = CATALOGUE.map(([english]) => english);
    expect(shapes.filter((s, i) => shapes.indexOf(s) !== i)).toEqual([]);
  });
});

describe("zod's own messages", () => {
  // A schema that names no message of its own answers in zod's English: each kind of issue.
  const cases: Array<[z.ZodType, unknown]> = [
    [z.string(), undefined],
    [z.string(), 5],
    [z.enum(['a', 'b']), 'c'],
    [z.literal('a'), 'b'],
    [z.array(z.string()).max(1), ['x', 'y']],
    [z.string().min(2), 'x'],
    [z.number().max(3), 5],
    [z.number().gt(3), 1],
    [z.string().regex(/^x$/), 'y'],
    [z.number().multipleOf(2), 3],
    [z.email(), 'x'],
    [z.union([z.string(), z.number()]), true],
    [z.record(z.enum(['a']), z.string()), { b: 'x' }],
    [z.strictObject({}), { b: 1 }],
  ];

  it.each(cases.map(([schema, input]) => [schema.safeParse(input).error?.issues[0]?.message ?? '', input] as const))('%s', (message) => {
    expect(message).not.toBe('');
    expect(inLanguage(message, 'sv')).not.toBe(message);
  });
});

describe('inLanguage', () => {
  it('leaves English as raised', () => {
    expect(inLanguage("actor 'x' does not exist", 'en')).toBe("actor 'x' does not exist");
  });

  it('writes a number with Swedish separators, and leaves ids that hold digits alone', () => {
    expect(inLanguage('more than 200,000 rows', 'sv')).toBe('mer än 200\u00a0000 rader');
    expect(inLanguage('invalid request: body.actors must have at most 50,000 items', 'sv')).toBe(
      'ogiltig begäran: body.actors får ha högst 50\u00a0000 poster',
    );
    expect(inLanguage("actor 'a-1,000' does not exist", 'sv')).toContain("'a-1,000'");
  });

  it('renders what a placeholder stood for too, and keeps ids and unknown texts', () => {
    expect(inLanguage('invalid request: query.limit must be at least 1; body.name is required; and 3 more', 'sv')).toBe(
      'ogiltig begäran: query.limit måste vara minst 1; body.name krävs; och 3 till',
    );
    expect(inLanguage("the key 'k' has the role read; this needs a key for the mapping 'm'", 'sv')).toBe(
      "nyckeln 'k' har rollen read; det här kräver en nyckel för kartläggningen 'm'",
    );
    // An id is a value: kept as it is, even one that reads like a message.
    expect(inLanguage("actor 'must be text' does not exist", 'sv')).toBe("aktören 'must be text' finns inte");
    expect(inLanguage("'a' and 'b' already have a collaboration in crime, health; allow parallel ties to add another", 'sv')).toBe(
      "'a' och 'b' har redan en samverkan inom crime, health; tillåt parallella band för att lägga till en till",
    );
    expect(
      inLanguage('power iteration did not converge in 100 iterations (tolerance 1e-6); try other filters, or weighted=false', 'sv'),
    ).toBe('potensmetoden konvergerade inte på 100 iterationer (tolerans 1e-6); pröva andra filter, eller weighted=false');
    expect(inLanguage('a message no template knows', 'sv')).toBe('a message no template knows');
    // Not word by word: a message the catalogue lacks is not half translated where a part looks known.
    expect(inLanguage('the job took 5 s; try it in parts', 'sv')).toBe('the job took 5 s; try it in parts');
  });

  it('renders a template whose last placeholder is empty', () => {
    expect(inLanguage('missing required column "Name" (Namn)', 'sv')).toBe('den obligatoriska kolumnen ”Namn” (Name) saknas');
  });

  it('keeps a long quoted cell as it is', () => {
    const cell = 'Bostadsbolag, '.repeat(2500);
    expect(inLanguage(`unknown sector "${cell}": use one of A (B), or map the value`, 'sv')).toBe(
      `okänt värde ”${cell}” för sektor: använd något av B (A), eller mappa värdet`,
    );
  });

  it('names a vocabulary by its Swedish column header', () => {
    expect(inLanguage('unknown areas "X": use A (B), separated by "|", or map the value', 'sv')).toBe(
      'okänt värde ”X” för områden: använd B (A), åtskilda med "|", eller mappa värdet',
    );
    expect(inLanguage('unknown role "X": use one of A (B), or map the value', 'sv')).toContain('för roll:');
  });

  it('reads a field path as one word, so a message with a colon in it is not split there', () => {
    expect(inLanguage('invalid request: body.areas Invalid input: expected array, received string', 'sv')).toBe(
      'ogiltig begäran: body.areas ogiltigt värde: förväntade array, fick string',
    );
  });
});

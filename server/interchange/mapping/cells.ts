// One row's cells read through its sheet's column plan: each field's text, its value converted
// by the field's kind, and the columns we keep as attributes. Every value that cannot be read
// becomes a problem naming sheet, row and column.
import type { ImportProblem, ProblemList } from '../problems.ts';
import type { SheetRow } from '../tables/sheet.ts';
import type { SheetPlan } from './plan.ts';
import { acceptedWords, splitTextList, splitVocabularyList, type ValueMatcher, type VocabularyName } from './values.ts';

const TRUE_WORDS = new Set(['true', 'yes', 'ja', '1', 'directed', 'riktad', 'riktat', 'x']);
const FALSE_WORDS = new Set(['false', 'no', 'nej', '0', 'undirected', 'oriktad', 'oriktat', '']);

export class RowReader {
  constructor(
    private readonly plan: SheetPlan,
    readonly row: SheetRow,
    readonly matcher: ValueMatcher,
    private readonly problems: ProblemList,
  ) {}

  get sheet(): string {
    return this.plan.sheet.name;
  }

  /** The header the file uses for a field, or the field's own header when the file has none. */
  get headerOf(): (key: string) => string {
    return this.plan.headerOf;
  }

  problem(column: string | null, message: string, unknownValue?: ImportProblem['unknownValue']): void {
    this.problems.add({ sheet: this.sheet, row: this.row.row, column, message, ...(unknownValue && { unknownValue }) });
  }

  /** The trimmed text of a field, undefined when the column is absent or the cell empty. */
  text(key: string): string | undefined {
    const column = this.plan.byField.get(key);
    const value = column ? this.row.cells[column.index]?.trim() : undefined;
    return value === '' ? undefined : value;
  }

  vocabulary(key: string, vocabulary: VocabularyName): string | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const id = this.matcher.match(vocabulary, text);
    if (id === undefined)
      this.problem(
        this.headerOf(key),
        `unknown ${vocabulary} "${text}": use one of ${acceptedWords(vocabulary)} (${acceptedWords(vocabulary, 'sv')}), or map the value`,
        { vocabulary, text },
      );
    return id;
  }

  vocabularyList(key: string, vocabulary: VocabularyName): string[] {
    const text = this.text(key);
    if (text === undefined) return [];
    const ids: string[] = [];
    for (const word of splitVocabularyList(text)) {
      const id = this.matcher.match(vocabulary, word);
      if (id === undefined)
        this.problem(
          this.headerOf(key),
          `unknown ${vocabulary} "${word}": use ${acceptedWords(vocabulary)} (${acceptedWords(vocabulary, 'sv')}), separated by "|", or map the value`,
          { vocabulary, text: word },
        );
      else if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  list(key: string): string[] {
    const text = this.text(key);
    return text === undefined ? [] : [...new Set(splitTextList(text))];
  }

  boolean(key: string): boolean | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const folded = text.toLowerCase();
    if (TRUE_WORDS.has(folded)) return true;
    if (FALSE_WORDS.has(folded)) return false;
    this.problem(this.headerOf(key), `"${text}" is not true or false (ja/nej)`);
    return undefined;
  }

  integer(key: string, min: number, max: number, meaning: string): number | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const value = Number(text.replace(',', '.'));
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problem(this.headerOf(key), `"${text}" is not ${meaning}`);
      return undefined;
    }
    return value;
  }

  json(key: string): unknown {
    const text = this.text(key);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      this.problem(this.headerOf(key), 'not valid JSON');
      return undefined;
    }
  }

  /** The cells of columns no field claims, by header: kept as the record's attributes. */
  attributes(): Record<string, string> | undefined {
    const kept: Record<string, string> = {};
    let any = false;
    for (const column of this.plan.attributeColumns) {
      const value = this.row.cells[column.index]?.trim();
      if (value) {
        kept[column.header] = value;
        any = true;
      }
    }
    return any ? kept : undefined;
  }
}

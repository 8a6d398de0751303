// Cell text → a vocabulary id (server/domain/vocabulary.ts), in English or Swedish, by id, English
// or Swedish word, whatever the case, diacritics or punctuation. An explicit value mapping from the
// request wins over the automatic match.
import { AREAS, FORMS, MEMBER_ROLES, SECTORS, STATUSES, type Term } from '../../domain/vocabulary.ts';
import { fold } from './fields.ts';

export const VOCABULARIES = { sector: SECTORS, areas: AREAS, status: STATUSES, forms: FORMS, role: MEMBER_ROLES } as const;
export type VocabularyName = keyof typeof VOCABULARIES;

/** Explicit value mappings, per vocabulary: `{ sector: { "Kommun": "municipal" } }`. */
export type ValueMappings = Partial<Record<VocabularyName, Record<string, string>>>;

/**
 * Words spreadsheets use for a term besides its own labels: a Swedish sheet says "Företag" or
 * "Kommun" where the vocabulary says Näringsliv or Kommunal. Only words that mean one term.
 */
const ALSO: Partial<Record<VocabularyName, Record<string, readonly string[]>>> = {
  sector: {
    municipal: ['Kommun', 'Kommunen', 'Municipality', 'Local authority'],
    regional: ['Region', 'Regionen', 'Landsting', 'Regional authority'],
    state: ['Stat', 'Staten', 'Statlig myndighet', 'Government', 'Government agency', 'National'],
    civil_society: ['Civilsamhället', 'Ideell', 'Ideell förening', 'Förening', 'Föreningsliv', 'Trossamfund', 'NGO', 'Non-profit'],
    business: ['Näringslivet', 'Företag', 'Privat', 'Company', 'Private', 'Private sector'],
  },
  status: {
    active: ['Aktiv', 'Pågående', 'Ongoing'],
    needs_development: ['Utvecklas', 'Bör utvecklas'],
    desired: ['Önskas', 'Önskat', 'Wished', 'Wanted'],
    ended: ['Avslutat', 'Upphört', 'Closed'],
  },
};

function index(name: VocabularyName, list: readonly Term[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const term of list) {
    for (const word of [term.id, term.en, term.sv, ...(ALSO[name]?.[term.id] ?? [])]) words.set(fold(word), term.id);
  }
  return words;
}

const INDEXES = Object.fromEntries(
  (Object.entries(VOCABULARIES) as [VocabularyName, readonly Term[]][]).map(([name, list]) => [name, index(name, list)]),
) as Record<VocabularyName, Map<string, string>>;

export class ValueMatcher {
  private readonly explicit: Record<VocabularyName, Map<string, string>>;
  /** Answers by vocabulary and cell text: a column repeats a handful of words over every row. */
  private readonly answered = Object.fromEntries(
    Object.keys(VOCABULARIES).map((name) => [name, new Map<string, string | undefined>()]),
  ) as Record<VocabularyName, Map<string, string | undefined>>;

  constructor(mappings: ValueMappings = {}) {
    this.explicit = Object.fromEntries(
      (Object.keys(VOCABULARIES) as VocabularyName[]).map((name) => [
        name,
        new Map(Object.entries(mappings[name] ?? {}).map(([raw, id]) => [fold(raw), id])),
      ]),
    ) as Record<VocabularyName, Map<string, string>>;
  }

  /** The vocabulary id the text stands for, or undefined when nothing matches. */
  match(vocabulary: VocabularyName, text: string): string | undefined {
    const answers = this.answered[vocabulary];
    if (answers.has(text)) return answers.get(text);
    const folded = fold(text);
    const id = this.explicit[vocabulary].get(folded) ?? INDEXES[vocabulary].get(folded);
    answers.set(text, id);
    return id;
  }
}

/** "a, b" or "a | b" → ["a", "b"]: vocabulary words hold neither. */
export function splitVocabularyList(text: string): string[] {
  return text
    .split(/[|;,]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Free-text lists (neighbourhoods, target groups) split on `|` only: a name may hold a comma. */
export function splitTextList(text: string): string[] {
  return text
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The words a vocabulary accepts, for a problem message ("one of: Kommunal, Regional …"). */
export function acceptedWords(vocabulary: VocabularyName, language: 'en' | 'sv' = 'en'): string {
  return VOCABULARIES[vocabulary].map((term) => term[language]).join(', ');
}

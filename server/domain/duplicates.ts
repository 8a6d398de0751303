// Probable duplicate actors (docs/domain.md, "Duplicates"): two actors whose names are equal once
// case, diacritics, punctuation and organisational words ("AB", "förvaltningen", "kommun") are
// set aside, or whose websites are the same address. A pure rule over a list of actors, so the
// duplicates route and the import's dry run find the same pairs.
import { z } from 'zod';

/** Words that say what kind of organisation it is, not which one: left out of the name key. */
const ORGANISATIONAL_WORDS = new Set([
  'ab',
  'hb',
  'kb',
  'ekonomisk',
  'forening',
  'ideell',
  'forvaltning',
  'forvaltningen',
  'kommun',
  'kommuns',
  'kommunen',
  'region',
  'regionen',
  'stiftelse',
  'stiftelsen',
  'the',
  'inc',
  'ltd',
]);

/** The name as compared: lower case, no diacritics or punctuation, no organisational words. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !ORGANISATIONAL_WORDS.has(word))
    .join(' ');
}

/** The website as compared: host without www. and path without a trailing slash, any scheme. */
export function websiteKey(website: string | undefined): string | null {
  if (website === undefined || website.trim() === '') return null;
  try {
    const url = new URL(website.trim());
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return null;
  }
}

export const DuplicateReason = z.enum(['name', 'website']).meta({ id: 'DuplicateReason' });

export const DuplicatePair = z
  .object({
    actors: z.tuple([z.string(), z.string()]).describe('the two actor ids, in id order'),
    names: z.tuple([z.string(), z.string()]),
    reasons: z
      .array(DuplicateReason)
      .describe('name: equal names once case, diacritics, punctuation and organisational words are set aside'),
  })
  .meta({ id: 'DuplicatePair' });
export type DuplicatePair = z.infer<typeof DuplicatePair>;

interface Named {
  id: string;
  name: string;
  website?: string | undefined;
}

/** Every pair of probable duplicates, ordered by their ids; `only` keeps pairs with one of these ids. */
export function probableDuplicates(actors: readonly Named[], only?: ReadonlySet<string>): DuplicatePair[] {
  const sorted = [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pairs = new Map<string, DuplicatePair>();
  const group = (reason: DuplicatePair['reasons'][number], key: (a: Named) => string | null) => {
    const byKey = new Map<string, Named[]>();
    for (const actor of sorted) {
      const k = key(actor);
      if (k === null || k === '') continue;
      byKey.set(k, [...(byKey.get(k) ?? []), actor]);
    }
    for (const same of byKey.values()) {
      same.forEach((a, i) => {
        for (const b of same.slice(i + 1)) {
          if (only && !only.has(a.id) && !only.has(b.id)) continue;
          const id = `${a.id}\u0000${b.id}`;
          const pair = pairs.get(id) ?? { actors: [a.id, b.id], names: [a.name, b.name], reasons: [] };
          pair.reasons.push(reason);
          pairs.set(id, pair);
        }
      });
    }
  };
  group('name', (a) => nameKey(a.name));
  group('website', (a) => websiteKey(a.website));
  return [...pairs.values()].sort((p, q) => (p.actors.join('\u0000') < q.actors.join('\u0000') ? -1 : 1));
}

/** The actors a round would hold after an import: the stored ones, each replaced by the file's of its id. */
export function actorsAfter<A extends Named>(stored: readonly A[], incoming: readonly A[]): A[] {
  return [...new Map([...stored, ...incoming].map((a) => [a.id, a])).values()];
}

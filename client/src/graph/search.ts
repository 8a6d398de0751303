// Actor search for the autocomplete: case- and diacritic-insensitive ("kronogarden" finds
// Kronogården, "trollhattan" finds Trollhättan), best matches first.
export interface SearchEntry {
  id: string;
  name: string;
  /** In the data but not on the map: the filters leave it out. */
  hidden?: boolean;
}

export interface SearchHit extends SearchEntry {
  score: number;
}

/** Lower case without diacritics; å, ä, ö fold to a, a, o as Swedish keyboards users expect. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** 3 = the name starts with the query, 2 = a word does, 1 = it occurs inside; 0 = no match. */
function score(key: string, q: string): number {
  if (key.startsWith(q)) return 3;
  if (key.split(/[\s\-–(/,]+/).some((w) => w.startsWith(q))) return 2;
  return key.includes(q) ? 1 : 0;
}

export function searchActors(entries: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = searchKey(query);
  if (q === '') return [];
  const hits: SearchHit[] = [];
  for (const e of entries) {
    const s = Math.max(score(searchKey(e.name), q), e.id.startsWith(q) ? 2 : 0);
    if (s > 0) hits.push({ ...e, score: s });
  }
  hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'sv'));
  return hits.slice(0, limit);
}

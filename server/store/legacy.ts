// The mapping and round that the one graph of releases before mappings becomes when a store
// migrates (both adapters), and that the Trollhättan seed is loaded into: that graph was the
// Högskolan Väst 2019 mapping of Trollhättan (seed/README.md).
export const LEGACY_MAPPING = {
  id: 'trollhattan-segregation',
  name: 'Samverkan mot segregation i Trollhättan',
  place: 'Trollhättan',
  topic: 'segregation',
  description: 'Actors working against segregation in Trollhättan and how they collaborate (Högskolan Väst, 2019).',
  languages: ['sv', 'en'],
} as const;

/** Observed in the report's year; its sources are whatever the old graph cited. */
export const LEGACY_ROUND = { id: '2019', label: '2019', observedOn: '2019' } as const;

export const LEGACY_REF = { mapping: LEGACY_MAPPING.id, round: LEGACY_ROUND.id } as const;

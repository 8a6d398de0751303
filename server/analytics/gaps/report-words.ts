// The words of the gaps report's Markdown in English and Swedish, one entry per phrase, so the
// two languages always say the same thing. Vocabulary labels come from domain/vocabulary.ts;
// the findings carry their own claim and explanation in both languages (report-findings.ts).
export type ReportLang = 'en' | 'sv';

export interface ReportWords {
  title: string;
  allAreas: string;
  areas: (n: number) => string;
  neighbourhoods: string;
  graph: (version: number, actors: number, collaborations: number, forums: number) => string;
  limited: (sectors: string) => string;
  findings: string;
  verdict: Record<'true' | 'partly' | 'false', string>;
  figures: string;
  typeShares: string;
  typeHeaders: string[];
  weakestPairs: string;
  pairHeaders: string[];
  relative: string;
  outside: Record<'civil_society' | 'business', string>;
  withoutTie: (group: string) => string;
  outsideCount: (count: number, of: number, group: string) => string;
  declared: string;
  declaredTotal: (n: number) => string;
  declaredHeaders: string[];
  predicted: string;
  noPredicted: string;
  predictedHeaders: string[];
  /** A number with its decimals as the language writes them. */
  decimal: (text: string) => string;
}

export const REPORT_WORDS: Record<ReportLang, ReportWords> = {
  en: {
    title: 'Collaboration gaps',
    allAreas: 'all areas',
    areas: (n) => (n === 1 ? 'area' : 'areas'),
    neighbourhoods: 'neighbourhoods',
    graph: (v, a, c, f) => `Graph version ${v}: ${a} actors, ${c} collaborations, ${f} forums.`,
    limited: (sectors) =>
      `The lists are limited to actors of these sectors: ${sectors}. The findings and figures cover every sector in scope.`,
    findings: 'Findings',
    verdict: { true: 'Supported by the data', partly: 'Partly supported by the data', false: 'Not supported by the data' },
    figures: 'Figures',
    typeShares: 'Existing ties by type',
    typeHeaders: ['Type', 'Ties', 'Share', 'By status'],
    weakestPairs: 'Weakest sector pairs',
    pairHeaders: ['Sectors', 'Ties', 'Possible pairs', 'Density', 'Relative to the graph'],
    relative: '×',
    outside: { civil_society: 'civil society', business: 'business' },
    withoutTie: (group) => `Actors without an active ${group} tie`,
    outsideCount: (count, of, group) => `${count} of ${of} actors outside ${group}`,
    declared: 'Declared gaps',
    declaredTotal: (n) => `${n} ties`,
    declaredHeaders: ['Actor', 'Sector', 'Declared ties', 'By status'],
    predicted: 'Predicted cross-sector links',
    noPredicted: 'No unlinked cross-sector pairs share a partner.',
    predictedHeaders: ['Pair', 'Sectors', 'Adamic–Adar', 'Jaccard', 'Shared partners', 'Shared areas'],
    decimal: (text) => text,
  },
  sv: {
    title: 'Samverkansluckor',
    allAreas: 'alla områden',
    areas: (n) => (n === 1 ? 'område' : 'områden'),
    neighbourhoods: 'stadsdelar',
    graph: (v, a, c, f) => `Grafversion ${v}: ${a} aktörer, ${c} samverkansband, ${f} forum.`,
    limited: (sectors) =>
      `Listorna är begränsade till aktörer i dessa sektorer: ${sectors}. Resultaten och siffrorna omfattar alla sektorer i urvalet.`,
    findings: 'Resultat',
    verdict: { true: 'Stöds av data', partly: 'Stöds delvis av data', false: 'Stöds inte av data' },
    figures: 'Siffror',
    typeShares: 'Befintliga band per typ',
    typeHeaders: ['Typ', 'Band', 'Andel', 'Per status'],
    weakestPairs: 'Svagaste sektorparen',
    pairHeaders: ['Sektorer', 'Band', 'Möjliga par', 'Täthet', 'Jämfört med grafen'],
    relative: '×',
    outside: { civil_society: 'civilsamhället', business: 'näringslivet' },
    withoutTie: (group) => `Aktörer utan aktivt band till ${group}`,
    outsideCount: (count, of, group) => `${count} av ${of} aktörer utanför ${group}`,
    declared: 'Deklarerade luckor',
    declaredTotal: (n) => `${n} band`,
    declaredHeaders: ['Aktör', 'Sektor', 'Deklarerade band', 'Per status'],
    predicted: 'Förutsagda band mellan sektorer',
    noPredicted: 'Inga par från olika sektorer utan band delar en partner.',
    predictedHeaders: ['Par', 'Sektorer', 'Adamic–Adar', 'Jaccard', 'Gemensamma partner', 'Gemensamma områden'],
    decimal: (text) => text.replace('.', ','),
  },
};

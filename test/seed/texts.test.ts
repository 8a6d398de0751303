// The seed's texts: every description and evidence note exists in English and in Swedish, each reads
// as its language, and none copies the report's wording. The copy check compares 8-word windows
// against seed/report-fingerprint.txt (hashes only), so it runs on a clone without ../shared; where
// the report is beside the repository, the fingerprint is also checked to be current.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_HEADER,
  WINDOW,
  copiedRuns,
  foldWords,
  readFingerprint,
  reportFingerprint,
  reportFingerprintPath,
  seedReportPath,
} from '../../seed/report-fingerprint.ts';
import { loadDatasetFile, seedDatasetPath } from '../../seed/index.ts';

const seed = loadDatasetFile(seedDatasetPath);
const records = [
  ...seed.actors.map((r) => ({ kind: 'actor', ...r })),
  ...seed.forums.map((r) => ({ kind: 'forum', ...r })),
  ...seed.collaborations.map((r) => ({ kind: 'collaboration', ...r })),
];

interface Text {
  where: string;
  language: 'en' | 'sv';
  text: string | undefined;
}

/** Every text field of the dataset, named by record and field, in both languages. */
const texts: Text[] = records.flatMap((r) => [
  { where: `${r.kind} ${r.id}.description`, language: 'en' as const, text: r.description },
  { where: `${r.kind} ${r.id}.descriptionSv`, language: 'sv' as const, text: r.descriptionSv },
  ...r.evidence.flatMap((e, i) => [
    { where: `${r.kind} ${r.id}.evidence[${i}].note`, language: 'en' as const, text: e.note },
    { where: `${r.kind} ${r.id}.evidence[${i}].noteSv`, language: 'sv' as const, text: e.noteSv },
  ]),
]);

// Names are Swedish in both languages; they are taken out before a text's language is judged.
const names = [...seed.actors, ...seed.forums].map((r) => r.name).sort((a, b) => b.length - a.length);
const withoutNames = (text: string) => names.reduce((rest, name) => rest.replaceAll(name, ''), text);
const words = (list: string) => new RegExp(`(?<!\\p{L})(?:${list})(?!\\p{L})`, 'giu');
const SWEDISH_WORDS = words('och|att|som|det|den|en|ett|i|om|till|med|för|inte|har|är|av|på|vill|finns|mellan|inom');
const ENGLISH_WORDS = words('the|and|of|with|which|is|are|to|from|but');

describe('seed texts: both languages', () => {
  it('gives every actor, forum and tie a description, and every evidence a note, in English and in Swedish', () => {
    const missing = texts.filter((t) => t.text === undefined || t.text.trim() === '').map((t) => t.where);
    expect(missing).toEqual([]);
    expect(texts.filter((t) => t.language === 'sv')).toHaveLength(texts.length / 2);
  });

  it('writes the Swedish texts in Swedish, with its letters, and none in English', () => {
    const swedish = texts.filter((t) => t.language === 'sv').map((t) => ({ ...t, text: withoutNames(t.text ?? '') }));
    for (const { where, text } of swedish) {
      expect(text.match(SWEDISH_WORDS), `${where} has no Swedish function word`).not.toBeNull();
      expect(text.match(ENGLISH_WORDS), `${where} reads as English: "${text}"`).toBeNull();
    }
    // Written for Swedish readers, not typed without diacritics.
    const withLetters = swedish.filter((t) => /[åäöÅÄÖ]/.test(t.text)).length;
    expect(withLetters / swedish.length).toBeGreaterThan(0.9);
  });

  it('writes every Swedish note as one sentence, like the English ones', () => {
    for (const record of records) {
      for (const e of record.evidence) {
        expect(e.noteSv, record.id).toMatch(/^[A-ZÅÄÖ].*\.$/u);
        expect(e.noteSv, `${record.id}: more than one sentence`).not.toMatch(/[.!?]\s+[A-ZÅÄÖ]/u);
      }
    }
  });

  it('says in Swedish too of every group actor that it stands for a group', () => {
    for (const actor of seed.actors.filter((a) => a.description?.startsWith('Stands for a group'))) {
      expect(actor.descriptionSv, actor.id).toMatch(/^Står för en grupp/);
    }
  });
});

describe('seed texts: our own words', () => {
  const fingerprint = readFingerprint();

  it(`shares no run of ${WINDOW} words with the report in any description or note, in either language`, () => {
    const copied = texts.flatMap((t) => copiedRuns(t.text ?? '', fingerprint).map((run) => `${t.where}: "${run}"`));
    expect(copied).toEqual([]);
  });

  // Report sentences typed in correct Swedish: the fingerprint must catch each although the OCR
  // text spells them differently (lost diacritics, vowels misread as d, 4, 6 or é, a hyphen at a
  // line end, a word run together with the next, a shortened compound broken before "och").
  it.each([
    ['misread vowels', 'Samverkan med näringslivet sker naturligt för både Trollhättans Stad och Polisen'],
    [
      'a line-end hyphen',
      'Kontoret Tillväxt och utveckling jobbar för att motverka segregation med målet att det i alla områden ska finnas boenden',
    ],
    ['words run together', 'Nyanlända som grupp prioriteras ofta i kommunens integrationsarbete, men mycket tyder på'],
    ['a compound broken at a line end', 'bland annat ger Arbetsmarknads- och socialförvaltningen bidrag till olika organisationer'],
  ])('catches a sentence copied from the report despite %s', (_damage, sentence) => {
    expect(copiedRuns(sentence, fingerprint).length).toBeGreaterThan(0);
  });

  it('does not flag a paraphrase of the same facts', () => {
    expect(
      copiedRuns('Både kommunen och polisen samarbetar, på ett naturligt sätt, med säkerhetsföretaget Nokas Security AB.', fingerprint),
    ).toEqual([]);
  });

  it('folds the OCR damage the report shows to the words it stands for', () => {
    const same = (damaged: string, correct: string) => expect(foldWords(damaged)).toEqual(foldWords(correct));
    same('Trollhdttans Stad 4r', 'Trollhättans Stad är');
    same('Trollhidttan &ven ér', 'Trollhättan även är');
    same('6vergripande métesgrupper', 'övergripande mötesgrupper');
    same('erfaren-\nheterna', 'erfarenheterna');
    same('Kultur-\noch fritidsförvaltningen', 'Kultur- och fritidsförvaltningen');
    same('16sning', 'lösning');
    expect(foldWords('ett  stort\n behov')).toEqual(foldWords('ett stort behov'));
  });

  it('has a well-formed fingerprint, current with the report when the report is beside the repository', () => {
    const [header, ...hashes] = readFileSync(reportFingerprintPath, 'utf8').trimEnd().split('\n');
    expect(header).toBe(FINGERPRINT_HEADER);
    expect(hashes.length).toBeGreaterThan(5000);
    expect(hashes.every((h) => /^[0-9a-f]{10}$/.test(h))).toBe(true);
    expect(hashes).toEqual([...new Set(hashes)].sort());
    if (existsSync(seedReportPath)) {
      expect(hashes, 'seed/report-fingerprint.txt is stale: run npx tsx seed/tools/report-fingerprint.ts').toEqual(
        reportFingerprint(readFileSync(seedReportPath, 'utf8')),
      );
    }
  });
});

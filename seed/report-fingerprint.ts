// A fingerprint of the seed report, so that tests can prove no text in the dataset copies the
// report's wording without the report being part of the repository (users clone without it).
// The report is an OCR text that lost its diacritics and more: "Trollhdttan", "4r" and "&r" for
// "är", "6ver" for "över", words hyphenated at line ends, words run together ("oftai") or split.
// Folding reduces both the report and our texts to the same skeleton (consonants only, with the
// letters OCR confuses with vowels dropped as vowels are), so a run of words copied from the
// report, spelled correctly, still matches its damaged original. The fingerprint holds only
// hashes of every run of WINDOW folded words: no prose, and nothing that reads back as the report.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How many consecutive words make a copied run. */
export const WINDOW = 8;

/** First line of the fingerprint file: names the folding, so a file made by another version is refused. */
export const FINGERPRINT_HEADER = `samverkan report fingerprint v1: sha256/10 of ${WINDOW}-word windows`;

/** Where the committed fingerprint of the seed report lives. */
export const reportFingerprintPath = fileURLToPath(new URL('./report-fingerprint.txt', import.meta.url));

/** The report itself, beside the repository; present on the maintainers' machines only. */
export const seedReportPath = fileURLToPath(new URL('../../shared/seed-report.txt', import.meta.url));

// Vowels, plus what the OCR put in their place: 4 and & for ä, 6 and @ for ö, d for ä
// ("dr", "ddr", "Trollhdttan"). Dropping d everywhere loses a real consonant too, on both sides
// alike, so matches are unaffected and only accidental collisions grow (negligible over 8 words).
const VOWEL_LIKE = /[aeiouy46&@d]/g;
const LINE_END_HYPHEN = /-[ \t]*\r?\n\s*/g;
// "Kultur-\noch fritids…": a hyphen before a conjunction ends a shortened compound, not a word.
const SHORTENED_COMPOUND = /-[ \t]*\r?\n\s*(?=(?:och|eller|samt)\b)/g;

interface FoldedWord {
  /** The word as written, lower-cased and without diacritics (for messages). */
  readonly word: string;
  /** What the comparison uses. */
  readonly skeleton: string;
}

/** Splits a text into words and folds each; words whose skeleton is empty (e.g. "i", "å") drop out. */
export function foldText(text: string): FoldedWord[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(SHORTENED_COMPOUND, ' ')
    .replace(LINE_END_HYPHEN, '')
    .split(/[^\p{L}\p{N}&@]+/u)
    .map((word) => ({
      word,
      skeleton: word
        .replace(/1/g, 'l') // "16sning" for "lösning"
        .replace(VOWEL_LIKE, '')
        .replace(/[^a-z0-9]/g, ''),
    }))
    .filter(({ skeleton }) => skeleton !== '');
}

/** The skeletons of a text's words, in order. */
export const foldWords = (text: string): string[] => foldText(text).map((w) => w.skeleton);

const hashOf = (words: readonly string[]) => createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 10);

/** Hashes of every run of WINDOW consecutive folded words (none for a shorter text). */
export function windowHashes(words: readonly string[]): string[] {
  const hashes: string[] = [];
  for (let start = 0; start + WINDOW <= words.length; start++) hashes.push(hashOf(words.slice(start, start + WINDOW)));
  return hashes;
}

/**
 * The report's words as folded, plus two readings that undo the OCR's spacing errors: one where a
 * word seen only once that is two of the report's other words run together is split ("oftai",
 * and "Kultur-\noch" joined at a line end), one where two neighbours that together make a word the
 * report uses elsewhere are joined. Each reading contributes its own windows.
 */
export function reportReadings(report: string): string[][] {
  const words = foldWords(report);
  const count = new Map<string, number>();
  for (const word of words) count.set(word, (count.get(word) ?? 0) + 1);
  const common = (word: string) => (count.get(word) ?? 0) >= 2;

  const split = words.flatMap((word) => {
    if (count.get(word) !== 1) return [word];
    for (let cut = 1; cut < word.length; cut++) {
      const [head, tail] = [word.slice(0, cut), word.slice(cut)];
      if (common(head) && common(tail)) return [head, tail];
    }
    return [word];
  });

  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [word, next] = [words[i]!, words[i + 1]];
    if (next !== undefined && (count.get(word) === 1 || count.get(next) === 1) && common(word + next)) {
      joined.push(word + next);
      i++;
    } else joined.push(word);
  }
  return [words, split, joined];
}

/** The sorted, distinct window hashes of the report: the fingerprint's content. */
export function reportFingerprint(report: string): string[] {
  return [...new Set(reportReadings(report).flatMap(windowHashes))].sort();
}

export function formatFingerprint(hashes: readonly string[]): string {
  return `${FINGERPRINT_HEADER}\n${hashes.join('\n')}\n`;
}

/** Reads a fingerprint file; throws if it was written by another folding. */
export function readFingerprint(path: string = reportFingerprintPath): Set<string> {
  const [header, ...hashes] = readFileSync(path, 'utf8').trimEnd().split('\n');
  if (header !== FINGERPRINT_HEADER) {
    throw new Error(`${path} was written by another folding ("${header}"); run seed/tools/report-fingerprint.ts again`);
  }
  return new Set(hashes);
}

/** The runs of WINDOW words in `text` whose folded hash is in the fingerprint, in the text's own words. */
export function copiedRuns(text: string, fingerprint: ReadonlySet<string>): string[] {
  const words = foldText(text);
  const hashes = windowHashes(words.map((w) => w.skeleton));
  return hashes.flatMap((hash, start) =>
    fingerprint.has(hash)
      ? [
          words
            .slice(start, start + WINDOW)
            .map((w) => w.word)
            .join(' '),
        ]
      : [],
  );
}

// `samverkan seed [FILE…]`: the Trollhättan 2019 dataset (or these dataset files, our JSON) into
// mapping trollhattan-segregation, round 2019, made when missing, as the server's first start
// does. Idempotent: a second run changes nothing.
import { seedDatasetPath } from '../../../seed/index.ts';
import { LEGACY_MAPPING, LEGACY_REF, LEGACY_ROUND } from '../../store/legacy.ts';
import type { CommandSpec } from '../args.ts';
import { EXIT } from '../exit-codes.ts';
import { ensureRound, roundPath } from './target.ts';
import { countsLine, type ImportAnswer, readInput, uploadFile } from './upload.ts';

/** The round cites the sources the dataset draws on, as the server's own seeding does. */
async function sourcesOf(file: string): Promise<string[]> {
  const dataset = JSON.parse((await readInput(file)).toString('utf8')) as { sources?: { id?: unknown }[] };
  return (dataset.sources ?? []).flatMap((s) => (typeof s.id === 'string' ? [s.id] : []));
}

export const seedCommand: CommandSpec = {
  name: 'seed',
  args: '[FILE…]',
  positionals: { min: 0, max: 20 },
  summary: `Load the Trollhättan 2019 dataset (or these JSON dataset files) into ${LEGACY_REF.mapping}/${LEGACY_REF.round}, made when missing.`,
  options: {},
  async run({ api, positionals, out }) {
    const files = positionals.length > 0 ? positionals : [seedDatasetPath];
    const { id: _id, ...mapping } = LEGACY_MAPPING;
    const made = await ensureRound(await api(), LEGACY_REF, mapping, {
      label: LEGACY_ROUND.label,
      observedOn: LEGACY_ROUND.observedOn,
      sources: await sourcesOf(files[0]!),
    });
    for (const what of made) out.note(`created ${what}`);
    const results: (ImportAnswer & { file: string })[] = [];
    for (const file of files) {
      const answer = await out.during(`loading ${file}`, async () =>
        uploadFile(await api(), roundPath(LEGACY_REF), file, { format: 'json' }),
      );
      results.push({ file, ...answer });
    }
    out.result(results, results.map((r) => `${r.file}: ${countsLine(r)}`).join('\n'));
    return EXIT.ok;
  },
};

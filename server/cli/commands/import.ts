// `samverkan import FILE`: a spreadsheet, CSV or graph file into a round, checked whole first
// (every problem listed, exit 4, nothing written). --create makes a missing mapping and round.
import { basename, extname } from 'node:path';
import { IMPORT_FORMATS } from '../../interchange/detect.ts';
import { slugFor } from '../../domain/text.ts';
import type { CommandSpec, Values } from '../args.ts';
import { usageError } from '../args.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { ensureRound, ROUND_OPTIONS, roundPath, stringOption, type Target, targetOf } from './target.ts';
import { countsLine, uploadFile } from './upload.ts';

const thisYear = (): string => String(new Date().getFullYear());

/** --create: the mapping is named by --name, else by the file; the round by --round, else the year. */
function createTarget(values: Values, file: string): { target: Target; name: string } {
  const name = stringOption(values, 'name') ?? basename(file, extname(file));
  const mapping = stringOption(values, 'mapping') ?? slugFor(name);
  if (mapping === '') throw usageError('samverkan import: cannot make a mapping id from the file name; give --mapping');
  return { target: { mapping, round: stringOption(values, 'round') ?? thisYear() }, name };
}

export const importCommand: CommandSpec = {
  name: 'import',
  args: 'FILE',
  positionals: { min: 1, max: 1 },
  summary: 'Import a file (xlsx, csv, a zip of csv, graphml, gexf, node-link, cytoscape or our JSON) into a round, in one transaction.',
  details:
    'The whole file is checked first: any problem exits 4 listing every one, and nothing is written.\n' +
    '--mode replace makes the round hold exactly the file (what it leaves out is deleted).',
  options: {
    ...ROUND_OPTIONS,
    format: { type: 'string', value: 'FORMAT', help: 'skip detection', choices: IMPORT_FORMATS },
    'dry-run': { type: 'boolean', help: 'say what would change, write nothing' },
    mode: { type: 'string', value: 'MODE', help: 'what happens to records the file leaves out', choices: ['upsert', 'replace'] },
    create: { type: 'boolean', help: 'make the mapping and round when missing (round default: this year)' },
    name: { type: 'string', value: 'NAME', help: 'the new mapping’s name (default: the file name)' },
    place: { type: 'string', value: 'PLACE', help: 'the new mapping’s place (default: its name)' },
    topic: { type: 'string', value: 'TOPIC', help: 'the new mapping’s topic (default: its name)' },
  },
  async run({ api, values, positionals, out }) {
    const [file = ''] = positionals;
    const dryRun = values['dry-run'] === true;
    const create = values.create === true;
    const made = create ? createTarget(values, file) : undefined;
    const target = made?.target ?? targetOf(values, 'import');
    if (made !== undefined && target !== undefined) {
      if (dryRun) {
        const res = await (await api()).request({ method: 'GET', path: roundPath(target) });
        if (res.status === 404)
          throw new CliError(EXIT.notFound, `round '${target.mapping}/${target.round}' does not exist yet; a dry run makes nothing`);
      } else {
        const mapping = {
          name: made.name,
          place: stringOption(values, 'place') ?? made.name,
          topic: stringOption(values, 'topic') ?? made.name,
        };
        const created = await ensureRound(await api(), target, mapping, { label: target.round, observedOn: thisYear() });
        for (const what of created) out.note(`created ${what}`);
      }
    }
    const answer = await out.during(`${dryRun ? 'checking' : 'importing'} ${basename(file)}`, async () =>
      uploadFile(await api(), roundPath(target), file, {
        format: stringOption(values, 'format'),
        dryRun,
        mode: stringOption(values, 'mode'),
      }),
    );
    const into = target ? `${target.mapping}/${target.round}` : 'the default round';
    out.result(answer, `${dryRun ? 'dry run, nothing written' : `imported into ${into}`} (${answer.format}): ${countsLine(answer)}`);
    return EXIT.ok;
  },
};

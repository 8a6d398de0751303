// `samverkan export`: the round as a file. --out names it; without, the file goes to stdout when
// that is a pipe, and to the server's suggested name (mapping, round, date) on a terminal. The
// filters and --metrics are the route's query fields, passed as given: the server checks them.
import { writeFile } from 'node:fs/promises';
import { EXPORT_FORMATS } from '../../interchange/export/formats.ts';
import type { CommandSpec, OptionSpec } from '../args.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { expectOk } from '../transport.ts';
import { ROUND_OPTIONS, roundPath, stringOption, targetOf } from './target.ts';

/** The route's filter and metrics fields, each an option of the same name. */
const QUERY_OPTIONS: Record<string, OptionSpec> = {
  area: { type: 'string', value: 'LIST', help: 'only ties serving these areas, and the actors working in them (as /api/graph)' },
  sector: { type: 'string', value: 'LIST', help: 'of those, only actors of these sectors and the ties between them' },
  neighbourhood: { type: 'string', value: 'LIST', help: 'only ties and actors in these neighbourhoods' },
  type: { type: 'string', value: 'LIST', help: 'only ties of these collaboration types' },
  status: { type: 'string', value: 'LIST', help: 'only ties of these statuses' },
  metrics: { type: 'string', value: 'LIST', help: 'actor metrics to add as columns (ids from /api/analytics/catalogue)' },
};

const suggestedName = (disposition: string | undefined): string | undefined => /filename="([^"]+)"/.exec(disposition ?? '')?.[1];

export const exportCommand: CommandSpec = {
  name: 'export',
  positionals: { min: 0, max: 0 },
  summary: 'Write the round as a file: xlsx, csv (a zip of actors.csv, ties.csv …), graphml, gexf, json, node-link or cytoscape.',
  details:
    'Without --out the file goes to stdout, or on a terminal (and with --json) to the name the server suggests. ' +
    'The filters take comma-separated values, as the graph route does (--area crime,housing).',
  options: {
    ...ROUND_OPTIONS,
    format: { type: 'string', value: 'FORMAT', help: 'the file format (default xlsx)', choices: EXPORT_FORMATS },
    out: { type: 'string', value: 'FILE', help: 'write here ("-": stdout)' },
    ...QUERY_OPTIONS,
    'no-forums': { type: 'boolean', help: 'leave forums and memberships out' },
  },
  async run({ api, values, out }) {
    const format = stringOption(values, 'format') ?? 'xlsx';
    const path = roundPath(targetOf(values, 'export'));
    const query: Record<string, string> = { format };
    for (const name of Object.keys(QUERY_OPTIONS)) {
      const value = stringOption(values, name);
      if (value !== undefined) query[name] = value;
    }
    if (values['no-forums'] === true) query.includeForums = 'false';
    const res = await out.during(`exporting ${format}`, async () =>
      (await api()).request({ method: 'GET', path: `${path}/export`, query }),
    );
    if (res.status !== 200) expectOk(res, 'export');
    let file = stringOption(values, 'out');
    if (file === undefined && (out.json || process.stdout.isTTY)) file = suggestedName(res.headers['content-disposition']);
    if (file === undefined || file === '-') {
      if (out.json) throw new CliError(EXIT.usage, 'samverkan export: --json prints a summary, so the file needs --out');
      process.stdout.write(res.body);
      return EXIT.ok;
    }
    try {
      await writeFile(file, res.body);
    } catch (error) {
      throw new CliError(EXIT.failed, `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    out.result({ file, format, bytes: res.body.length }, `wrote ${file} (${format}, ${res.body.length} bytes)`);
    return EXIT.ok;
  },
};

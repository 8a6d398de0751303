// `samverkan export`: the round as a file. --out names it; without, the file goes to stdout when
// that is a pipe, and to the server's suggested name (mapping, round, date) on a terminal.
import { writeFile } from 'node:fs/promises';
import { EXPORT_FORMATS } from '../../interchange/export/formats.ts';
import type { CommandSpec } from '../args.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { expectOk } from '../transport.ts';
import { ROUND_OPTIONS, roundPath, stringOption, targetOf } from './target.ts';

const suggestedName = (disposition: string | undefined): string | undefined => /filename="([^"]+)"/.exec(disposition ?? '')?.[1];

export const exportCommand: CommandSpec = {
  name: 'export',
  positionals: { min: 0, max: 0 },
  summary: 'Write the round as a file: xlsx, csv (a zip of actors.csv, ties.csv …), graphml, gexf, json, node-link or cytoscape.',
  details: 'Without --out the file goes to stdout, or on a terminal (and with --json) to the name the server suggests.',
  options: {
    ...ROUND_OPTIONS,
    format: { type: 'string', value: 'FORMAT', help: 'the file format (default xlsx)', choices: EXPORT_FORMATS },
    out: { type: 'string', value: 'FILE', help: 'write here ("-": stdout)' },
  },
  async run({ api, values, out }) {
    const format = stringOption(values, 'format') ?? 'xlsx';
    const path = roundPath(targetOf(values, 'export'));
    const res = await out.during(`exporting ${format}`, async () =>
      (await api()).request({ method: 'GET', path: `${path}/export`, query: { format } }),
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

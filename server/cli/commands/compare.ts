// `samverkan compare R1 R2`: two rounds of a mapping side by side, as Markdown (sv or en) or the
// API's JSON. The mapping is --mapping, or the only one there is.
import type { CommandSpec } from '../args.ts';
import { usageError } from '../args.ts';
import { EXIT } from '../exit-codes.ts';
import { type Api, expectOk } from '../transport.ts';
import { stringOption } from './target.ts';

async function onlyMapping(api: Api): Promise<string> {
  const { items: mappings } = expectOk(await api.request({ method: 'GET', path: '/api/mappings' }), 'listing mappings') as {
    items: { id: string }[];
  };
  if (mappings.length === 1) return mappings[0]!.id;
  throw usageError(
    `samverkan compare: ${mappings.length === 0 ? 'there is no mapping' : 'there are several mappings: name one with --mapping'}`,
  );
}

export const compareCommand: CommandSpec = {
  name: 'compare',
  args: 'R1 R2',
  positionals: { min: 2, max: 2 },
  summary: 'Compare round R1 (the baseline) with R2 (a later round or a scenario) of one mapping.',
  options: {
    mapping: { type: 'string', value: 'ID', help: 'the mapping (default: the only one)' },
    format: { type: 'string', value: 'FORMAT', help: 'the output (default markdown; --json implies json)', choices: ['markdown', 'json'] },
    lang: { type: 'string', value: 'LANG', help: 'the language of the Markdown (default en)', choices: ['sv', 'en'] },
  },
  async run({ api, values, positionals, out }) {
    const [from, to] = positionals;
    const mapping = stringOption(values, 'mapping') ?? (await onlyMapping(await api()));
    const format = out.json ? 'json' : (stringOption(values, 'format') ?? 'markdown');
    const res = await out.during(`comparing ${from} with ${to}`, async () =>
      (await api()).request({
        method: 'GET',
        path: `/api/mappings/${encodeURIComponent(mapping)}/compare`,
        query: { from, to, format, lang: stringOption(values, 'lang') },
      }),
    );
    if (res.status !== 200) expectOk(res, 'compare');
    const text = res.body.toString('utf8');
    out.result(out.json ? JSON.parse(text) : text, text);
    return EXIT.ok;
  },
};

// `samverkan duplicates`: the round's probable duplicate actors, as GET …/duplicates answers them.
// A server without that route says so with its own exit code (8), not as a missing round.
import type { DuplicatePair } from '../../domain/duplicates.ts';
import type { CommandSpec } from '../args.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { expectOk, parseBody } from '../transport.ts';
import { ROUND_OPTIONS, roundPath, targetOf } from './target.ts';

/** Fastify's answer for a path no route serves (plugins/errors.ts), as against a missing round. */
const noRoute = (body: unknown): boolean => /^no route /.test((body as { message?: string } | null)?.message ?? '');

export const duplicatesCommand: CommandSpec = {
  name: 'duplicates',
  positionals: { min: 0, max: 0 },
  summary: 'List probable duplicate actors of the round (same name after case, accents and suffixes; same website).',
  options: { ...ROUND_OPTIONS },
  async run({ api, values, out }) {
    const path = `${roundPath(targetOf(values, 'duplicates'))}/duplicates`;
    const res = await (await api()).request({ method: 'GET', path });
    if (res.status === 404 && noRoute(parseBody(res)))
      throw new CliError(EXIT.unsupported, `${(await api()).where} has no duplicates route (GET …/duplicates) yet`);
    const body = expectOk(res, 'duplicates') as { items: DuplicatePair[] };
    const lines = body.items.map(
      ({ actors: [a, b], names: [nameA, nameB], reasons }) => `${a} (${nameA}) ~ ${b} (${nameB}): same ${reasons.join(' and ')}`,
    );
    out.result(body, lines.length === 0 ? 'no probable duplicates' : lines.join('\n'));
    return EXIT.ok;
  },
};

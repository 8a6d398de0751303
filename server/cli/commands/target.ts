// Which round a command works on, and making it when asked: --mapping and --round name one
// round; neither is the server's default round (SAMVERKAN_DEFAULT_ROUND, else the latest observed
// round of the oldest mapping), as the short /api/… routes answer.
import type { OptionSpec, Values } from '../args.ts';
import { usageError } from '../args.ts';
import { type Api, expectOk } from '../transport.ts';

export const ROUND_OPTIONS: Record<string, OptionSpec> = {
  mapping: { type: 'string', value: 'ID', help: 'the mapping (with --round; default: the server’s default round)' },
  round: { type: 'string', value: 'ID', help: 'the round of that mapping' },
};

const text = (values: Values, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

export interface Target {
  mapping: string;
  round: string;
}

/** The round --mapping and --round name; undefined for the default round. */
export function targetOf(values: Values, command: string): Target | undefined {
  const mapping = text(values, 'mapping');
  const round = text(values, 'round');
  if (mapping === undefined && round === undefined) return undefined;
  if (mapping === undefined || round === undefined) throw usageError(`samverkan ${command}: --mapping and --round go together`);
  return { mapping, round };
}

/** The API prefix of a round's routes. */
export const roundPath = (target: Target | undefined): string =>
  target === undefined ? '/api' : `/api/mappings/${encodeURIComponent(target.mapping)}/rounds/${encodeURIComponent(target.round)}`;

export interface NewMapping {
  name: string;
  place: string;
  topic: string;
  description?: string | undefined;
}

/** Make the mapping and the round where missing; says what it made. */
export async function ensureRound(
  api: Api,
  target: Target,
  mapping: NewMapping,
  round: { label: string; observedOn: string; sources?: string[] },
): Promise<string[]> {
  const made: string[] = [];
  const mappingPath = `/api/mappings/${encodeURIComponent(target.mapping)}`;
  const post = (path: string, body: object) =>
    api.request({ method: 'POST', path, body: JSON.stringify(body), contentType: 'application/json' });
  if ((await api.request({ method: 'GET', path: mappingPath })).status === 404) {
    expectOk(await post('/api/mappings', { id: target.mapping, ...mapping }), `creating mapping '${target.mapping}'`);
    made.push(`mapping '${target.mapping}'`);
  }
  if ((await api.request({ method: 'GET', path: roundPath(target) })).status === 404) {
    expectOk(await post(`${mappingPath}/rounds`, { id: target.round, ...round }), `creating round '${target.round}'`);
    made.push(`round '${target.round}'`);
  }
  return made;
}

export { text as stringOption };

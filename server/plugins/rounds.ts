// Which round a request reads and writes. The per-round routes name it in the path; the short
// routes (/api/actors, /api/gaps/reach, …) answer from the default round: SAMVERKAN_DEFAULT_ROUND,
// else the latest observed round of the oldest mapping, so scripts written for one graph keep
// working. `request.graph` is that round's graph, `request.round` the round itself.
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { roundPath, type Round, type RoundRef } from '../domain/mappings.ts';
import { AppError, ForbiddenError } from '../errors.ts';
import type { GraphStore, Store } from '../store/port.ts';
import { roundNotFound } from '../store/rules/rounds.ts';

class NoDefaultRoundError extends AppError {
  constructor() {
    super(
      404,
      'not_found',
      'there is no observed round to answer from: create a mapping and a round (POST /api/mappings, then …/rounds) or set SAMVERKAN_DEFAULT_ROUND',
    );
  }
}

/** The latest observed round (by the date it observes) of the oldest mapping. */
async function latestObserved(store: Store): Promise<Round> {
  const latest = await store.latestObservedRound();
  if (latest === null) throw new NoDefaultRoundError();
  return latest;
}

export default fp<{ defaultRound?: RoundRef | undefined }>(
  async (app, { defaultRound }) => {
    const roundOf = async (ref: RoundRef): Promise<Round> => {
      const round = await app.store.getRound(ref);
      if (round === null) {
        await app.store.listRounds(ref.mapping); // 404 naming the mapping when that is what is unknown
        throw roundNotFound(ref);
      }
      return round;
    };
    app.decorate('defaultRound', () => (defaultRound === undefined ? latestObserved(app.store) : roundOf(defaultRound)));
    app.decorate('roundOf', roundOf);
    app.decorateRequest('round', null);
    // Set before any handler that reads it runs (routes/round-scope.ts); null only outside a round.
    app.decorateRequest('graph', null as never);
  },
  { name: 'rounds', dependencies: ['store'] },
);

/**
 * Scope a request to a round: say which in the answer's headers (a scenario is never mistaken for
 * observed data), and refuse a key that is not for this mapping.
 */
export function enterRound(request: FastifyRequest, round: Round): GraphStore {
  const { principal } = request;
  if (principal !== null && principal.mappings.length > 0 && !principal.mappings.includes(round.mappingId)) {
    throw new ForbiddenError(principal, `a key for the mapping '${round.mappingId}'`);
  }
  request.round = round;
  request.graph = request.server.store.round({ mapping: round.mappingId, round: round.id }, whoOf(request));
  return request.graph;
}

/**
 * The request's round version for a read-only answer: the one its round was read with on entry,
 * after the request arrived (so every write acknowledged before it is counted), without a second
 * store read. Outside a round, or after a write, ask the graph.
 */
export const versionOnEntry = (request: FastifyRequest): Promise<number> =>
  request.round === null ? request.graph.version() : Promise.resolve(request.round.version);

/** Whom the history names for a request's writes: its key's name, never the key. */
export const whoOf = (request: FastifyRequest): string => request.principal?.name ?? 'anonymous';

export const roundHeaders = (round: Round): Record<string, string> => ({
  'samverkan-round': roundPath({ mapping: round.mappingId, round: round.id }),
  'samverkan-round-kind': round.kind,
});

declare module 'fastify' {
  interface FastifyInstance {
    /** The round the short routes answer from; 404 when there is none. */
    defaultRound(): Promise<Round>;
    /** The round; 404 naming the mapping or the round when unknown. */
    roundOf(ref: RoundRef): Promise<Round>;
  }
  interface FastifyRequest {
    /** Set on every route scoped to a round (routes/round-scope.ts). */
    round: Round | null;
    graph: GraphStore;
  }
}

// "What if?": a scenario round made from the round shown, the way the API makes them (docs/domain.md,
// "Scenarios"): a copy with the declared gaps realised (one request), or a copy with suggested
// links added as active ties (the round, then one tie at a time). When a step after the first
// fails, the half-made scenario is deleted again, so nothing is left that looks finished.
import { createCollaboration } from '../api/data.ts';
import { ApiError } from '../api/http.ts';
import { createRound, deleteRound, type Round } from '../api/rounds.ts';

export type ScenarioPlan = { kind: 'realise' } | { kind: 'links'; links: ReadonlyArray<{ source: string; target: string }> };

/** Slugs are at most 120 characters (server/domain/schemas.ts); the suffix must fit. */
const MAX_BASE = 100;

/** A round id for the next scenario of `base`, not yet taken in the mapping: `{base}-what-if-{n}`. */
export function scenarioId(base: string, taken: readonly string[]): string {
  const stem = `${base.slice(0, MAX_BASE).replace(/-+$/, '')}-what-if`;
  let n = 1;
  while (taken.includes(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

export interface ScenarioRequest {
  mapping: string;
  base: Round;
  /** The mapping's round ids (the new one must be none of them). */
  taken: readonly string[];
  plan: ScenarioPlan;
  label: string;
  /** The description each added tie carries: a what-if, not an observation. */
  note: string;
}

/** Thrown when the scenario could not be finished; `cleanedUp` says whether its remains were deleted. */
export class ScenarioFailed extends ApiError {
  constructor(
    override readonly cause: ApiError,
    readonly cleanedUp: boolean,
  ) {
    super(cause.status, cause.code, cause.message, cause.details);
    this.name = 'ScenarioFailed';
  }
}

export async function makeScenario(r: ScenarioRequest): Promise<Round> {
  const round = await createRound(r.mapping, {
    id: scenarioId(r.base.id, r.taken),
    label: r.label,
    observedOn: r.base.observedOn,
    sources: r.base.sources,
    kind: 'scenario',
    copyFrom: r.base.id,
    ...(r.plan.kind === 'realise' ? { realise: 'declared' as const } : {}),
  });
  if (r.plan.kind === 'realise') return round;
  const scope = { mapping: r.mapping, round: round.id };
  try {
    for (const link of r.plan.links) {
      await createCollaboration(scope, { source: link.source, target: link.target, status: 'active', description: r.note });
    }
  } catch (error) {
    const cause = error instanceof ApiError ? error : new ApiError(0, 'unreachable', String(error));
    const cleanedUp = await deleteRound(r.mapping, round.id).then(
      () => true,
      () => false,
    );
    throw new ScenarioFailed(cause, cleanedUp);
  }
  return round;
}

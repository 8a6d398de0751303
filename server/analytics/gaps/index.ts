// The gap analytics (docs/domain.md, "Missing-link gaps"): who is not working with whom. Each is a
// pure function `fn(snapshot, options) → result`, with a zod schema for its options and result
// in ./schemas.ts for the routes and the OpenAPI document.
export { reachGapShare, reachGapShares, reachGaps, REACH_DEFAULTS, type ReachGapsOptions } from './reach.ts';
export { mixingOfCsr, mixingOfGraph, sectorMixing, mixingCell, MIXING_DEFAULTS, type SectorMixingOptions } from './mixing.ts';
export { declaredGaps, declaredTies, DECLARED_DEFAULTS, type DeclaredGapsOptions } from './declared.ts';
export { predictLinks, PREDICTED_DEFAULTS, type PredictedLinksOptions } from './predicted.ts';
export { brokers, BROKERS_DEFAULTS, type BrokersOptions } from './brokers.ts';
export { gapReport, toMarkdown, REPORT_DEFAULTS, type GapReportOptions } from './report.ts';
export { actorCsr, toActorCsr, type ActorCsr } from '../kernel/actor-csr.ts';
export { scoreAllPairs, topPairs } from './link-scores.ts';
export { burtConstraint, groupPaths } from './group-paths.ts';
export * as GapSchemas from './schemas.ts';

// The server's answers as the client reads them. The types are the server's own (z.infer of the
// schemas its routes validate and document with), so a changed answer fails the client's type
// check instead of being guessed at run time.
export type { CentralityResult, MetricCatalogue } from '../../../server/domain/analytics-responses.ts';
export type {
  DeclaredGapsResult,
  PredictedLinksResult,
  ReachGapsResult,
  SectorMixingResult,
} from '../../../server/analytics/gaps/schemas.ts';

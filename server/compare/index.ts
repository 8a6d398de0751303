// Compare and Trend: rounds of one mapping set side by side (compare.ts), headline figures over
// rounds (trend.ts) and a comparison as Markdown (markdown.ts). Pure functions over snapshots;
// the shapes of their results are in domain/compare-responses.ts.
export {
  type CompareJson,
  compareRounds,
  compareSide,
  fromCompareJson,
  joinSides,
  largestRound,
  type RoundSide,
  sideKey,
  toCompareJson,
} from './compare.ts';
export { COMPARE_DEFAULTS, LARGE_ROUND, SAMPLED_SOURCES, type CompareOptions } from './options.ts';
export { trend } from './trend.ts';
export { compareToMarkdown } from './markdown.ts';
export type { Lang } from './markdown-texts.ts';
export type { RoundInput } from './common.ts';

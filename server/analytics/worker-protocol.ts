// What the pool (worker-pool.ts) and its threads (worker.ts) say to each other, in one place both
// import: the mark a thread of the pool carries, the tasks with their input and output types, and
// the messages. Type imports only, so the pool does not load a single kernel.
import type { Columns } from './centrality/table.ts';
import type { MetricId, MetricsQuery } from './catalogue.ts';
import type { WireError } from './errors.ts';
import type { BrokersOptions } from './gaps/brokers.ts';
import type { DeclaredGapsOptions } from './gaps/declared.ts';
import type { SectorMixingOptions } from './gaps/mixing.ts';
import type { PredictedLinksOptions } from './gaps/predicted.ts';
import type { ReachGapsOptions } from './gaps/reach.ts';
import type { GapReportOptions } from './gaps/report.ts';
import type {
  BrokersResult,
  DeclaredGapsResult,
  GapReport,
  PredictedLinksResult,
  ReachGapsResult,
  SectorMixingResult,
} from './gaps/schemas.ts';
import type { CommunityOptions } from './communities.ts';
import type { ActorGraphInput, CommunitiesAnswer, SnapshotInput } from './graph-tasks.ts';
import type { Csr } from './kernel/csr.ts';
import type { RoundKind, TrendResult } from '../domain/compare-responses.ts';
import type { StructureSummary } from './structure/summary.ts';
import type { PackedImport } from '../interchange/packed-import.ts';
import type { ParseImportOptions } from '../interchange/parse-import.ts';
import type { CompareJson, RoundSide } from '../compare/compare.ts';

/** A round as the comparisons take it (compare/common.ts's RoundInput), its snapshot shareable. */
export interface RoundTaskInput {
  id: string;
  label?: string | null | undefined;
  date?: string | null | undefined;
  kind: RoundKind;
  snapshot: SnapshotInput['snapshot'];
}

/** workerData of every thread the pool starts; worker.ts serves only threads carrying it. */
export const WORKER_MARK = 'samverkan-analytics-worker';

export interface Tasks {
  /** Raw Brandes dependencies from sources[from .. to) (all nodes when sources is null). */
  betweenness: { input: { csr: Csr; sources: Int32Array | null; weighted: boolean; from: number; to: number }; output: Float64Array };
  /** Harmonic sums over sources from .. to - 1, per node. */
  closeness: { input: { csr: Csr; weighted: boolean; from: number; to: number }; output: Float64Array };
  /** Whole metric columns, for the metrics not split across workers. */
  columns: { input: { csr: Csr; query: MetricsQuery; metrics: MetricId[] }; output: Columns };
  /** The gap analytics (gaps/*.ts) on a snapshot of the kept collaboration types. */
  reach: { input: SnapshotInput & { options: ReachGapsOptions }; output: ReachGapsResult };
  mixing: { input: SnapshotInput & { options: SectorMixingOptions }; output: SectorMixingResult };
  declared: { input: SnapshotInput & { options: DeclaredGapsOptions }; output: DeclaredGapsResult };
  predicted: { input: SnapshotInput & { options: PredictedLinksOptions }; output: PredictedLinksResult };
  brokers: { input: SnapshotInput & { options: BrokersOptions }; output: BrokersResult };
  report: { input: SnapshotInput & { options: GapReportOptions }; output: GapReport };
  /** Louvain communities and the structure of an actor graph (graph-tasks.ts). */
  communities: { input: ActorGraphInput & { options: CommunityOptions }; output: CommunitiesAnswer };
  structure: { input: ActorGraphInput; output: StructureSummary };
  /**
   * Rounds of one mapping side by side (server/compare/): each round's side (its measures), the two
   * at once, then the comparison that joins them; `rounds` is [from, to]. The join answers with the
   * comparison as JSON text: megabytes of objects cost the event loop far more to receive by
   * structured clone (and to serialise again for every reply) than one string does.
   */
  compareSide: { input: RoundTaskInput & { side: 'from' | 'to'; largest: number }; output: RoundSide };
  compareJoin: { input: { rounds: [RoundTaskInput, RoundTaskInput]; sides: [RoundSide, RoundSide] }; output: CompareJson };
  /** The headline figures of rounds, in order. */
  trend: { input: { rounds: RoundTaskInput[] }; output: TrendResult };
  /**
   * An uploaded file read and checked (interchange/parse-import.ts): it grows with the body. The
   * dataset comes back packed (interchange/packed-import.ts).
   */
  parseImport: { input: { bytes: Uint8Array; fileName: string; options: ParseImportOptions }; output: PackedImport };
  /** Keeps a worker busy for `ms` (diagnostics, and the pool's tests). */
  busyWait: { input: { ms: number }; output: number };
}

export type TaskName = keyof Tasks;
export type TaskInput<K extends TaskName> = Tasks[K]['input'];
export type TaskOutput<K extends TaskName> = Tasks[K]['output'];
/** What a worker does for each task; reading a file is asynchronous (its readers stream). */
export type TaskHandlers = { [K in TaskName]: (input: TaskInput<K>) => TaskOutput<K> | Promise<TaskOutput<K>> };

export interface WorkerRequest {
  id: number;
  task: TaskName;
  input: unknown;
}

export type WorkerReply = { id: number; ok: true; output: unknown } | { id: number; ok: false; error: WireError };

/** A worker's first message: its modules are loaded. */
export const READY = 'ready';

// Small named records for the store contract. Names carry Swedish letters on purpose, so the
// diacritic-insensitive search is exercised by ordinary fixtures.
import { expect } from 'vitest';
import type { Evidence, Membership, Sector, Source } from '../../../server/domain/schemas.ts';
import type { AppError } from '../../../server/errors.ts';
import type { MappingCreate } from '../../../server/domain/mappings.ts';
import type { ActorRecord, CollaborationRecord, ForumRecord, GraphStore, Store } from '../../../server/store/port.ts';

export interface Ctx {
  /** The store under test, reset before each case. */
  root(): Store;
  /** CONTRACT_ROUND's graph in it. */
  store(): GraphStore;
}

export const CONTRACT_MAPPING: MappingCreate = {
  id: 'trollhattan',
  name: 'Samverkan i Trollhättan',
  place: 'Trollhättan',
  topic: 'segregation',
  languages: ['sv', 'en'],
};

/** The round every graph case of the contract runs in. */
export const CONTRACT_ROUND = { mapping: CONTRACT_MAPPING.id, round: '2019' } as const;

export const REPORT: Source = {
  id: 'samverkan-rapport',
  title: 'Samverkan mot segregation i Trollhättan',
  authors: ['Anna Andersson', 'Björn Berg'],
  year: 2019,
};

export function evidence(sourceId = REPORT.id, locator = 'avsnitt 3.2'): Evidence {
  return { sourceId, locator, note: 'The report names this.' };
}

export function actor(id: string, sector: Sector = 'municipal', extra: Partial<ActorRecord> = {}): ActorRecord {
  return { id, name: id, sector, areas: [], neighbourhoods: [], targetGroups: [], evidence: [], ...extra };
}

export function tie(id: string, source: string, target: string, extra: Partial<CollaborationRecord> = {}): CollaborationRecord {
  return {
    id,
    source,
    target,
    status: 'active',
    areas: [],
    forms: [],
    directed: false,
    neighbourhoods: [],
    evidence: [],
    ...extra,
  };
}

export function forum(id: string, members: Membership[] = [], extra: Partial<ForumRecord> = {}): ForumRecord {
  return { id, name: id, areas: [], neighbourhoods: [], members, evidence: [], ...extra };
}

export async function createActors(store: GraphStore, ...records: ActorRecord[]): Promise<void> {
  for (const record of records) await store.createActor(record);
}

/** Wait long enough for the next ISO timestamp to differ. */
export const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

type ErrorClass<E> = abstract new (...args: never[]) => E;

/** The promise rejects with this error class, and its details name at least these paths. */
export async function rejects<E extends AppError>(promise: Promise<unknown>, kind: ErrorClass<E>, paths: string[] = []): Promise<E> {
  const error = await promise.then(
    () => expect.fail(`expected a ${kind.name}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(kind);
  const detailPaths = ((error as AppError).details ?? []).map((d) => d.path);
  expect(detailPaths).toEqual(expect.arrayContaining(paths));
  return error as E;
}

/**
 * Run an attempt that must change nothing at all, version included. Returns what it resolved
 * to, or the error it rejected with, for the caller to check (often an attempt is `rejects`).
 */
export async function leavesNoTrace(store: GraphStore, attempt: () => Promise<unknown>): Promise<unknown> {
  const before = await store.snapshot();
  const outcome = await attempt().catch((e: unknown) => e);
  expect(await store.snapshot()).toEqual(before);
  return outcome;
}

export const keys = (value: object): string[] => Object.keys(value).sort();
export const ids = (page: { items: { id: string }[] }): string[] => page.items.map((i) => i.id);

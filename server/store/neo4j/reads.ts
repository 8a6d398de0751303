// Whole-graph and paged reads for the Neo4j store: keyset pages ordered by id (`after`
// excludes everything up to and including it; an unset filter is a null parameter) and the
// snapshot, each inside the caller's read transaction.
import type { LayoutPositions, StoredLayout } from '../../domain/layout.ts';
import type { Actor, Collaboration, Forum, Source } from '../../domain/schemas.ts';
import { searchKey } from '../../domain/text.ts';
import type { ActorFilter, CollaborationFilter, ForumFilter, GraphSnapshot, Page, PageRequest } from '../port.ts';
import { actorFromProps, collaborationFromProps, forumFromProps, sourceFromProps } from './records.ts';
import { actorOfRow, collaborationOfRow } from './snapshot-rows.ts';
import type { Row, Tx } from './tx.ts';

const asMap = (value: unknown): Row => value as Row;

function pageOf<T extends { id: string }>(items: T[], limit: number): Page<T> {
  const last = items.at(-1);
  return { items, lastId: last !== undefined && items.length === limit ? last.id : null };
}

/** The store-wide version: every write anywhere bumps it (a new round's versions start above it). */
export async function readVersion(tx: Tx): Promise<number> {
  const [row] = await tx.read('meta-version');
  return typeof row?.version === 'number' ? row.version : 0;
}

export async function getActor(tx: Tx, id: string): Promise<Actor | null> {
  const [row] = await tx.read('actor-get', { id });
  return row ? actorFromProps(asMap(row.actor)) : null;
}

export async function getCollaboration(tx: Tx, id: string): Promise<Collaboration | null> {
  const [row] = await tx.read('collaboration-get', { id });
  return row ? collaborationFromProps(asMap(row.collaboration)) : null;
}

export async function getForum(tx: Tx, id: string): Promise<Forum | null> {
  const [row] = await tx.read('forum-get', { id });
  return row ? forumFromProps(asMap(row.forum)) : null;
}

export async function allSources(tx: Tx): Promise<Source[]> {
  return (await tx.read('source-list')).map((r) => sourceFromProps(asMap(r.source)));
}

export async function listActors(tx: Tx, filter: ActorFilter, page: PageRequest): Promise<Page<Actor>> {
  const rows = await tx.read('actor-list', {
    after: page.after ?? null,
    sector: filter.sector ?? null,
    area: filter.area ?? null,
    q: filter.q === undefined ? null : searchKey(filter.q),
    limit: page.limit,
  });
  return pageOf(
    rows.map((r) => actorFromProps(asMap(r.actor))),
    page.limit,
  );
}

export async function listCollaborations(tx: Tx, filter: CollaborationFilter, page: PageRequest): Promise<Page<Collaboration>> {
  const rows = await tx.read('collaboration-list', {
    after: page.after ?? null,
    actor: filter.actor ?? null,
    type: filter.type ?? null,
    status: filter.status ?? null,
    area: filter.area ?? null,
    limit: page.limit,
  });
  return pageOf(
    rows.map((r) => collaborationFromProps(asMap(r.collaboration))),
    page.limit,
  );
}

export async function listForums(tx: Tx, filter: ForumFilter, page: PageRequest): Promise<Page<Forum>> {
  const rows = await tx.read('forum-list', {
    after: page.after ?? null,
    area: filter.area ?? null,
    actor: filter.actor ?? null,
    limit: page.limit,
  });
  return pageOf(
    rows.map((r) => forumFromProps(asMap(r.forum))),
    page.limit,
  );
}

/** Every record of the round (the caller sets the version), read in the caller's one transaction. */
export async function snapshot(tx: Tx): Promise<Omit<GraphSnapshot, 'version'>> {
  return {
    sources: await allSources(tx),
    actors: (await tx.lists('actor-all')).map(actorOfRow),
    forums: await allForums(tx),
    collaborations: (await tx.lists('collaboration-all')).map(collaborationOfRow),
  };
}

const allForums = async (tx: Tx): Promise<Forum[]> => (await tx.read('forum-all')).map((r) => forumFromProps(asMap(r.forum)));

/** The layout as saved, positions of deleted records included (rules/layout.ts drops them). */
export async function storedLayout(tx: Tx, query: 'layout-get' | 'layout-locked' = 'layout-get'): Promise<StoredLayout | null> {
  const [row] = await tx.read(query);
  return row === undefined ? null : { positions: JSON.parse(String(row.positions)) as LayoutPositions, savedAt: String(row.savedAt) };
}

// The Neo4j store's primitives for the shared write flows (../flow/tx.ts): one named Cypher
// query each, in UNWIND batches, inside the caller's managed transaction. Locks are real here:
// a write to the node (actors-lock.cypher and its siblings) held until the transaction ends.
import { isDeepStrictEqual } from 'node:util';
import type { Actor, Collaboration, CollaborationType, Forum, Sector, Source } from '../../domain/schemas.ts';
import type { Change, StoreTx, TieSectors, TxContext } from '../flow/tx.ts';
import type { Dependents, Existing } from '../rules/checks.ts';
import type { Stamps } from '../rules/records.ts';
import {
  actorFromProps,
  actorProps,
  changedProps,
  collaborationFromProps,
  collaborationProps,
  forumFromProps,
  forumProps,
  sourceFromProps,
  sourceProps,
} from './records.ts';
import type { QueryName } from './queries.ts';
import type { Row, Tx } from './tx.ts';

const creates = <T>(changes: readonly Change<T>[]): T[] => changes.flatMap((c) => (c.before === null ? [c.after] : []));
const updates = <T>(changes: readonly Change<T>[]): { before: T; after: T }[] =>
  changes.flatMap((c) => (c.before === null ? [] : [{ before: c.before, after: c.after }]));

export class Neo4jTx implements StoreTx {
  readonly context: TxContext;

  constructor(private readonly tx: Tx) {
    this.context = { now: tx.now };
  }

  /** Run a write query for a batch; an empty batch runs nothing and changes nothing. */
  private async batch(name: QueryName, rows: readonly Row[]): Promise<void> {
    if (rows.length > 0) await this.tx.write(name, { rows });
  }

  /** A lock is a write to the node, but not a change: it must not bump the graph version. */
  private async lock(name: QueryName, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.tx.read(name, { ids: [...new Set(ids)] });
  }

  lockActors(ids: readonly string[]): Promise<void> {
    return this.lock('actors-lock', ids);
  }

  lockCollaborations(ids: readonly string[]): Promise<void> {
    return this.lock('collaborations-lock', ids);
  }

  lockForums(ids: readonly string[]): Promise<void> {
    return this.lock('forums-lock', ids);
  }

  /** Records by id through one batch query that returns each as `key`. */
  private async byId<T extends { id: string }>(name: QueryName, key: string, ids: readonly string[], convert: (props: Row) => T): Promise<Map<string, T>> {
    const rows = ids.length === 0 ? [] : await this.tx.read(name, { ids });
    return new Map(rows.map((r) => convert(r[key] as Row)).map((record) => [record.id, record]));
  }

  sources(ids: readonly string[]): Promise<Map<string, Source>> {
    return this.byId('sources-get', 'source', ids, sourceFromProps);
  }

  actors(ids: readonly string[]): Promise<Map<string, Actor>> {
    return this.byId('actors-get', 'actor', ids, actorFromProps);
  }

  collaborations(ids: readonly string[]): Promise<Map<string, Collaboration>> {
    return this.byId('collaborations-get', 'collaboration', ids, collaborationFromProps);
  }

  forums(ids: readonly string[]): Promise<Map<string, Forum>> {
    return this.byId('forums-get', 'forum', ids, forumFromProps);
  }

  async existing(actorIds: readonly string[], sourceIds: readonly string[]): Promise<Existing> {
    const [row] = await this.tx.read('refs-existing', { actorIds: [...new Set(actorIds)], sourceIds: [...new Set(sourceIds)] });
    return {
      actors: new Map(((row?.actors ?? []) as { id: string; sector: Sector }[]).map((a) => [a.id, a.sector])),
      sources: new Set((row?.sources ?? []) as string[]),
    };
  }

  async tiesBetween(a: string, b: string, except: string): Promise<{ id: string; areas: string[] }[]> {
    const rows = await this.tx.read('collaboration-pair', { a, b, id: except });
    return rows.map((r) => ({ id: String(r.id), areas: (r.areas ?? []) as string[] }));
  }

  async tiesOf(actorIds: readonly string[]): Promise<TieSectors[]> {
    await this.lock('actor-ties-lock', actorIds);
    return (await this.tx.read('actor-ties', { ids: actorIds })) as unknown as TieSectors[];
  }

  async dependents(actorId: string): Promise<Dependents | null> {
    const [row] = await this.tx.read('actor-dependents', { id: actorId });
    return (row as unknown as Dependents | undefined) ?? null;
  }

  async unitsOfThemselves(actorIds: readonly string[]): Promise<string[]> {
    return (await this.tx.read('actors-in-cycle', { ids: actorIds })).map((r) => String(r.id));
  }

  async writeSources(changes: readonly Change<Source>[]): Promise<void> {
    await this.batch('sources-save', changes.map((c) => sourceProps(c.after)));
  }

  /**
   * New nodes with all their properties (plus `extra`, say the ends a CREATE links), then changed
   * nodes with only what differs. Relationships are each caller's own follow-up.
   */
  private async writeNodes<T extends Stamps & { id: string }>(
    queries: { create: QueryName; update: QueryName },
    changes: readonly Change<T>[],
    props: (record: T) => Row,
    extra: (record: T) => Row = () => ({}),
  ): Promise<void> {
    const stamps = (r: T) => ({ createdAt: r.createdAt, updatedAt: r.updatedAt });
    await this.batch(queries.create, creates(changes).map((r) => ({ props: props(r), ...extra(r), ...stamps(r) })));
    await this.batch(
      queries.update,
      updates(changes).map(({ before, after }) => ({ id: after.id, changes: changedProps(props(before), props(after)), ...stamps(after) })),
    );
  }

  async writeActors(changes: readonly Change<Actor>[]): Promise<void> {
    await this.writeNodes({ create: 'actors-create', update: 'actors-update' }, changes, actorProps);
    // After the nodes: a parent may be created in the same batch.
    const reparented = changes.filter((c) => (c.before?.parentId ?? null) !== (c.after.parentId ?? null));
    await this.batch('actors-link-parents', reparented.map((c) => ({ id: c.after.id, parentId: c.after.parentId ?? null })));
  }

  async writeCollaborations(changes: readonly Change<Collaboration>[]): Promise<void> {
    const ends = (c: Collaboration) => ({ source: c.source, target: c.target });
    await this.writeNodes({ create: 'collaborations-create', update: 'collaborations-update' }, changes, collaborationProps, ends);
    const moved = updates(changes).filter(({ before, after }) => before.source !== after.source || before.target !== after.target);
    await this.batch('collaborations-relink', moved.map(({ after }) => ({ id: after.id, ...ends(after) })));
  }

  async writeForums(changes: readonly Change<Forum>[]): Promise<void> {
    await this.writeNodes({ create: 'forums-create', update: 'forums-update' }, changes, forumProps);
    const regrouped = changes.filter((c) => !isDeepStrictEqual(c.before?.members ?? [], c.after.members));
    await this.batch('forums-set-members', regrouped.map((c) => ({ id: c.after.id, members: c.after.members })));
  }

  async setCollaborationTypes(rows: readonly { id: string; type: CollaborationType }[]): Promise<void> {
    await this.batch('collaborations-set-type', rows);
  }

  async deleteActor(id: string): Promise<void> {
    await this.tx.write('actor-delete', { id });
  }

  async deleteCollaboration(id: string): Promise<boolean> {
    return (await this.tx.write('collaboration-delete', { id })).length > 0;
  }

  async deleteForum(id: string): Promise<boolean> {
    return (await this.tx.write('forum-delete', { id })).length > 0;
  }
}

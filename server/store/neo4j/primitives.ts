// The Neo4j store's primitives for the shared write flows (../flow/tx.ts): one named Cypher
// query each, in UNWIND batches, inside the caller's managed transaction. Locks are real here:
// a write to the node (actors-locked.cypher and its siblings) held until the transaction ends.
// Writes are sent without waiting for their answer (Tx.send): the commit waits for them all.
import { isDeepStrictEqual } from 'node:util';
import type { StoredLayout } from '../../domain/layout.ts';
import type { Actor, Collaboration, CollaborationType, Forum, Sector, Source } from '../../domain/schemas.ts';
import type { StoredChange } from '../../domain/changes.ts';
import type { Change, DependentIds, RecordIds, StoreTx, TieSectors, TxContext } from '../flow/tx.ts';
import type { Dependents, Existing } from '../rules/checks.ts';
import type { LayoutNodes } from '../rules/layout.ts';
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
import { recordChange as sendChange } from './changes.ts';
import type { QueryName } from './queries.ts';
import { storedLayout } from './reads.ts';
import type { Row, Tx } from './tx.ts';

const creates = <T>(changes: readonly Change<T>[]): T[] => changes.flatMap((c) => (c.before === null ? [c.after] : []));
const updates = <T>(changes: readonly Change<T>[]): { before: T; after: T }[] =>
  changes.flatMap((c) => (c.before === null ? [] : [{ before: c.before, after: c.after }]));

export class Neo4jTx implements StoreTx {
  readonly context: TxContext;

  constructor(
    private readonly tx: Tx,
    /** Who writes, and the round every query is scoped to (the Tx's scope names the same). */
    context: Omit<TxContext, 'now'>,
  ) {
    this.context = { now: tx.now, ...context };
  }

  /**
   * A record's timestamps for its row, leaving out those equal to the transaction's $now (all of
   * them in an import's creates): the query takes $now instead, turned into a DateTime once rather
   * than parsed per row (bench/README.md, import-stores.ts).
   */
  private stampsOf(record: Stamps): Row {
    const now = this.context.now;
    return {
      ...(record.createdAt === now ? {} : { createdAt: record.createdAt }),
      ...(record.updatedAt === now ? {} : { updatedAt: record.updatedAt }),
    };
  }

  /** Send a write for a batch (without waiting: see Tx.send); an empty batch sends nothing. */
  private batch(name: QueryName, rows: readonly Row[]): void {
    if (rows.length > 0) this.tx.send(name, { rows });
  }

  /** Records by id through one batch query that returns each as `key`. */
  private async byId<T extends { id: string }>(
    name: QueryName,
    key: string,
    ids: readonly string[],
    convert: (props: Row) => T,
  ): Promise<Map<string, T>> {
    const rows = ids.length === 0 ? [] : await this.tx.read(name, { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => convert(r[key] as Row)).map((record) => [record.id, record]));
  }

  sources(ids: readonly string[]): Promise<Map<string, Source>> {
    return this.byId('sources-get', 'source', ids, sourceFromProps);
  }

  lockedActors(ids: readonly string[]): Promise<Map<string, Actor>> {
    return this.byId('actors-locked', 'actor', ids, actorFromProps);
  }

  lockedCollaborations(ids: readonly string[]): Promise<Map<string, Collaboration>> {
    return this.byId('collaborations-locked', 'collaboration', ids, collaborationFromProps);
  }

  lockedForums(ids: readonly string[]): Promise<Map<string, Forum>> {
    return this.byId('forums-locked', 'forum', ids, forumFromProps);
  }

  async existing(actorIds: readonly string[], sourceIds: readonly string[]): Promise<Existing> {
    if (actorIds.length === 0 && sourceIds.length === 0) return { actors: new Map(), sources: new Set() };
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
    return (await this.tx.read('actor-ties', { ids: actorIds })) as unknown as TieSectors[];
  }

  async dependents(actorId: string): Promise<Dependents | null> {
    const [row] = await this.tx.read('actor-dependents', { id: actorId });
    return (row as unknown as Dependents | undefined) ?? null;
  }

  async dependentIds(actorId: string): Promise<DependentIds> {
    const [row] = await this.tx.read('actor-dependent-ids', { id: actorId });
    return (row as unknown as DependentIds | undefined) ?? { collaborations: [], forums: [], units: [] };
  }

  async recordChange(change: StoredChange): Promise<void> {
    await sendChange(this.tx, change);
  }

  async unitsOfThemselves(actorIds: readonly string[]): Promise<string[]> {
    return (await this.tx.read('actors-in-cycle', { ids: actorIds })).map((r) => String(r.id));
  }

  async unnamed(named: RecordIds): Promise<RecordIds> {
    const [row] = await this.tx.read('records-unnamed', { ...named });
    const ids = (kind: keyof RecordIds): string[] => ((row?.[kind] ?? []) as unknown[]).map(String);
    return { sources: ids('sources'), actors: ids('actors'), forums: ids('forums'), collaborations: ids('collaborations') };
  }

  async layoutNodes(ids: { actors: readonly string[]; forums: readonly string[] }): Promise<LayoutNodes> {
    if (ids.actors.length === 0 && ids.forums.length === 0) return { actors: new Set(), forums: new Set() };
    const [row] = await this.tx.read('layout-nodes', { actorIds: [...ids.actors], forumIds: [...ids.forums] });
    return { actors: new Set((row?.actors ?? []) as string[]), forums: new Set((row?.forums ?? []) as string[]) };
  }

  storedLayout(): Promise<StoredLayout | null> {
    return storedLayout(this.tx, 'layout-locked');
  }

  writeSources(changes: readonly Change<Source>[]): void {
    this.batch(
      'sources-save',
      changes.map((c) => sourceProps(c.after)),
    );
  }

  /**
   * New nodes with all their properties, then changed nodes with only what differs.
   * Relationships are each caller's own follow-up.
   */
  private writeNodes<T extends Stamps & { id: string }>(
    queries: { create: QueryName; update: QueryName },
    changes: readonly Change<T>[],
    props: (record: T) => Row,
  ): void {
    this.batch(
      queries.create,
      creates(changes).map((r) => ({ props: props(r), ...this.stampsOf(r) })),
    );
    this.updateNodes(queries.update, changes, props);
  }

  private updateNodes<T extends Stamps & { id: string }>(query: QueryName, changes: readonly Change<T>[], props: (record: T) => Row): void {
    this.batch(
      query,
      updates(changes).map(({ before, after }) => ({
        id: after.id,
        changes: changedProps(props(before), props(after)),
        ...this.stampsOf(after),
      })),
    );
  }

  writeActors(changes: readonly Change<Actor>[]): void {
    this.writeNodes({ create: 'actors-create', update: 'actors-update' }, changes, actorProps);
    // After the nodes: a parent may be created in the same batch.
    const reparented = changes.filter((c) => (c.before?.parentId ?? null) !== (c.after.parentId ?? null));
    this.batch(
      'actors-link-parents',
      reparented.map((c) => ({ id: c.after.id, parentId: c.after.parentId ?? null })),
    );
  }

  async writeCollaborations(changes: readonly Change<Collaboration>[]): Promise<void> {
    await this.createCollaborations(creates(changes));
    this.updateNodes('collaborations-update', changes, collaborationProps);
    const moved = updates(changes).filter(({ before, after }) => before.source !== after.source || before.target !== after.target);
    this.batch(
      'collaborations-relink',
      moved.map(({ after }) => ({ id: after.id, source: after.source, target: after.target })),
    );
  }

  /**
   * New ties with their ends given by position in one list of distinct actor ids, so each end is
   * sought once however many ties it has (collaborations-create.cypher). Awaited: a tie whose end
   * was not found is not created, and that fails the write rather than losing the tie.
   */
  private async createCollaborations(ties: readonly Collaboration[]): Promise<void> {
    if (ties.length === 0) return;
    const positions = new Map<string, number>();
    const at = (id: string): number => {
      const known = positions.get(id);
      if (known !== undefined) return known;
      positions.set(id, positions.size);
      return positions.size - 1;
    };
    const rows = ties.map((tie) => ({ props: collaborationProps(tie), s: at(tie.source), t: at(tie.target), ...this.stampsOf(tie) }));
    const [row] = await this.tx.write('collaborations-create', { actorIds: [...positions.keys()], rows });
    if (row?.created !== rows.length)
      throw new Error(`Neo4j store: ${rows.length} ties to create, ${String(row?.created)} created (an end is missing)`);
  }

  writeForums(changes: readonly Change<Forum>[]): void {
    this.writeNodes({ create: 'forums-create', update: 'forums-update' }, changes, forumProps);
    const regrouped = changes.filter((c) => !isDeepStrictEqual(c.before?.members ?? [], c.after.members));
    this.batch(
      'forums-set-members',
      regrouped.map((c) => ({ id: c.after.id, members: c.after.members })),
    );
  }

  setCollaborationTypes(rows: readonly { id: string; type: CollaborationType }[]): void {
    this.batch('collaborations-set-type', rows);
  }

  deleteActor(id: string): void {
    this.tx.send('actor-delete', { id });
  }

  deleteRecords(ids: RecordIds): void {
    this.tx.send('records-delete', { ...ids });
  }

  async deleteCollaboration(id: string): Promise<boolean> {
    return (await this.tx.write('collaboration-delete', { id })).length > 0;
  }

  async deleteForum(id: string): Promise<boolean> {
    return (await this.tx.write('forum-delete', { id })).length > 0;
  }

  writeLayout(layout: StoredLayout): void {
    this.tx.send('layout-save', { positions: JSON.stringify(layout.positions), savedAt: layout.savedAt });
  }
}

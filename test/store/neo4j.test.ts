// The store contract against the Neo4j adapter on the server from test/setup/neo4j.ts, plus what
// only the Neo4j adapter has: Cypher files loaded by name, the schema init() creates, values that
// must not leak the driver's types, and an outage the driver recovers from. (Concurrent creates
// of one id, once tested here, are a contract case: test/store/contract/concurrency.ts.)
// Note: reset wipes whatever NEO4J_URI points at.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { StoreUnavailableError } from '../../server/errors.ts';
import neo4j from 'neo4j-driver';
import { CYPHER_DIR, CypherFileError, loadCypher } from '../../server/store/neo4j/cypher.ts';
import { mapNeo4jError } from '../../server/store/neo4j/errors.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { QUERY_NAMES } from '../../server/store/neo4j/queries.ts';
import { LEGACY_REF } from '../../server/store/legacy.ts';
import type { GraphStore, Store } from '../../server/store/port.ts';
import { boltAddress, tcpRelay } from '../support/tcp-relay.ts';
import { storeContract } from './contract.ts';
import { actor, CONTRACT_MAPPING, CONTRACT_ROUND, evidence, forum, REPORT, tie } from './contract/fixtures.ts';

const connection = inject('neo4j');

async function makeStore(overrides: Partial<ConstructorParameters<typeof Neo4jStore>[0]> = {}): Promise<Neo4jStore> {
  const store = new Neo4jStore({ ...connection, ...overrides });
  await store.init();
  return store;
}

storeContract(
  'neo4j',
  () => makeStore(),
  (store: Store) => (store as Neo4jStore).wipe(),
);

/** True when the value is JSON-like data: no class instances (Integer, DateTime, Node, …). */
function plainPaths(value: unknown, path = '$'): string[] {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => plainPaths(v, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([k, v]) => plainPaths(v, `${path}.${k}`));
  }
  return [`${path}: ${Object.prototype.toString.call(value)} ${(value as object).constructor?.name ?? ''}`];
}

/** A mapping with one empty round in it, as the contract makes. */
async function withRound(root: Store): Promise<GraphStore> {
  await root.createMapping(CONTRACT_MAPPING);
  await root.createRound(CONTRACT_MAPPING.id, {
    id: CONTRACT_ROUND.round,
    label: '2019',
    observedOn: '2019',
    sources: [],
    kind: 'observed',
  });
  return root.round(CONTRACT_ROUND);
}

describe('Neo4jStore only', () => {
  let root: Neo4jStore;
  let store: GraphStore;
  beforeAll(async () => {
    root = await makeStore();
  });
  beforeEach(async () => {
    await root.wipe();
    store = await withRound(root);
  });
  afterAll(() => root.close());

  describe('Cypher files', () => {
    it('a query file that is missing stops start-up, naming the file', () => {
      const dir = mkdtempSync(join(tmpdir(), 'samverkan-cypher-'));
      try {
        cpSync(CYPHER_DIR, dir, { recursive: true });
        rmSync(join(dir, 'actor-get.cypher'));
        rmSync(join(dir, 'meta-bump.cypher'));
        expect(() => new Neo4jStore({ ...connection, cypherDir: dir })).toThrow(CypherFileError);
        expect(() => new Neo4jStore({ ...connection, cypherDir: dir })).toThrow(/meta-bump\.cypher, actor-get\.cypher/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('every name the adapter uses has a file, and every file is used', () => {
      expect(() => loadCypher(QUERY_NAMES)).not.toThrow();
      const files = readdirSync(CYPHER_DIR)
        .filter((f) => f.endsWith('.cypher'))
        .map((f) => f.replace(/\.cypher$/, ''));
      expect(files.sort()).toEqual([...QUERY_NAMES].sort());
    });
  });

  describe('schema', () => {
    it('init creates a uniqueness constraint for every key (ids per round) and the filter indexes, drops the old name index; a second init is fine', async () => {
      // The text index an earlier release created: init must remove it from an existing database.
      const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
      try {
        await driver.executeQuery('CREATE TEXT INDEX actor_search_name IF NOT EXISTS FOR (a:Actor) ON (a.searchName)');
      } finally {
        await driver.close();
      }
      await root.init();
      const other = await makeStore();
      await other.close();
      const { constraints, indexes } = await root.schema();
      const unique = constraints
        .filter((c) => c.type === 'UNIQUENESS')
        .map((c) => `${String(c.label)}.${(c.properties as string[]).join('+')}`);
      expect(unique.sort()).toEqual([
        'Actor.mappingId+roundId+id',
        'Change.id',
        'Collaboration.mappingId+roundId+id',
        'Forum.mappingId+roundId+id',
        'Layout.mappingId+roundId',
        'Mapping.id',
        'Meta.key',
        'Round.mappingId+id',
        'Source.mappingId+roundId+id',
      ]);
      const indexed = indexes.map((i) => `${String(i.label)}.${(i.properties as string[]).join('+')}`);
      expect(indexed).toEqual(
        expect.arrayContaining([
          'Actor.mappingId+roundId',
          'Collaboration.mappingId+roundId',
          'Forum.mappingId+roundId',
          'Source.mappingId+roundId',
          'Actor.sector',
          'Collaboration.status',
          'Collaboration.type',
          'Change.mappingId+roundId+id',
          'Change.entityId',
          'Change.who',
        ]),
      );
      // No query seeks by searchName (schema.cypher says why): an index there would only slow writes.
      expect(indexed).not.toContain('Actor.searchName');
    });
  });

  describe('values at the boundary', () => {
    it('no Neo4j Integer, DateTime or other driver object in any returned value', async () => {
      const result = await store.importDataset({
        sources: [{ ...REPORT, publisher: 'Högskolan Väst' }],
        actors: [actor('kommunen', 'municipal', { evidence: [evidence()] }), actor('polisen', 'state', { parentId: 'kommunen' })],
        forums: [forum('gruppen', [{ actorId: 'polisen', role: 'lead' }])],
        collaborations: [tie('k-p', 'kommunen', 'polisen', { strength: 3, since: '2016', areas: ['crime'] })],
      });
      const page = { limit: 10 };
      const returned: unknown[] = [
        result,
        await store.version(),
        await store.snapshot(),
        await store.listSources(),
        await store.getSource(REPORT.id),
        await store.listActors({ q: 'kommun' }, page),
        await store.getActor('polisen'),
        await store.listCollaborations({ actor: 'kommunen' }, page),
        await store.getCollaboration('k-p'),
        await store.listForums({ actor: 'polisen' }, page),
        await store.getForum('gruppen'),
        await store.putMember('gruppen', 'kommunen', 'member'),
        await store.updateCollaboration('k-p', (c) => ({ ...c, strength: 2 })),
        await store.putActor(actor('skolan')),
        await store.putSource({ ...REPORT, year: 2020 }),
      ];
      expect(returned.flatMap((v) => plainPaths(v))).toEqual([]);
      const snapshot = await store.snapshot();
      expect(typeof snapshot.version).toBe('number');
      expect(snapshot.sources[0]?.year).toBe(2020);
      expect(snapshot.collaborations[0]?.strength).toBe(2);
      expect(snapshot.actors[0]?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });
  });

  describe('query plans', () => {
    // Reads of the whole graph or of a filtered page scan by design; everything else a write or
    // a single read runs must find its nodes through an index, or it slows down as the graph grows.
    // A round's lists and snapshot seek the round's records through the (mappingId, roundId) index.
    const WHOLE_GRAPH = new Set([
      'schema',
      'schema-show',
      'schema-indexes',
      'ping',
      'wipe',
      'clear',
      'mapping-list',
      'round-latest-observed',
      'legacy-adopt',
    ]);
    /** Queries that only CREATE: they read no node, so they have nothing to seek. */
    const CREATE_ONLY = new Set(['actors-create', 'forums-create', 'change-create']);
    const operators = (plan: { operatorType: string; children?: unknown[] }): string[] => [
      plan.operatorType.replace(/@.*$/, ''),
      ...(plan.children ?? []).flatMap((child) => operators(child as typeof plan)),
    ];

    it('every query a write or a single read runs uses an index seek, never a label or full scan', async () => {
      const queries = loadCypher(QUERY_NAMES);
      const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
      const session = driver.session();
      const found: Record<string, string[]> = {};
      try {
        for (const name of QUERY_NAMES.filter((n) => !WHOLE_GRAPH.has(n))) {
          const plan = (await session.run(`EXPLAIN ${queries[name]}`)).summary.plan;
          if (plan === false) throw new Error(`no plan for ${name}`);
          found[name] = operators(plan).filter((op) => /Seek|Scan/.test(op));
        }
      } finally {
        await session.close();
        await driver.close();
      }
      const misses = Object.entries(found).filter(
        ([name, ops]) =>
          ops.some((op) => /Scan/.test(op)) || (!CREATE_ONLY.has(name) && !ops.some((op) => /^Node(Unique)?IndexSeek/.test(op))),
      );
      expect(misses).toEqual([]);
      expect(Object.keys(found)).toEqual(
        expect.arrayContaining(['actors-locked', 'collaborations-locked', 'forums-locked', 'collaboration-pair', 'meta-bump']),
      );
    });
  });

  describe('per-round reads', () => {
    /** Operators of a profiled query that ran on data, as it ran. */
    async function profile(query: string, params: Record<string, unknown>): Promise<string[]> {
      const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
      const session = driver.session();
      try {
        const { profile: plan } = (await session.run(`PROFILE ${query}`, params)).summary;
        if (plan === false) throw new Error('no profile');
        const walk = (p: { operatorType: string; children: unknown[] }): string[] => [
          p.operatorType.replace(/@.*$/, ''),
          ...p.children.flatMap((c) => walk(c as typeof p)),
        ];
        return walk(plan);
      } finally {
        await session.close();
        await driver.close();
      }
    }

    it('the hot per-round queries (snapshot lists, pages, one record) run as index seeks on data of several rounds', async () => {
      await store.importDataset({
        sources: [REPORT],
        actors: [actor('kommunen'), actor('polisen', 'state'), actor('foreningen', 'civil_society')],
        forums: [forum('gruppen', [{ actorId: 'polisen', role: 'lead' }])],
        collaborations: [tie('k-p', 'kommunen', 'polisen'), tie('k-f', 'kommunen', 'foreningen', { status: 'desired' })],
      });
      await root.createRound(CONTRACT_MAPPING.id, {
        id: '2024',
        label: '2024',
        observedOn: '2024',
        sources: [],
        kind: 'observed',
        copyFrom: '2019',
      });
      const queries = loadCypher(QUERY_NAMES);
      const scope = { mappingId: CONTRACT_MAPPING.id, roundId: '2024' };
      const page = { after: null, limit: neo4j.int(10) };
      for (const [name, params] of [
        ['actor-all', {}],
        ['collaboration-all', {}],
        ['forum-all', {}],
        ['source-list', {}],
        ['actor-list', { ...page, sector: null, area: null, q: null }],
        ['collaboration-list', { ...page, actor: null, type: null, status: null, area: null }],
        ['actor-get', { id: 'kommunen' }],
        ['round-get', {}],
      ] as const) {
        const ops = await profile(queries[name], { ...scope, ...params });
        expect({ name, scans: ops.filter((op) => /Scan/.test(op)) }).toEqual({ name, scans: [] });
        expect(ops.some((op) => /^Node(Unique)?IndexSeek/.test(op))).toBe(true);
      }
    });
  });

  describe('migration', () => {
    it('a graph written by the release before mappings becomes trollhattan-segregation/2019 on start, once', async () => {
      await root.wipe();
      // The old shape: records without mappingId/roundId, the version on graph counters.
      const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
      const session = driver.session();
      try {
        await session.run(`
          CREATE (:Meta {key: 'graph', version: 7})
          CREATE (:Source {id: 'rapporten', title: 'Rapporten', authors: ['A'], year: 2019})
          CREATE (k:Actor {id: 'kommunen', name: 'Kommunen', searchName: 'kommunen', sector: 'municipal', areas: [], neighbourhoods: [],
                           targetGroups: [], evidence: '[]', createdAt: datetime(), updatedAt: datetime()})
          CREATE (p:Actor {id: 'polisen', name: 'Polisen', searchName: 'polisen', sector: 'state', areas: [], neighbourhoods: [],
                           targetGroups: [], evidence: '[]', createdAt: datetime(), updatedAt: datetime()})
          CREATE (k)<-[:SOURCE]-(:Collaboration {id: 'k-p', type: 'municipal_state', status: 'desired', areas: [], forms: [],
                  directed: false, neighbourhoods: [], evidence: '[]', createdAt: datetime(), updatedAt: datetime()})-[:TARGET]->(p)`);
      } finally {
        await session.close();
        await driver.close();
      }
      const migrated = await makeStore();
      try {
        expect((await migrated.listMappings()).map((m) => m.id)).toEqual([LEGACY_REF.mapping]);
        expect(await migrated.listRounds(LEGACY_REF.mapping)).toEqual([
          expect.objectContaining({ id: '2019', kind: 'observed', observedOn: '2019', sources: ['rapporten'], version: 7 }),
        ]);
        const graph = migrated.round(LEGACY_REF);
        const snapshot = await graph.snapshot();
        expect(snapshot.actors.map((a) => a.id)).toEqual(['kommunen', 'polisen']);
        expect(snapshot.collaborations.map((c) => [c.id, c.source, c.target, c.status])).toEqual([
          ['k-p', 'kommunen', 'polisen', 'desired'],
        ]);
        await graph.deleteCollaboration('k-p');
        await migrated.init(); // a second start adopts nothing and makes no second round
        expect(await migrated.listRounds(LEGACY_REF.mapping)).toHaveLength(1);
        expect((await graph.snapshot()).collaborations).toEqual([]);
      } finally {
        await migrated.close();
      }
    });
  });

  describe('deadlocks', () => {
    /** Two transactions that each lock one node and then wait for the other's: Neo4j picks one to fail. */
    async function realDeadlock(): Promise<unknown> {
      const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
      const [first, second] = [driver.session(), driver.session()];
      try {
        await first.run("CREATE (:Actor {id: 'l1'}), (:Actor {id: 'l2'})");
        const [t1, t2] = [first.beginTransaction(), second.beginTransaction()];
        const lock = 'MATCH (a:Actor {id: $id}) SET a._lock = true REMOVE a._lock';
        await t1.run(lock, { id: 'l1' });
        await t2.run(lock, { id: 'l2' });
        const outcomes = await Promise.allSettled([t1.run(lock, { id: 'l2' }), t2.run(lock, { id: 'l1' })]);
        await Promise.allSettled([t1.rollback(), t2.rollback()]);
        return outcomes.find((o) => o.status === 'rejected')?.reason;
      } finally {
        await Promise.allSettled([first.close(), second.close()]);
        await driver.close();
      }
    }

    it('a deadlock the driver could not retry away is a 503 without Neo4j’s words, never a 500', async () => {
      const error = await realDeadlock();
      expect((error as { code?: string }).code).toBe('Neo.TransientError.Transaction.DeadlockDetected');
      const mapped = mapNeo4jError(error);
      expect(mapped).toBeInstanceOf(StoreUnavailableError);
      expect((mapped as Error).message).not.toMatch(/Neo\.|Forseti|lock/i);
    });
  });

  describe('outages', () => {
    it('an unreachable server is StoreUnavailableError from ping and operations; the same store recovers', async () => {
      const link = tcpRelay(boltAddress(connection.uri));
      await link.up();
      const port = link.port();
      const relayedRoot = await makeStore({ uri: `bolt://127.0.0.1:${port}`, maxRetryTimeMs: 1_000 });
      const relayed = relayedRoot.round(CONTRACT_ROUND);
      try {
        await relayed.createActor(actor('kommunen'));
        await link.down();
        await expect(relayedRoot.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(relayed.getActor('kommunen')).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(relayed.createActor(actor('polisen', 'state'))).rejects.toBeInstanceOf(StoreUnavailableError);
        await link.up(port);
        await relayedRoot.ping();
        expect((await relayed.getActor('kommunen'))?.id).toBe('kommunen');
        await relayed.createActor(actor('polisen', 'state'));
      } finally {
        await relayedRoot.close();
        await link.down();
      }
    });

    it('a server nobody listens on is StoreUnavailableError, quickly', async () => {
      const probe = createServer();
      const port = await new Promise<number>((resolve) =>
        probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)),
      );
      await new Promise((resolve) => probe.close(resolve));
      const nowhere = new Neo4jStore({ ...connection, uri: `bolt://127.0.0.1:${port}`, maxRetryTimeMs: 500 });
      try {
        await expect(nowhere.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(nowhere.listMappings()).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(nowhere.init()).rejects.toBeInstanceOf(StoreUnavailableError);
      } finally {
        await nowhere.close();
      }
    });

    it('wrong credentials are StoreUnavailableError too, without the server message', async () => {
      const locked = new Neo4jStore({ ...connection, password: 'not-the-password', maxRetryTimeMs: 500 });
      try {
        await expect(locked.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
        const error = await locked.listMappings().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect((error as Error).message).not.toMatch(/auth|password|Neo\./i);
      } finally {
        await locked.close();
      }
    });
  });
});

describe('scripts/neo4j/neo4j-local.mjs', () => {
  it('without java it fails saying what to install, or to set NEO4J_URI', () => {
    const script = fileURLToPath(new URL('../../scripts/neo4j/neo4j-local.mjs', import.meta.url));
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import(${JSON.stringify(script)}).then((m) => m.startNeo4j()).catch((e) => { console.error(e.message); process.exit(3); })`,
      ],
      { env: { PATH: '/nonexistent' }, encoding: 'utf8' },
    );
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/java is missing/);
    expect(run.stderr).toMatch(/apt-get install openjdk-17-jre-headless maven/);
    expect(run.stderr).toMatch(/NEO4J_URI/);
  });
});

// The Neo4j adapter's queries find what they touch by an index seek, never by scanning a label,
// an index or a relationship type: with a few rounds of thousands of records, one scan per write
// turned an unchanged re-import of 5 000 rows into a minute (bench/store-writes.ts). The plans are
// read after an import, because the planner chooses by the statistics it has then.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Dataset } from '../../server/domain/inputs.ts';
import { loadCypher } from '../../server/store/neo4j/cypher.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { QUERY_NAMES, type QueryName } from '../../server/store/neo4j/queries.ts';
import { syntheticDataset } from '../http/synthetic-dataset.ts';
import { CONTRACT_MAPPING, CONTRACT_ROUND } from './contract/fixtures.ts';

/** Queries that must look at everything, each for its reason. */
const SCANS_ALLOWED: Partial<Record<QueryName, string>> = {
  wipe: 'tests only: deletes every node',
  clear: 'deletes every mapping and round',
  'mapping-list': 'lists every mapping (a handful of nodes)',
  'round-latest-observed': 'finds the oldest mapping among every mapping (a handful of nodes)',
  'legacy-adopt': 'migration, once: finds records without a mapping, which no index holds',
};

/** A value for every parameter any query takes: EXPLAIN plans without running. */
const ids = Array.from({ length: 50 }, (_, i) => `a${i}`);
const PARAMETERS = {
  mappingId: CONTRACT_ROUND.mapping,
  roundId: CONTRACT_ROUND.round,
  to: 'copy',
  id: 'a1',
  ids,
  actorIds: ids,
  sourceIds: ['s1'],
  rows: [],
  a: 'a1',
  b: 'a2',
  actor: null,
  area: null,
  after: null,
  q: null,
  type: null,
  status: null,
  sector: null,
  props: {},
  now: '2026-12-03T00:00:00.000Z',
  slot: neo4j.int(0),
  limit: neo4j.int(50),
  statuses: ['desired'],
  sources: ['s1'],
  actors: ids,
  forums: ['f1'],
  collaborations: ['t1'],
};

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType, ...plan.children.flatMap(operators)];
}

describe('Neo4j query plans', () => {
  const connection = inject('neo4j');
  const queries = loadCypher(QUERY_NAMES);
  let store: Neo4jStore;
  let driver: Driver;

  beforeAll(async () => {
    store = new Neo4jStore(connection);
    await store.init();
    await store.wipe();
    await store.init();
    await store.createMapping(CONTRACT_MAPPING);
    await store.createRound(CONTRACT_MAPPING.id, {
      id: CONTRACT_ROUND.round,
      label: 'base',
      observedOn: '2019',
      sources: [],
      kind: 'observed',
    });
    await store.round(CONTRACT_ROUND).importDataset(Dataset.parse(syntheticDataset(400, 1600)));
    await store.createRound(CONTRACT_MAPPING.id, {
      id: 'copy',
      label: 'copy',
      observedOn: '2024',
      sources: [],
      kind: 'observed',
      copyFrom: CONTRACT_ROUND.round,
    });
    driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  }, 180_000);

  afterAll(async () => {
    await driver?.close();
    await store?.wipe();
    await store?.close();
  });

  const planned = QUERY_NAMES.filter((name) => !name.startsWith('schema') && SCANS_ALLOWED[name] === undefined);

  it.each(planned)('%s seeks by index, scanning nothing', async (name) => {
    const session = driver.session();
    try {
      const result = await session.run(`EXPLAIN ${queries[name]}`, PARAMETERS);
      const plan = result.summary.plan;
      expect(plan).not.toBe(false);
      const scans = operators(plan as unknown as PlanNode).filter((op) => /Scan/.test(op));
      expect(scans, `${name} scans`).toEqual([]);
    } finally {
      await session.close();
    }
  });

  // A round's snapshot (10k actors, 50k ties) is read in id order from the round's key index, which
  // yields its records in that order already: a sort there cost the server for every read (bench/README.md, compare.ts).
  it.each(['actor-all', 'collaboration-all'] as const)('%s reads the round in key order, sorting nothing', async (name) => {
    const session = driver.session();
    try {
      const result = await session.run(`EXPLAIN ${queries[name]}`, PARAMETERS);
      const sorts = operators(result.summary.plan as unknown as PlanNode).filter((op) => /Sort|Top/.test(op));
      expect(sorts, `${name} sorts`).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

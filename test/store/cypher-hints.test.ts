// Every lookup of one record by its key in cypher/ names the key's unique index (USING INDEX SEEK).
// After a bulk import Neo4j's planner sometimes preferred the round's index and filtered it by id:
// a seek, so test/store/plans-neo4j.test.ts sees no scan, yet one read per id of the whole round
// (an unchanged re-import of 5 000 rows took a minute). MERGE takes no hints; it is left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../server/store/neo4j/cypher.ts';

/** A node pattern that gives a record's whole key: mapping, round and id. */
const KEYED = /(MERGE\s+)?\((\w*):(\w+) \{mappingId: [^,}\n]+, roundId: [^,}\n]+, id: [^}\n]+\}\)/g;

function unhinted(text: string): string[] {
  const code = text.replace(/\/\/.*$/gm, '');
  return [...code.matchAll(KEYED)].flatMap(([pattern, merge, variable, label]) => {
    if (merge) return [];
    if (!variable) return [`${pattern} (name it to hint it)`];
    return code.includes(`USING INDEX SEEK ${variable}:${label}(mappingId, roundId, id)`) ? [] : [pattern];
  });
}

describe('Cypher key lookups', () => {
  const files = readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher'));

  it.each(files)('%s hints the key index for every keyed MATCH', (file) => {
    expect(unhinted(readFileSync(join(CYPHER_DIR, file), 'utf8'))).toEqual([]);
  });

  it('finds an unhinted lookup', () => {
    expect(unhinted('MATCH (a:Actor {mappingId: $m, roundId: $r, id: $id}) RETURN a')).toHaveLength(1);
    expect(unhinted('MATCH (:Actor {mappingId: $m, roundId: $r, id: $id}) RETURN 1')).toHaveLength(1);
    expect(unhinted('MATCH (a:Actor {mappingId: $m, roundId: $r, id: $id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)')).toEqual([]);
  });
});

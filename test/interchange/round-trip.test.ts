// Round trips: the seed round → each export format → parseImport → the same dataset. Every
// format carries every field (sources ride along as a graph attribute in the graph formats),
// so the comparison is the whole dataset, ids, attributes, ties and evidence included.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphSnapshot } from '../../server/store/port.ts';
import { serializeGraph } from '../../server/graph/serialize.ts';
import { EXPORT_FORMATS, exportBytes, exportSnapshot } from '../../server/interchange/export/formats.ts';
import { parseImport } from '../../server/interchange/parse-import.ts';
import { datasetOfSnapshot, seedSnapshot } from './seed-snapshot.ts';

let snapshot: GraphSnapshot;
beforeAll(async () => {
  snapshot = await seedSnapshot();
});

const EXPECTED_FORMAT = {
  xlsx: 'xlsx',
  csv: 'csv-zip',
  graphml: 'graphml',
  gexf: 'gexf',
  json: 'json',
  'node-link': 'node-link',
  cytoscape: 'cytoscape',
} as const;

describe('export → import round trip of the seed round', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format} gives back the same dataset`, async () => {
      const file = exportSnapshot(snapshot, format);
      const bytes = await exportBytes(file);
      const parsed = await parseImport(bytes, `trollhattan.${file.extension}`);
      expect(parsed.problems).toEqual({ listed: [], total: 0 });
      expect(parsed.format).toBe(EXPECTED_FORMAT[format]);
      expect(parsed.dataset).toEqual(datasetOfSnapshot(snapshot));
      expect(parsed.attributes).toEqual({ actors: {}, ties: {}, forums: {} });
    });
  }
});

describe('export → import round trip of a round with empty sheets', () => {
  // Without forums, evidence or sources the last sheets hold a header only, and an XLSX of inline
  // strings has no shared-strings part: exceljs once lost the last sheet of such a workbook.
  it('every format gives back the same actors and ties, and nothing more', async () => {
    const bare: GraphSnapshot = {
      ...snapshot,
      sources: [],
      forums: [],
      actors: snapshot.actors.map((a) => ({ ...a, evidence: [] })),
      collaborations: snapshot.collaborations.map((c) => ({ ...c, evidence: [] })),
    };
    for (const format of EXPORT_FORMATS) {
      const file = exportSnapshot(bare, format);
      const parsed = await parseImport(await exportBytes(file), `bare.${file.extension}`);
      expect(parsed.problems, format).toEqual({ listed: [], total: 0 });
      expect(parsed.dataset, format).toEqual(datasetOfSnapshot(bare));
    }
  });
});

describe('/api/graph JSON', () => {
  it('imports back to the same actors, ties, forums and memberships (it carries no sources)', async () => {
    const graph = serializeGraph(snapshot);
    const parsed = await parseImport(new TextEncoder().encode(JSON.stringify(graph)), 'graph.json');
    expect(parsed.problems.listed).toEqual([]);
    expect(parsed.format).toBe('json');
    expect(parsed.dataset).toEqual({ ...datasetOfSnapshot(snapshot), sources: [] });
  });
});

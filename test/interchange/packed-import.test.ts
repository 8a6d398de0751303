// The dataset a worker sends back as one JSON buffer comes out as the records it read.
import { describe, expect, it } from 'vitest';
import { packImport, unpackImport } from '../../server/interchange/packed-import.ts';
import { parseImport } from '../../server/interchange/parse-import.ts';
import { KUMU_SHEETS, utf8, workbook } from './files.ts';

describe('packed import', () => {
  it('gives back the same dataset, report and attributes, and moves the dataset as one buffer', async () => {
    const parsed = await parseImport(await workbook(KUMU_SHEETS), 'kumu.xlsx');
    expect(parsed.dataset?.collaborations.length).toBeGreaterThan(0);
    const packed = packImport(parsed);
    expect(packed.dataset).toBeInstanceOf(Uint8Array);
    // As the worker moves it: the buffer is transferred, not copied.
    const buffer = packed.dataset?.buffer as ArrayBuffer;
    const moved = structuredClone(packed, { transfer: [buffer] });
    expect(buffer.byteLength).toBe(0);
    expect(unpackImport(moved)).toStrictEqual(parsed);
  });

  it('keeps a file with problems without a dataset, its problems listed', async () => {
    const parsed = await parseImport(utf8('name,sector\nPolisen,nonsense\n'), 'actors.csv');
    expect(parsed.dataset).toBeNull();
    const back = unpackImport(packImport(parsed));
    expect(back).toStrictEqual(parsed);
    expect(back.problems.total).toBeGreaterThan(0);
  });
});

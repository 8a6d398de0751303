// Screenshots of a running explorer for the notes that compare two versions (issue #12's before
// and after): the first view, an ego view (an actor's 1-step neighbourhood) and the gaps view, at
// 1440×900, each once the layout has stopped and the labels are placed. They are written as small
// RGB PNGs (colours rounded to 6 bits a channel, which a map does not show) to keep in the repository.
//   npx tsx test/e2e/screenshots.ts http://127.0.0.1:8080 docs/screenshots after
// writes docs/screenshots/after-first.png, after-ego.png and after-gaps.png. Works against older
// versions of the explorer too: it only reads the test hook's `ready` and `layoutRunning`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch, pngPixels } from './harness.ts';

export const VIEWS = {
  first: '/',
  ego: '/?actor=arbetsmarknads-och-socialforvaltningen&ego=1',
  gaps: '/?gaps=civil_society',
} as const;

/** The part of the explorer's test hook this script reads; older versions lack `labelsPlacing`. */
interface Hook {
  ready?: boolean;
  layoutRunning?: () => boolean;
  stopLayout?: () => void;
  labelsPlacing?: () => boolean;
}
/** The page's window as this script reads it (the predicates run in the page: no helpers there). */
type Hooked = { __samverkan?: Hook };

/** Waits for the explorer, then for its layout to stop (stopping it after 20 s) and its labels. */
async function atRest(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Hooked).__samverkan?.ready === true, null, { timeout: 30_000 });
  await page
    .waitForFunction(() => (window as unknown as Hooked).__samverkan?.layoutRunning?.() === false, null, { timeout: 20_000 })
    .catch(() => page.evaluate(() => (window as unknown as Hooked).__samverkan?.stopLayout?.()));
  // The camera's fit animates; let it end and the last frame draw.
  await page.waitForTimeout(1_000);
  await page.waitForFunction(() => (window as unknown as Hooked).__samverkan?.labelsPlacing?.() !== true, null, { timeout: 10_000 });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0, 8 + data.length);
  return out;
}

/**
 * An RGB PNG of the pixels with colours rounded to 6 bits a channel, each row filtered with
 * the PNG filter that leaves the smallest residues (Sub, Up or Paeth) and deflated at level 9.
 */
function smallPng(width: number, height: number, rgba: Buffer): Buffer {
  const stride = width * 3;
  const rgb = Buffer.alloc(stride * height);
  for (let i = 0, j = 0; i < rgba.length; i += 4) for (let c = 0; c < 3; c++) rgb[j++] = rgba[i + c]! & 0xfc;
  const paeth = (a: number, b: number, c: number) => {
    const p = a + b - c;
    const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
  };
  const filtered = Buffer.alloc((stride + 1) * height);
  const row = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    let best: [number, number] = [-1, Number.POSITIVE_INFINITY];
    for (const filter of [1, 2, 4]) {
      let cost = 0;
      for (let x = 0; x < stride; x++) {
        const i = y * stride + x;
        const left = x >= 3 ? rgb[i - 3]! : 0;
        const up = y > 0 ? rgb[i - stride]! : 0;
        const corner = x >= 3 && y > 0 ? rgb[i - stride - 3]! : 0;
        const predicted = filter === 1 ? left : filter === 2 ? up : paeth(left, up, corner);
        row[x] = (rgb[i]! - predicted) & 0xff;
        cost += row[x]! < 128 ? row[x]! : 256 - row[x]!;
      }
      if (cost < best[1]) {
        best = [filter, cost];
        filtered[y * (stride + 1)] = filter;
        row.copy(filtered, y * (stride + 1) + 1);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filtered, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function main(): Promise<void> {
  const [base, outDir, prefix] = process.argv.slice(2);
  if (!base || !outDir || !prefix) throw new Error('usage: npx tsx test/e2e/screenshots.ts <explorer url> <folder> <name prefix>');
  mkdirSync(outDir, { recursive: true });
  const browser = await launch();
  try {
    for (const [name, path] of Object.entries(VIEWS)) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(new URL(path, base).href);
      await atRest(page);
      const file = join(outDir, `${prefix}-${name}.png`);
      const { width, height, rgba } = await pngPixels(browser, await page.screenshot());
      writeFileSync(file, smallPng(width, height, rgba));
      console.log(file);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();

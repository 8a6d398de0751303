// The three views issue #12 was judged on (the first view, an ego view, the gaps view) at both
// viewport sizes, kept under test/artifacts/ for a person to look at: after-*.png.
import { describe, expect, it } from 'vitest';
import { openExplorer, screenshot, useExplorer } from './harness.ts';

const session = useExplorer();

const VIEWS = [
  ['first-view', '/'],
  ['ego-view', '/?actor=polisen&ego=1'],
  ['gaps-view', '/?gaps=civil_society'],
] as const;

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
];

describe('review screenshots', () => {
  for (const size of SIZES) {
    it(`keeps the first, ego and gaps views at ${size.width}×${size.height}`, async () => {
      for (const [name, path] of VIEWS) {
        const page = await openExplorer(session.browser, `${session.url}${path}`, size);
        await page.waitForTimeout(3000);
        const file = await screenshot(page, `after-${name}-${size.width}`);
        expect(file).toContain(name);
        await page.close();
      }
    }, 120_000);
  }
});

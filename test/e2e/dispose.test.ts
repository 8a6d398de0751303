// Taking the explorer down, in real Chromium: after dispose() the layout's web worker is gone,
// every WebGL context sigma made is lost (released to the browser), the map holds no canvas, and
// the explorer reacts to nothing any more (Back no longer changes what it shows).
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, useExplorer } from './harness.ts';

const session = useExplorer();

declare global {
  interface Window {
    __webglContexts?: Array<WebGLRenderingContext | WebGL2RenderingContext>;
  }
}

describe('dispose', () => {
  it('leaves no worker, no WebGL context and no listener behind', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?actor=polisen`, undefined, (p) =>
      // Every WebGL context the page makes is recorded, to ask each afterwards whether it was released.
      p.addInitScript(() => {
        const made: Array<WebGLRenderingContext | WebGL2RenderingContext> = [];
        window.__webglContexts = made;
        const getContext = HTMLCanvasElement.prototype.getContext as (
          this: HTMLCanvasElement,
          type: string,
          options?: unknown,
        ) => RenderingContext | null;
        (HTMLCanvasElement.prototype as unknown as { getContext: typeof getContext }).getContext = function (type, options) {
          const context = getContext.call(this, type, options);
          if (context && type.startsWith('webgl')) made.push(context as WebGLRenderingContext);
          return context;
        };
      }),
    );
    await page.waitForFunction(() => (window.__webglContexts?.length ?? 0) > 0);
    // The seeded first layout's worker may be done already: start the live ForceAtlas2 worker, which
    // keeps running until dispose() stops it.
    await page.waitForFunction(() => window.__samverkan?.ready === true);
    const started = page.waitForEvent('worker');
    await page.evaluate(() => window.__samverkan!.startLayout());
    const worker = await started;
    const closed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
    expect(await page.locator('#map canvas').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__webglContexts!.some((c) => !c.isContextLost()))).toBe(true);

    await page.click('fieldset[data-filter="sectors"] input[value="state"]');
    await hook(page, 'dispose');
    await closed;
    expect(page.workers()).toEqual([]);
    expect(await page.evaluate(() => window.__webglContexts!.every((c) => c.isContextLost()))).toBe(true);
    expect(await page.locator('#map canvas').count()).toBe(0);

    // No subscriber is left: Back changes the address, and the explorer's state stays as it was.
    const before = await hook<{ sectors: string[] }>(page, 'state');
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('sector='));
    expect(await hook<{ sectors: string[] }>(page, 'state')).toEqual(before);
    await page.close();
  });
});

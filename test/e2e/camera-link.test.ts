// A shared link reproduces the sender's picture (issue #12), in real Chromium on the seed: a camera
// moved by hand (wheel, dragging the stage) is written to the link, and the link opened in another
// page shows the same camera and the same pixels; a link without one shows the whole map; a
// selection lets the camera go again. Share says when moved positions are not in the link.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hook, openExplorer, screenshot, useExplorer } from './harness.ts';

const session = useExplorer();
const VIEWPORT = { width: 1440, height: 900 };

interface Camera {
  x: number;
  y: number;
  ratio: number;
}

const cameraOf = (page: Page) =>
  page.evaluate(() => {
    const { x, y, ratio } = window.__samverkan!.renderer.getCamera().getState();
    return { x, y, ratio };
  });

const cameraInLink = (url: string): Camera | null => {
  const raw = new URL(url).searchParams.get('cam');
  if (raw === null) return null;
  const [x, y, ratio] = raw.split(',').map(Number) as [number, number, number];
  return { x, y, ratio };
};

/** A point of the map (page coordinates) at least 40 px from every drawn node, so a press there grabs the stage. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#map').boundingBox())!;
  const spot = await page.evaluate(() => {
    const hook = window.__samverkan!;
    const r = hook.renderer;
    const { width, height } = r.getDimensions();
    const nodes = hook.renderedNodeKeys().map((n) => r.framedGraphToViewport(r.getNodeDisplayData(n)!));
    for (let y = 60; y < height - 60; y += 20)
      for (let x = 60; x < width - 60; x += 20) if (nodes.every((p) => Math.hypot(p.x - x, p.y - y) > 40)) return { x, y };
    return null;
  });
  expect(spot).not.toBeNull();
  return { x: box.x + spot!.x, y: box.y + spot!.y };
}

/** The map's pixels with the pointer off the map (no hover highlight) and every label placed. */
async function mapPixels(page: Page, name: string): Promise<Buffer> {
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => !window.__samverkan!.labelsPlacing());
  await page.waitForTimeout(500);
  await screenshot(page, name);
  return page.locator('#map').screenshot();
}

describe('a link with the camera', () => {
  it('carries a camera moved by hand to another page: the same camera, the same pixels', async () => {
    const sender = await openExplorer(session.browser, `${session.url}/?metric=degree`, VIEWPORT);
    await sender.waitForTimeout(500);
    expect(cameraInLink(sender.url())).toBeNull();
    const entries = await sender.evaluate(() => history.length);
    const box = (await sender.locator('#map').boundingBox())!;
    await sender.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.35);
    for (let i = 0; i < 3; i++) {
      await sender.mouse.wheel(0, -200);
      await sender.waitForTimeout(350);
    }
    const grab = await emptySpot(sender);
    await sender.mouse.move(grab.x, grab.y);
    await sender.mouse.down();
    for (let i = 1; i <= 10; i++) await sender.mouse.move(grab.x + 12 * i, grab.y + 5 * i);
    await sender.mouse.up();
    await sender.waitForTimeout(1200);
    const link = sender.url();
    const sent = cameraInLink(link);
    expect(sent).not.toBeNull();
    expect(sent!.ratio).toBeLessThan(0.6);
    const shown = await cameraOf(sender);
    for (const k of ['x', 'y', 'ratio'] as const) expect(Math.abs(shown[k] - sent![k])).toBeLessThanOrEqual(0.00005);
    // Moving the camera makes no history entry (the address is replaced).
    expect(await sender.evaluate(() => history.length)).toBe(entries);
    const a = await mapPixels(sender, 'camera-link-sender');

    const receiver = await openExplorer(session.browser, link, VIEWPORT);
    const b = await mapPixels(receiver, 'camera-link-receiver');
    const received = await cameraOf(receiver);
    for (const k of ['x', 'y', 'ratio'] as const) expect(Math.abs(received[k] - shown[k])).toBeLessThanOrEqual(0.00005);
    expect(a.equals(b)).toBe(true);
    expect(cameraInLink(receiver.url())).toEqual(sent);

    // A selection fits the camera to it, and the link lets the camera go.
    await receiver.fill('#search-input', 'polisen');
    await receiver.locator('#search-list li[role="option"]', { hasText: 'Polisen' }).click();
    await receiver.waitForFunction(() => !location.search.includes('cam='));
    expect(new URL(receiver.url()).searchParams.get('actor')).toBe('polisen');
    await sender.close();
    await receiver.close();
  });

  it('keeps a camera moved beside a selection, for the receiver too, and Back brings the camera of its entry', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?actor=polisen`, VIEWPORT);
    await page.waitForSelector('#panel:not([hidden])');
    await page.waitForTimeout(700);
    const zoom = async (deltaY: number) => {
      const box = (await page.locator('#map').boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
      await page.mouse.wheel(0, deltaY);
      await page.waitForTimeout(1000);
      return cameraInLink(page.url());
    };
    const first = await zoom(-300);
    expect(first).not.toBeNull();
    expect(new URL(page.url()).searchParams.get('actor')).toBe('polisen');
    const receiver = await openExplorer(session.browser, page.url(), VIEWPORT);
    await receiver.waitForSelector('#panel:not([hidden])');
    await receiver.waitForTimeout(700);
    expect(await cameraOf(receiver)).toEqual(first);
    await receiver.close();

    // A filter is a history entry that keeps the camera; a zoom after it changes only that entry.
    await page.locator('input[name="filter-sectors"][value="state"]').check();
    await page.waitForFunction(() => location.search.includes('sector=state'));
    expect(cameraInLink(page.url())).toEqual(first);
    const second = await zoom(300);
    expect(second).not.toEqual(first);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('sector='));
    expect(cameraInLink(page.url())).toEqual(first);
    expect(await cameraOf(page)).toEqual(first);
    await page.close();
  });

  it('shows the whole map for a link without a camera, and ignores a camera that is no camera', async () => {
    for (const link of ['/', '/?cam=0.5,zero,-2']) {
      const page = await openExplorer(session.browser, `${session.url}${link}`, VIEWPORT);
      await page.waitForTimeout(500);
      expect(await cameraOf(page)).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
      expect(cameraInLink(page.url())).toBeNull();
      const outside = await page.evaluate(() => {
        const hook = window.__samverkan!;
        const r = hook.renderer;
        const { width, height } = r.getDimensions();
        return hook.renderedNodeKeys().filter((n) => {
          const p = r.framedGraphToViewport(r.getNodeDisplayData(n)!);
          return p.x < 0 || p.x > width || p.y < 0 || p.y > height;
        });
      });
      expect(outside).toEqual([]);
      await page.close();
    }
  });
});

describe('Share with positions nobody saved', () => {
  const copyLink = async (page: Page) => {
    const button = page.locator('.menu-items button', { hasText: /Copy link|Link copied|Kopiera länk/ });
    if (!(await button.isVisible())) await page.locator('#share-summary').click();
    await button.click();
  };

  it('copies the link and says nothing more while the positions are the saved ones', async () => {
    const page = await openExplorer(session.browser, session.url, VIEWPORT);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
    await copyLink(page);
    await page.locator('.menu-items button', { hasText: 'Link copied' }).waitFor();
    expect(await page.locator('#share-note').isHidden()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.close();
  });

  it('says that dragged positions are not in the link, until the layout is saved', async () => {
    const page = await openExplorer(session.browser, session.url, VIEWPORT);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
    const at = await page.evaluate(() => {
      const r = window.__samverkan!.renderer;
      return r.graphToViewport(r.getGraph().getNodeAttributes('polisen') as { x: number; y: number });
    });
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + at.x + 10 * i, box.y + at.y + 4 * i);
    await page.mouse.up();
    // Dragging a node moved the node, not the camera: the link holds none.
    await page.waitForTimeout(500);
    expect(cameraInLink(page.url())).toBeNull();
    await copyLink(page);
    const note = page.locator('#share-note');
    await note.waitFor();
    expect(await note.textContent()).toBe('Positions moved since the last save are not in the link — Save layout first.');
    await screenshot(page, 'camera-link-share-unsaved');

    await page.locator('#save-layout').click();
    await page.locator('#confirm-save-layout').click();
    await page.locator('#edit-dialog').waitFor({ state: 'hidden' });
    await copyLink(page);
    await page.waitForTimeout(200);
    expect(await note.isHidden()).toBe(true);
    await page.close();
  });

  it('says so in Swedish after Run layout', async () => {
    const page = await openExplorer(session.browser, `${session.url}/?lang=sv`, VIEWPORT);
    await page.locator('#layout-toggle').click();
    await page.waitForTimeout(300);
    await page.locator('#layout-toggle').click();
    expect(await hook<boolean>(page, 'layoutRunning')).toBe(false);
    await copyLink(page);
    const note = page.locator('#share-note');
    await note.waitFor();
    expect(await note.textContent()).toBe('Positioner som flyttats sedan layouten sparades finns inte i länken – spara layouten först.');
    await page.close();
  });
});

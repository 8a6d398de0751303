// End-to-end harness: builds the client once with Vite into a temporary folder, starts the
// real app on a temporary embedded store loaded with the seed dataset, and drives Debian's
// Chromium through playwright-core. Nothing is downloaded; a missing Chromium fails loudly.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');

const SEED = join(ROOT, 'seed', 'trollhattan-2019.json');
const FALLBACK = join(ROOT, 'test', 'fixtures', 'small-dataset.json');

export function datasetPath(): string {
  return existsSync(SEED) ? SEED : FALLBACK;
}

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`e2e: no Chromium at ${CHROMIUM}; install Debian's package: apt-get update && apt-get install -y chromium`);
  }
}

let built: Promise<string> | null = null;

/** Builds the client once per process into a temporary outDir. */
export function buildClient(): Promise<string> {
  built ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'samverkan-client-'));
    await build({ configFile: join(ROOT, 'client', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    return outDir;
  })();
  return built;
}

// The server is loaded by path rather than by import statement: this file is type-checked with
// the client's (bundler) settings, and the server's modules are checked by the root tsconfig.
interface AppLike {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
  server: { address(): unknown };
}
interface StoreLike {
  init(): Promise<void>;
}
const server = <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, path)).href) as Promise<T>;

export interface Running {
  app: AppLike;
  url: string;
  close(): Promise<void>;
}

/** A named key with a role, as SAMVERKAN_API_KEYS configures it (server/access.ts). */
export interface KeyOption {
  name: string;
  key: string;
  role: 'read' | 'write' | 'admin';
  mappings: string[];
}

export interface AppOptions {
  /** One write key named `default` (SAMVERKAN_API_KEY). */
  apiKey?: string;
  keys?: KeyOption[];
}

export async function startApp(options: AppOptions = {}): Promise<Running> {
  const clientRoot = await buildClient();
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-e2e-'));
  const { buildApp } = await server<{
    buildApp(o: { store: StoreLike; clientRoot: string; apiKey?: string | undefined; keys?: KeyOption[] | undefined }): Promise<AppLike>;
  }>('server/app.ts');
  const { EmbeddedStore } = await server<{ EmbeddedStore: new (o: { file: string }) => StoreLike }>(
    'server/store/embedded/embedded-store.ts',
  );
  // Into the default round (trollhattan-segregation/2019), made by loadDataset when missing.
  const { loadDataset } = await server<{ loadDataset(store: StoreLike, file: string): Promise<unknown> }>('server/seed/load.ts');
  const store = new EmbeddedStore({ file: join(dir, 'store.db') });
  await store.init();
  await loadDataset(store, datasetPath());
  const app = await buildApp({ store, clientRoot, apiKey: options.apiKey, keys: options.keys });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? (address as { port: number }).port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launch(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** /api/graph's answer, as far as the tests read it. */
export interface GraphBody {
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: unknown[];
}

/** What a test file drives: the app it started, its address, and Chromium. */
export interface Session {
  readonly running: Running;
  readonly url: string;
  readonly browser: Browser;
  /** A GET (or another request) to the app, answered as parsed JSON; a failure throws. */
  api<T>(path: string, init?: RequestInit): Promise<T>;
}

/**
 * Starts the app (on a fresh store with the seed) and Chromium before the tests of the file (or
 * of the describe block) it is called in, and stops both after them.
 */
export function useExplorer(options: AppOptions = {}): Session {
  let running: Running | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    running = await startApp(options);
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('e2e: the session is used before its beforeAll ran');
    return value;
  };
  return {
    get running() {
      return ready(running);
    },
    get url() {
      return ready(running).url;
    },
    get browser() {
      return ready(browser);
    },
    async api<T>(path: string, init?: RequestInit): Promise<T> {
      const response = await fetch(`${ready(running).url}${path}`, init);
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

/** A write to the session's app with the key, JSON in and out (undefined for a 204); a failure throws. */
export function keyedWrite(session: Session, key: string) {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { authorization: `Bearer ${key}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
    const response = await fetch(`${session.url}${path}`, init);
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}

/** Calls one of the explorer's test-hook functions (window.__samverkan) in the page. */
export const hook = <T>(page: Page, fn: string): Promise<T> =>
  page.evaluate((name) => (window.__samverkan as unknown as Record<string, () => unknown>)[name]!(), fn) as Promise<T>;

/**
 * Opens the explorer and waits until it has drawn the network; `prepare` runs on the page before
 * it loads (to route a request, say).
 */
export async function openExplorer(
  browser: Browser,
  url: string,
  viewport = { width: 1400, height: 900 },
  prepare?: (page: Page) => Promise<unknown>,
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await prepare?.(page);
  await page.goto(url);
  await page
    .waitForFunction(() => window.__samverkan?.ready === true, null, { timeout: 20_000 })
    .catch((e) => {
      throw new Error(`explorer did not get ready: ${errors.join('; ') || String(e)}`);
    });
  return page;
}

/** Answers the page's /api/graph with this graph (one changed by a test, or a synthetic one). */
export async function routeGraph(page: Page, graph: unknown): Promise<void> {
  const body = JSON.stringify(graph);
  await page.route('**/api/graph*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

/** Stops the layout so screenshots are of a still picture. */
export async function settle(page: Page, ms = 2500): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(() => window.__samverkan?.stopLayout());
  await page.waitForTimeout(150);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The screenshot's pixels (RGBA, row by row), read back through a canvas in a blank page. */
export async function pngPixels(browser: Browser, png: Buffer): Promise<{ width: number; height: number; rgba: Buffer }> {
  const page = await browser.newPage();
  try {
    const { width, height, data } = await page.evaluate(
      async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const bytes = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return { width: canvas.width, height: canvas.height, data: btoa(binary) };
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
    return { width, height, rgba: Buffer.from(data, 'base64') };
  } finally {
    await page.close();
  }
}

// End-to-end harness: builds the client once with Vite into a temporary folder, starts the
// real app on a temporary embedded store loaded with the seed dataset, and drives Debian's
// Chromium through playwright-core. Nothing is downloaded; a missing Chromium fails loudly.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
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
  importDataset(dataset: unknown): Promise<unknown>;
}
const server = <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, path)).href) as Promise<T>;

export interface Running {
  app: AppLike;
  url: string;
  close(): Promise<void>;
}

export async function startApp(options: { apiKey?: string } = {}): Promise<Running> {
  const clientRoot = await buildClient();
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-e2e-'));
  const { buildApp } = await server<{ buildApp(o: { store: StoreLike; clientRoot: string; apiKey?: string | undefined }): Promise<AppLike> }>('server/app.ts');
  const { EmbeddedStore } = await server<{ EmbeddedStore: new (o: { file: string }) => StoreLike }>('server/store/embedded/embedded-store.ts');
  const { loadDatasetFile } = await server<{ loadDatasetFile(path: string): unknown }>('seed/index.ts');
  const store = new EmbeddedStore({ file: join(dir, 'store.db') });
  await store.init();
  await store.importDataset(loadDatasetFile(datasetPath()));
  const app = await buildApp({ store, clientRoot, apiKey: options.apiKey });
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

/** Opens the explorer and waits until it has drawn the network. */
export async function openExplorer(browser: Browser, url: string, viewport = { width: 1400, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.__samverkan?.ready === true, null, { timeout: 20_000 }).catch((e) => {
    throw new Error(`explorer did not get ready: ${errors.join('; ') || String(e)}`);
  });
  return page;
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

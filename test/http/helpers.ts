// Builds the real app on a fresh in-memory embedded store for HTTP tests (requests go through
// app.inject: routing, validation, hooks, error handler and serialisation all run for real).
import { afterEach, beforeEach } from 'vitest';
import { buildApp, type App, type AppOptions } from '../../server/app.ts';
import { ensureLegacyRound } from '../../server/seed/load.ts';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.ts';

/** A fresh in-memory store holding the default round (trollhattan-segregation/2019), empty. */
export async function makeStore(): Promise<EmbeddedStore> {
  const store = new EmbeddedStore({ file: ':memory:' });
  await store.init();
  await ensureLegacyRound(store);
  return store;
}

export async function makeApp(options: Omit<AppOptions, 'store'> = {}): Promise<App> {
  return buildApp({ clientRoot: '/nonexistent', ...options, store: await makeStore() });
}

export const kommunstyrelsen = {
  id: 'kommunstyrelsens-forvaltning',
  name: 'Kommunstyrelsens förvaltning',
  sector: 'municipal',
  areas: ['labour_market'],
};
export const naringslivsenheten = {
  name: 'Näringslivsenheten',
  sector: 'municipal',
  parentId: 'kommunstyrelsens-forvaltning',
  areas: ['labour_market'],
};
export const foreningen = { id: 'ideell-forening', name: 'Ideell förening', sector: 'civil_society', areas: ['democracy_civil_society'] };
export const polisen = { id: 'polisen', name: 'Polisen', sector: 'state', areas: ['crime'] };

/** The three actors most route tests start from, posted through the API. */
export async function postActors(app: App): Promise<void> {
  for (const a of [kommunstyrelsen, foreningen, polisen]) await app.inject({ method: 'POST', url: '/api/actors', payload: a });
}

/** In a describe block: a fresh app holding postActors' three actors for each test, closed after it. */
export function appWithActorsPerTest(): () => App {
  let app: App | undefined;
  beforeEach(async () => {
    app = await makeApp();
    await postActors(app);
  });
  afterEach(async () => {
    await app?.close();
  });
  return () => {
    if (app === undefined) throw new Error('the app is made before each test');
    return app;
  };
}

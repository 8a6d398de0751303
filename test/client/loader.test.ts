// The explorer's state and its loader, without a browser: the loader's requests are answered by a
// stub, and what lands in the store is checked. Answers for filters the view has left are dropped,
// failures are kept as Problems, and dispose cancels what is on its way.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readyValue } from '../../client/src/api/problem.ts';
import { gapsOverlay, PREDICTED_ON_MAP, predictedKey } from '../../client/src/app/derive.ts';
import { Loader } from '../../client/src/app/loader.ts';
import {
  failedPredictionsDropped,
  gapsLoaded,
  graphReloaded,
  initialState,
  layoutSaved,
  positionsMoved,
  tableSorted,
  viewChanged,
  type ExplorerState,
} from '../../client/src/app/state.ts';
import { Store } from '../../client/src/state/store.ts';
import { DEFAULT_STATE, select, toggleFilter } from '../../client/src/state/view-state.ts';
import { SMALL, smallGraph } from './fixture.ts';

type Answer = { status: number; body: unknown } | Promise<{ status: number; body: unknown }>;

let answer: (path: string, query: URLSearchParams) => Answer;
const asked: Array<{ path: string; signal: AbortSignal | undefined }> = [];

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const CATALOGUE = {
  metrics: [
    {
      id: 'degree',
      label: { en: 'Degree', sv: 'Grad' },
      description: { en: 'd', sv: 'd' },
      parameters: [],
      output: 'count',
      higherIsMore: true,
      weightAttribute: null,
      heavy: false,
    },
  ],
  parameters: [],
};
const centrality = (values: Record<string, number>) => ({
  sort: 'degree',
  order: 'desc',
  total: Object.keys(values).length,
  communities: null,
  rows: Object.entries(values).map(([id, degree], i) => ({ id, name: id, sector: null, rank: i + 1, values: { degree } })),
});
const PREDICTED = { predictions: [] };

/** The answers of a server that has everything; a test overrides what it is about. */
function server(path: string): Answer {
  if (path === '/api/graph') return { status: 200, body: SMALL };
  if (path === '/health') return { status: 200, body: { status: 'ok', store: 'embedded', version: 'test', writesNeedKey: false } };
  if (path === '/api/sources') return { status: 200, body: { items: [] } };
  if (path === '/api/analytics/catalogue') return { status: 200, body: CATALOGUE };
  if (path === '/api/analytics/centrality') return { status: 200, body: centrality({ kommunen: 2 }) };
  return { status: 200, body: PREDICTED };
}

beforeEach(() => {
  answer = server;
  asked.length = 0;
  vi.stubGlobal('performance', { mark: () => {}, now: () => 0 });
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const u = new URL(url, 'http://explorer');
    asked.push({ path: u.pathname, signal: init?.signal ?? undefined });
    const a = await answer(u.pathname, u.searchParams);
    return json(a.status, a.body);
  });
});
afterEach(() => vi.unstubAllGlobals());

/** Lets every answered request land. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

async function loadedExplorer(view = DEFAULT_STATE) {
  const store = new Store<ExplorerState>(initialState(view, 'en'));
  const loader = new Loader(store);
  await loader.load();
  await settled();
  return { store, loader };
}

describe('the loader', () => {
  it('loads the graph, the catalogue and the centralities for the view', async () => {
    const { store } = await loadedExplorer();
    const s = store.getState();
    expect(s.dataVersion).toBe(1);
    expect(s.data.order).toBe(SMALL.nodes.length);
    expect(s.analyticsAvailable).toBe(true);
    expect(s.catalogue.map((m) => m.id)).toEqual(['degree']);
    expect(readyValue(s.centrality)?.get('degree')).toEqual(new Map([['kommunen', 2]]));
  });

  it('keeps a failure as the Problem it was, and asks again on retry', async () => {
    answer = (path) =>
      path === '/api/analytics/centrality'
        ? { status: 422, body: { error: 'budget_exceeded', message: 'narrow the filters' } }
        : server(path);
    const { store, loader } = await loadedExplorer();
    expect(store.getState().centrality).toEqual({
      state: 'failed',
      problem: { kind: 'too-heavy', code: 'budget_exceeded', message: 'narrow the filters' },
    });
    answer = server;
    loader.retry();
    await settled();
    expect(readyValue(store.getState().centrality)?.get('degree')?.get('kommunen')).toBe(2);
  });

  it('drops an answer for filters the view has left behind', async () => {
    let release: (a: { status: number; body: unknown }) => void = () => {};
    const { store } = await loadedExplorer();
    // The next centrality request (for municipal actors) answers only when released.
    answer = (path, q) =>
      path === '/api/analytics/centrality' && q.get('sector') === 'municipal' ? new Promise((r) => (release = r)) : server(path);
    store.dispatch(viewChanged((v) => toggleFilter(v, 'sectors', 'municipal')));
    store.dispatch(viewChanged((v) => toggleFilter(v, 'sectors', 'municipal')));
    await settled();
    release({ status: 200, body: centrality({ kommunen: 99 }) });
    await settled();
    expect(readyValue(store.getState().centrality)?.get('degree')?.get('kommunen')).toBe(2);
  });

  it("asks for the selected actor's predicted partners once per filters, and again after the graph changed", async () => {
    const { store, loader } = await loadedExplorer();
    const predictions = () => asked.filter((a) => a.path === '/api/gaps/predicted').length;
    store.dispatch(viewChanged((v) => select(v, 'kommunen')));
    await settled();
    const key = predictedKey('kommunen', store.getState().view);
    expect(store.getState().predicted.get(key)).toEqual({ state: 'ready', value: PREDICTED });
    store.dispatch(viewChanged((v) => select(v, null)));
    store.dispatch(viewChanged((v) => select(v, 'kommunen')));
    expect(predictions()).toBe(1);
    await loader.reload();
    await settled();
    expect(predictions()).toBe(2);
    expect(store.getState().dataVersion).toBe(2);
  });

  it("loads the gaps view's answers each on its own, and forgets them when it closes", async () => {
    answer = (path) => (path === '/api/gaps/mixing' ? { status: 404, body: { error: 'not_found', message: 'no route' } } : server(path));
    const { store } = await loadedExplorer({ ...DEFAULT_STATE, gaps: 'civil_society' });
    const gaps = store.getState().gaps!;
    expect(gaps.mixing).toEqual({ state: 'failed', problem: { kind: 'missing' } });
    expect(gaps.predicted).toEqual({ state: 'ready', value: PREDICTED });
    store.dispatch(viewChanged((v) => ({ ...v, gaps: null })));
    expect(store.getState().gaps).toBeNull();
  });

  it('cancels what is on its way when disposed, and lands nothing after', async () => {
    const { store, loader } = await loadedExplorer();
    answer = (path) => (path === '/api/analytics/centrality' ? new Promise(() => {}) : server(path));
    store.dispatch(viewChanged((v) => toggleFilter(v, 'areas', 'crime')));
    const pending = asked.at(-1)!;
    expect(pending.path).toBe('/api/analytics/centrality');
    loader.dispose();
    expect(pending.signal?.aborted).toBe(true);
    const before = store.getState();
    store.dispatch(viewChanged((v) => select(v, 'polisen')));
    await settled();
    expect(asked.at(-1)).toBe(pending);
    expect(store.getState().predicted).toBe(before.predicted);
  });
});

describe('state producers and derivations', () => {
  const state = (): ExplorerState => ({
    ...initialState({ ...DEFAULT_STATE, selected: 'polisen', focus: { kind: 'tie', source: 'polisen', target: 'skolan' } }, 'en'),
    data: smallGraph(),
  });

  it('a reloaded graph without the selected actor drops the selection and focus, and the predictions', () => {
    const s = { ...state(), predicted: new Map([['x', { state: 'loading' as const }]]) };
    const without = smallGraph();
    without.dropNode('polisen');
    const next = graphReloaded(without)(s);
    expect(next.view.selected).toBeNull();
    expect(next.view.focus).toBeNull();
    expect(next.predicted.size).toBe(0);
    expect(next.dataVersion).toBe(s.dataVersion + 1);
    expect(graphReloaded(smallGraph())(s).view).toBe(s.view);
  });

  it('changes nothing for a view that stays the same, or a gaps answer for a closed view', () => {
    const s = state();
    expect(viewChanged((v) => v)(s)).toBe(s);
    expect(gapsLoaded('reach', { state: 'loading' })(s)).toBe(s);
    expect(failedPredictionsDropped(s)).toBe(s);
  });

  it('counts positions as unsaved from a drag or a layout run until the layout is saved', () => {
    const s = state();
    expect(s.positionsUnsaved).toBe(false);
    const moved = positionsMoved(s);
    expect(moved.positionsUnsaved).toBe(true);
    expect(positionsMoved(moved)).toBe(moved);
    expect(layoutSaved(new Map())(moved).positionsUnsaved).toBe(false);
  });

  it('sorts the table as the header clicks say', () => {
    const once = tableSorted('m:constraint', true, false)(state());
    expect(once.tableSort).toEqual({ column: 'm:constraint', direction: 'ascending' });
    expect(tableSorted('m:constraint', true, false)(once).tableSort.direction).toBe('descending');
  });

  it('outlines the reach gaps and draws the predicted ties once they are in', () => {
    expect(gapsOverlay(null).outlined.size).toBe(0);
    const overlay = gapsOverlay({
      reach: { state: 'ready', value: { gaps: [{ actor: { id: 'polisen' } }] } as never },
      mixing: { state: 'loading' },
      declared: { state: 'loading' },
      predicted: { state: 'failed', problem: { kind: 'missing' } },
    });
    expect([...overlay.outlined]).toEqual(['polisen']);
    expect(overlay.suggestions).toEqual([]);
  });

  it("draws the strongest predicted ties when nothing is selected, and only the selected actor's otherwise", () => {
    const prediction = (source: string, target: string, score: number) => ({
      source: { id: source },
      target: { id: target },
      scores: { adamicAdar: score },
      sharedNeighbours: [],
    });
    const predictions = Array.from({ length: PREDICTED_ON_MAP + 3 }, (_, i) => prediction(`a${i}`, `b${i}`, i));
    predictions.push(prediction('kommunen', 'polisen', -1));
    const gaps = {
      reach: { state: 'loading' as const },
      mixing: { state: 'loading' as const },
      declared: { state: 'loading' as const },
      predicted: { state: 'ready' as const, value: { predictions } as never },
    };
    const strongest = gapsOverlay(gaps).suggestions.map((s) => s.source);
    expect(strongest).toHaveLength(PREDICTED_ON_MAP);
    expect(strongest).toEqual(['a7', 'a6', 'a5', 'a4', 'a3']);
    expect(gapsOverlay(gaps, 'polisen').suggestions.map((s) => [s.source, s.target])).toEqual([['kommunen', 'polisen']]);
  });
});

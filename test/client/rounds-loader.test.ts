// The loader across rounds, without a browser: the round a link names is read and written under
// its mapping's routes, the default round is known by the header the short routes answer with,
// another round loads in place, and the compare view asks for the baseline and the comparison of
// the round shown. Requests are answered by a stub.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readyValue } from '../../client/src/api/problem.ts';
import { writable } from '../../client/src/app/derive.ts';
import { Loader } from '../../client/src/app/loader.ts';
import { initialState, viewChanged, type ExplorerState } from '../../client/src/app/state.ts';
import { Store } from '../../client/src/state/store.ts';
import { chooseRound, DEFAULT_STATE, setCompare } from '../../client/src/state/view-state.ts';
import { SMALL } from './fixture.ts';

const M = '/api/mappings/trollhattan';
const round = (id: string, kind = 'observed') => ({ id, mappingId: 'trollhattan', label: id, kind, closed: false });
/** 2024 has lost the desired tie t3 that 2019 had. */
const LATER = { ...SMALL, edges: SMALL.edges.filter((e) => e.key !== 't3') };
const COMPARISON = {
  from: { id: '2019' },
  to: { id: '2024' },
  roster: { actors: { joined: [], left: [] } },
  ties: { new: [], statusChanged: [], ended: [{ id: 't3', how: 'removed' }] },
};

interface Reply {
  status: number;
  body: unknown;
  round?: string;
}
let fail = new Set<string>();
const asked: URL[] = [];

function server(path: string): Reply {
  if (fail.has(path)) return { status: 404, body: { error: 'not_found', message: `no round ${path}` } };
  if (path === '/api/graph') return { status: 200, body: SMALL, round: 'trollhattan/2019' };
  if (path === `${M}/rounds/2019/graph`) return { status: 200, body: SMALL, round: 'trollhattan/2019' };
  if (path === `${M}/rounds/2024/graph`) return { status: 200, body: LATER, round: 'trollhattan/2024' };
  if (path === '/api/mappings') return { status: 200, body: { items: [{ id: 'trollhattan', name: 'Trollhättan' }] } };
  if (path === `${M}/rounds`) return { status: 200, body: { items: [round('2019'), round('2024')] } };
  if (path === `${M}/compare`) return { status: 200, body: COMPARISON };
  if (path === '/health') return { status: 200, body: { status: 'ok', writesNeedKey: false } };
  if (path.endsWith('/sources')) return { status: 200, body: { items: [] } };
  return { status: 200, body: { predictions: [], metrics: [], rows: [] } };
}

beforeEach(() => {
  fail = new Set();
  asked.length = 0;
  vi.stubGlobal('performance', { mark: () => {}, now: () => 0 });
  vi.stubGlobal('fetch', async (url: string) => {
    const u = new URL(url, 'http://explorer');
    asked.push(u);
    const reply = server(u.pathname);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (reply.round) headers['samverkan-round'] = reply.round;
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers });
  });
});
afterEach(() => vi.unstubAllGlobals());

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const paths = () => asked.map((u) => u.pathname);

async function loaded(view = DEFAULT_STATE) {
  const store = new Store<ExplorerState>(initialState(view, 'en'));
  const loader = new Loader(store);
  await loader.load();
  await settled();
  return { store, loader };
}

describe('the loader across rounds', () => {
  it('knows which round the short routes answered from, and lists every round', async () => {
    const { store } = await loaded();
    const s = store.getState();
    expect(s.round).toEqual({ mapping: 'trollhattan', round: '2019' });
    expect(s.rounds.map((m) => m.rounds.map((r) => r.id))).toEqual([['2019', '2024']]);
    expect(paths()).toContain('/api/graph');
    expect(writable(s)).toBe(true);
    // a closed round takes no writes: the explorer offers none
    const closed = s.rounds.map((m) => ({ ...m, rounds: m.rounds.map((r) => ({ ...r, closed: r.id === '2019' })) }));
    expect(writable({ ...s, rounds: closed })).toBe(false);
  });

  it('reads the round a link names under its mapping, the analytics included', async () => {
    const { store } = await loaded({ ...DEFAULT_STATE, round: { mapping: 'trollhattan', round: '2024' } });
    expect(store.getState().data.hasEdge('t3')).toBe(false);
    expect(paths()).toContain(`${M}/rounds/2024/graph`);
    expect(paths()).toContain(`${M}/rounds/2024/sources`);
    expect(paths().filter((p) => p.includes('/analytics/centrality'))).toEqual([]); // no catalogue: no analytics asked
    expect(paths()).not.toContain('/api/graph');
  });

  it('loads another round in place, and asks for the baseline and the comparison of the round shown', async () => {
    const { store } = await loaded();
    store.dispatch(viewChanged((v) => chooseRound(v, { mapping: 'trollhattan', round: '2024' })));
    await settled();
    expect(store.getState()).toMatchObject({ round: { round: '2024' }, dataVersion: 2 });
    expect(store.getState().data.hasEdge('t3')).toBe(false);

    store.dispatch(viewChanged((v) => setCompare(v, '2019')));
    await settled();
    const compare = asked.find((u) => u.pathname === `${M}/compare`)!;
    expect(Object.fromEntries(compare.searchParams)).toEqual({ from: '2019', to: '2024' });
    expect(paths()).toContain(`${M}/rounds/2019/graph`);
    const shown = readyValue(store.getState().comparison)!;
    // the tie 2024 lost is drawn again, marked ended
    expect(shown.model.union.hasEdge('t3')).toBe(true);
    expect(shown.model.marks.ties.get('t3')).toBe('ended');

    store.dispatch(viewChanged((v) => setCompare(v, null)));
    expect(store.getState().comparison).toBeNull();
  });

  it('keeps the round shown and says why when another cannot be opened', async () => {
    fail = new Set([`${M}/rounds/gone/graph`]);
    const { store } = await loaded();
    const before = store.getState().data;
    store.dispatch(viewChanged((v) => chooseRound(v, { mapping: 'trollhattan', round: 'gone' })));
    await settled();
    expect(store.getState().data).toBe(before);
    expect(store.getState().roundProblem).toEqual({ kind: 'missing' });
  });
});

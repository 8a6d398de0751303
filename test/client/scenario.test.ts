// "What if?" without a browser: the scenario's id, and the requests it sends, answered by a stub.
// A failure after the round was made deletes the half-made scenario and says so.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeScenario, ScenarioFailed, scenarioId, type ScenarioRequest } from '../../client/src/app/scenario.ts';

const BASE = {
  id: '2019',
  mappingId: 'm',
  label: 'Baseline',
  observedOn: '2019',
  sources: ['survey'],
  kind: 'observed' as const,
  closed: false,
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const request = (plan: ScenarioRequest['plan']): ScenarioRequest => ({
  mapping: 'm',
  base: BASE,
  taken: ['2019', '2019-what-if-1'],
  plan,
  label: 'What if',
  note: 'a what-if',
});

let sent: Array<{ method: string; path: string; body: unknown }> = [];
let refuse: (method: string, path: string) => boolean = () => false;

beforeEach(() => {
  sent = [];
  refuse = () => false;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const path = new URL(url, 'http://explorer').pathname;
    const method = init.method ?? 'GET';
    sent.push({ method, path, body: init.body ? JSON.parse(String(init.body)) : undefined });
    if (refuse(method, path)) {
      return new Response(JSON.stringify({ error: 'conflict', message: 'no tie between an actor and its parent' }), { status: 409 });
    }
    if (method === 'DELETE') return new Response(null, { status: 204 });
    const body = method === 'POST' && path.endsWith('/rounds') ? { ...BASE, ...(sent.at(-1)!.body as object) } : {};
    return new Response(JSON.stringify(body), { status: 201 });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('a what-if scenario', () => {
  it('takes the next free id after the base round', () => {
    expect(scenarioId('2019', [])).toBe('2019-what-if-1');
    expect(scenarioId('2019', ['2019-what-if-1', '2019-what-if-2'])).toBe('2019-what-if-3');
    expect(scenarioId('x'.repeat(120), []).length).toBeLessThanOrEqual(120);
  });

  it('realises the declared gaps in one request: a scenario copy of the base round', async () => {
    const round = await makeScenario(request({ kind: 'realise' }));
    expect(round.id).toBe('2019-what-if-2');
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/mappings/m/rounds',
        body: {
          id: '2019-what-if-2',
          label: 'What if',
          observedOn: '2019',
          sources: ['survey'],
          kind: 'scenario',
          copyFrom: '2019',
          realise: 'declared',
        },
      },
    ]);
  });

  it('adds each ticked link to the scenario as an active tie, not to the base round', async () => {
    await makeScenario(request({ kind: 'links', links: [{ source: 'a', target: 'b' }] }));
    expect(sent.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /api/mappings/m/rounds',
      'POST /api/mappings/m/rounds/2019-what-if-2/collaborations',
    ]);
    expect(sent[0]!.body).not.toHaveProperty('realise');
    expect(sent[1]!.body).toEqual({ source: 'a', target: 'b', status: 'active', description: 'a what-if' });
  });

  it('deletes the half-made scenario when a tie is refused, and says why', async () => {
    refuse = (method, path) =>
      method === 'POST' && path.endsWith('/collaborations') && sent.filter((s) => s.path.endsWith('/collaborations')).length === 2;
    const made = makeScenario(
      request({
        kind: 'links',
        links: [
          { source: 'a', target: 'b' },
          { source: 'c', target: 'd' },
        ],
      }),
    );
    await expect(made).rejects.toBeInstanceOf(ScenarioFailed);
    await expect(made).rejects.toMatchObject({ status: 409, message: 'no tie between an actor and its parent', cleanedUp: true });
    expect(sent.at(-1)).toMatchObject({ method: 'DELETE', path: '/api/mappings/m/rounds/2019-what-if-2' });
  });

  it('says so when the half-made scenario could not be deleted either', async () => {
    refuse = (method, path) => (method === 'POST' && path.endsWith('/collaborations')) || method === 'DELETE';
    await expect(makeScenario(request({ kind: 'links', links: [{ source: 'a', target: 'b' }] }))).rejects.toMatchObject({
      cleanedUp: false,
    });
  });
});

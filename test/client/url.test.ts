import { describe, expect, it } from 'vitest';
import { COALESCE_MS, formatViewState, historyAction, parseLang, parseViewState } from '../../client/src/state/url.ts';
import { DEFAULT_STATE, type Focus, type ViewState } from '../../client/src/state/view-state.ts';

describe('view state in the URL', () => {
  it('writes nothing for the default state and reads the default back', () => {
    expect(formatViewState(DEFAULT_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips every field', () => {
    const state: ViewState = {
      areas: ['housing', 'crime'],
      sectors: ['civil_society'],
      types: ['internal', 'state'],
      statuses: ['desired'],
      neighbourhoods: ['Kronogården', 'Lextorp'],
      forums: 'projected',
      selected: 'polisen',
      ego: 2,
      metric: 'betweenness',
      view: 'table',
      gaps: 'business',
      focus: { kind: 'sectors', a: 'municipal', b: 'civil_society' },
      labels: 'important',
      hierarchy: false,
      columns: ['m:betweenness', 'areas'],
      round: { mapping: 'trollhattan-segregation', round: '2024' },
      compare: '2019',
      camera: { x: 0.4213, y: -0.05, ratio: 0.125 },
    };
    const search = formatViewState(state);
    expect(search).toContain('cam=0.4213,-0.05,0.125');
    expect(search).toContain('area=housing,crime');
    expect(search).toContain('hierarchy=off');
    expect(search).toContain('round=trollhattan-segregation/2024&compare=2019');
    expect(parseViewState(search)).toEqual(state);
  });

  it('round-trips tie and actor-list focuses', () => {
    const focuses: Focus[] = [
      { kind: 'tie', source: 'a', target: 'b' },
      { kind: 'actors', ids: ['a', 'b'] },
    ];
    for (const focus of focuses) {
      const state = { ...DEFAULT_STATE, gaps: 'civil_society' as const, focus };
      expect(parseViewState(formatViewState(state)).focus).toEqual(focus);
    }
  });

  it('drops unknown vocabulary words and bad values instead of failing', () => {
    const s = parseViewState('?area=housing,nonsense&sector=martian&forums=sideways&view=globe&gaps=nobody&ego=7&focus=sectors:x:y');
    expect(s.areas).toEqual(['housing']);
    expect(s.sectors).toEqual([]);
    expect(s.forums).toBe('nodes');
    expect(s.view).toBe('map');
    expect(s.gaps).toBeNull();
    expect(s.ego).toBe(0);
    expect(s.focus).toBeNull();
  });

  it('reads a round as mapping/round and drops one that is not, so a bad link opens the default round', () => {
    expect(parseViewState('?round=m/r').round).toEqual({ mapping: 'm', round: 'r' });
    for (const bad of ['m', 'm/', '/r', 'm/r/x', 'M/r', 'm/r%20x', 'm/-r']) expect(parseViewState(`?round=${bad}`).round).toBeNull();
    expect(parseViewState('?compare=2019').compare).toBe('2019');
    expect(parseViewState('?compare=Not%20a%20slug').compare).toBeNull();
  });

  it('keeps the camera to 4 decimals and drops one that is not three finite numbers with a positive ratio', () => {
    const written = formatViewState({ ...DEFAULT_STATE, camera: { x: 0.123456, y: 0.5, ratio: 0.333333 } });
    expect(written).toBe('?cam=0.1235,0.5,0.3333');
    expect(parseViewState(written).camera).toEqual({ x: 0.1235, y: 0.5, ratio: 0.3333 });
    expect(parseViewState('?cam=0.1234567,1e-9,2').camera).toEqual({ x: 0.1235, y: 0, ratio: 2 });
    for (const bad of ['', '1,2', '1,2,3,4', 'a,b,c', '0.5,0.5,0', '0.5,0.5,-1', '0.5,,1', 'Infinity,0,1', '0.5,0.5,1e999', '0x,1,1'])
      expect(parseViewState(`?cam=${bad}`).camera).toBeNull();
  });

  it('ignores an ego depth without a selected actor', () => {
    expect(parseViewState('?ego=2').ego).toBe(0);
    expect(parseViewState('?actor=eidar&ego=1').ego).toBe(1);
  });
});

describe('language in the URL', () => {
  it('writes lang=sv for Swedish and nothing for English, and reads it back', () => {
    expect(formatViewState(DEFAULT_STATE, 'sv')).toBe('?lang=sv');
    expect(formatViewState(DEFAULT_STATE, 'en')).toBe('');
    const search = formatViewState({ ...DEFAULT_STATE, selected: 'polisen' }, 'sv');
    expect(search).toBe('?actor=polisen&lang=sv');
    expect(parseLang(search)).toBe('sv');
    expect(parseViewState(search).selected).toBe('polisen');
  });

  it('leaves the choice to the browser when a link names no language or an unknown one', () => {
    expect(parseLang('')).toBeNull();
    expect(parseLang('?lang=de')).toBeNull();
    expect(parseLang('?lang=en')).toBe('en');
  });
});

describe('history entries', () => {
  it('pushes a deliberate change, replaces one made moments after the last push', () => {
    expect(historyAction('/?a=1', '/?a=2', true, Infinity)).toBe('push');
    expect(historyAction('/?a=1', '/?a=2', true, COALESCE_MS)).toBe('push');
    expect(historyAction('/?a=1', '/?a=2', true, COALESCE_MS - 1)).toBe('replace');
  });

  it('replaces for changes the analyst did not make and writes nothing when the URL is the same', () => {
    expect(historyAction('/', '/?lang=sv', false, Infinity)).toBe('replace');
    expect(historyAction('/?a=1', '/?a=1', true, Infinity)).toBe('none');
  });
});

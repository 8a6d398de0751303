// View state <-> URL query string, so a link reproduces what the analyst saw (in the language
// they saw it in). Parsing is forgiving: unknown words are dropped rather than breaking the page.
// Deliberate moves push a browser history entry, so Back steps back through them.
import { formatRoundRef, parseRoundRef } from '../api/round-scope.ts';
import { Slug } from '../../../server/domain/schemas.ts';
import { AREA_IDS, SECTOR_IDS, STATUS_IDS, TYPE_IDS } from '../domain.ts';
import type { Area, CollaborationType, Sector, Status } from '../domain.ts';
import { formatCamera, parseCamera } from './camera.ts';
import { DEFAULT_STATE, LABEL_MODES, type EgoDepth, type Focus, type ForumMode, type ViewState } from './view-state.ts';

const FORUM_MODES: ForumMode[] = ['nodes', 'projected', 'hidden'];

function list<T extends string>(params: URLSearchParams, key: string, allowed?: readonly T[]): T[] {
  const raw = params.get(key);
  if (!raw) return [];
  const values = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const kept = allowed ? values.filter((v): v is T => (allowed as readonly string[]).includes(v)) : (values as T[]);
  return [...new Set(kept)];
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function parseFocus(raw: string | null): Focus | null {
  if (!raw) return null;
  const [kind, ...rest] = raw.split(':');
  if (kind === 'sectors' && rest.length === 2) {
    const [a, b] = rest as [string, string];
    if (SECTOR_IDS.includes(a as Sector) && SECTOR_IDS.includes(b as Sector)) return { kind, a: a as Sector, b: b as Sector };
  }
  if (kind === 'tie' && rest.length === 2 && rest[0] && rest[1]) return { kind, source: rest[0], target: rest[1] };
  if (kind === 'actors' && rest.length === 1 && rest[0]) return { kind, ids: rest[0].split(',').filter(Boolean) };
  return null;
}

function formatFocus(focus: Focus): string {
  if (focus.kind === 'sectors') return `sectors:${focus.a}:${focus.b}`;
  if (focus.kind === 'tie') return `tie:${focus.source}:${focus.target}`;
  return `actors:${focus.ids.join(',')}`;
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const selected = params.get('actor')?.trim() || null;
  const egoRaw = Number(params.get('ego'));
  const ego: EgoDepth = selected !== null && (egoRaw === 1 || egoRaw === 2) ? egoRaw : 0;
  const gaps = params.get('gaps');
  return {
    areas: list<Area>(params, 'area', AREA_IDS),
    sectors: list<Sector>(params, 'sector', SECTOR_IDS),
    types: list<CollaborationType>(params, 'type', TYPE_IDS),
    statuses: list<Status>(params, 'status', STATUS_IDS),
    neighbourhoods: list<string>(params, 'hood'),
    forums: oneOf(params.get('forums'), FORUM_MODES, DEFAULT_STATE.forums),
    selected,
    ego,
    metric: params.get('metric')?.trim() || DEFAULT_STATE.metric,
    view: oneOf(params.get('view'), ['map', 'table'] as const, DEFAULT_STATE.view),
    gaps: gaps !== null && SECTOR_IDS.includes(gaps as Sector) ? (gaps as Sector) : null,
    focus: parseFocus(params.get('focus')),
    labels: LABEL_MODES.find((m) => m === params.get('labels')) ?? null,
    hierarchy: params.get('hierarchy') !== 'off',
    columns: params.has('cols') ? list<string>(params, 'cols') : null,
    round: parseRoundRef(params.get('round')),
    compare: Slug.safeParse(params.get('compare')?.trim()).data ?? null,
    camera: parseCamera(params.get('cam')),
  };
}

export type UrlLang = 'en' | 'sv';

/** The language a link asks for, or null to follow the stored choice or the browser. */
export function parseLang(search: string): UrlLang | null {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'en' || lang === 'sv' ? lang : null;
}

/**
 * Only what differs from the defaults is written, so plain links stay short. The language is
 * written unless it is English (the explorer's own default), so a Swedish link opens in Swedish.
 */
export function formatViewState(state: ViewState, lang: UrlLang = 'en'): string {
  const params = new URLSearchParams();
  const put = (key: string, values: readonly string[]) => {
    if (values.length > 0) params.set(key, values.join(','));
  };
  put('area', state.areas);
  put('sector', state.sectors);
  put('type', state.types);
  put('status', state.statuses);
  put('hood', state.neighbourhoods);
  if (state.forums !== DEFAULT_STATE.forums) params.set('forums', state.forums);
  if (state.selected !== null) params.set('actor', state.selected);
  if (state.selected !== null && state.ego !== 0) params.set('ego', String(state.ego));
  if (state.metric !== DEFAULT_STATE.metric) params.set('metric', state.metric);
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.gaps !== null) params.set('gaps', state.gaps);
  if (state.focus !== null) params.set('focus', formatFocus(state.focus));
  if (state.labels !== null) params.set('labels', state.labels);
  if (!state.hierarchy) params.set('hierarchy', 'off');
  // An empty choice (the name alone) is a choice too: written as an empty list.
  if (state.columns !== null) params.set('cols', state.columns.join(','));
  if (state.round !== null) params.set('round', formatRoundRef(state.round));
  if (state.compare !== null) params.set('compare', state.compare);
  if (state.camera !== null) params.set('cam', formatCamera(state.camera));
  if (lang !== 'en') params.set('lang', lang);
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
  return text === '' ? '' : `?${text}`;
}

/** Changes closer together than this (filter boxes ticked in a row) make one history entry. */
export const COALESCE_MS = 1000;

/**
 * How the address bar follows a state change: nothing when the URL is unchanged; a new history
 * entry for a deliberate change (a selection, a view, a filter), unless the last entry was
 * pushed moments ago, which it then replaces; and replaceState for everything else (the URL
 * normalised on load, a selection dropped after a delete, a language switch).
 */
export function historyAction(current: string, next: string, deliberate: boolean, msSinceLastPush: number): 'none' | 'push' | 'replace' {
  if (current === next) return 'none';
  return deliberate && msSinceLastPush >= COALESCE_MS ? 'push' : 'replace';
}

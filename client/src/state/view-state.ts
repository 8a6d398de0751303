// The explorer's view state: everything an analyst would want a shared link to reproduce.
// Changes are small pure functions (as Gephi Lite's producers) so they are easy to test and
// the URL, the map and the panels all derive from the same value.
import type { RoundRef } from '../api/round-scope.ts';
import type { CameraView } from './camera.ts';
import type { Area, CollaborationType, Sector, Status } from '../domain.ts';

export type ForumMode = 'nodes' | 'projected' | 'hidden';
export type ViewMode = 'map' | 'table';
export type EgoDepth = 0 | 1 | 2;
export const LABEL_MODES = ['all', 'important', 'none'] as const;
/** Which nodes get a label: every one, the most important in view, or only the selection's. */
export type LabelMode = (typeof LABEL_MODES)[number];

/** Something the gaps view asked the map to bring forward (a mixing cell, a declared tie). */
export type Focus =
  | { kind: 'sectors'; a: Sector; b: Sector }
  | { kind: 'tie'; source: string; target: string }
  | { kind: 'actors'; ids: string[] };

export interface ViewState {
  /** Empty list = no filter on that dimension. */
  areas: Area[];
  sectors: Sector[];
  types: CollaborationType[];
  statuses: Status[];
  neighbourhoods: string[];
  forums: ForumMode;
  selected: string | null;
  /** 0 = whole network with the selection highlighted; 1 or 2 = only that many steps out. */
  ego: EgoDepth;
  /** A metric id from the analytics catalogue, or 'none' for equal sizes. */
  metric: string;
  view: ViewMode;
  /** The sector whose missing ties the gaps view shows; null = gaps view closed. */
  gaps: Sector | null;
  focus: Focus | null;
  /** Null = chosen by the graph's size (render/labels.ts). */
  labels: LabelMode | null;
  /** Units drawn with a "part of" line to their parent. */
  hierarchy: boolean;
  /** The table's columns besides the name, by id; null = the defaults (ui/table-columns.ts). */
  columns: string[] | null;
  /** The round shown, read and written; null = the server's default round (the short routes). */
  round: RoundRef | null;
  /** Compare view: the baseline round (of the same mapping) the shown round is compared with. */
  compare: string | null;
  /**
   * Where the analyst moved the camera by hand; null = where the map puts it by itself (the whole
   * map, or a fit to the selection). While set, the map fits nothing by itself (map-view.ts).
   */
  camera: CameraView | null;
}

export const DEFAULT_STATE: ViewState = {
  areas: [],
  sectors: [],
  types: [],
  statuses: [],
  neighbourhoods: [],
  forums: 'nodes',
  selected: null,
  ego: 0,
  metric: 'degree',
  view: 'map',
  gaps: null,
  focus: null,
  labels: null,
  hierarchy: true,
  columns: null,
  round: null,
  compare: null,
  camera: null,
};

type ListKey = 'areas' | 'sectors' | 'types' | 'statuses' | 'neighbourhoods';
type ListValue<K extends ListKey> = ViewState[K][number];

/** Adds the value to a filter list or removes it when present. */
export function toggleFilter<K extends ListKey>(state: ViewState, key: K, value: ListValue<K>): ViewState {
  const list = state[key] as string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...state, [key]: next };
}

export function setFilter<K extends ListKey>(state: ViewState, key: K, values: ViewState[K]): ViewState {
  return { ...state, [key]: [...values] };
}

export function clearFilters(state: ViewState): ViewState {
  return { ...state, areas: [], sectors: [], types: [], statuses: [], neighbourhoods: [], focus: null };
}

export type FilterKey = ListKey;
export const FILTER_KEYS: readonly FilterKey[] = ['areas', 'sectors', 'types', 'statuses', 'neighbourhoods'];

/** Clears some filter dimensions (those hiding a chosen actor), or all of them when none is named. */
export function clearFilterKeys(state: ViewState, keys: readonly FilterKey[]): ViewState {
  if (keys.length === 0) return clearFilters(state);
  const next = { ...state };
  for (const k of keys) (next[k] as string[]) = [];
  return next;
}

/** Selecting another actor drops a focus from the gaps view: the analyst moved on. */
export function select(state: ViewState, id: string | null): ViewState {
  return { ...state, selected: id, focus: null, ego: id === null ? 0 : state.ego };
}

/** After the graph changed under the view (an actor deleted): forget what points at actors that are gone. */
export function withoutMissing(state: ViewState, exists: (id: string) => boolean): ViewState {
  let next = state.selected !== null && !exists(state.selected) ? select(state, null) : state;
  const f = next.focus;
  const gone =
    f === null || f.kind === 'sectors' ? false : f.kind === 'tie' ? !exists(f.source) || !exists(f.target) : !f.ids.every(exists);
  if (gone) next = { ...next, focus: null };
  return next;
}

export function setEgo(state: ViewState, ego: EgoDepth): ViewState {
  return { ...state, ego: state.selected === null ? 0 : ego };
}

export function setForums(state: ViewState, forums: ForumMode): ViewState {
  return { ...state, forums };
}

export function setMetric(state: ViewState, metric: string): ViewState {
  return { ...state, metric };
}

export function setLabels(state: ViewState, labels: LabelMode): ViewState {
  return { ...state, labels };
}

export function setHierarchy(state: ViewState, hierarchy: boolean): ViewState {
  return { ...state, hierarchy };
}

export function setColumns(state: ViewState, columns: string[]): ViewState {
  return { ...state, columns };
}

export function setView(state: ViewState, view: ViewMode): ViewState {
  return { ...state, view };
}

export function openGaps(state: ViewState, sector: Sector | null): ViewState {
  return { ...state, gaps: sector, focus: sector === null ? null : state.focus };
}

export function focusOn(state: ViewState, focus: Focus | null): ViewState {
  return { ...state, focus, selected: focus?.kind === 'tie' ? focus.source : state.selected };
}

/**
 * Another round: what pointed at one round's actors (a selection, a focus) is dropped, and so is
 * a comparison unless one is asked for with it.
 */
export function chooseRound(state: ViewState, round: RoundRef | null, compare: string | null = null): ViewState {
  return { ...state, round, compare, selected: null, ego: 0, focus: null };
}

export function setCompare(state: ViewState, compare: string | null): ViewState {
  return { ...state, compare, focus: null };
}

/** True when any filter narrows the graph (the UI offers "clear filters" then). */
export function isFiltered(state: ViewState): boolean {
  return [state.areas, state.sectors, state.types, state.statuses, state.neighbourhoods].some((l) => l.length > 0);
}

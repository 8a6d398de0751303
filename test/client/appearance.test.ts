import { describe, expect, it } from 'vitest';
import {
  computeHighlight,
  edgeAppearance,
  nodeAppearance,
  EMPTY_APPEARANCE,
  type AppearanceContext,
} from '../../client/src/graph/appearance.ts';
import { DIMMED_NODE, GAP_BORDER, SECTOR_COLORS, STATUS_STYLE, TYPE_COLORS, withAlpha } from '../../client/src/graph/colors.ts';
import { filterGraph } from '../../client/src/graph/filter.ts';
import { legendModel } from '../../client/src/graph/legend.ts';
import { DEFAULT_STATE } from '../../client/src/state/view-state.ts';
import { smallGraph } from './fixture.ts';

const g = smallGraph();
const edge = (key: string, ctx: AppearanceContext = EMPTY_APPEARANCE) => edgeAppearance(key, g.getEdgeAttributes(key), ctx);
const node = (key: string, ctx: AppearanceContext = EMPTY_APPEARANCE) => nodeAppearance(key, g.getNodeAttributes(key), ctx);

describe('reducers', () => {
  it('colours actors by sector and draws forums as rings', () => {
    expect(node('polisen')).toMatchObject({ color: SECTOR_COLORS.state, type: 'circle', label: 'Polisen' });
    expect(node('forum:trygghet').type).toBe('forum');
  });

  it('colours ties by type; desired dashed and faint, needs development dotted', () => {
    expect(edge('t1')).toMatchObject({ color: withAlpha(TYPE_COLORS.internal, STATUS_STYLE.active.alpha), type: 'line' });
    expect(edge('t2')).toMatchObject({ type: 'dotted' });
    const desired = edge('t3');
    expect(desired.type).toBe('dashed');
    expect(desired.color).toBe(withAlpha(TYPE_COLORS.state, STATUS_STYLE.desired.alpha));
    expect(STATUS_STYLE.desired.alpha).toBeLessThan(STATUS_STYLE.active.alpha);
  });

  it('highlights the selected actor and its neighbours and dims the rest', () => {
    const highlight = computeHighlight(g, 'foreningen', null);
    const ctx = { ...EMPTY_APPEARANCE, selected: 'foreningen', highlight };
    expect(node('foreningen', ctx)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node('kommunen', ctx).color).toBe(SECTOR_COLORS.municipal);
    expect(node('polisen', ctx)).toMatchObject({ color: DIMMED_NODE, label: null });
    expect(edge('t2', ctx).zIndex).toBe(1);
    expect(edge('t1', ctx).zIndex).toBe(0);
  });

  it('a sector-pair focus keeps the two sectors and the ties between them', () => {
    const h = computeHighlight(g, null, { kind: 'sectors', a: 'municipal', b: 'civil_society' })!;
    expect([...h.nodes].sort()).toEqual(['foreningen', 'kommunen', 'skolan']);
    expect([...h.edges]).toEqual(['t2']);
  });

  it('marks a group actor (its description begins "Stands for a group") with its own program, and counts it in the legend', () => {
    const attrs = { ...g.getNodeAttributes('foreningen'), description: 'Stands for a group: the associations of the area.' };
    expect(nodeAppearance('foreningen', attrs, EMPTY_APPEARANCE).type).toBe('group');
    expect(node('foreningen').type).toBe('circle');
    const copy = g.copy();
    copy.mergeNodeAttributes('foreningen', { description: attrs.description });
    expect(legendModel(copy, EMPTY_APPEARANCE, null).groups?.count).toBe(1);
    expect(legendModel(g, EMPTY_APPEARANCE, null).groups).toBeNull();
  });

  it('outlines gap actors with the border program', () => {
    const ctx = { ...EMPTY_APPEARANCE, outlined: new Set(['polisen']) };
    expect(node('polisen', ctx)).toMatchObject({ type: 'border', borderColor: GAP_BORDER });
    // Far from every sector colour (RGB distance), so a ring never blends with the fill it circles.
    const rgb = (hex: string) => [0, 2, 4].map((i) => Number.parseInt(hex.slice(1 + i, 3 + i), 16));
    const distance = (a: string, b: string) => Math.hypot(...rgb(a).map((v, i) => v - rgb(b)[i]!));
    for (const sector of Object.values(SECTOR_COLORS)) expect(distance(GAP_BORDER, sector)).toBeGreaterThan(120);
  });

  it('hides every edge while a big layout runs, and only then', () => {
    expect(edge('t1', { ...EMPTY_APPEARANCE, hideEdges: true })).toEqual({ hidden: true });
    expect(edge('t1').hidden).toBeUndefined();
  });

  it('uses metric sizes when given', () => {
    const ctx = { ...EMPTY_APPEARANCE, sizes: new Map([['polisen', 13]]) };
    expect(node('polisen', ctx).size).toBe(13);
  });
});

describe('legend', () => {
  it('lists exactly the sectors, types and statuses drawn', () => {
    const shown = filterGraph(g, { ...DEFAULT_STATE, statuses: ['active', 'desired'] });
    const legend = legendModel(shown, EMPTY_APPEARANCE, 'Degree');
    const drawnColors = new Set(shown.mapNodes((n, a) => nodeAppearance(n, a, EMPTY_APPEARANCE).color));
    for (const s of legend.sectors) expect(drawnColors).toContain(s.color);
    expect(legend.sectors.map((s) => s.id)).toEqual(['municipal', 'state', 'civil_society', 'business']);
    expect(legend.types.map((t) => t.id)).toEqual(['internal', 'state']);
    expect(legend.statuses.map((s) => [s.id, s.edgeType])).toEqual([
      ['active', 'line'],
      ['desired', 'dashed'],
    ]);
    expect(legend.forums?.count).toBe(1);
    expect(legend.memberships?.count).toBe(2);
    expect(legend.predicted).toBeNull();
    expect(legend.sizeMetric).toBe('Degree');
  });

  it('draws the shared-forum line as opaque as the map draws those ties', () => {
    const projected = filterGraph(g, { ...DEFAULT_STATE, forums: 'projected' });
    const legend = legendModel(projected, EMPTY_APPEARANCE, null);
    const key = projected.findEdge((_e, a) => a.kind === 'comembership')!;
    const drawn = edgeAppearance(key, projected.getEdgeAttributes(key), EMPTY_APPEARANCE);
    expect(legend.comemberships).not.toBeNull();
    expect(legend.comemberships!.alpha).toBeLessThan(1);
    expect(withAlpha(legend.comemberships!.color, legend.comemberships!.alpha)).toBe(drawn.color);
  });

  it('mentions outlined actors only when some are outlined', () => {
    expect(legendModel(g, EMPTY_APPEARANCE, null).outlined).toBeNull();
    expect(legendModel(g, { ...EMPTY_APPEARANCE, outlined: new Set(['polisen']) }, null).outlined?.count).toBe(1);
  });
});

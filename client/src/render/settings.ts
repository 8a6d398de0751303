// Sigma settings shared by the explorer and the benchmark's bare sigma page, so the benchmark
// compares like with like. The label grid settings here are the bare page's: the explorer
// replaces the grid with its own collision-aware placement (labels.ts).
import { createNodeBorderProgram } from '@sigma/node-border';
import type { Settings } from 'sigma/settings';
import { EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import { DashedEdgeProgram, DottedEdgeProgram } from './dashed-edge.ts';

/** Actors without a tie to the sector the gaps view asks about: a thick outline. */
const GapBorderProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.3 }, color: { attribute: 'borderColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

/** Forums: a ring, so they never read as an actor of some sector. */
const ForumProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.35 }, color: { attribute: 'borderColor' } },
    { size: { fill: true }, color: { value: '#ffffff' } },
  ],
});

/** Group actors (model.ts): a white ring inside the sector colour, a node made of many. */
const GroupProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.22 }, color: { attribute: 'color' } },
    { size: { value: 0.18 }, color: { value: '#ffffff' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

export function sigmaSettings(): Partial<Settings> {
  return {
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    labelFont: 'system-ui, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1d232b' },
    labelDensity: 0.5,
    labelGridCellSize: 150,
    labelRenderedSizeThreshold: 7,
    defaultNodeType: 'circle',
    defaultEdgeType: 'line',
    defaultEdgeColor: '#c3c7cd',
    zIndex: true,
    stagePadding: 40,
    minCameraRatio: 0.03,
    maxCameraRatio: 4,
    nodeProgramClasses: { circle: NodeCircleProgram, border: GapBorderProgram, forum: ForumProgram, group: GroupProgram },
    edgeProgramClasses: { line: EdgeRectangleProgram, dashed: DashedEdgeProgram, dotted: DottedEdgeProgram },
  };
}

// ForceAtlas2's settings for this map, shared by the layout an analyst runs (layout.ts) and the
// first layout (first-layout.ts), so both settle on the same kind of picture.
import type Graph from 'graphology';
import { inferSettings, type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export function layoutSettings(graph: Graph): ForceAtlas2Settings {
  // Stronger gravity than inferred keeps isolated actors near the rest instead of at the rim.
  return { ...inferSettings(graph), gravity: 0.6 };
}

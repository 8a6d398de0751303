// Dragging a node moves it and it stays there (issue #12, item 4): the position is written to
// the display graph, which keeps it through filtering (sync.ts). The bounding box is held still
// from the first drag on, or sigma would re-fit the map under the pointer and again at the drop;
// the map lets it go when the layout runs (map-view.ts).
import type Sigma from 'sigma';
import type { DataGraph } from '../graph/model.ts';

/** Whether the click that follows a press was the end of a drag (and so is no click). */
export interface Drag {
  endedDrag(): boolean;
}

export function enableDrag(sigma: Sigma, graph: DataGraph, onDragStart: () => void, onDrop: () => void): Drag {
  let dragged: string | null = null;
  let moved = false;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    onDragStart();
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on('moveBody', ({ event }) => {
    if (dragged === null || !graph.hasNode(dragged)) return;
    const { x, y } = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x, y });
    moved = true;
    // The pointer moves the node, not the camera.
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const drop = () => {
    if (dragged === null) return;
    dragged = null;
    onDrop();
  };
  sigma.on('upNode', drop);
  sigma.on('upStage', drop);
  // Sigma counts no drag when its default is prevented, so it reports a click at the drop.
  return { endedDrag: () => moved };
}

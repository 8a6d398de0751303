// Data graph -> filtered graph (Gephi Lite's middle stage): a pure function of the data and the
// view state. Areas, neighbourhoods and sectors follow the scope rule (docs/domain.md, called
// from server/domain/scope.ts), so the figures the API computes for these filters describe this
// very graph; type and status choose ties on top. Forums are kept as nodes, projected into
// co-membership ties, or left out. An ego view keeps only the selected actor's neighbourhood.
// Units get a "part of" line to their parent unless the view turns the hierarchy off.
import Graph from 'graphology';
import type { ViewState } from '../state/view-state.ts';
import type { ActorNode, CollaborationEdge, DataGraph, EdgeAttrs, NodeAttrs, PredictedEdge } from './model.ts';
import { forumInScope, scopeRules, within } from '../../../server/domain/scope.ts';

export type FilterInput = Pick<
  ViewState,
  'areas' | 'sectors' | 'types' | 'statuses' | 'neighbourhoods' | 'forums' | 'selected' | 'ego' | 'hierarchy'
>;

export interface Suggestion {
  source: string;
  target: string;
  attrs: PredictedEdge;
}

/** The filter's rules: the analytics' scope rules (server/domain/scope.ts), plus type and status. */
function rulesOf(filter: FilterInput) {
  const scope = scopeRules(filter);
  return {
    /** Is the tie of the types and statuses, in one of the areas and neighbourhoods (sectors aside)? */
    tieInPlace: (tie: CollaborationEdge, [source, target]: [ActorNode, ActorNode]): boolean =>
      within(filter.types, tie.type) && within(filter.statuses, tie.status) && scope.tieInPlace(tie, source, target),
    /** Does the actor match the areas and neighbourhoods on its own, without a tie? */
    actorInPlace: (actor: ActorNode) => scope.actorInPlace(actor),
    inSectors: (actor: ActorNode) => scope.inSectors(actor.sector),
  };
}

/** Is this tie drawn: in the filter's place, between two actors of its sectors? */
export function keepsTie(filter: FilterInput, tie: CollaborationEdge, ends: [ActorNode, ActorNode]): boolean {
  const rules = rulesOf(filter);
  return rules.tieInPlace(tie, ends) && rules.inSectors(ends[0]) && rules.inSectors(ends[1]);
}

export function filterGraph(data: DataGraph, filter: FilterInput, suggestions: readonly Suggestion[] = []): DataGraph {
  const out: DataGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: true, allowSelfLoops: false });
  const rules = rulesOf(filter);
  const placed: string[] = [];
  const touched = new Set<string>();
  data.forEachEdge((edge, attrs, source, target, sa, ta) => {
    if (attrs.kind !== 'collaboration' || sa.kind !== 'actor' || ta.kind !== 'actor') return;
    if (!rules.tieInPlace(attrs, [sa, ta])) return;
    placed.push(edge);
    touched.add(source).add(target);
  });

  data.forEachNode((key, attrs) => {
    if (attrs.kind === 'actor' && rules.inSectors(attrs) && (touched.has(key) || rules.actorInPlace(attrs))) out.addNode(key, attrs);
  });
  for (const edge of placed) {
    const source = data.source(edge);
    const target = data.target(edge);
    if (out.hasNode(source) && out.hasNode(target)) out.addUndirectedEdgeWithKey(edge, source, target, data.getEdgeAttributes(edge));
  }
  if (filter.forums !== 'hidden') addForums(data, out, filter);
  // The ego view steps along ties and shared forums only; a suggestion is not a step, so it is
  // drawn only between actors the view already holds.
  const kept =
    filter.selected !== null && filter.ego > 0 && out.hasNode(filter.selected) ? egoNetwork(out, filter.selected, filter.ego) : out;
  // Like a suggestion, a "part of" line is no step of the ego view: drawn between nodes it holds.
  if (filter.hierarchy) addPartOf(kept);
  for (const s of suggestions) {
    if (kept.hasNode(s.source) && kept.hasNode(s.target)) {
      kept.addUndirectedEdgeWithKey(`predicted:${s.source}:${s.target}`, s.source, s.target, s.attrs);
    }
  }
  return kept;
}

/** A light line from every unit on the map to its parent on the map. */
function addPartOf(graph: DataGraph): void {
  graph.forEachNode((unit, attrs) => {
    const parent = attrs.kind === 'actor' ? attrs.parentId : undefined;
    if (parent !== undefined && graph.hasNode(parent)) graph.addUndirectedEdgeWithKey(`part-of:${unit}`, unit, parent, { kind: 'partOf' });
  });
}

function addForums(data: DataGraph, out: DataGraph, filter: FilterInput): void {
  const pairs = new Map<string, { a: string; b: string; forums: string[] }>();
  data.forEachNode((forum, attrs) => {
    if (attrs.kind !== 'forum') return;
    if (!forumInScope(filter, attrs.areas)) return;
    const members = data
      .neighbors(forum)
      .filter((m) => out.hasNode(m))
      .sort();
    if (members.length === 0) return;
    if (filter.forums === 'nodes') {
      out.addNode(forum, attrs);
      data.forEachEdge(forum, (edge, e, s, t) => {
        const member = s === forum ? t : s;
        if (e.kind === 'membership' && out.hasNode(member)) out.addUndirectedEdgeWithKey(edge, member, forum, e);
      });
      return;
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        const key = `${a}\n${b}`;
        const pair = pairs.get(key) ?? { a, b, forums: [] };
        pair.forums.push(forum);
        pairs.set(key, pair);
      }
    }
  });
  for (const { a, b, forums } of pairs.values()) {
    out.addUndirectedEdgeWithKey(`co:${a}:${b}`, a, b, { kind: 'comembership', forums, weight: forums.length });
  }
}

/** The nodes within `depth` steps of `center`, and every edge among them. */
export function egoNetwork(graph: DataGraph, center: string, depth: number): DataGraph {
  const seen = new Set([center]);
  let frontier = [center];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const n of graph.neighbors(node)) {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  const out: DataGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: true, allowSelfLoops: false });
  for (const n of seen) out.addNode(n, graph.getNodeAttributes(n));
  graph.forEachEdge((edge, attrs, s, t) => {
    if (seen.has(s) && seen.has(t)) out.addUndirectedEdgeWithKey(edge, s, t, attrs);
  });
  return out;
}

// The graph formats' common shape: actors and forums as nodes (a forum's key is "forum:<id>"),
// collaborations and memberships as edges, `kind` telling them apart, and the sources as one
// JSON graph attribute. Attributes are the flat records of export/records.ts; an export's metrics
// are actor node attributes, and its filters one `filters` graph attribute (`area=housing&…`).
import type { GraphSnapshot } from '../../store/port.ts';
import { FILTERS_ATTRIBUTE, FORUM_KEY_PREFIX, SOURCES_ATTRIBUTE } from '../graphs/sheets.ts';
import { actorAttributes, type ExportOptions, type FlatRecord, forumAttributes, metricFields, tieAttributes } from './records.ts';

export interface FlatNode {
  key: string;
  attributes: FlatRecord;
}

export interface FlatEdge {
  key: string;
  source: string;
  target: string;
  directed: boolean;
  attributes: FlatRecord;
}

export interface FlatGraph {
  attributes: FlatRecord;
  nodes: FlatNode[];
  edges: FlatEdge[];
}

export function flatGraph(snapshot: GraphSnapshot, options: ExportOptions = {}): FlatGraph {
  const nodes: FlatNode[] = snapshot.actors.map((actor) => ({
    key: actor.id,
    attributes: Object.assign(actorAttributes(actor, { kind: 'actor' }), metricFields(options.metrics, actor.id)),
  }));
  const edges: FlatEdge[] = snapshot.collaborations.map((tie) => ({
    key: tie.id,
    source: tie.source,
    target: tie.target,
    directed: tie.directed,
    attributes: tieAttributes(tie, { kind: 'collaboration' }),
  }));
  for (const forum of snapshot.forums) {
    const key = `${FORUM_KEY_PREFIX}${forum.id}`;
    nodes.push({ key, attributes: forumAttributes(forum, { kind: 'forum' }) });
    for (const member of forum.members)
      edges.push({
        key: `member:${forum.id}:${member.actorId}`,
        source: member.actorId,
        target: key,
        directed: false,
        attributes: { kind: 'membership', role: member.role },
      });
  }
  const attributes: FlatRecord = snapshot.sources.length > 0 ? { [SOURCES_ATTRIBUTE]: JSON.stringify(snapshot.sources) } : {};
  const filters = Object.entries(options.filters ?? {}).map(([name, value]) => `${name}=${value}`);
  if (filters.length > 0) attributes[FILTERS_ATTRIBUTE] = filters.join('&');
  return { attributes, nodes, edges };
}

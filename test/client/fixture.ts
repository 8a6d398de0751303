// A small named network for the client's pure modules, in /api/graph's serialized shape:
//   kommunen (municipal) —active/internal— skolan (municipal, unit of kommunen)
//   kommunen —needs_development/civil_society— foreningen (civil society, Kronogården)
//   polisen (state) —desired/state— skolan
//   foretaget (business) has no ties; both kommunen and polisen sit in the forum "trygghet".
import { graphFromSerialized, type SerializedGraph } from '../../client/src/graph/model.ts';

const actor = (key: string, name: string, sector: string, areas: string[], extra: Record<string, unknown> = {}) => ({
  key,
  attributes: { kind: 'actor', label: name, name, sector, areas, neighbourhoods: [], targetGroups: [], evidence: [], ...extra },
});
const tie = (
  key: string,
  source: string,
  target: string,
  type: string,
  status: string,
  areas: string[],
  extra: Record<string, unknown> = {},
) => ({
  key,
  source,
  target,
  undirected: true,
  attributes: { kind: 'collaboration', type, status, areas, forms: [], directed: false, neighbourhoods: [], evidence: [], ...extra },
});

export const SMALL: SerializedGraph = {
  options: { type: 'mixed', multi: true, allowSelfLoops: false },
  attributes: { version: 1 },
  nodes: [
    actor('kommunen', 'Trollhättans Stad', 'municipal', ['housing', 'crime']),
    actor('skolan', 'Utbildningsförvaltningen', 'municipal', ['education'], { parentId: 'kommunen' }),
    actor('foreningen', 'Föreningen Kronogården', 'civil_society', ['democracy_civil_society'], { neighbourhoods: ['Kronogården'] }),
    actor('polisen', 'Polisen', 'state', ['crime']),
    actor('foretaget', 'Företaget AB', 'business', ['labour_market']),
    {
      key: 'forum:trygghet',
      attributes: {
        kind: 'forum',
        label: 'Trygghetsgruppen',
        name: 'Trygghetsgruppen',
        areas: ['crime'],
        neighbourhoods: [],
        evidence: [],
      },
    },
  ],
  edges: [
    tie('t1', 'kommunen', 'skolan', 'internal', 'active', ['education']),
    tie('t2', 'kommunen', 'foreningen', 'civil_society', 'needs_development', ['democracy_civil_society']),
    tie('t3', 'polisen', 'skolan', 'state', 'desired', ['crime']),
    {
      key: 'member:trygghet:kommunen',
      source: 'kommunen',
      target: 'forum:trygghet',
      undirected: true,
      attributes: { kind: 'membership', role: 'lead', forumId: 'trygghet' },
    },
    {
      key: 'member:trygghet:polisen',
      source: 'polisen',
      target: 'forum:trygghet',
      undirected: true,
      attributes: { kind: 'membership', role: 'member', forumId: 'trygghet' },
    },
  ],
};

export const smallGraph = () => graphFromSerialized(SMALL);

// A seeded, clustered synthetic network in /api/graph's format, for the render benchmark and
// the layout's end-to-end test (graphs far bigger than the seed dataset).
const SECTORS = ['municipal', 'regional', 'state', 'civil_society', 'business'];
const STATUSES = ['active', 'active', 'active', 'active', 'active', 'active', 'needs_development', 'needs_development', 'desired', 'ended'];

/** A seeded generator so both pages and every run see the same graph. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 3266489909) >>> 0;
    return ((s ^ (s >>> 16)) >>> 0) / 4294967296;
  };
}

function tieType(a: string, b: string): string {
  if (a === 'municipal' && b === 'municipal') return 'internal';
  if (a === 'civil_society' || b === 'civil_society') return 'civil_society';
  if (a === 'business' || b === 'business') return 'business';
  return 'state';
}

/** Clustered synthetic network in /api/graph's format, with positions so no layout is needed. */
export function syntheticGraph(order: number, size: number, seed = 1) {
  const rand = random(seed);
  const clusters = Math.max(4, Math.round(Math.sqrt(order) / 3));
  const centres = Array.from({ length: clusters }, () => ({ x: rand() * 1000, y: rand() * 1000 }));
  const nodes = Array.from({ length: order }, (_, i) => {
    const c = centres[i % clusters]!;
    const r = Math.sqrt(rand()) * 120;
    const a = rand() * Math.PI * 2;
    const sector = SECTORS[Math.floor(rand() * SECTORS.length)]!;
    return {
      key: `a${i}`,
      attributes: {
        kind: 'actor',
        label: `Actor ${i}`,
        name: `Actor ${i}`,
        sector,
        areas: [],
        neighbourhoods: [],
        targetGroups: [],
        evidence: [],
        x: c.x + Math.cos(a) * r,
        y: c.y + Math.sin(a) * r,
      },
    };
  });
  const seen = new Set<string>();
  const edges = [];
  while (edges.length < size) {
    const s = Math.floor(rand() * order);
    // Mostly within the cluster, sometimes across: a network with structure, like real ones.
    const t = rand() < 0.85 ? (s + clusters * (1 + Math.floor(rand() * 20))) % order : Math.floor(rand() * order);
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    const status = STATUSES[Math.floor(rand() * STATUSES.length)]!;
    edges.push({
      key: `t${edges.length}`,
      source: `a${s}`,
      target: `a${t}`,
      undirected: true,
      attributes: {
        kind: 'collaboration',
        type: tieType(nodes[s]!.attributes.sector, nodes[t]!.attributes.sector),
        status,
        areas: [],
        forms: [],
        directed: false,
        neighbourhoods: [],
        evidence: [],
      },
    });
  }
  return { options: { type: 'mixed', multi: true, allowSelfLoops: false }, attributes: { version: 1 }, nodes, edges };
}

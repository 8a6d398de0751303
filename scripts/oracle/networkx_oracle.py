#!/usr/bin/env python3
"""networkx as the oracle for Samverkan's analytics (test/analytics/oracle.test.ts).

Reads one graph as JSON on stdin and prints, as JSON on stdout, what networkx computes for every
centrality, the structure measures and the modularity of given partitions -- unweighted and
weighted, with the weight semantics Samverkan uses:

  * `weight` is the closeness of a tie (more = closer): strength for degree, eigenvector,
    PageRank, constraint, clustering and modularity;
  * `distance` (1/weight) is its length: what betweenness and harmonic closeness walk.

Input:
  {"nodes": ["a", ...],
   "edges": [["a", "b", weight, distance, ["internal", ...]], ...],
   "types": ["internal", "state", "civil_society", "business"],
   "betweennessSources": ["a", ...] | null,       # the sample of sampled betweenness
   "partitions": {"unweighted": {"a": 0, ...}, "weighted": {...}},   # optional
   "resolution": 1.0, "seed": 1, "eigenvectorMaxIter": 1000}

Run: .venv/bin/python scripts/oracle/networkx_oracle.py < graph.json   (.venv: `npm run prerequisites`)
"""
import json
import math
import random
import sys

import networkx as nx


class FixedSample(random.Random):
    """A Random whose sample() returns the given sources: networkx then samples exactly those."""

    def __init__(self, sources):
        super().__init__(0)
        self.sources = list(sources)

    def sample(self, population, k, **kwargs):
        assert k == len(self.sources)
        return list(self.sources)


def clean(values):
    """NaN (networkx's "undefined") becomes null: JSON has no NaN."""
    return {str(k): (None if isinstance(v, float) and math.isnan(v) else float(v)) for k, v in values.items()}


def attempt(fn):
    try:
        return fn()
    except Exception as error:  # noqa: BLE001 -- reported to the test, which decides
        return {"error": f"{type(error).__name__}: {error}"}


def measures(G, data, weighted):
    strength = "weight" if weighted else None
    length = "distance" if weighted else None
    out = {
        "degree": clean(dict(G.degree(weight=strength))),
        "degreeByType": {},
        "betweenness": clean(nx.betweenness_centrality(G, weight=length)),
        "betweennessRaw": clean(nx.betweenness_centrality(G, weight=length, normalized=False)),
        "harmonic": clean(nx.harmonic_centrality(G, distance=length)),
        "eigenvector": attempt(
            lambda: clean(nx.eigenvector_centrality(G, weight=strength, max_iter=data.get("eigenvectorMaxIter", 1000)))
        ),
        "pagerank": clean(nx.pagerank(G, weight=strength)),
        "core": clean(nx.core_number(G)),
        "constraint": clean(nx.constraint(G, weight=strength)),
        "clustering": clean(nx.clustering(G, weight=strength)),
    }
    for t in data.get("types", []):
        H = nx.Graph()
        H.add_nodes_from(G)
        H.add_edges_from((u, v, d) for u, v, d in G.edges(data=True) if t in d["types"])
        out["degreeByType"][t] = clean(dict(H.degree(weight=strength)))
    sources = data.get("betweennessSources")
    if sources:
        out["betweennessSampled"] = clean(
            nx.betweenness_centrality(G, k=len(sources), weight=length, seed=FixedSample(sources))
        )
    resolution = data.get("resolution", 1.0)
    if G.number_of_edges() > 0:
        found = nx.community.louvain_communities(G, weight=strength, resolution=resolution, seed=data.get("seed", 1))
        out["louvainModularity"] = nx.community.modularity(G, found, weight=strength, resolution=resolution)
    partition = (data.get("partitions") or {}).get("weighted" if weighted else "unweighted")
    if partition is not None:
        groups = {}
        for node, label in partition.items():
            groups.setdefault(label, set()).add(node)
        communities = list(groups.values())
        out["isPartition"] = nx.community.is_partition(G, communities)
        out["modularity"] = (
            nx.community.modularity(G, communities, weight=strength, resolution=resolution)
            if G.number_of_edges() > 0
            else None
        )
    return out


def structure(G):
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "density": nx.density(G),
        "components": sorted(sorted(c) for c in nx.connected_components(G)),
        "isolates": sorted(nx.isolates(G)),
        "bridges": sorted(sorted(e) for e in nx.bridges(G)),
        "articulationPoints": sorted(nx.articulation_points(G)),
    }


def main():
    data = json.load(sys.stdin)
    G = nx.Graph()
    G.add_nodes_from(data["nodes"])
    for source, target, weight, distance, types in data["edges"]:
        G.add_edge(source, target, weight=weight, distance=distance, types=types)
    result = {
        "networkx": nx.__version__,
        "unweighted": measures(G, data, weighted=False),
        "weighted": measures(G, data, weighted=True),
        "structure": structure(G),
    }
    json.dump(result, sys.stdout, allow_nan=False)


if __name__ == "__main__":
    main()

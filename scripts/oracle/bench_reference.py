#!/usr/bin/env python3
"""Reference timings for bench/analytics.ts: the same metrics in igraph and networkx, on the same
graph, in the same run.

Usage: .venv/bin/python scripts/oracle/bench_reference.py EDGELIST N METRIC[,METRIC...] [--weighted]
  EDGELIST: one tie per line, "a b weight distance" with 0-based node indices; N: node count.
Prints JSON {metric: {"igraph": seconds | null, "networkx": seconds | null, "networkxEstimated": bool}}.

Each timing is the best of a few runs for cheap metrics and a single run for quadratic ones.
networkx's exact betweenness and closeness are estimated on large graphs from a timed sample of
sources (time x n / sources) because the full run takes many minutes; the result says so.
"""
import json
import sys
import time

import igraph as ig
import networkx as nx

SAMPLES = 256
NX_SAMPLE_SOURCES = 64  # sources timed when networkx's exact run would be too long
NX_EXACT_LIMIT = 10_000_000  # n * m above which networkx's quadratic metrics are estimated


def best(fn, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    path, n, metrics = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
    weighted = "--weighted" in sys.argv[4:]
    edges, weights, distances = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            a, b, w, d = line.split()
            edges.append((int(a), int(b)))
            weights.append(float(w))
            distances.append(float(d))
    g = ig.Graph(n=n, edges=edges, directed=False)
    g.es["weight"] = weights
    g.es["distance"] = distances
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for (a, b), w, d in zip(edges, weights, distances):
        G.add_edge(a, b, weight=w, distance=d)

    strength = "weight" if weighted else None
    length = "distance" if weighted else None
    m = len(edges)
    quadratic_ok = n * m <= NX_EXACT_LIMIT
    sample = list(range(0, n, max(1, n // NX_SAMPLE_SOURCES)))[:NX_SAMPLE_SOURCES]

    def nx_betweenness():
        if quadratic_ok:
            return best(lambda: nx.betweenness_centrality(G, weight=length), 1), False
        t = best(lambda: nx.betweenness_centrality_subset(G, sample, list(G), weight=length), 1)
        return t * n / len(sample), True

    def nx_closeness():
        if quadratic_ok:
            return best(lambda: nx.harmonic_centrality(G, distance=length), 1), False
        t = best(lambda: nx.harmonic_centrality(G, sources=sample, distance=length), 1)
        return t * n / len(sample), True

    def structure_igraph():
        g.connected_components()
        g.bridges()
        g.articulation_points()

    def structure_networkx():
        list(nx.connected_components(G))
        list(nx.bridges(G))
        list(nx.articulation_points(G))
        list(nx.isolates(G))
        nx.density(G)

    cases = {
        "degree": (lambda: g.degree(), lambda: dict(G.degree())),
        "weighted_degree": (lambda: g.strength(weights="weight"), lambda: dict(G.degree(weight="weight"))),
        "betweenness": (lambda: g.betweenness(directed=False, weights=length), None),
        "betweenness_sampled": (None, lambda: nx.betweenness_centrality(G, k=min(SAMPLES, n), weight=length, seed=1)),
        "closeness": (lambda: g.harmonic_centrality(weights=length), None),
        "eigenvector": (
            lambda: g.eigenvector_centrality(scale=False, weights=strength),
            lambda: nx.eigenvector_centrality(G, weight=strength, max_iter=1000),
        ),
        "pagerank": (lambda: g.pagerank(weights=strength), lambda: nx.pagerank(G, weight=strength)),
        "core": (lambda: g.coreness(), lambda: nx.core_number(G)),
        "constraint": (lambda: g.constraint(weights=strength), lambda: nx.constraint(G, weight=strength)),
        "clustering": (
            lambda: g.transitivity_local_undirected(mode="zero", weights=strength),
            lambda: nx.clustering(G, weight=strength),
        ),
        "louvain": (
            lambda: g.community_multilevel(weights=strength),
            lambda: nx.community.louvain_communities(G, weight=strength, seed=1),
        ),
        "structure": (structure_igraph, structure_networkx),
    }
    heavy = {"betweenness", "closeness", "betweenness_sampled"}
    out = {}
    for metric in metrics:
        runs = 1 if metric in heavy else 3
        ig_fn, nx_fn = cases[metric]
        result = {"igraph": None, "networkx": None, "networkxEstimated": False}
        if ig_fn is not None:
            result["igraph"] = best(ig_fn, runs)
        if metric == "betweenness":
            result["networkx"], result["networkxEstimated"] = nx_betweenness()
        elif metric == "closeness":
            result["networkx"], result["networkxEstimated"] = nx_closeness()
        elif nx_fn is not None:
            result["networkx"] = best(nx_fn, runs)
        out[metric] = result
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()

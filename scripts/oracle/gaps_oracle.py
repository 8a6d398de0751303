#!/usr/bin/env python3
"""networkx as the oracle for Samverkan's gap analytics (server/analytics/gaps/).

Reads one JSON request on stdin, writes one JSON answer on stdout. Nodes are 0..n-1.

  {"mode": "link_prediction", "n": N, "edges": [[u, v], ...], "pairs": [[u, v], ...] | null}
      -> {"pairs": [[u, v, adamic_adar, resource_allocation, jaccard], ...]}
      pairs null: every unlinked pair within two hops (u < v).
  {"mode": "subset_betweenness", "n": N, "edges": [...], "sources": [...], "targets": [...]}
      -> {"betweenness": [b_0, ..., b_{n-1}]}   (normalized=False)
  {"mode": "constraint", "n": N, "edges": [...]}
      -> {"constraint": [c_0 | null, ...]}       (null for isolates, where networkx gives nan)
  {"mode": "time_link_prediction", "n": N, "edges": [...], "repeat": R}
      -> {"pairs": P, "seconds": best of R runs of all three indices over the two-hop pairs,
          "enumerate_seconds": time to list the two-hop pairs themselves}

Exits 3 with a message when networkx cannot be imported, so the caller can say what to install.
"""
import json
import math
import sys
import time

try:
    import networkx as nx
except ImportError:  # pragma: no cover - reported to the test
    sys.stderr.write("networkx is not installed for this Python\n")
    sys.exit(3)


def graph(request):
    g = nx.Graph()
    g.add_nodes_from(range(request["n"]))
    g.add_edges_from(tuple(e) for e in request["edges"])
    return g


def two_hop_pairs(g):
    pairs = set()
    for w in g:
        nbrs = sorted(g[w])
        for i, u in enumerate(nbrs):
            for v in nbrs[i + 1:]:
                if not g.has_edge(u, v):
                    pairs.add((u, v))
    return sorted(pairs)


def link_prediction(g, pairs):
    aa = nx.adamic_adar_index(g, pairs)
    ra = nx.resource_allocation_index(g, pairs)
    jc = nx.jaccard_coefficient(g, pairs)
    return [[u, v, a, r, j] for (u, v, a), (_, _, r), (_, _, j) in zip(aa, ra, jc)]


def main():
    request = json.load(sys.stdin)
    g = graph(request)
    mode = request["mode"]
    if mode == "link_prediction":
        pairs = request.get("pairs")
        pairs = two_hop_pairs(g) if pairs is None else [tuple(p) for p in pairs]
        answer = {"pairs": link_prediction(g, pairs)}
    elif mode == "subset_betweenness":
        b = nx.betweenness_centrality_subset(g, request["sources"], request["targets"], normalized=False)
        answer = {"betweenness": [b[v] for v in range(request["n"])]}
    elif mode == "constraint":
        c = nx.constraint(g)
        answer = {"constraint": [None if math.isnan(c[v]) else c[v] for v in range(request["n"])]}
    elif mode == "time_link_prediction":
        start = time.perf_counter()
        pairs = two_hop_pairs(g)
        enumerate_seconds = time.perf_counter() - start
        best = math.inf
        for _ in range(request.get("repeat", 3)):
            start = time.perf_counter()
            link_prediction(g, pairs)
            best = min(best, time.perf_counter() - start)
        answer = {"pairs": len(pairs), "seconds": best, "enumerate_seconds": enumerate_seconds}
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()

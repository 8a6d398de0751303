#!/usr/bin/env python3
"""networkx reads Samverkan's GraphML, GEXF and node-link exports (test/interchange/networkx.test.ts).

Input on stdin: {"graphml": path, "gexf": path, "node-link": path}
Output on stdout, per format: {"nodes": {key: {attr: value}}, "edges": [[source, target, {attr: value}]]}
so the test can compare counts and attributes with what was exported.

Run: .venv/bin/python scripts/oracle/read_exports.py < paths.json
"""
import json
import sys

import networkx as nx


def describe(graph):
    return {
        "nodes": {str(node): data for node, data in graph.nodes(data=True)},
        "edges": [[str(u), str(v), data] for u, v, data in graph.edges(data=True)],
    }


def main():
    paths = json.load(sys.stdin)
    with open(paths["node-link"], encoding="utf-8") as handle:
        node_link = nx.node_link_graph(json.load(handle), edges="edges")
    out = {
        "graphml": describe(nx.read_graphml(paths["graphml"])),
        "gexf": describe(nx.read_gexf(paths["gexf"])),
        "node-link": describe(node_link),
    }
    json.dump(out, sys.stdout, default=str)


if __name__ == "__main__":
    main()

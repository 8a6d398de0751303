#!/usr/bin/env python3
"""Writes the named fixture graphs in test/fixtures/graphs/ from networkx's own copies.

Run once (.venv/bin/python scripts/oracle/make_fixtures.py); the JSON is committed, so tests never depend
on this script, only on networkx for the oracle. test/fixtures/graphs/README.md explains them.
"""
import json
import pathlib

import networkx as nx

OUT = pathlib.Path(__file__).resolve().parents[2] / "test" / "fixtures" / "graphs"


def write(name, description, source, G, weight=None):
    data = {
        "name": name,
        "description": description,
        "source": source,
        "networkx": nx.__version__,
        "nodes": [str(n) for n in G],
        "edges": [[str(u), str(v), d.get(weight, 1) if weight else 1] for u, v, d in G.edges(data=True)],
    }
    # One edge per line: readable in a diff, small on disk.
    text = "{\n" + "".join(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},\n" for k, v in data.items() if k != "edges")
    text += ' "edges": [\n'
    text += ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in data["edges"]) + "\n ]\n}\n"
    json.loads(text)
    path = OUT / f"{name}.json"
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write(
        "karate-club",
        "Zachary's karate club: 34 members of a university karate club and the 78 pairs who met "
        "outside the club; the club later split in two. Weight = number of contexts the pair "
        "shared (1-7), as in Zachary's weighted matrix.",
        "networkx.karate_club_graph() — W. W. Zachary, J. Anthropol. Res. 33 (1977) 452-473",
        nx.karate_club_graph(),
        weight="weight",
    )
    write(
        "florentine-families",
        "Padgett's Florentine families: 15 leading families of Renaissance Florence and the 20 "
        "marriage ties between them (unweighted). The Medici's brokerage position is the classic "
        "betweenness example.",
        "networkx.florentine_families_graph() — J. F. Padgett & C. K. Ansell, Am. J. Sociol. 98 (1993) 1259-1319",
        nx.florentine_families_graph(),
    )


if __name__ == "__main__":
    main()

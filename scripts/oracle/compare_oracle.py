#!/usr/bin/env python3
"""An independent computation of a comparison of two rounds (server/compare/), for the tests.

    compare_oracle.py FROM.json TO.json [--predicted PAIRS.json] [--top N]

FROM.json and TO.json each hold one round: a graph snapshot ({actors, collaborations, forums})
or the /api/graph serialized format ({nodes, edges}, server/graph/serialize.ts). PAIRS.json, when
given, lists the earlier round's suggested links as [[actor, actor], ...]: the oracle does not
rank suggestions (the gap analytics' own oracle covers that) but follows them up and scores them
with networkx's Adamic-Adar. Writes one JSON answer on stdout; exits 3 when networkx is missing.

The rules are the ones the comparison documents, computed here from scratch:
- the actor graph: actors as nodes, one edge per pair with an active or needs-development tie;
  ties whose actors are missing from their round are left out;
- ties match by id when they join the same pair; a new tie (not ended) re-records the first by
  id of the earlier ties (not ended) that the later round lost or ended, joining the same pair
  and sharing an area with it (or both naming none);
- ranks are competition ranks, equal within a relative 1e-9; a riser's (faller's) own value rose
  (fell) too, beyond that tolerance.
"""
import json
import sys

try:
    import networkx as nx
except ImportError:  # pragma: no cover - reported to the test
    sys.stderr.write("networkx is not installed for this Python\n")
    sys.exit(3)

SECTORS = ["municipal", "regional", "state", "civil_society", "business"]
EXISTING = ("active", "needs_development")
LEVEL = {"desired": 1, "needs_development": 2, "active": 3}


def read_round(path):
    with open(path, encoding="utf8") as f:
        data = json.load(f)
    if "nodes" not in data:
        return data["actors"], data["collaborations"], data["forums"]
    actors, ties, forums = [], [], {}
    for node in data["nodes"]:
        a = node["attributes"]
        if a["kind"] == "actor":
            actors.append({"id": node["key"], "name": a["name"], "sector": a["sector"]})
        else:
            forums[a["id"]] = {"id": a["id"], "name": a["name"], "members": []}
    for edge in data["edges"]:
        a = edge["attributes"]
        if a["kind"] == "collaboration":
            tie = {"id": edge["key"], "source": edge["source"], "target": edge["target"]}
            tie.update({k: a[k] for k in ("status", "areas", "forms", "strength") if k in a})
            ties.append(tie)
        else:
            forums[a["forumId"]]["members"].append({"actorId": edge["source"]})
    return actors, ties, list(forums.values())


class Round:
    def __init__(self, path):
        actors, ties, forums = read_round(path)
        self.actors = {a["id"]: a for a in actors}
        self.ties = {t["id"]: t for t in ties if t["source"] in self.actors and t["target"] in self.actors}
        self.forums = {f["id"]: f for f in forums}
        self.graph = nx.Graph()
        self.graph.add_nodes_from(self.actors)
        self.graph.add_edges_from((t["source"], t["target"]) for t in self.ties.values() if t["status"] in EXISTING)

    def sector(self, actor):
        return self.actors[actor]["sector"]


def pair(tie):
    return frozenset((tie["source"], tie["target"]))


def same_place(a, b):
    return (not a and not b) or bool(set(a) & set(b))


def status_kind(old, new):
    if old == new or new == "ended":
        return None
    if old == "ended":
        return "revived"
    if old == "desired":
        return "gap_closed"
    if new == "desired":
        return "lapsed"
    return "strengthened" if new == "active" else "weakened"


def match(r1, r2):
    same = {i: (r1.ties[i], t) for i, t in r2.ties.items() if i in r1.ties and pair(r1.ties[i]) == pair(t)}
    fresh = sorted(i for i, t in r2.ties.items() if i not in same and t["status"] != "ended")
    gone = sorted(
        i for i, t in r1.ties.items()
        if t["status"] != "ended" and (i not in same or same[i][1]["status"] == "ended")
    )
    used, rerecorded, added = set(), [], []
    for i in fresh:
        t = r2.ties[i]
        old = next((g for g in gone if g not in used and pair(r1.ties[g]) == pair(t) and same_place(r1.ties[g]["areas"], t["areas"])), None)
        if old is None:
            added.append(i)
        else:
            used.add(old)
            rerecorded.append((old, i))
    pairs = [(i, i) for i in same if i not in used] + rerecorded
    ended = [[g, "status_ended" if g in same else "removed", r1.ties[g]["status"]] for g in gone if g not in used]
    return pairs, added, ended, rerecorded


def tie_changes(r1, r2, pairs, added, ended, rerecorded):
    changed, attributes, unchanged = [], [], 0
    for old_id, new_id in sorted(pairs, key=lambda p: p[1]):
        old, new = r1.ties[old_id], r2.ties[new_id]
        if new["status"] == "ended" and old["status"] != "ended":
            continue
        kind = status_kind(old["status"], new["status"])
        if kind:
            changed.append([new_id, old["status"], new["status"], kind])
        diff = {}
        for key in ("areas", "forms"):
            diff[key] = None if set(old[key]) == set(new[key]) else [sorted(old[key]), sorted(new[key])]
        s1, s2 = old.get("strength"), new.get("strength")
        diff["strength"] = None if s1 == s2 else [s1, s2]
        if any(v is not None for v in diff.values()):
            attributes.append([new_id, diff])
        if not kind and all(v is None for v in diff.values()):
            unchanged += 1
    return {"new": added, "ended": ended, "reRecorded": [list(p) for p in rerecorded],
            "statusChanged": changed, "attributesChanged": attributes, "unchanged": unchanged}


def roster(r1, r2):
    def members(r):
        return {(f, m["actorId"]) for f, forum in r.forums.items() for m in forum["members"]}
    m1, m2 = members(r1), members(r2)
    return {
        "actorsJoined": sorted(set(r2.actors) - set(r1.actors)),
        "actorsLeft": sorted(set(r1.actors) - set(r2.actors)),
        "sectorChanged": sorted(a for a in r2.actors if a in r1.actors and r1.sector(a) != r2.sector(a)),
        "forumsJoined": sorted(set(r2.forums) - set(r1.forums)),
        "forumsLeft": sorted(set(r1.forums) - set(r2.forums)),
        "membershipsJoined": sorted(list(m) for m in m2 - m1),
        "membershipsLeft": sorted(list(m) for m in m1 - m2),
    }


def ratio(x, y):
    return None if y == 0 else x / y


def round_figures(r):
    g = r.graph
    n, m = g.number_of_nodes(), g.number_of_edges()
    members = {s: [a for a in r.actors if r.sector(a) == s] for s in SECTORS}
    counts = {}
    for u, v in g.edges():
        key = tuple(sorted((SECTORS.index(r.sector(u)), SECTORS.index(r.sector(v)))))
        counts[key] = counts.get(key, 0) + 1
    density = ratio(m, n * (n - 1) / 2)
    cells = {}
    for i, a in enumerate(SECTORS):
        for j in range(i, len(SECTORS)):
            b = SECTORS[j]
            ni, nj = len(members[a]), len(members[b])
            possible = ni * (ni - 1) / 2 if i == j else ni * nj
            ties = counts.get((i, j), 0)
            d = ratio(ties, possible)
            cells[f"{a}|{b}"] = {"ties": ties, "possiblePairs": possible, "density": d,
                                 "relativeDensity": None if d is None or not density else d / density}
    sectors, same_sector = {}, 0
    active = nx.Graph()
    active.add_edges_from((t["source"], t["target"]) for t in r.ties.values() if t["status"] == "active")
    for i, s in enumerate(SECTORS):
        internal = counts.get((i, i), 0)
        external = sum(c for (x, y), c in counts.items() if (x == i) != (y == i))
        same_sector += internal
        outside = [a for a in r.actors if r.sector(a) != s]
        unreached = [a for a in outside if not (a in active and any(r.sector(p) == s for p in active[a]))]
        sectors[s] = {
            "actors": len(members[s]),
            "meanDegree": ratio(sum(g.degree(a) for a in members[s]), len(members[s])),
            "tieShare": ratio(internal + external, m),
            "eiIndex": ratio(external - internal, external + internal),
            "reachGapShare": ratio(len(unreached), len(outside)),
        }
    return {"actors": n, "ties": m, "density": density, "eiIndex": ratio(m - 2 * same_sector, m),
            "cells": cells, "sectors": sectors}


def ranks(values):
    ordered = sorted(values.items(), key=lambda kv: -kv[1])
    out, previous = {}, None
    for i, (actor, value) in enumerate(ordered):
        tied = previous is not None and abs(previous[1] - value) <= 1e-9 * max(1, abs(value), abs(previous[1]))
        out[actor] = (out[previous[0]][0] if tied else i + 1, value)
        previous = (actor, value)
    return out


def movers(r1, r2, v1, v2, top):
    k1, k2 = ranks(v1), ranks(v2)
    def moved(a):  # +1 rose, -1 fell, 0 the same within the ranks' tolerance
        x, y = k1[a][1], k2[a][1]
        return 0 if abs(x - y) <= 1e-9 * max(1, abs(x), abs(y)) else (1 if y > x else -1)
    both = [(a, k1[a][0] - k2[a][0]) for a in k2 if a in k1]
    risers = sorted((x for x in both if x[1] > 0 and moved(x[0]) > 0), key=lambda x: (-x[1], x[0]))[:top]
    fallers = sorted((x for x in both if x[1] < 0 and moved(x[0]) < 0), key=lambda x: (x[1], x[0]))[:top]
    entered = sorted(((k2[a][0], a) for a in k2 if a not in r1.actors and k2[a][0] <= top))[:top]
    exited = sorted(((k1[a][0], a) for a in k1 if a not in r2.actors and k1[a][0] <= top))[:top]
    return {
        "risers": [[a, k1[a][0], k2[a][0], c] for a, c in risers],
        "fallers": [[a, k1[a][0], k2[a][0], c] for a, c in fallers],
        "entered": [[a, rank] for rank, a in entered],
        "exited": [[a, rank] for rank, a in exited],
    }


def by_pair(items):
    out = {}
    for sectors, realised in items:
        key = "|".join(sorted(sectors, key=SECTORS.index))
        total, done = out.get(key, (0, 0))
        out[key] = (total + 1, done + (1 if realised else 0))
    return {k: {"total": t, "realised": d, "share": d / t} for k, (t, d) in out.items()}


def wishes(r1, r2, pairs, predicted):
    later = {old: r2.ties[new] for old, new in pairs}
    between = {}
    for t in r2.ties.values():
        between.setdefault(pair(t), []).append(t)

    def best(ties):
        ranked = [t for t in ties if t["status"] in LEVEL]
        return max(ranked, key=lambda t: LEVEL[t["status"]], default=None)  # max keeps the first on a draw

    declared = []
    for i in sorted(r1.ties):
        wish = r1.ties[i]
        if wish["status"] not in ("desired", "needs_development"):
            continue
        if wish["source"] not in r2.actors or wish["target"] not in r2.actors:
            declared.append([i, "actor_left", None, None])
            continue
        own = later.get(i)
        others = sorted((t for t in between.get(pair(wish), [])
                         if t is not own and (not wish["areas"] or set(wish["areas"]) & set(t["areas"]))),
                        key=lambda t: t["id"])
        top = best(([own] if own else []) + others)
        now = top["status"] if top else None
        if now is None:
            outcome = "dropped"
        elif now == "active":
            outcome = "realised"
        elif now == wish["status"]:
            outcome = "unchanged"
        else:
            outcome = "improved" if now == "needs_development" else "worsened"
        declared.append([i, outcome, now, top["id"] if top else None])

    followed = []
    aa = dict(((u, v), s) for u, v, s in nx.adamic_adar_index(r1.graph, [tuple(p) for p in predicted]))
    for u, v in predicted:
        if u not in r2.actors or v not in r2.actors:
            followed.append([u, v, "actor_left", None, aa[(u, v)]])
            continue
        top = best(between.get(frozenset((u, v)), []))
        now = top["status"] if top else None
        outcome = "not_realised" if now is None else "realised" if now in EXISTING else "declared"
        followed.append([u, v, outcome, now, aa[(u, v)]])

    sectors_of = lambda a, b: (r1.sector(a), r1.sector(b))
    d_items = [(sectors_of(r1.ties[i]["source"], r1.ties[i]["target"]), o == "realised") for i, o, _, _ in declared]
    p_items = [(sectors_of(u, v), o == "realised") for u, v, o, _, _ in followed]
    return {"declared": declared, "declaredByPair": by_pair(d_items), "predicted": followed,
            "predictedByPair": by_pair(p_items), "overallByPair": by_pair(d_items + p_items)}


def main():
    args = sys.argv[1:]
    predicted, top = [], 10
    if "--predicted" in args:
        at = args.index("--predicted")
        with open(args[at + 1], encoding="utf8") as f:
            predicted = json.load(f)
        del args[at:at + 2]
    if "--top" in args:
        at = args.index("--top")
        top = int(args[at + 1])
        del args[at:at + 2]
    r1, r2 = Round(args[0]), Round(args[1])
    pairs, added, ended, rerecorded = match(r1, r2)
    f1, f2 = round_figures(r1), round_figures(r2)
    answer = {
        "networkx": nx.__version__,
        "ties": tie_changes(r1, r2, pairs, added, ended, rerecorded),
        "roster": roster(r1, r2),
        "figures": {"from": f1, "to": f2},
        "centrality": {
            "degree": movers(r1, r2, dict(r1.graph.degree()), dict(r2.graph.degree()), top),
            "betweenness": movers(r1, r2, nx.betweenness_centrality(r1.graph), nx.betweenness_centrality(r2.graph), top),
        },
        "wishes": wishes(r1, r2, pairs, predicted),
    }
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()

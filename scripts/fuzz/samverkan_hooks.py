"""Schemathesis hooks for Samverkan's API fuzz run (test/fuzz/openapi-fuzz.test.ts).

The OpenAPI document states every rule that JSON Schema can state. A few rules it cannot:
whether an id points at a record that exists, rules that tie two fields together, and whether a
measure can be computed on the graph at hand within its budget. A request that is valid by the
schema but breaks one of those is rightly refused, and schemathesis's positive_data_acceptance
check (ST202) reports that as "schema-valid request rejected".

`filter_failure` drops exactly those reports, one named rule at a time, and only when the case
really breaks the rule the server named. Every other failure, and every other check, stands.
With SAMVERKAN_FUZZ_DROPPED=<file>, each dropped report is logged there with its reason.
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis

# Server answers that name a rule JSON Schema cannot state, keyed by the message our validation
# gives, each with a check that the case really breaks that rule. A rule sees the case's body,
# path parameters and query.
CROSS_FIELD_RULES = {
    # parentId must differ from the actor's own id (path or body).
    "must differ from id": lambda c: c.body.get("parentId") is not None
    and c.body.get("parentId") in (c.body.get("id"), c.path.get("id")),
    # A tie joins two different actors. On PATCH the other end may come from the stored record,
    # which the case does not show, so a body that names either end is taken at the server's word.
    "must differ from source": lambda c: "source" in c.body or "target" in c.body,
    # A tie cannot end before it starts: since and until again, possibly one from the stored record.
    "must not be before since": lambda c: "since" in c.body or "until" in c.body,
    # Members are listed once each (in a forum, or in a forum of an import); uniqueness by one
    # key of an object is not expressible.
    "must not list an actor twice": lambda c: any(
        _repeats([m.get("actorId") for m in forum.get("members") or [] if isinstance(m, dict)])
        for forum in [c.body, *(f for f in c.body.get("forums") or [] if isinstance(f, dict))]
    ),
    # A name with nothing slug-worthy in it gives no id to derive.
    "give an id: the name has no letters or digits to derive one from": lambda c: "id" not in c.body,
    # GET /api/analytics/centrality: the sort metric must be one of those asked for.
    "must be one of the metrics asked for": lambda c: "sort" in c.query and "metrics" in c.query,
    # GET /api/gaps/reach asks about a sector or a type, not both and not neither.
    "give exactly one of sector or type": lambda c: ("sector" in c.query) == ("type" in c.query),
    # POST …/rounds: realising the declared gaps makes sense only in a scenario copied from a round.
    'realise needs kind "scenario" and copyFrom': lambda c: "realise" in c.body
    and (c.body.get("kind") != "scenario" or "copyFrom" not in c.body),
    # GET /api/gaps/brokers between a group and itself.
    "must differ from `from`": lambda c: c.query.get("from") == c.query.get("to"),
    # POST …/actors/{id}/merge: an actor is merged into another one, never into itself.
    "must name another actor": lambda c: c.body.get("into") == c.path.get("id"),
}


# The same rules as the import checks them, whose messages name the value: keyed by prefix.
CROSS_FIELD_RULE_PREFIXES = {
    # POST /api/import: a collaboration in the dataset whose source is its target.
    "must differ from source '": lambda c: any(
        isinstance(tie, dict) and tie.get("source") == tie.get("target")
        for tie in c.body.get("collaborations") or []
    ),
}

# Rules whose messages name the value at both ends ("'x' is listed twice"): keyed by suffix.
CROSS_FIELD_RULE_SUFFIXES = {
    # POST /api/import: one id listed twice in a section of the dataset.
    "' is listed twice": lambda c: any(
        _repeats([r.get("id") for r in c.body.get(section) or [] if isinstance(r, dict)])
        for section in ("sources", "actors", "forums", "collaborations")
    ),
}


class _Parts:
    """The parts of a case the rules look at, each a dict even when the case has none."""

    def __init__(self, case: Any) -> None:
        self.body = case.body if isinstance(case.body, dict) else {}
        self.path = case.path_parameters or {}
        self.query = case.query or {}


def _repeats(values: list[Any]) -> bool:
    return len(values) != len(set(values))


def _json(response: Any) -> Any:
    try:
        return response.json()
    except Exception:  # noqa: BLE001 - a body that is not JSON is never one of ours to excuse
        return None


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    """Keep every failure except a schema-valid request refused by a rule the schema cannot state."""
    if getattr(failure, "code", None) != "ST202":
        return True
    answer = _json(response)
    if not isinstance(answer, dict):
        return True
    parts = _Parts(case)

    # 422 unknown_reference: the request is well-formed but names a record that does not exist
    # (an actor, a source, a parent; a neighbourhood no actor or tie has, on the analytics and
    # gap routes). Which ids and names exist is the data's business, not the schema's.
    if response.status_code == 422 and answer.get("error") == "unknown_reference":
        return _drop(case, "422 unknown_reference")

    # 422 not_converged / budget_exceeded (analytics): the query is well-formed, but eigenvector
    # or PageRank does not settle on this graph with these parameters (alpha near 1), or the
    # work does not fit the time budget. Both are documented 422s that tell the caller what to change.
    if response.status_code == 422 and answer.get("error") in ("not_converged", "budget_exceeded"):
        return _drop(case, f"422 {answer.get('error')}")

    # 422 invalid_file (file import): the body is bytes of the documented media type, but whether
    # they make a readable spreadsheet or graph file with valid rows is the file's business.
    if response.status_code == 422 and answer.get("error") == "invalid_file":
        return _drop(case, "422 invalid_file")

    # 422 not_revertible (revert): the id names a change that exists, but what kind of change it
    # was (a round created or deleted cannot be undone, only made again) is the history's business.
    if response.status_code == 422 and answer.get("error") == "not_revertible":
        return _drop(case, "422 not_revertible")

    # 412 precondition_failed (PUT …/layout with If-None-Match: *): the case asked to save a layout
    # only while the round has none; whether it has one already is the data's business.
    if response.status_code == 412 and answer.get("error") == "precondition_failed" and _header(case, "if-none-match") == "*":
        return _drop(case, "412 precondition_failed")

    if response.status_code == 400 and answer.get("error") == "validation_error":
        details = answer.get("details") or []
        if details and all(_excused(detail, parts) for detail in details):
            return _drop(case, "400 " + "; ".join(str(d.get("message")) for d in details))
    return True


def _header(case: Any, name: str) -> Any:
    return next((value for key, value in (case.headers or {}).items() if key.lower() == name), None)


def _drop(case: Any, reason: str) -> bool:
    log = os.environ.get("SAMVERKAN_FUZZ_DROPPED")
    if log:
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"{case.operation.label}\t{reason}\n")
    return False


def _excused(detail: Any, parts: _Parts) -> bool:
    message = detail.get("message", "") if isinstance(detail, dict) else ""
    # POST …/import/file?mapping=: the parameter is JSON text, held to the ImportMapping schema
    # after parsing; the document can only call it a string, so what is inside it is the server's.
    if isinstance(detail, dict) and str(detail.get("path", "")).startswith("query.mapping") and "mapping" in parts.query:
        return True
    rule = (
        CROSS_FIELD_RULES.get(message)
        or next((check for prefix, check in CROSS_FIELD_RULE_PREFIXES.items() if message.startswith(prefix)), None)
        or next((check for suffix, check in CROSS_FIELD_RULE_SUFFIXES.items() if message.endswith(suffix)), None)
    )
    return rule is not None and bool(rule(parts))

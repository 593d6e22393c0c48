"""Every question starts where an index says, on the real server: asked
about one partnership, no query scans every node, or every node of a label
(the server's EXPLAIN), so a store of many partnerships answers as fast as
one of a few."""

from __future__ import annotations

import pytest

import cypher
from plangraph.stores.answers import QUESTIONS

# A label scan is fine where the label holds a node or two a partnership.
SMALL = {"Partnership", "StoreVersion"}
PARAMS = {"keys": ["Violence - Gangs#7"], "key": "Violence - Gangs#7", "words": ["knife"], "depth": 3,
          "include_inferred": True, "partnerships": ["Essex"], "partnership": "Essex"}


def operators(plan) -> list[tuple[str, str]]:
    found = [(plan["operatorType"].split("@")[0], str(plan.get("args", {}).get("Details", "")))]
    for child in plan.get("children", []) or []:
        found += operators(child)
    return found


@pytest.mark.parametrize("name", sorted(set(QUESTIONS) | {"get_problems"}))
def test_a_question_starts_from_an_index(neo4j_store, essex_graph, name):
    neo4j_store.save(essex_graph, partnership="Essex")
    q = cypher.query(name)
    with neo4j_store.driver.session(database=neo4j_store.settings.database) as session:
        plan = session.run("EXPLAIN " + q.text, **{p: PARAMS[p] for p in q.parameters}).consume().plan
    found = operators(plan)
    assert not [op for op, _ in found if op == "AllNodesScan"], found
    scans = [details for op, details in found if op == "NodeByLabelScan"]
    assert all(any(f":{label}" in d for label in SMALL) for d in scans), (name, scans)

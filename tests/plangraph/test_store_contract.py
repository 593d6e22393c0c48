"""Every read query of cypher/ answers the same on both stores, on the Essex data."""

from __future__ import annotations

import pytest

from cypher import READ_QUERIES, query

PARAMS = {
    "get_task": [{"key": "Violence - Gangs#7"}, {"key": "Organised Crime Groups#1"}, {"key": "no such task"}],
    "find_tasks": [{"words": "crimestoppers"}, {"words": "7"}, {"words": "kane"}],
    "get_task_upstream": [{"key": "Violence - Knife crime#28", "depth": 20, "include_inferred": False},
                          {"key": "Violence - Knife crime#22", "depth": 3, "include_inferred": True},
                          {"key": "Violence - Night Time Economy#20", "depth": 1, "include_inferred": False}],
    "get_task_downstream": [{"key": "Violence - Gangs#10", "depth": 20, "include_inferred": False},
                            {"key": "Violence - Gangs#5", "depth": 20, "include_inferred": True},
                            {"key": "Violence - Knife crime#2", "depth": 2, "include_inferred": False}],
}


def normal(rows):
    """Rows compared as sets, with list values sorted (the order of collect() is not a promise)."""
    return sorted((sorted((k, sorted(v) if isinstance(v, list) else v) for k, v in row.items()) for row in rows),
                  key=repr)


@pytest.mark.parametrize("name, params", [(n, p) for n in READ_QUERIES for p in PARAMS.get(n, [{}])])
def test_read_query_answers_the_same_on_both_stores(essex_in_both_stores, name, params):
    embedded, neo = essex_in_both_stores
    assert set(query(name).parameters) == set(params)
    answer = embedded.query(name, **params)
    assert normal(neo.query(name, **params)) == normal(answer)
    if name not in ("get_task", "find_tasks") or params.get("key") != "no such task":
        assert answer or params.get("key") == "no such task"

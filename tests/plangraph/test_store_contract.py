"""Every question answers the same on both stores, on the Essex data: the
embedded store from its graphs in memory, Neo4j in Cypher."""

from __future__ import annotations

import json

import pytest

from cypher import READ_QUERIES
from plangraph.stores.answers import QUESTIONS

PARAMS = {
    "get_task": [{"key": "Violence - Gangs#7"}, {"key": "Organised Crime Groups#1", "partnership": "Essex"},
                 {"key": "no such task"}],
    "find_tasks": [{"words": "crimestoppers"}, {"words": "7"}, {"words": "kane"}, {"words": "knife"},
                   {"words": "knife 28"}, {"words": "Violence - Gangs#10"}, {"words": "Frost 12"}],
    "get_task_upstream": [{"key": "Violence - Knife crime#28", "depth": 20, "include_inferred": False},
                          {"key": "Violence - Knife crime#22", "depth": 3, "include_inferred": True},
                          {"key": "Violence - Night Time Economy#20", "depth": 1, "include_inferred": False}],
    "get_task_downstream": [{"key": "Violence - Gangs#10", "depth": 20, "include_inferred": False},
                            {"key": "Violence - Gangs#5", "depth": 20, "include_inferred": True},
                            {"key": "Violence - Knife crime#2", "depth": 2, "include_inferred": False}],
    "get_tasks": [{}, {"partnership": "Essex", "keys": ["Violence - Gangs#7", "Hate Crime#1"]}],
    "count_nodes": [{}, {"partnership": "Essex"}, {"partnership": "Nowhere"}],
}
EMPTY_ALLOWED = {("get_task", "no such task"), ("count_nodes", "Nowhere"), ("get_dangling", None)}  # Essex cites no missing task


def normal(rows):
    """Rows compared as sets, with list values sorted (the order of collect() is not a promise) and
    maps compared by content, not by the order their keys were written in."""
    def one(value):
        if isinstance(value, dict):
            return json.dumps(value, sort_keys=True, default=str)
        if isinstance(value, list):
            return sorted((one(v) for v in value), key=repr)
        return value
    return sorted((sorted((k, one(v)) for k, v in row.items()) for row in rows), key=repr)


@pytest.mark.parametrize("name, params", [(n, p) for n in QUESTIONS for p in PARAMS.get(n, [{}])])
def test_every_question_answers_the_same_on_both_stores(essex_in_both_stores, name, params):
    embedded, neo = essex_in_both_stores
    answer = embedded.query(name, **params)
    assert normal(neo.query(name, **params)) == normal(answer)
    assert answer or (name, params.get("key", params.get("partnership"))) in EMPTY_ALLOWED


def test_each_question_has_its_cypher_and_its_python_twin():
    assert tuple(QUESTIONS) == tuple(READ_QUERIES)


def test_search_finds_the_same_tasks_as_before(essex_in_both_stores):
    embedded, neo = essex_in_both_stores
    for store in (embedded, neo):
        assert [r["key"] for r in store.find_tasks("knife 28")] == ["Violence - Knife crime#28"]
        assert [r["key"] for r in store.find_tasks("Violence - Gangs#10")] == ["Violence - Gangs#10"]
        assert len(store.find_tasks("knife")) == len(neo.find_tasks("knife")) > 11

"""Every analysis gives the same answer on the embedded store and on Neo4j:
each asks its questions of each store (answered in Cypher on Neo4j), on the
Essex data, and answers as it does on the graph the load made."""

from __future__ import annotations

import datetime as dt

import pytest

from analyses import chains
from analyses import coverage
from analyses import forums
from analyses import owners
from analyses import suggest

TODAY = dt.date(2018, 7, 1)

ANALYSES = {
    "chains.upstream": lambda g: chains.upstream(g, "Violence - Knife crime#28"),
    "chains.downstream": lambda g: chains.downstream(g, "Violence - Gangs#10", include_inferred=False),
    "chains.plan_overview": lambda g: chains.plan_overview(g, today=TODAY),
    "owners.workload": lambda g: owners.workload(g),
    "owners.concentration": owners.concentration,
    "owners.spread": owners.spread,
    "owners.unowned": owners.unowned,
    "forums.area_forum_matrix": lambda g: forums.area_forum_matrix(g, source="tasks"),
    "forums.shared_forums": forums.shared_forums,
    "forums.area_overlap": forums.area_overlap,
    "forums.unlisted": forums.unlisted,
    "forums.forum_detail": lambda g: forums.forum_detail(g, "MARAC"),
    "suggest.suggest_links": suggest.suggest_links,
    "coverage.strand_grid": coverage.strand_grid,
    "coverage.aim_coverage": coverage.aim_coverage,
}


@pytest.fixture(scope="module")
def read_back(essex_in_both_stores):
    embedded, neo = essex_in_both_stores
    return {"embedded": embedded, "neo4j": neo}


@pytest.mark.parametrize("store", ["embedded", "neo4j"])
@pytest.mark.parametrize("analysis", sorted(ANALYSES))
def test_analysis_answers_the_same_from_each_store(read_back, essex_graph, store, analysis):
    answer = ANALYSES[analysis](read_back[store])
    assert answer == ANALYSES[analysis](essex_graph)
    assert answer  # every analysis has something to say about Essex

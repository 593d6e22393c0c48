"""The Neo4j store against a real Neo4j 5 server (started by scripts/test)."""

from __future__ import annotations

import os
import subprocess

import pytest

from graphmodel import Label, PlanGraph
from graphmodel.exchange import to_networkx
from loaders import load_plans
from plangraph.stores.base import StoreError
from plangraph.stores.embedded import EmbeddedStore
from plangraph.stores.neo4j import Neo4jSettings, Neo4jStore

from ..conftest import ROOT  # noqa: TID252


def test_holds_the_same_graph_as_the_embedded_store(neo4j_store, essex_graph, tmp_path):
    neo4j_store.save(essex_graph)
    embedded = EmbeddedStore(tmp_path / "graph.json")
    embedded.save(essex_graph)
    assert neo4j_store.read() == embedded.read() == essex_graph
    a, b = to_networkx(neo4j_store.read()), to_networkx(embedded.read())
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=repr) == sorted(b.edges(keys=True, data=True), key=repr)


def test_loading_twice_is_idempotent(neo4j_store, essex_graph):
    neo4j_store.save(essex_graph)
    first = neo4j_store.query("count_nodes"), len(neo4j_store.run("get_relationships", partnership="Essex"))
    neo4j_store.save(essex_graph)
    assert (neo4j_store.query("count_nodes"), len(neo4j_store.run("get_relationships", partnership="Essex"))) == first
    assert first[1] == len(essex_graph.relationships())


def test_an_updated_plan_removes_what_it_no_longer_has(neo4j_store, make_workbook):
    header = [["Strand", "Task", "How", "Who", "When", "Task No"]]
    old = make_workbook("plan.xlsx", {"Gangs": header + [
        ["Prevent", "Map hotspots", "", "DI Kirby", "Sep-18", 1],
        ["Prevent", "Patrol hotspots", "Linked to action (1)", "PC Ellis", "Oct-18", 2]]})
    other = make_workbook("other.xlsx", {"Burglary": header + [["Pursue", "Warrants", "", "DI Kirby", "", 1]]})
    neo4j_store.save(load_plans([old, other]).graph)
    assert {r["label"]: r["count"] for r in neo4j_store.query("count_nodes")}["Task"] == 3
    make_workbook("plan.xlsx", {"Gangs": header + [["Prevent", "Map hotspots", "", "DI Kirby", "Sep-18", 1]]})
    updated = load_plans([old, other]).graph
    neo4j_store.save(updated)
    back = neo4j_store.read()
    assert back == updated
    assert sorted(t.key for t in back.nodes(Label.TASK)) == ["Burglary#1", "Gangs#1"]
    assert [o.name for o in back.nodes(Label.OWNER)] == ["DI Kirby"]  # PC Ellis went with task 2
    assert neo4j_store.query("get_links") == []


def test_constraints_exist_after_a_load(neo4j_store, essex_graph):
    neo4j_store.save(essex_graph)
    rows = neo4j_store.read_cypher("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties")
    keyed = {(r["labelsOrTypes"][0], tuple(r["properties"])) for r in rows}
    # A key is unique within its label and partnership: a store may hold several partnerships.
    assert {(str(label), ("partnership", "key")) for label in Label} <= keyed
    assert ("PlanItem", ("uid",)) in keyed


def test_the_schema_reads_in_the_users_words(neo4j_store, essex_graph):
    neo4j_store.save(essex_graph)
    labels = {r["label"] for r in neo4j_store.read_cypher("CALL db.labels() YIELD label")}
    types = {r["relationshipType"] for r in neo4j_store.read_cypher("CALL db.relationshipTypes() YIELD relationshipType")}
    assert {"Task", "Owner", "Forum", "Partner", "Strand", "Workstream", "Area"} <= labels
    assert {"LINKED_TO", "OWNED_BY", "WORKS_THROUGH", "MENTIONS", "IN_STRAND"} <= types
    [task] = neo4j_store.read_cypher("MATCH (t:Task {key: $key}) RETURN t.text AS text, t.source_cell AS cell",
                                     key="Violence - Gangs#1")
    assert task == {"text": "Education - Consistent Media Messaging", "cell": "E3"}


def test_writes_in_a_read_query_are_refused_by_the_server(neo4j_store):
    import neo4j

    with pytest.raises(neo4j.exceptions.Neo4jError) as refused:
        neo4j_store.read_cypher("CREATE (n:Intruder) RETURN n")
    assert "write" in str(refused.value).lower()


def test_wrong_credentials_are_a_clear_error_without_the_password(neo4j_server):
    bad = Neo4jStore(Neo4jSettings(neo4j_server.uri, neo4j_server.user, "not-the-password-123"))
    with pytest.raises(StoreError) as refused:
        bad.save(PlanGraph())
    assert "password was refused" in str(refused.value) and "not-the-password-123" not in str(refused.value)
    assert "not-the-password-123" not in repr(bad.settings)


def test_a_load_into_a_server_stopped_mid_load_fails_clearly_and_keeps_the_earlier_graph(
        essex_graph, make_workbook, tmp_path):
    """A second server of our own, so stopping it does not disturb the others."""
    env = {**os.environ, "NEO4J_PORT": os.environ.get("PLANGRAPH_TEST_NEO4J_PORT2", "7689"),
           "NEO4J_DATA_DIR": str(tmp_path / "neo4j"), "NEO4J_PASSWORD": "stop-test-pw"}
    start, stop = [str(ROOT / "scripts" / name) for name in ("neo4j-start", "neo4j-stop")]
    uri = subprocess.run([start], env=env, capture_output=True, text=True, check=True).stdout.strip()
    try:
        settings = Neo4jSettings(uri, "neo4j", "stop-test-pw")
        earlier = load_plans([make_workbook("plan.xlsx", {"Plan": [
            ["Strand", "Task", "Who", "Task No"], ["Prevent", "Only task", "PW", 1]]})]).graph
        Neo4jStore(settings).save(earlier)

        def stop_server(statement, rows):
            if statement == "load_tasks":  # half way: plans, areas, workstreams... written, not committed
                subprocess.run([stop], env=env, check=True, capture_output=True)

        doomed = Neo4jStore(settings, batch_size=50, on_batch=stop_server)
        with pytest.raises(StoreError, match="could not be reached or went away"):
            doomed.save(essex_graph)
        subprocess.run([start], env=env, capture_output=True, text=True, check=True)
        assert Neo4jStore(settings).read() == earlier
    finally:
        subprocess.run([stop], env=env, capture_output=True)


def test_the_problems_of_a_load_are_saved_with_its_graph_and_replaced_by_the_next(neo4j_store, essex_result):
    neo4j_store.save(essex_result.graph, essex_result.problems)
    assert neo4j_store.problems() == essex_result.problems
    assert neo4j_store.read() == essex_result.graph  # problems are not nodes of the plan graph
    neo4j_store.save(essex_result.graph)
    assert neo4j_store.problems() == []


def _partnership_rows(store, name):
    return (store.run("get_nodes", partnership=name), store.run("get_relationships", partnership=name),
            store.problems(name))


def test_two_partnerships_share_one_store_and_a_reload_touches_only_its_own(neo4j_store, essex_result):
    southbay_plans = ROOT / "tests" / "corpus" / "shared" / "southbay"
    southbay = load_plans([southbay_plans], partnership="Southbay")
    neo4j_store.save(essex_result.graph, essex_result.problems)
    neo4j_store.save(southbay.graph, southbay.problems)
    assert [r["partnership"] for r in neo4j_store.get_partnerships()] == ["Essex", "Southbay"]
    essex_before = _partnership_rows(neo4j_store, "Essex")
    # Both answer their own questions, and keys of one never reach into the other.
    assert [r["key"] for r in neo4j_store.find_tasks("knife 28", partnership="Essex")] == ["Violence - Knife crime#28"]
    assert neo4j_store.find_tasks("knife 28", partnership="Southbay") == []
    assert {r["partnership"] for r in neo4j_store.get_tasks()} == {"Essex", "Southbay"}
    assert len(neo4j_store.get_tasks(partnership="Southbay")) == 37
    # Reloading Southbay, changed, leaves every Essex node, relationship and problem as it was.
    smaller = load_plans([southbay_plans], partnership="Southbay").graph
    smaller.remove(smaller.get(Label.TASK, "Domestic Abuse#PV-1"))
    neo4j_store.save(smaller)
    assert _partnership_rows(neo4j_store, "Essex") == essex_before
    assert len(neo4j_store.get_tasks(partnership="Southbay")) == 36
    assert neo4j_store.read("Southbay") == smaller and neo4j_store.read("Essex") == essex_result.graph

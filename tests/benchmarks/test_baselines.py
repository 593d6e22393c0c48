"""The baselines: a bare scan of the cells, and bare and naive Neo4j writes.

The Neo4j baselines are checked on a recording driver (every value a
parameter, every row written once, one transaction or one per write), and,
when PLANGRAPH_BENCH_NEO4J_URI names a server kept for benchmarks (they
wipe it), on that server. The ordinary NEO4J_* settings are not used: a
test that wipes a database runs only where asked to.
"""

from __future__ import annotations

import csv

import openpyxl
import pytest

from benchmarks.baselines import bare_unwind_create, graph_rows, group_rows, naive_merge, plan_files, scan_cells

NODES = [{"label": "Task", "key": "Hate Crime#1", "props": {"text": "Reporting centres"}},
         {"label": "Task", "key": "Hate Crime#2", "props": {"text": "Awareness week"}},
         {"label": "Owner", "key": "priti kaur", "props": {"name": "Priti Kaur"}}]
RELS = [{"type": "LINKED_TO", "start": ("Task", "Hate Crime#2"), "end": ("Task", "Hate Crime#1"),
         "props": {"evidence": "Needs 1"}},
        {"type": "OWNED_BY", "start": ("Task", "Hate Crime#1"), "end": ("Owner", "priti kaur"), "props": {}}]


class Recorder:
    """A Neo4j driver that records what it is asked to run."""

    def __init__(self):
        self.runs: list[tuple[str, dict]] = []
        self.transactions = 0

    def session(self, database):
        assert database == "bench"
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def begin_transaction(self):
        self.transactions += 1
        return self

    def execute_write(self, work, *args):
        self.transactions += 1
        return work(self, *args)

    def commit(self):
        pass

    def run(self, text, parameters=None, **params):
        self.runs.append((text, {**(parameters or {}), **params}))
        return Result()

    def statements(self, word: str) -> list[tuple[str, dict]]:
        return [(t, p) for t, p in self.runs if word in t]


class Result:
    def consume(self):
        return None

    def single(self):
        return {"gone": 0}

    def __iter__(self):
        return iter([])


def test_scan_cells_counts_the_cells_of_workbooks_and_csv_and_skips_lock_files(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Ref", "Action", None])
    book.create_sheet("Staff").append(["Initials", "Name"])
    book.save(tmp_path / "plan.xlsx")
    book.save(tmp_path / "~$plan.xlsx")
    with (tmp_path / "export.csv").open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["ID", "Name", ""], ["1", "Town Centre Safety", " "]])
    assert [p.name for p in plan_files([tmp_path])] == ["export.csv", "plan.xlsx"]
    assert scan_cells([tmp_path]) == 4 + 4


def test_graph_rows_flatten_sources_and_drop_nulls():
    data = {"nodes": [{"label": "Owner", "key": "sam reed", "name": "DCI Sam Reed", "initials": None,
                       "spellings": ["SR", "DCI Reed"], "source": {"file": "p.xlsx", "sheet": "P2", "cell": "E8"}}],
            "relationships": [{"type": "LEADS", "start": ["Owner", "sam reed"], "end": ["Area", "Violence"],
                               "role": "tactical lead", "cells": [{"x": 1}],
                               "source": {"file": "p.xlsx", "sheet": "Leads", "cell": "G4"}}]}
    nodes, rels = graph_rows(data)
    assert nodes[0]["props"] == {"key": "sam reed", "name": "DCI Sam Reed", "spellings": ["SR", "DCI Reed"],
                                 "source_file": "p.xlsx", "source_sheet": "P2", "source_cell": "E8"}
    assert rels[0]["start"] == ("Owner", "sam reed") and rels[0]["props"]["cells"] == '[{"x": 1}]'
    by_label, by_type = group_rows(nodes, rels)
    assert list(by_label) == ["Owner"] and list(by_type) == ["LEADS"]


def test_graph_rows_of_a_partnership_keep_its_nodes_apart_from_anothers():
    data = {"nodes": [{"label": "Area", "key": "Hate Crime"}, {"label": "Task", "key": "Hate Crime#1"}],
            "relationships": [{"type": "HAS_TASK", "start": ["Area", "Hate Crime"], "end": ["Task", "Hate Crime#1"]}]}
    east, south = graph_rows(data, "Eastvale"), graph_rows(data, "Southbay")
    assert {n["key"] for n in east[0]}.isdisjoint(n["key"] for n in south[0])
    assert east[1][0]["start"] == ("Area", "Eastvale|Hate Crime") and east[0][0]["props"]["key"] == "Hate Crime"


def test_bare_unwind_create_writes_every_row_once_in_one_transaction_as_parameters():
    driver = Recorder()
    seconds = bare_unwind_create(driver, "bench", *group_rows(NODES, RELS))
    assert seconds >= 0 and driver.transactions == 1
    creates = driver.statements("CREATE (n:")
    assert sorted(len(p["rows"]) for _, p in creates) == [1, 2]
    assert sorted(len(p["rows"]) for _, p in driver.statements("CREATE (a)-[")) == [1, 1]
    assert all("Hate Crime" not in text and "priti" not in text for text, _ in driver.runs)
    assert driver.statements("DETACH DELETE") and driver.statements("CREATE INDEX")


def test_naive_merge_runs_one_transaction_per_merge_and_extrapolates():
    driver = Recorder()
    sample_seconds, total = naive_merge(driver, "bench", NODES, RELS, sample=4)
    node_merges = [p for t, p in driver.statements("MERGE (n:")]
    rel_merges = driver.statements("MERGE (a)-[")
    assert len(rel_merges) == 2 and len(node_merges) >= 2
    assert driver.transactions == len(node_merges) + len(rel_merges)
    assert all("Hate Crime" not in text for text, _ in driver.runs)
    assert total >= sample_seconds >= 0


def test_a_label_that_is_not_a_plain_name_is_refused():
    bad = [{"label": "Task) DETACH DELETE (m", "key": "x", "props": {}}]
    with pytest.raises(ValueError, match="not a plain label"):
        bare_unwind_create(Recorder(), "bench", *group_rows(bad, []))


@pytest.fixture
def bench_server(neo4j_server):
    """The test server (the baselines wipe the database they are given, as every Neo4j test starts empty)."""
    import neo4j
    driver = neo4j.GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password))
    with driver.session(database=neo4j_server.database) as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
    yield driver, neo4j_server.database
    driver.close()


def test_the_baselines_write_the_graph_on_a_server(bench_server):
    driver, database = bench_server
    bare_unwind_create(driver, database, *group_rows(NODES, RELS))
    with driver.session(database=database) as session:
        count = session.run("MATCH (n) RETURN count(n) AS n").single()["n"]
        linked = session.run("MATCH (:Task {key: $k})-[r:LINKED_TO]->(:Task) RETURN r.evidence AS e",
                             k="Hate Crime#2").single()["e"]
    assert (count, linked) == (3, "Needs 1")
    naive_merge(driver, database, NODES, RELS, sample=5)
    with driver.session(database=database) as session:
        rels = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single()["n"]
        left = session.run("SHOW INDEXES YIELD name WHERE name STARTS WITH 'bench_' RETURN count(*) AS n").single()["n"]
    assert rels == 2 and left == 0

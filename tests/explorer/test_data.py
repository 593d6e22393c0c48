"""explorer.data: the store the explorer reads, loads from the sidebar,
and what a load reported."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest

from explorer import data
from graphmodel import Label, PlanGraph
from analyses.quality import quality_problems
from plangraph.config import open_store

from .conftest import HOSTILE_KEY, HOSTILE_OWNER, HOSTILE_TASK

KC = "Violence - Knife crime"


def test_an_empty_store_gets_the_essex_plans_first(tmp_path):
    # the autouse fixture gave this test an empty PLANGRAPH_HOME
    assert data.token().stamp == "empty"
    graph = data.graph()
    assert len(graph.nodes(Label.TASK)) == 212
    assert data.token().stamp != "empty" and not open_store().is_empty()
    record = json.loads((tmp_path / "home" / "explorer" / "last-load.json").read_text(encoding="utf-8"))
    assert record["fingerprint"] == data.fingerprint(open_store().read())
    assert len(record["files"]) == 7


def test_problems_of_the_cells_are_shown_only_for_the_graph_loaded_here(home, essex_result, essex_graph):
    found = data.problems(data.token())
    assert found.loader_known
    assert len(found.items) == len(essex_result.problems) + len(quality_problems(essex_graph))
    # a graph saved by someone else: only the findings on the graph are known
    smaller = PlanGraph.from_dict({"nodes": [n for n in essex_graph.to_dict()["nodes"] if n["label"] == "Task"],
                                   "relationships": []})
    open_store().save(smaller)
    found = data.problems(data.token())
    assert not found.loader_known
    assert found.items == quality_problems(smaller)


def test_a_failed_load_keeps_the_graph_loaded_before(home):
    before = data.token()
    report = data.load_uploaded([("broken.xlsx", b"this is not a workbook")])
    assert not report.saved
    assert report.errors == ["broken.xlsx: error: not a readable .xlsx workbook (BadZipFile: File is not a zip file)"]
    assert data.token() == before and len(data.graph().nodes(Label.TASK)) == 212
    assert not (home / "explorer" / "uploads").exists()
    assert [p.name for p in (home / "explorer").iterdir()] == ["last-load.json"]


def test_nothing_but_workbooks_is_loaded(home):
    report = data.load_uploaded([("notes.txt", b"hello"), (".hidden.xlsx", b"x")])
    assert not report.saved and report.errors == ["no .xlsx workbook among the files uploaded"]
    assert len(data.graph().nodes(Label.TASK)) == 212


def test_uploaded_workbooks_replace_the_graph_and_are_kept(home, hostile_workbook):
    content = (hostile_workbook / "hostile.xlsx").read_bytes()
    calls = []
    report = data.load_uploaded([("../../elsewhere/hostile.xlsx", content), ("my corrections.toml", b"")],
                                progress=lambda *a: calls.append(a))
    assert report.saved and report.summary["tasks"] == 2 and report.files == ["hostile.xlsx"]
    assert calls == [(1, 1, "hostile.xlsx")]
    # kept under its own name only, beside a plangraph.toml, and nowhere else
    assert sorted(p.name for p in (home / "explorer" / "uploads").iterdir()) == ["hostile.xlsx", "plangraph.toml"]
    assert not (home.parent / "elsewhere").exists()
    graph = data.graph()
    assert sorted(t.key for t in graph.nodes(Label.TASK)) == [HOSTILE_KEY, HOSTILE_KEY[:-1] + "2"]
    row = data.raw_row(graph.get(Label.TASK, HOSTILE_KEY))
    assert row[["column", "cell", "value"]].values.tolist() == [
        ["Strand", "A3", "Prevent"], ["Task No", "B3", "1"], ["Task", "C3", HOSTILE_TASK],
        ["How", "D3", "Linked to action (2); see the <b>Community Safety Partnership</b>"],
        ["Who", "E3", HOSTILE_OWNER], ["When", "F3", "Sep-18"]]


def test_the_row_of_knife_crime_28_as_written(home):
    task = data.graph().get(Label.TASK, f"{KC}#28")
    assert data.raw_row(task).values.tolist() == [
        ["Strand", "C31", "PREPARE", "C25"],  # a merged strand cell, typed in C25
        ["Task", "E31", "Use social media to engage and empower young people to make the right decisions", "E31"],
        ["How", "G31", "Linked to actions (1) (2) (8) (23) (24)", "G31"],
        ["Who", "I31", "SS", "I31"],
        ["When", "K31", "1st review 15/6/18", "K31"],
        ["Action No", "M31", "28", "M31"],
    ]


def test_no_row_when_the_workbook_is_not_at_hand(home, essex_graph):
    task = essex_graph.get(Label.TASK, f"{KC}#28")
    moved = type(task)(**{**vars(task), "source": type(task.source)("gone.xlsx", KC, "E31")})
    assert data.raw_row(moved) is None


def test_progress_is_told_each_workbook(tmp_path):
    calls = []
    assert data.load_sample(progress=lambda *a: calls.append(a)).saved
    assert [(done, total) for done, total, _ in calls] == [(n, 7) for n in range(1, 8)]
    assert calls[0][2] == "Crime Prevention Strategy 2018-2021.xlsx"


def test_downloads_of_the_whole_graph_and_the_leadership_report(home):
    tok = data.token()
    graphml = data.graph_file(tok, "graphml")
    assert graphml.startswith(b"<?xml") and b"Violence - Knife crime#28" in graphml
    assert json.loads(data.graph_file(tok, "json"))["nodes"]
    assert b"<gexf" in data.graph_file(tok, "gexf")
    book = openpyxl.load_workbook(io.BytesIO(data.leadership_report(tok, 20)))
    assert book.sheetnames[:2] == ["Read me", "Owners"]
    owners = book["Owners"]
    assert [owners["A2"].value, owners["C2"].value] == ["CI Sam Smith", 26]


def test_cached_answers(home):
    tok = data.token()
    assert data.find_tasks(tok, "knife 28") == [f"{KC}#28"]
    up = data.chain(tok, f"{KC}#28", "up", 1, True)
    assert up["no."].tolist() == ["1", "2", "8", "23", "24"]
    assert data.workload(tok, None)["threshold"] == 10
    assert data.forum_matrix(tok, "strategy")["Gangs & Knife Crime"] == {
        "Community Safety Hub": 1, "Community Safety Partnership": 1, "Operation Raptor": 1}
    page = data.chain_html(tok, f"{KC}#28", None, True)
    assert "task?task=Violence%20-%20Knife%20crime%2328" in page
    assert "task?task=" not in data.chain_html(tok, f"{KC}#28", None, True, None, False)


def test_cypher_needs_the_neo4j_store(home):
    assert not data.is_neo4j()
    assert data.run_cypher("MATCH (n) RETURN n") == (
        [], "Cypher runs only with the Neo4j store (plangraph serve --store neo4j)")
    assert data.run_query("delete_stale_nodes", {}) == ([], "'delete_stale_nodes' is not one of the read queries")
    rows, error = data.run_query("get_task", {"key": f"{KC}#28"})
    assert error is None and rows[0]["owners"] == ["CI Sam Smith"]


def test_the_servers_message_is_given_back(home, monkeypatch):
    class Refused(Exception):
        code = "Neo.ClientError.Statement.AccessMode"
        message = "Writing in read access mode not allowed."

    class Server:
        def read_cypher(self, text):
            raise Refused()

    monkeypatch.setattr(data, "store", lambda: Server())
    assert data.run_cypher("CREATE (n:X)") == (
        [], "Neo.ClientError.Statement.AccessMode: Writing in read access mode not allowed.")


def test_neo4j_refuses_a_write_and_answers_a_read(neo4j_store, essex_graph, monkeypatch):
    monkeypatch.setenv("PLANGRAPH_STORE", "neo4j")
    neo4j_store.save(essex_graph)
    data.refresh()
    assert data.is_neo4j()
    try:
        _neo4j_answers()
    finally:
        data.store().close()
        data._open.clear()


def _neo4j_answers():
    rows, error = data.run_cypher("MATCH (t:Task) RETURN count(t) AS tasks")
    assert (rows, error) == ([{"tasks": 212}], None)
    rows, error = data.run_cypher("CREATE (n:Intruder {name: 'x'}) RETURN n")
    assert rows == [] and "Neo.ClientError" in error
    assert data.run_cypher("MATCH (n:Intruder) RETURN count(n) AS n") == ([{"n": 0}], None)
    rows, error = data.run_query("get_owner_workload", {})
    assert error is None and rows[0]["name"] == "CI Sam Smith" and rows[0]["tasks"] == 26


@pytest.mark.parametrize("name, kept", [("plan.xlsx", "plan.xlsx"), ("../../etc/plan.xlsx", "plan.xlsx"),
                                        ("C:\\plans\\DA plan.xlsx", "DA plan.xlsx"), ("fixes.toml", "plangraph.toml"),
                                        ("~$plan.xlsx", None), ("plan.xlsm", None), ("..", None), ("", None)])
def test_upload_names(name, kept):
    assert data.upload_name(name) == kept

"""plangraph.outputs.spreadsheets: tables as CSV and Excel that open safely."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd

from graphmodel import Label
from plangraph.outputs import spreadsheets as downloads


def tasks_table(graph, keys):
    """A table of tasks, as a page would show it."""
    rows = [{"workstream": t.workstream, "no.": t.ref, "task": t.text, "key": t.key}
            for t in (graph.get(Label.TASK, k) for k in keys)]
    return pd.DataFrame(rows)


def test_csv_keeps_every_row_and_opens_as_utf8_in_excel(essex_graph):
    table = tasks_table(essex_graph, ["Violence - Knife crime#28", "Hate Crime#1"])
    raw = downloads.csv_bytes(table)
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs
    back = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig", dtype=str)
    assert back["key"].tolist() == ["Violence - Knife crime#28", "Hate Crime#1"]
    assert back.iloc[0]["task"] == "Use social media to engage and empower young people to make the right decisions"


def test_formulas_typed_in_a_plan_never_run_in_the_files():
    frame = pd.DataFrame({"task": ["=1+1", "+44 1234", "@SUM(A1)", "-2", "- a bullet", "plain"]})
    lines = downloads.csv_bytes(frame).decode("utf-8-sig").splitlines()
    assert lines[1:] == ["'=1+1", "'+44 1234", "'@SUM(A1)", "-2", "'- a bullet", "plain"]
    book = openpyxl.load_workbook(io.BytesIO(downloads.excel_bytes({"Tasks": frame})))
    cells = [c for (c,) in book["Tasks"].iter_rows(min_row=2)]
    assert [c.value for c in cells] == ["=1+1", "+44 1234", "@SUM(A1)", "-2", "- a bullet", "plain"]
    assert {c.data_type for c in cells} == {"s"}


def test_excel_has_a_sheet_per_table_with_a_bold_frozen_header(essex_graph):
    a = tasks_table(essex_graph, ["Violence - Knife crime#28"])
    b = pd.DataFrame({"n": [1, 2], "missing": [None, 3.5]})
    book = openpyxl.load_workbook(io.BytesIO(downloads.excel_bytes({"tasks: waiting/on?": a, "numbers": b})))
    assert book.sheetnames == ["tasks  waiting on", "numbers"]
    ws = book["tasks  waiting on"]
    assert ws["A1"].value == "workstream" and ws["A1"].font.bold and ws.freeze_panes == "A2"
    assert ws["C2"].value.startswith("Use social media")
    assert [[c.value for c in row] for row in book["numbers"].iter_rows(min_row=2)] == [[1, None], [2, 3.5]]


def test_file_names_are_plain():
    assert downloads.file_name("waits on", "Violence - Knife crime#28", ext="xlsx") == \
        "waits-on-violence-knife-crime-28.xlsx"
    assert downloads.file_name("<script>", ext="csv") == "script.csv"
    assert downloads.file_name("", ext="html") == "plangraph.html"


def test_headers_that_look_like_formulas_stay_text():
    frame = pd.DataFrame({"=Hub": [1], "@board": [2], "Plain": [3]})
    assert downloads.csv_bytes(frame).decode("utf-8-sig").splitlines()[0] == "'=Hub,'@board,Plain"
    book = openpyxl.load_workbook(io.BytesIO(downloads.excel_bytes({"Forums": frame})))
    assert [(c.value, c.data_type) for c in book["Forums"][1]] == [("=Hub", "s"), ("@board", "s"), ("Plain", "s")]

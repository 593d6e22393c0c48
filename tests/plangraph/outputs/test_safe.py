"""No output plangraph writes holds a formula, whatever the plans say: a
workbook whose every cell reads like a formula is loaded, and every file a
person opens in Excel is written from it and read back with openpyxl."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest
from openpyxl import Workbook

from plangraph import api
from plangraph.outputs.spreadsheets import csv_bytes, excel_bytes
from plangraph.stores.embedded import EmbeddedStore
from plangraph.stores.answers import QUESTIONS

ROWS = [
    ['=HYPERLINK("http://example.invalid","click") 4P plan'],
    ["Strand", "Task No", "Task", "How", "Who", "When"],
    ["Prevent", "1", "=cmd|' /C calc'!A0", "+Linked to action (2) through the =Board", "@SUM(A1)", "Sep-18"],
    ["Pursue", "2", "-2+3 patrols", "\tTab first", "=Owner()", "Oct-18"],
    ["Protect", "3", "@Hub meets", "\rCarriage return", "+44 1234 567", "Nov-18"],
]


@pytest.fixture
def hostile(tmp_path):
    """The plan, every text cell written as text (as Excel keeps '=... typed after an apostrophe)."""
    book = Workbook()
    ws = book.active
    ws.title = "=Plan"
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, value)
            cell.data_type = "s"
    folder = tmp_path / "plans"
    folder.mkdir()
    book.save(folder / "hostile.xlsx")
    store = EmbeddedStore(tmp_path / "graph.json")
    loaded = api.load([folder], store, partnership="=Partnership")
    assert loaded.saved and len(store.get_tasks()) == 3
    return store


def formulas(data: bytes) -> list[str]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return [f"{ws.title}!{c.coordinate}" for ws in book for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_the_leadership_report_holds_no_formula(hostile, tmp_path):
    path = tmp_path / "owners.xlsx"
    api.report(hostile, path, threshold=1)
    data = path.read_bytes()
    assert formulas(data) == []
    texts = {c.value for ws in openpyxl.load_workbook(io.BytesIO(data)) for row in ws.iter_rows() for c in row}
    kept = {t for t in texts if isinstance(t, str) and t.startswith(("=", "+", "@"))}
    assert '=HYPERLINK("http://example.invalid","click")' in kept and len(kept) >= 3  # kept, as text


def test_every_answer_downloaded_as_a_table_holds_no_formula(hostile):
    for name in QUESTIONS:
        if name in ("get_task", "find_tasks", "get_task_upstream", "get_task_downstream"):
            continue  # asked about one task: covered by get_tasks and get_links
        frame = pd.DataFrame(hostile.query(name)).map(lambda v: ", ".join(map(str, v)) if isinstance(v, list)
                                                       else v)
        if frame.empty:
            continue
        frame.columns = [f"={c}" for c in frame.columns]  # headers as hostile as the cells
        assert formulas(excel_bytes({name: frame})) == [], name
        for line in csv_bytes(frame).decode("utf-8-sig").splitlines():
            for cell in line.split(","):
                assert not cell.strip('"').startswith(("=", "+", "@", "\t", "\r")) or cell.startswith('"\'')

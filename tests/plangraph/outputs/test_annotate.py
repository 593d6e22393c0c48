"""plangraph annotate: the plans handed back annotated. The copies load as
the originals (the same graph), every original cell is as it was, and no
added cell is a formula, whatever the plan's text starts with."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from loaders import load_plans, sample_data, workbook_paths
from plangraph import api
from plangraph.cli import main
from plangraph.outputs.annotate import COLUMNS


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("annotated")
    return folder, api.annotate([sample_data()], folder)


def test_the_copies_load_as_the_originals(annotated):
    folder, written = annotated
    original, again = load_plans([sample_data()]), load_plans([folder])
    assert len(written) == 7 and again.graph == original.graph and again.problems == original.problems


def test_every_original_cell_is_as_it_was(annotated):
    folder, _ = annotated
    for path in workbook_paths([sample_data()]):
        before = openpyxl.load_workbook(path)
        after = openpyxl.load_workbook(folder / path.relative_to(sample_data()))
        assert after.sheetnames == ["Read by plangraph", *before.sheetnames]
        for ws in before:
            copy = after[ws.title]
            assert copy.sheet_state == ws.sheet_state
            assert sorted(map(str, copy.merged_cells.ranges)) == sorted(map(str, ws.merged_cells.ranges))
            for row in ws.iter_rows():
                for cell in row:
                    kept = copy[cell.coordinate]
                    assert (kept.value, kept.number_format, kept.font.b, kept.fill.fgColor.rgb) == \
                        (cell.value, cell.number_format, cell.font.b, cell.fill.fgColor.rgb), (path.name, cell.coordinate)
        assert after.properties.modified == before.properties.modified  # the date its writers saved it


def test_beside_knife_crime_28_what_was_read(annotated):
    folder, _ = annotated
    ws = openpyxl.load_workbook(folder / "plans" / "Crime Prevention 4Ps (Gangs, knives & NTE).xlsx")[
        "Violence - Knife crime"]
    header = {c.value: c.column for c in ws[3] if isinstance(c.value, str) and c.value.startswith("plangraph:")}
    assert list(header) == [f"plangraph: {c}" for c in COLUMNS]
    row = {name[len("plangraph: "):]: ws.cell(31, col).value for name, col in header.items()}
    assert row["Waits on"] == "(1), (2), (8), (23), (24)" and row["Owner as one name"] == "CI Sam Smith"
    assert row["Due (read as)"] == "2018-06-15 (a review date)" and row["Status (read as)"] == "planned"


def test_no_added_cell_is_a_formula(tmp_path):
    book = Workbook()
    ws = book.active
    ws.title = "Plan"
    rows = [["Strand", "Task No", "Task", "How", "Who", "When"],
            ["Prevent", "1", "=cmd|' /C calc'!A0", "Linked to action (2)", "@SUM(A1)", "+Sep-18"],
            ["Pursue", "2", "-Patrol the hotspots", "", "=HYPERLINK(\"http://x\")", "Oct-18"]]
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value).data_type = "s"
    (tmp_path / "plans").mkdir()
    book.save(tmp_path / "plans" / "hostile.xlsx")
    written = api.annotate([tmp_path / "plans"], tmp_path / "out")
    copy = openpyxl.load_workbook(written[0])
    assert [f"{s.title}!{c.coordinate}" for s in copy for row in s.iter_rows() for c in row if c.data_type == "f"] == []
    added = [c.value for row in copy["Plan"].iter_rows(min_col=8) for c in row if c.value]
    assert "=HYPERLINK(\"http://x\")" in added  # the owner as one name, kept as text


def test_the_plans_own_folder_is_never_written_over(tmp_path):
    result = CliRunner().invoke(main, ["annotate", str(sample_data()), "--output", str(sample_data())])
    assert result.exit_code == 1 and "holds the plans themselves" in result.output

"""Opening a file within limits and filling merges where a reader looks."""

from __future__ import annotations

import pytest

from loaders.workbooks.guard import Budget, Grid, Limits, WorkbookError, open_package
from loaders.workbooks.guard.books import fill_merges


def _grid(cells):
    return Grid("Plan", False, dict(cells), {})


def test_a_merge_fills_its_used_rows_and_columns_only():
    grid = _grid({(1, 1): "Prevent", (2, 3): "task", (5, 2): "x"})
    fill_merges(grid, [(1, 1, 100, 2)], Budget("p.xlsx", Limits()))
    assert set(grid.merged_from) == {(1, 2), (2, 1), (2, 2), (5, 1), (5, 2)}  # rows 1, 2, 5; columns A, B
    assert grid.cells[(5, 2)] == "Prevent"  # a value under a merge shows the merge's, as in Excel


def test_a_merge_whose_top_left_is_blank_fills_nothing():
    grid = _grid({(2, 2): "x"})
    fill_merges(grid, [(1, 1, 3, 3)], Budget("p.xlsx", Limits()))
    assert grid.merged_from == {}


def test_filling_merges_counts_against_the_cell_limit():
    grid = _grid({**{(r, 20): r for r in range(1, 40)}, **{(40, c): c for c in range(1, 15)}, (1, 1): "top"})
    with pytest.raises(WorkbookError, match="p.xlsx: merged ranges cover more than 100 cells"):
        fill_merges(grid, [(1, 1, 39, 14)], Budget("p.xlsx", Limits(max_cells=100)))


@pytest.mark.parametrize("data, words", [
    (b"", "the file is empty"),
    (b"Ref,Task\n1,Train\n", "not a readable .xlsx workbook: it is plain text (if it is a CSV export, name it .csv)"),
    (b"\x00\x01\x02\x03" * 50, "not a readable .xlsx workbook (BadZipFile: File is not a zip file)"),
    (b"just some words", "not a readable .xlsx workbook (BadZipFile: File is not a zip file)"),
    (b"%PDF-1.5 ...", "a PDF, not a spreadsheet: plans are read from the Excel workbook they were made in"),
])
def test_a_file_that_is_no_workbook_says_what_it_is(tmp_path, data, words):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(data)
    with pytest.raises(WorkbookError) as caught:
        open_package(path)
    assert caught.value.file == "plan.xlsx" and caught.value.message == words


def test_a_file_too_big_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(5000))
    with pytest.raises(WorkbookError, match="the file is larger than 1 KB: too big to read safely"):
        open_package(path, Limits(max_file_bytes=1024))
    with pytest.raises(WorkbookError, match="file not found"):
        open_package(tmp_path / "missing.xlsx")
    with pytest.raises(WorkbookError, match="a folder, not a file"):
        open_package(tmp_path)

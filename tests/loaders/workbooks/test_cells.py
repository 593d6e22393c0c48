"""Reading sheets: only the cells that exist, merges filled where a reader
looks, numbers as their format shows them, limits and time honoured."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.styles import Font, PatternFill

from openpyxl.utils import get_column_letter

from loaders.workbooks.cells import Sheet, cell_text, open_workbook, read_sheets
from loaders.workbooks.guard import Limits, WorkbookError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "hostile"))
import build as hostile  # noqa: E402  - the hostile corpus's package writer


@pytest.mark.parametrize("value, number_format, shown", [
    (1.1, "0.00", "1.10"), (2, "0.0", "2.0"), (7, "00", "07"), (1.005, "0.00", "1.01"),
    (1234.5, "#,##0.00", "1,234.50"), (0.5, "#.00", ".50"), (-1.1, "0.00", "-1.10"),
    (1.123, "0.0#", "1.12"), (1.1, "0.0#", "1.1"), (5, "[Red]0.00", "5.00"), (12.0, "000", "012"),
    # no fixed decimals, or more than placeholders: as before
    (3.0, "General", "3"), (3.0, None, "3"), (2.5, "0", "2.5"), (0.25, "0%", "0.25"), (1.5, "0.00E+00", "1.5"),
    (3, '"No. "0.00', "3"), (-1.1, "0.00;(0.00)", "-1.1"), (True, "0.00", "True"), (" x ", "0.00", "x"),
])
def test_a_number_shows_as_its_format_fixes_it(value, number_format, shown):
    assert cell_text(value, number_format) == shown


@given(st.one_of(st.floats(), st.integers(), st.text(), st.none(), st.booleans()), st.text())
def test_cell_text_never_raises(value, number_format):
    assert isinstance(cell_text(value, number_format), str)


def test_a_merged_cell_shows_its_top_lefts_number_format():
    sheet = Sheet("Plan", False, {(1, 1): 1.1, (2, 1): 1.1}, {(2, 1): (1, 1)}, formats={(1, 1): "0.00"})
    assert sheet.text(1, 1) == sheet.text(2, 1) == "1.10"


def _save(tmp_path, build) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    build(book.active)
    book.save(tmp_path / "plan.xlsx")
    return tmp_path / "plan.xlsx"


def test_a_reference_typed_1_10_stays_1_10(tmp_path):
    def build(ws):
        ws["A1"], ws["A2"] = "Ref", 1.1
        ws["A2"].number_format = "0.00"
    [sheet] = read_sheets(open_workbook(_save(tmp_path, build)))
    assert sheet.text(2, 1) == "1.10" and sheet.formats[(2, 1)] == "0.00"


def test_read_only_and_normal_workbooks_read_alike(tmp_path):
    def build(ws):
        ws.append(["Strand", "Task", "Due"])
        ws.append(["Prevent", "Train staff", 45000])
        ws.append([None, "Review", None])
        ws["C2"].number_format = "mmm-yy"
        ws["B1"].font = Font(b=True)
        ws["A3"].fill = PatternFill("solid", fgColor="00B050")
        ws["D9"].fill = PatternFill("solid", fgColor="FF0000")  # a coloured blank cell
        ws.merge_cells("A2:A3")
    path = _save(tmp_path, build)
    [streamed] = read_sheets(open_workbook(path))
    [in_memory] = read_sheets(openpyxl.load_workbook(path, data_only=True))
    for name in ("cells", "merged_from", "fills", "formats", "bold", "tables", "hidden"):
        assert getattr(streamed, name) == getattr(in_memory, name), name
    assert streamed.cells[(3, 1)] == "Prevent" and streamed.origin(3, 1) == "A2"
    assert streamed.fills == {(9, 4): "FF0000"}  # A3 is under the merge: Excel hides it
    assert streamed.bold == {(1, 2)} and streamed.formats[(2, 3)] == "mmm-yy"


def test_a_far_cell_in_a_normally_opened_workbook_costs_nothing(tmp_path):
    def build(ws):
        ws["A1"], ws["XFD1048576"] = "Task", "far"
    book = openpyxl.load_workbook(_save(tmp_path, build))
    started = time.monotonic()
    [sheet] = read_sheets(book)
    assert time.monotonic() - started < 2 and len(sheet.cells) == 2


def test_a_merge_fills_only_rows_and_columns_holding_values(tmp_path):
    # Written as XML: openpyxl itself would make a cell object for each of the 27 million.
    sheet_xml = hostile.sheet_xml([["Strand", "Task"], ["Prevent", "One"], [None, "Two"]],
                                  extra_rows='<row r="9"><c r="B9"><v>4</v></c><c r="D9"><v>4</v></c></row>',
                                  merges=["A2:A1048576", "C8:XFD1048576"])
    path = hostile.write_workbook(tmp_path / "plan.xlsx", hostile.workbook_parts([("Plan", sheet_xml)]))
    [sheet] = read_sheets(open_workbook(path))
    assert sheet.cells[(3, 1)] == "Prevent" and sheet.origin(3, 1) == "A2"
    assert (9, 4) not in sheet.cells  # D9 lies under a merge (C8 has no value): Excel hides it
    assert sorted(sheet.merged_from) == [(3, 1), (9, 1)]  # of column A, rows 3 and 9 hold values


def test_limits_are_the_callers_to_set(tmp_path):
    def build(ws):
        for row in range(1, 30):
            ws.append([f"cell {row}", row])
    path = _save(tmp_path, build)
    with pytest.raises(WorkbookError, match="more than 20 cells: too big"):
        read_sheets(open_workbook(path), Limits(max_cells=20))
    with pytest.raises(WorkbookError, match="took longer than 0 seconds"):
        read_sheets(open_workbook(path), Limits(max_seconds=0))
    with pytest.raises(WorkbookError, match="more than 20 cells"):
        open_workbook(path, Limits(max_cells=20))  # counted before parsing too


def test_merges_may_not_fill_past_the_cell_limit(tmp_path):
    # 30 used rows (column AF) and 30 used columns (row 31) around a merge A1:AD30: 900 cells to fill.
    rows = "".join(f'<row r="{r}"><c r="AF{r}"><v>{r}</v></c></row>' for r in range(2, 31))
    rows += '<row r="31">' + "".join(f'<c r="{get_column_letter(c)}31"><v>{c}</v></c>' for c in range(1, 31)) + "</row>"
    sheet_xml = hostile.sheet_xml([["Note"]], extra_rows=rows, merges=["A1:AD30"])
    path = hostile.write_workbook(tmp_path / "plan.xlsx", hostile.workbook_parts([("Plan", sheet_xml)]))
    assert len(read_sheets(open_workbook(path))[0].merged_from) == 899
    with pytest.raises(WorkbookError, match="plan.xlsx: merged ranges cover more than 100 cells"):
        read_sheets(open_workbook(path), Limits(max_cells=100))

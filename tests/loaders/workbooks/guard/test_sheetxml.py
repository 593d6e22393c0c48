"""Streaming a sheet's XML: values as openpyxl reads them, only real cells."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import openpyxl
import pytest

from loaders.workbooks.guard import Limits, WorkbookError
from loaders.workbooks.guard.sheetxml import SheetStyles, parse_sheet
from loaders.workbooks.cells import open_workbook, read_sheets

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "hostile"))
import build as hostile  # noqa: E402


def test_each_kind_of_value_is_read():
    xml = b"""<worksheet><sheetData><row r="2">
      <c r="A2" t="s"><v>1</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c>
      <c r="D2" t="str"><f>A1</f><v>formula text</v></c><c r="E2"><f>1+1</f></c>
      <c r="F2" t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r><rPh><t>guide</t></rPh></is></c>
      <c r="G2" s="3"><v>45000</v></c><c r="H2"><v>7</v></c><c r="I2"><v>1.5E1</v></c><c r="J2" t="d"><v>2025-04-01</v></c>
      <c r="K2" t="n"><v>not a number</v></c></row></sheetData></worksheet>"""
    parsed = parse_sheet(xml, ["zero", "one"], SheetStyles(dates=frozenset({3})))
    assert parsed.values == {(2, 1): "one", (2, 2): True, (2, 3): "#N/A", (2, 4): "formula text",
                             (2, 6): "rich text", (2, 7): dt.datetime(2023, 3, 15), (2, 8): 7, (2, 9): 15.0,
                             (2, 10): dt.date(2025, 4, 1), (2, 11): "not a number"}
    assert parsed.styles == {(2, 7): 3}


def test_cells_without_a_place_follow_the_one_before():
    parsed = parse_sheet(b'<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c></row>'
                         b'<row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row></sheetData></worksheet>', [])
    assert parsed.values == {(1, 1): 1, (1, 2): 2, (5, 3): 3, (5, 4): 4}


def test_prefixed_names_are_read_like_plain_ones():
    parsed = parse_sheet(b'<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr">'
                         b'<x:is><x:t>Task</x:t></x:is></x:c></x:row></x:sheetData><x:tableParts><x:tablePart '
                         b'r:id="rId3" xmlns:r="urn:r"/></x:tableParts></x:worksheet>', [])
    assert parsed.values == {(1, 1): "Task"} and parsed.table_ids == ["rId3"]


@pytest.mark.parametrize("xml, words", [
    (b'<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>9</v></c></row></sheetData></worksheet>',
     "refers to text number 9"),
    (b'<worksheet><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>',
     "beyond Excel's last row or column"),
    (b'<worksheet><sheetData><row r="1"><c r="../etc"><v>1</v></c></row></sheetData></worksheet>',
     "no place on a sheet"),
    (b'<worksheet><sheetData><row r="2000000"><c><v>1</v></c></row></sheetData></worksheet>',
     "beyond Excel's last row"),
])
def test_a_cell_out_of_place_is_damage_named_in_words(xml, words):
    with pytest.raises(WorkbookError, match=words):
        parse_sheet(xml, [])


def test_a_sheets_cells_and_cell_sizes_are_limited():
    xml = b"<worksheet><sheetData><row>" + b"<c><v>1</v></c>" * 11 + b"</row></sheetData></worksheet>"
    with pytest.raises(WorkbookError, match="more than 10 cells"):
        parse_sheet(xml, [], limits=Limits(max_cells=10))
    long = b'<worksheet><sheetData><row><c t="inlineStr"><is><t>' + b"x" * 50 + b"</t></is></c></row></sheetData></worksheet>"
    with pytest.raises(WorkbookError, match="a cell of more than 40 characters"):
        parse_sheet(long, [], limits=Limits(max_cell_chars=40))


def test_streaming_reads_what_openpyxl_reads(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    rows = [["Ref", "Task", "Due", "Done", "Share", "Note"],
            [1.1, "Train staff", dt.datetime(2025, 9, 30), True, 0.25, None],
            [2, "=B2", dt.date(2026, 1, 1), False, 1, "  "],
            ["1.10", "Café – “quotes” & <tags>", dt.datetime(2025, 4, 1, 9, 30), None, -3.5, "x" * 500]]
    for row in rows:
        ws.append(row)
    ws["C3"].number_format = "mmm-yy"
    book.save(tmp_path / "plan.xlsx")
    [streamed] = read_sheets(open_workbook(tmp_path / "plan.xlsx"))
    [normal] = read_sheets(openpyxl.load_workbook(tmp_path / "plan.xlsx", data_only=True))
    assert streamed.cells == normal.cells and streamed.formats == normal.formats


def test_the_hostile_far_cell_is_one_cell():
    xml = hostile.sheet_xml(hostile.TABLE, extra_rows='<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
                            dimension="A1:XFD1048576").encode()
    parsed = parse_sheet(xml, [])
    assert len(parsed.values) == 16 and parsed.dimension == "A1:XFD1048576"

"""Tests for loaders.workbooks.colour_key: a workbook's own colour key."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from loaders.workbooks import colour_key as colour_key_module
from loaders.workbooks.cells import Sheet, read_sheets
from loaders.workbooks.colour_key import colour_key_entries, fill_rag, read_colour_key


def sheet(cells: dict, fills: dict, name: str = "Key") -> Sheet:
    return Sheet(name, False, cells, {}, fills=fills)


def test_swatches_beside_their_words():
    key = sheet({(2, 1): "Colour key", (3, 2): "On track", (4, 2): "Slight delay", (5, 2): "Off track",
                 (6, 2): "Complete"},
                {(3, 1): "00B050", (4, 1): "FFC000", (5, 1): "FF0000", (6, 1): "0070C0"})
    assert read_colour_key([key]) == {"00B050": "green", "FFC000": "amber", "FF0000": "red", "0070C0": "blue"}


def test_words_before_the_swatch_and_colour_names_beside_meanings():
    key = sheet({(3, 1): "Going well", (4, 1): "Behind", (6, 3): "Purple", (6, 4): "Completed",
                 (7, 3): "Yellow"},
                {(3, 2): "00FF00", (4, 2): "FF9900", (6, 2): "7030A0", (7, 2): "FFFF99"})
    assert read_colour_key([key]) == {"00FF00": "green", "FF9900": "amber", "7030A0": "blue", "FFFF99": "amber"}


def test_the_key_overrides_the_hue_for_the_colours_it_lists():
    # This team's blue means not started, and its purple means done.
    key = sheet({(1, 1): "Blue", (1, 2): "Not started", (2, 1): "Purple = complete", (3, 1): "G"},
                {(1, 1): "0070C0", (2, 1): "7030A0", (3, 1): "00B050"})
    got = read_colour_key([key])
    assert got == {"0070C0": None, "7030A0": "blue", "00B050": "green"}
    assert fill_rag("FF0070C0", got) is None and fill_rag("7030A0", got) == "blue"
    assert fill_rag("92D050", got) == "green"  # not listed: read by its hue
    assert fill_rag("7030A0") is None and fill_rag("0070C0") == "blue"


def test_task_text_in_coloured_cells_is_no_key():
    tasks = sheet({(5, 3): "Complete the audit of CCTV", (6, 3): "On track to recruit 20 mentors",
                   (4, 3): "Activity"},
                  {(5, 3): "00B050", (6, 3): "FF0000", (4, 3): "1F4E78"}, name="Prevent")
    assert read_colour_key([tasks]) == {}


def test_words_that_say_nothing_make_no_entry():
    key = sheet({(1, 2): "Owner", (2, 2): "See the Staff tab", (3, 2): "Headings"},
                {(1, 1): "FFC000", (2, 1): "00B050", (3, 1): "1F4E78"})
    assert read_colour_key([key]) == {}


def test_conflicts_go_to_swatches_then_the_majority():
    key = sheet({(1, 2): "On track", (2, 2): "On target", (3, 2): "At risk", (5, 1): "Amber", (6, 1): "Amber"},
                {(1, 1): "92D050", (2, 1): "92D050", (3, 1): "92D050", (5, 1): "00B050", (6, 1): "00B050"})
    red_tie = sheet({(1, 2): "On track", (2, 2): "Off track"}, {(1, 1): "ABCDEF", (2, 1): "ABCDEF"}, name="Other")
    assert read_colour_key([key, red_tie]) == {"92D050": "green", "00B050": "amber"}


def test_entries_keep_their_evidence():
    key = sheet({(5, 2): "On target"}, {(5, 1): "00B050"}, name="Cover & key")
    (entry,) = colour_key_entries([key])
    assert (entry.rgb, entry.rag, entry.words, entry.sheet, entry.cell, entry.swatch) == (
        "00B050", "green", "On target", "Cover & key", "A5", True)


def test_reads_a_key_from_a_saved_workbook(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Key"
    for row, (rgb, words) in enumerate([("00B050", "Progressing as planned"), ("FFC000", "Some slippage"),
                                        ("C00000", "Seriously behind")], start=2):
        ws.cell(row, 1).fill = PatternFill("solid", fgColor="FF" + rgb)
        ws.cell(row, 2, words)
    book.save(tmp_path / "plan.xlsx")
    sheets = read_sheets(openpyxl.load_workbook(tmp_path / "plan.xlsx"))
    assert read_colour_key(sheets) == {"00B050": "green", "FFC000": "amber", "C00000": "red"}


# --- Southbay: the Activity cell's fill, read through the cover's key ------------------

PARTNERSHIPS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "partnerships"
SOUTHBAY = PARTNERSHIPS / "southbay" / "Southbay CSP Action Plan 2025-27.xlsx"
AS_TRUTH = {"green": "Green", "amber": "Amber", "red": "Red", "blue": "Complete", None: None}


@pytest.mark.skipif(not SOUTHBAY.exists(), reason="no shared partnership plans")
def test_southbay_rag_from_fills_and_the_cover_key():
    truth = json.loads((PARTNERSHIPS / "southbay" / "expected.json").read_text(encoding="utf-8"))
    sheets = read_sheets(openpyxl.load_workbook(SOUTHBAY))
    key = read_colour_key(sheets)
    assert key == {"00B050": "green", "FFC000": "amber", "FF0000": "red"}
    fills = {}
    for s in sheets:
        if s.name in ("Prevent", "Pursue", "Protect", "Prepare"):
            header = {s.text(4, c): c for c in range(1, 10)}
            for row in s.rows():
                if row > 4 and s.text(row, header["No."]):
                    fills[s.text(row, header["No."])] = s.fills.get((row, header["Activity"]))
    assert fills == truth["rag_fills"]
    assert {ref: AS_TRUTH[fill_rag(rgb, key)] for ref, rgb in fills.items()} == truth["rag"]
    assert {rgb: AS_TRUTH[fill_rag(rgb, key)] for rgb in truth["rag_colours"]} == truth["rag_colours"]


def test_docstring_examples():
    result = doctest.testmod(colour_key_module)
    assert result.attempted > 0 and result.failed == 0

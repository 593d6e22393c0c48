"""Tests for loaders.workbooks.registers: forum grids and the rows under a header."""

from __future__ import annotations

from loaders.workbooks.cells import Sheet
from loaders.workbooks.registers import forum_registers


def grid(rows: dict[int, list]) -> Sheet:
    return Sheet("Forums", False, {(r, c + 1): v for r, row in rows.items() for c, v in enumerate(row) if v}, {})


def test_a_grid_of_marks_names_the_priorities_each_forum_covers():
    sheet = grid({1: ["Forum", "Violence", "Drugs"], 2: ["Safer Board", "✓", ""], 3: ["Drugs Group", "", "Y"]})
    assert [(g.forum, g.covers) for g in forum_registers(sheet, "plan.xlsx")] == [
        ("Safer Board", ("Violence",)), ("Drugs Group", ("Drugs",))]


def test_a_word_anywhere_under_the_header_makes_it_no_grid():
    body = {r: [f"Forum {r}", "✓", "x"] for r in range(2, 40)}
    sheet = grid({1: ["Forum", "Violence", "Drugs"], **body, 40: ["Youth Panel", "✓", "monthly"]})
    assert forum_registers(sheet, "plan.xlsx") == []


def test_the_grid_ends_at_the_first_blank_row():
    # The first row under the header counts even after a gap; the grid stops at the next gap.
    sheet = grid({1: ["Forum", "Violence", "Drugs"], 3: ["Safer Board", "✓", ""], 4: ["Drugs Group", "", "Y"],
                  6: ["Notes on the partnership", "Reviewed yearly", "By the board"]})
    assert [g.forum for g in forum_registers(sheet, "plan.xlsx")] == ["Safer Board", "Drugs Group"]

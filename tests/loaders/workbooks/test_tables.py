"""Tests for loaders.workbooks.tables: a header row sits above its data, never among it."""

from __future__ import annotations

import datetime as dt

from loaders.workbooks.cells import Sheet
from loaders.workbooks.tables import find_tables

HEADER = ("Ref", "Action", "Lead", "Due date", "Notes")


def grid(rows: list[tuple], tables: list[tuple[int, int, int, int]] | None = None, first_row: int = 3) -> Sheet:
    cells = {(r, c): v for r, row in enumerate(rows, start=first_row) for c, v in enumerate(row, start=1)
             if v not in (None, "")}
    return Sheet("Plan", False, cells, {}, tables=tables or [])


def rows_of(sheet: Sheet) -> list[tuple[int, list[int]]]:
    return [(t.header_row, t.rows) for t in find_tables(sheet)]


# Rows of data whose cells, read one by one, each name a column.
TRICKY_ROWS = [
    ("HC-4", "Awareness events for the named activity.", "Youth Service Manager", dt.date(2025, 9, 1),
     "Triggered by HC-2"),
    ("HC-5", "Work to support this activity", "Partnership officer", "End of March 2026",
     "Number of reports made and outcomes."),
    ("6.2", "Progress the deliverable with schools", "Lead officer", "Q3", "Depends on 6.1"),
]


def test_a_data_row_that_reads_like_headers_stays_a_task():
    sheet = grid([HEADER, ("HC-1", "Hate crime reporting centres", "Priti Kaur", dt.date(2025, 6, 1), ""),
                  *TRICKY_ROWS, ("HC-9", "Third-party reporting review", "Sam Reed", "TBC", "")])
    assert rows_of(sheet) == [(3, [4, 5, 6, 7, 8])]


def test_no_new_header_inside_an_excel_table():
    # All text, no values: only the Table's bounds say this row is data.
    inside = ("Ongoing", "Activity plan", "Owner", "Deadline", "Comments")
    sheet = grid([HEADER, ("HC-1", "Reporting centres", "Priti Kaur", "June", ""), inside,
                  ("HC-3", "Review", "Sam Reed", "July", "")], tables=[(3, 1, 6, 5)])
    assert rows_of(sheet) == [(3, [4, 5, 6])]


def test_a_row_of_words_right_under_data_is_data():
    # No value in it, but a task's words: one more row of the table.
    row = ("Awareness events for the named activity", "Youth Service Manager", "End of March",
           "Linked to the hate crime work")
    sheet = grid([("Task", "Owner", "When", "Links"), ("Reporting centres", "Priti Kaur", "June", ""), row])
    assert rows_of(sheet) == [(3, [4, 5])]


def test_a_header_right_under_data_holds_no_values():
    # The words of a header, but with a number in it: a row of data.
    sheet = grid([HEADER, ("HC-1", "Reporting centres", "Priti Kaur", "June", ""),
                  (12, "Action", "Owner", "Due", "Update")])
    assert rows_of(sheet) == [(3, [4, 5])]


def test_a_second_table_below_a_title_is_still_found():
    sheet = grid([HEADER, ("HC-1", "Reporting centres", "Priti Kaur", "June", ""), (),
                  ("Protect – safer nights",), ("No.", "Task", "Owner", "By when", "Progress"),
                  ("P1", "Street marshals", "Night-time economy lead", "July", "On track")])
    assert [t.header_row for t in find_tables(sheet)] == [3, 7]
    assert find_tables(sheet)[1].title == "Protect – safer nights"


def test_an_excel_table_ends_where_the_table_ends():
    sheet = grid([HEADER, ("HC-1", "Reporting centres", "Priti Kaur", "June", ""), (),
                  ("Notes below the table, not tasks",), HEADER, ("HC-2", "Review", "Sam Reed", "July", "")],
                 tables=[(3, 1, 4, 5)])
    tables = find_tables(sheet)
    assert [(t.header_row, t.rows) for t in tables] == [(3, [4]), (7, [8])]


def test_a_first_header_may_have_dates_for_headings():
    months = (dt.datetime(2025, 4, 1), dt.datetime(2025, 5, 1), dt.datetime(2025, 6, 1))
    sheet = grid([("Ref", "Action", "Lead", "Due", *months), ("A1", "Street marshals", "Sam Reed", "July", "G", "G")])
    assert rows_of(sheet) == [(3, [4])]


def test_a_header_after_a_gap_may_have_dates_for_headings():
    sheet = grid([HEADER, ("HC-1", "Reporting centres", "Priti Kaur", "June", ""), (),
                  ("Action", "Owner", "Due", "Progress as at 31/03/25", dt.datetime(2025, 4, 1)),
                  ("Street marshals", "Sam Reed", "July", "On track", "G")])
    assert [t.header_row for t in find_tables(sheet)] == [3, 6]

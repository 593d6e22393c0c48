"""Finding task tables on a sheet, wherever they sit and whatever their layout.

A task table is found by its header row: a row where at least a Task column
and two other columns can be recognised by what their header means (not by
their position or exact wording). Plans put title rows above the header,
blank spacer columns between columns and trailing spaces in headers; other
forces' templates order columns differently and use other words.

Examples
--------
>>> column_meaning("How will this be delivered?/ How will we measure performance?")
'how'
>>> column_meaning("Action No")
'ref'
>>> column_meaning("When ")
'when'
>>> column_meaning("Comments") is None
True
>>> strand_name("PREVENT"), strand_name("pursue strand"), strand_name("Prevention")
('Prevent', 'Pursue', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphmodel import STRANDS

from ..text.titles import normalise
from .cells import Sheet

__all__ = ["COLUMN_SYNONYMS", "column_meaning", "strand_name", "Table", "find_tables"]

# What each column of a task table means, and the header words that say so.
# Order matters: "Task No" must be read as a reference before "Task" as text.
COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "ref": ("task no", "action no", "task number", "action number", "task ref", "action ref",
            "ref", "reference", "ref no", "no", "number", "id", "task id"),
    "strand": ("strand", "4p", "4 p", "4ps", "4p strand", "p"),
    "task": ("task", "action", "tasks", "actions", "activity", "task description",
             "action description", "what", "objective"),
    "how": ("how", "success measure", "success measures", "measure", "measures",
            "how will this be delivered", "how will we measure performance",
            "performance measure", "delivery", "outcome", "outcomes", "method"),
    "who": ("who", "owner", "owners", "lead", "lead officer", "responsible", "action owner",
            "task owner", "responsible officer", "lead agency", "by whom"),
    "when": ("when", "due", "due date", "target date", "deadline", "timescale", "timescales",
             "by when", "date", "completion date", "target"),
    "depends": ("dependencies", "dependency", "depends on", "dependent on", "linked to",
                "links", "linked actions", "pre requisites", "prerequisites"),
    "rag": ("rag", "rag status", "status", "progress"),
}

# A header cell longer than this is a sentence, not a column name, unless
# it starts with a recognised word ("How will this be delivered?...").
_MAX_HEADER_WORDS = 12


def column_meaning(header: str) -> str | None:
    """What a header cell says its column holds, or None."""
    text = normalise(header)
    if not text:
        return None
    for meaning, names in COLUMN_SYNONYMS.items():
        if text in names:
            return meaning
    if len(text.split()) > _MAX_HEADER_WORDS:
        return None
    for meaning, names in COLUMN_SYNONYMS.items():
        # "How will this be delivered / How will we measure performance"
        if any(len(n) > 2 and text.startswith(n + " ") for n in names):
            return meaning
    return None


def strand_name(text: str) -> str | None:
    """The 4P strand a cell names ('PREVENT', 'Pursue strand'), or None."""
    text = normalise(text)
    text = re.sub(r"\bstrand\b", "", text).strip()
    for strand in STRANDS:
        if text == strand.lower():
            return strand
    return None


@dataclass
class Table:
    """A task table: its header row, the column of each meaning, its title
    (the text above the header, if any) and the rows below the header."""

    sheet: Sheet
    header_row: int
    columns: dict[str, int]
    title: str = ""
    title_cell: str = ""
    rows: list[int] = field(default_factory=list)
    unrecognised: dict[int, str] = field(default_factory=dict)  # column -> header text


def _header_columns(sheet: Sheet, row: int) -> tuple[dict[str, int], dict[int, str]]:
    columns: dict[str, int] = {}
    other: dict[int, str] = {}
    for col, value in sheet.row_values(row):
        if not isinstance(value, str):
            continue
        meaning = column_meaning(value)
        if meaning and meaning not in columns:
            columns[meaning] = col
        elif value.strip():
            other[col] = value.strip()
    return columns, other


def _is_header(columns: dict[str, int]) -> bool:
    return "task" in columns and len(columns) >= 3


def find_tables(sheet: Sheet) -> list[Table]:
    """Every task table on a sheet, top to bottom."""
    tables: list[Table] = []
    previous_end = 0
    for row in sheet.rows():
        columns, other = _header_columns(sheet, row)
        if not _is_header(columns):
            if tables:
                tables[-1].rows.append(row)
            continue
        table = Table(sheet, row, columns, unrecognised=other)
        table.title, table.title_cell = _title_above(sheet, row, previous_end)
        if tables and table.title_cell:
            # The new table's title row is not a task of the table above it.
            title_row = int("".join(ch for ch in table.title_cell if ch.isdigit()))
            tables[-1].rows = [r for r in tables[-1].rows if r < title_row]
        tables.append(table)
        previous_end = row
    return tables


def _title_above(sheet: Sheet, header_row: int, stop: int) -> tuple[str, str]:
    """The nearest text above a header row (and below the previous table)."""
    for row in range(header_row - 1, stop, -1):
        for col, value in sheet.row_values(row):
            text = sheet.text(row, col)
            if text:
                return text, sheet.origin(row, col)
    return "", ""

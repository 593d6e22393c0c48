"""Finding task tables on a sheet, wherever they sit and whatever their layout.

A task table is found by its header row: a row where a Task column and at
least two other columns of a plan can be recognised by what their header
means (:mod:`loaders.workbooks.headers`), not by position or exact wording.
Plans put title blocks above the header, blank spacer columns between
columns and trailing spaces or line breaks in headers; some head their
columns over two rows (a merged "People" over "Lead officer" and
"Supporting officers"), and some are Excel Tables, which end where the
Table ends.

The lines above a header (down to the table before it) are kept as the
table's title block: its title and its metadata ("Owner: ... / Last
reviewed: ...") are told apart by :func:`pick_title`.

Examples
--------
>>> column_meaning("How will this be delivered?/ How will we measure performance?")
'how'
>>> column_meaning("Action No")
'ref'
>>> column_meaning("When ")
'when'
>>> column_meaning("Comments")
'notes'
>>> strand_name("PREVENT"), strand_name("pursue strand"), strand_name("Prevention"), strand_name("PREV")
('Prevent', 'Pursue', None, 'Prevent')
>>> strand_in_title("PREVENT – Southbay CSP Action Plan 2025-27"), strand_in_title("Prevent: designing out crime")
('Prevent', 'Prevent')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphmodel import STRANDS

from ..text.labels import labelled_facts
from ..text.titles import normalise
from .cells import Sheet
from .headers import column_meaning, names_a_column, reads_as_value

__all__ = ["column_meaning", "strand_name", "strand_in_title", "Table", "find_tables", "pick_title",
           "PLAN_MEANINGS"]

# Meanings that show a table is a plan (a staff list has a Name and an
# Organisation, but no due date, reference or strand).
PLAN_MEANINGS = {"ref", "id", "wbs", "how", "who", "when", "start", "strand", "depends", "predecessors", "rag",
                 "percent", "priority", "level"}
# Short forms of the strands: "PREV", "PUR", "PROT", "PREP", "PV", "PU", "PT", "PP".
_STRAND_SHORT = {"prev": "Prevent", "purs": "Pursue", "pur": "Pursue", "prot": "Protect", "prep": "Prepare",
                 "pv": "Prevent", "pu": "Pursue", "pt": "Protect", "pp": "Prepare"}


def strand_name(text: str) -> str | None:
    """The 4P strand a cell names ('PREVENT', 'Pursue strand', 'PREP'), or None."""
    text = normalise(text)
    text = re.sub(r"\bstrand\b", "", text).strip()
    for strand in STRANDS:
        if text == strand.lower():
            return strand
    return _STRAND_SHORT.get(text)


def strand_in_title(text: str) -> str | None:
    """The strand a heading opens with: "PREVENT – stopping harm", "Protect: safe nights"."""
    first = re.match(r"\s*([A-Za-z]+)\b(?:\s*(?:strand)?\s*(?:[-–:|]|$))", text)
    return strand_name(first.group(1)) if first and first.group(1).lower() in _FULL_STRANDS else None


_FULL_STRANDS = {s.lower() for s in STRANDS}


@dataclass
class Table:
    """A task table: its header row, the column of each meaning, the lines
    of its title block, and the rows below the header."""

    sheet: Sheet
    header_row: int
    columns: dict[str, int]
    title: str = ""
    title_cell: str = ""
    rows: list[int] = field(default_factory=list)
    unrecognised: dict[int, str] = field(default_factory=dict)  # column -> header text
    more_columns: dict[str, list[int]] = field(default_factory=dict)  # a meaning's second, third column
    title_lines: list[tuple[str, str]] = field(default_factory=list)  # (text, cell), top to bottom
    group_row: int | None = None  # a merged row of group headings above the header
    last_row: int | None = None  # where an Excel Table ends

    def cells_of(self, meaning: str) -> list[int]:
        """Every column of a meaning, left to right."""
        first = self.columns.get(meaning)
        return ([first] if first else []) + self.more_columns.get(meaning, [])


def _header_columns(sheet: Sheet, row: int) -> tuple[dict[str, int], dict[str, list[int]], dict[int, str]]:
    columns: dict[str, int] = {}
    more: dict[str, list[int]] = {}
    other: dict[int, str] = {}
    for col, value in sheet.row_values(row):
        if not isinstance(value, str) or not value.strip():
            continue
        meaning = column_meaning(value) or _group_meaning(sheet, row, col, value)
        if meaning and meaning not in columns:
            columns[meaning] = col
        elif meaning:
            more.setdefault(meaning, []).append(col)
        else:
            other[col] = value.strip()
    _id_or_ref(columns)
    _task_first(sheet, row, columns, more)
    return columns, more, other


def _group_meaning(sheet: Sheet, row: int, col: int, value: str) -> str | None:
    """A sub-header read with the group heading merged across above it
    ("Owner" over "Lead" and "Support"; "Dates" over "Start" and "End")."""
    above = sheet.text(row - 1, col)
    if not above or len(value.split()) > 4:
        return None
    across = [(row - 1, c) for c in (col, col + 1) if (row - 1, c) in sheet.merged_from]
    if any(sheet.merged_from[cell][0] == row - 1 and sheet.merged_from[cell] != cell for cell in across):
        return column_meaning(f"{above} {value}")
    return None


# Of two task columns, the one that holds the work: "Key actions" beside
# "Objective", "Action" beside "Name". Lower is preferred.
_TASK_WORDS = ("action", "task", "activit", "step", "deliverable", "intervention", "what", "milestone",
               "commitment", "initiative", "description", "work", "item", "objective", "name")


def _task_first(sheet: Sheet, row: int, columns: dict[str, int], more: dict[str, list[int]]) -> None:
    """Where a header has two task columns, the task is the more action-like;
    the other stays a further task column (its words still read for links)."""
    if not more.get("task"):
        return
    candidates = [columns["task"], *more["task"]]

    def rank(col: int) -> int:
        text = normalise(sheet.text(row, col))
        return next((i for i, w in enumerate(_TASK_WORDS) if w in text), len(_TASK_WORDS))

    best = min(candidates, key=lambda c: (rank(c), c))
    columns["task"] = best
    more["task"] = [c for c in candidates if c != best]


def _id_or_ref(columns: dict[str, int]) -> None:
    """An ID column is the reference unless the table has a WBS or Ref too
    (a project export's IDs are what Predecessors cite; its WBS is the ref)."""
    if "id" in columns and "ref" not in columns and "wbs" not in columns:
        columns["ref"] = columns.pop("id")
    if "wbs" in columns and "ref" not in columns:
        columns["ref"] = columns["wbs"]


def _reads_as_header(sheet: Sheet, row: int) -> bool:
    """Whether a row right below a table's rows reads as a header, not as one
    more of them: nothing but short names ("Action", "Lead officer", "By
    when?"), no value (a number, a date, a ref "FR-36", a count) and no
    phrase of a task's length. A row after a gap or a title may head a new
    table on looser terms (even with dates for headers: "Apr-25", "May-25")."""
    values = [value for _, value in sheet.row_values(row)]
    if any(reads_as_value(value) for value in values):
        return False
    return all((len(v.split()) <= _SHORT_NAME or v.rstrip().endswith("?")) and names_a_column(v) for v in values)


# Words in a header among rows of data; a task's words are more.
_SHORT_NAME = 5


def _is_header(sheet: Sheet, row: int, columns: dict[str, int]) -> bool:
    if "task" not in columns or len(PLAN_MEANINGS & set(columns)) < 2:
        return False
    # "Name" heads a staff list as often as a plan; it is a task only beside dates or an outline.
    if normalise(sheet.text(row, columns["task"])) in ("name", "names"):
        return bool({"when", "start", "level", "ref"} & set(columns)) and "who" in columns
    return True


def find_tables(sheet: Sheet) -> list[Table]:
    """Every task table on a sheet, top to bottom."""
    tables: list[Table] = []
    previous_end = 0
    for row in sheet.rows():
        if tables and tables[-1].last_row and row <= tables[-1].last_row:
            tables[-1].rows.append(row)  # no new header starts inside an Excel Table's data rows
            continue
        if tables and tables[-1].last_row and row > previous_end:
            previous_end = tables[-1].last_row
        among_data = bool(tables and tables[-1].rows and row == tables[-1].rows[-1] + 1)
        may_be = not among_data or _reads_as_header(sheet, row)
        columns, more, other = _header_columns(sheet, row) if may_be else ({}, {}, {})
        if not _is_header(sheet, row, columns):
            if tables and tables[-1].last_row is None:
                tables[-1].rows.append(row)
            continue
        group = row - 1 if _is_group_row(sheet, row - 1, columns) else None
        if group and tables and tables[-1].header_row == group:
            # The row above was the group row of this two-row header, not a header of its own.
            tables.pop()
            previous_end = tables[-1].header_row if tables else 0
        table = Table(sheet, row, columns, unrecognised=other, more_columns=more, group_row=group,
                      last_row=_excel_table_end(sheet, row, columns))
        table.title_lines = _lines_above(sheet, group or row, previous_end, tables[-1] if tables else None)
        table.title, table.title_cell = pick_title(table.title_lines)
        if tables and table.title_lines:
            # The new table's title block is not tasks of the table above it.
            first_title_row = _row_of(table.title_lines[0][1])
            tables[-1].rows = [r for r in tables[-1].rows if r < first_title_row]
        if tables and group:
            tables[-1].rows = [r for r in tables[-1].rows if r < group]
        tables.append(table)
        previous_end = row
    return tables


def _excel_table_end(sheet: Sheet, row: int, columns: dict[str, int]) -> int | None:
    for first_row, first_col, last_row, last_col in sheet.tables:
        if first_row == row and first_col <= columns["task"] <= last_col:
            return last_row
    return None


def _is_group_row(sheet: Sheet, row: int, columns: dict[str, int]) -> bool:
    """A row of group headings: short texts over the header, at least one merged across columns."""
    cols = set(columns.values())
    texts = [(c, sheet.text(row, c)) for c, _ in sheet.row_values(row)]
    if not texts or any(len(t.split()) > 4 for _, t in texts):
        return False
    merged = [c for c, _ in texts if (row, c) in sheet.merged_from and sheet.merged_from[(row, c)][0] == row]
    over = [c for c, _ in texts if c in cols]
    distinct = {normalise(t) for _, t in texts}
    return bool(merged) and len(over) >= 2 and (len(distinct) >= 2 or len(over) < len(cols))


def _lines_above(sheet: Sheet, header_row: int, stop: int, previous: Table | None) -> list[tuple[str, str]]:
    """The text rows above a header, top to bottom, up to the rows of the table
    before it (a row filling two of its columns is one of its tasks); a row's
    cells joined with two spaces, its first cell as where."""
    lines = []
    before = set(previous.columns.values()) if previous else set()
    for row in range(header_row - 1, stop, -1):
        cells = [(c, sheet.text(row, c)) for c, _ in sheet.row_values(row)]
        cells = [(c, t) for c, t in cells if t and (row, c) not in _merged_tail(sheet, row, c)]
        if len([c for c, _ in cells if c in before]) >= 2:
            break
        if cells:
            lines.append(("  ".join(t for _, t in cells), sheet.origin(row, cells[0][0])))
    return lines[::-1]


def _merged_tail(sheet: Sheet, row: int, col: int) -> set[tuple[int, int]]:
    """{(row, col)} when the cell is a copy of a merge's value, not where it was typed."""
    origin = sheet.merged_from.get((row, col))
    return {(row, col)} if origin is not None and origin != (row, col) else set()


def _row_of(cell: str) -> int:
    return int("".join(ch for ch in cell if ch.isdigit()))


def pick_title(lines: list[tuple[str, str]], boilerplate: frozenset[str] = frozenset()) -> tuple[str, str]:
    """The title of a title block: the nearest line above the header that is
    neither metadata ("Owner: ..."), a sentence, a version or date line, nor
    boilerplate repeated over every sheet (the partnership's name); if every
    line is boilerplate, the nearest that is not metadata or a sentence."""
    candidates = [(_title_part(text), cell) for text, cell in lines]
    candidates = [(t, c) for t, c in candidates if t and not _is_sentence(t) and not _is_version_or_date(t)]
    for text, cell in reversed(candidates):
        if normalise(text) not in boilerplate:
            return text, cell
    return candidates[-1] if candidates else ("", "")


def _title_part(text: str) -> str:
    """A line's text before its first labelled fact ("Serious Violence  Owner: X" -> "Serious Violence")."""
    facts = labelled_facts(text)
    return (text[: facts[0].start] if facts else text).strip(" \t-–|/")


def _is_sentence(text: str) -> bool:
    n = len(text.split())
    return n > 14 or (n > 5 and text.rstrip().endswith((".", "!", ")")) and not text.rstrip().endswith(".)"))


def _is_version_or_date(text: str) -> bool:
    """A document's housekeeping line: "Version 3", "Last updated 12.05.25", "Draft"."""
    return bool(_HOUSEKEEPING.match(text))


_HOUSEKEEPING = re.compile(
    r"\s*(?:version|v)\s*\d|\s*(?:draft|final|status)\b|\s*[\d/.\-\s]+$"
    r"|\s*(?:last\s+|date\s+)?(?:updated|reviewed|revised|amended|saved|printed|produced|prepared|approved|agreed"
    r"|refreshed|issued)\b|\s*(?:as\s+at|correct\s+at|dated?)\b", re.I)

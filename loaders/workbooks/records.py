"""A task as a plan writes it: its cells by what each means.

A task reaches plangraph as a row of a table or as a block of label/value
rows pasted from a document (:mod:`loaders.workbooks.blocks`). Either way
it becomes a :class:`TaskRecord`: the cells of each meaning (task, who,
when, ...) with their coordinates, fill colours and number formats, and the
context the layout gives it: the strand (a Strand column, a section row, a
heading, a sheet named after a strand), the priority (a Priority column, a
heading row, an outline's top level) and, in an outline, the workstream.

An outline is a project tool's export: an Outline Level column (or WBS
codes of different depths) where a row with rows below it is a summary,
not work. The deepest rows are tasks; their level-1 ancestor is the
priority and, in a three-level outline, their parent is the workstream.
A summary's Notes carry facts ("Priority lead: ...", "Overseen by: ...").

Examples
--------
>>> from loaders.workbooks.cells import Sheet
>>> from loaders.workbooks.tables import find_tables
>>> rows = [["ID", "Outline Level", "WBS", "Name", "Resource Names", "Finish", "Notes"],
...         ["1", "1", "1", "Town Centre", None, None, "Overseen by: Safer Board."],
...         ["2", "2", "1.1", "Prevent: safer streets", None, None, None],
...         ["3", "3", "1.1.1", "Lighting review", "Insp Holt", "2025-06-30", None],
...         ["4", "3", "1.1.2", "Street marshals", "PC Holt", "2025-07-31", None]]
>>> sheet = Sheet("Task_Table1", False, {(r + 1, c + 1): v for r, row in enumerate(rows)
...                                      for c, v in enumerate(row) if v}, {})
>>> records, summaries = table_records(find_tables(sheet)[0])
>>> [(r.text("ref"), r.row_id, r.priority[0], r.workstream[0]) for r in records]
[('1.1.1', '3', 'Town Centre', 'Prevent: safer streets'), ('1.1.2', '4', 'Town Centre', 'Prevent: safer streets')]
>>> [(s.level, s.name, s.notes) for s in summaries]
[(1, 'Town Centre', 'Overseen by: Safer Board.'), (2, 'Prevent: safer streets', '')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from graphmodel import WrittenCell

from ..text.titles import clean_title
from .cells import Sheet, coordinate
from .tables import Table, strand_in_title, strand_name

__all__ = ["Field", "TaskRecord", "Summary", "table_records", "sheet_field", "column_headers", "written_row"]


@dataclass(slots=True)
class Field:
    """One cell as read: its text, where it is, and what Excel shows besides."""

    text: str
    cell: str
    value: Any = None
    fill: str | None = None
    number_format: str | None = None


@dataclass
class TaskRecord:
    """The cells of one task by meaning, and where the layout puts it."""

    sheet: str
    row: int
    fields: dict[str, list[Field]] = field(default_factory=dict)
    strand: tuple[str, str] | None = None  # (strand, cell it was read from)
    priority: tuple[str, str] | None = None  # (as written, cell)
    workstream: tuple[str, str] | None = None  # (name, cell): an outline's parent
    row_id: str = ""
    skipped: str = ""  # why a row with content is not a task ("" for a task)
    written: list[WrittenCell] = field(default_factory=list)  # the row, cell by cell, as the plan shows it

    def first(self, meaning: str) -> Field | None:
        found = self.fields.get(meaning)
        return found[0] if found else None

    def text(self, meaning: str) -> str:
        first = self.first(meaning)
        return first.text if first else ""

    def texts(self, meaning: str) -> list[Field]:
        return self.fields.get(meaning, [])


@dataclass(frozen=True)
class Summary:
    """An outline's summary row (a priority or workstream), with its notes."""

    sheet: str
    row: int
    level: int
    name: str
    cell: str
    notes: str = ""
    notes_cell: str = ""


def sheet_field(sheet: Sheet, row: int, col: int) -> Field | None:
    """The cell at (row, col) as a Field, or None when it is empty."""
    text = sheet.text(row, col)
    return _field(sheet, row, col, text, coordinate(row, col)) if text else None


def _shown(sheet: Sheet, row: int) -> dict[int, tuple[str, str]]:
    """Column -> (text as shown, coordinate) of each cell of a row that shows
    something: a row's cells are read once for its fields and as written."""
    shown = {}
    for col, value in sheet.row_values(row):
        text = value.strip() if type(value) is str else sheet.text(row, col)
        if text:
            shown[col] = (text, coordinate(row, col))
    return shown


def _field(sheet: Sheet, row: int, col: int, text: str, here: str) -> Field:
    place = (row, col)
    top = sheet.merged_from.get(place)
    return Field(text, coordinate(*top) if top and top != place else here, sheet.cells[place],
                 sheet.fills.get(place), sheet.formats.get(place))


def table_records(table: Table) -> tuple[list[TaskRecord], list[Summary]]:
    """The task records of a table (section rows, blank rows and summary rows
    are context, not tasks), and the summary rows of an outline."""
    headers = column_headers(table)
    meanings = [(meaning, table.cells_of(meaning)) for meaning in set(table.columns) | set(table.more_columns)]
    records = [_row_record(table, row, headers, meanings) for row in table.rows]
    records = [r for r in records if r.fields]
    if _is_outline(table, records):
        return _outline(table, records)
    return _with_context(table, records), []


def column_headers(table: Table) -> dict[int, str]:
    """Column -> its header as written (a group heading above it where the header row leaves it blank)."""
    sheet = table.sheet
    headers = {col: sheet.text(table.header_row, col) for col, _ in sheet.row_values(table.header_row)}
    if table.group_row:
        for col, _ in sheet.row_values(table.group_row):
            headers[col] = headers.get(col) or sheet.text(table.group_row, col)
    return {col: text for col, text in headers.items() if text}


def written_row(sheet: Sheet, row: int, headers: dict[int, str],
                shown: dict[int, tuple[str, str]] | None = None) -> list[WrittenCell]:
    """Every cell of a row that shows something, under its column's header."""
    merged = sheet.merged_from
    found = []
    for col, (text, here) in (_shown(sheet, row) if shown is None else shown).items():
        top = merged.get((row, col))
        typed_in = coordinate(*top) if top is not None and top != (row, col) else ""
        found.append(WrittenCell(headers.get(col, ""), here, text, typed_in))
    return found


def _row_record(table: Table, row: int, headers: dict[int, str],
                meanings: list[tuple[str, list[int]]]) -> TaskRecord:
    sheet = table.sheet
    record = TaskRecord(sheet.name, row)
    shown = _shown(sheet, row)
    if shown:
        for meaning, cols in meanings:
            found = [_field(sheet, row, col, *shown[col]) for col in cols if col in shown]
            if found:
                record.fields[meaning] = found
    rag_col = table.columns.get("rag")
    if record.fields and rag_col and "rag" not in record.fields and (row, rag_col) in table.sheet.fills:
        # A Status cell coloured in, with no word in it: the colour is the status.
        record.fields["rag"] = [Field("", table.sheet.origin(row, rag_col), None, table.sheet.fills[(row, rag_col)])]
    if record.fields:
        record.written = written_row(table.sheet, row, headers, shown)
    return record


def _with_context(table: Table, records: list[TaskRecord]) -> list[TaskRecord]:
    """Carry strands and section headings down to the rows below them."""
    strand = _sheet_strand(table)
    priority = None
    out = []
    for record in records:
        task = record.text("task")
        if "strand" in record.fields:
            first = record.first("strand")
            strand = (strand_name(first.text), first.cell)
        heading = _heading(table, record)
        if heading is not None:
            strand, priority = heading(strand, priority)
            continue
        record.strand = strand  # (None, cell) after a Strand cell naming no strand
        written = record.first("priority")
        if written is not None and not _URGENCY.match(written.text):
            # "1. Violence" and "Violence" are one priority: the number only orders them.
            record.priority = (clean_title(written.text), written.cell)
        record.priority = record.priority or priority
        if task and not re.search(r"\w", task):
            record.skipped = "no-words"
        out.append(record)
    return out


# A Priority column that ranks urgency rather than naming a priority.
_URGENCY = re.compile(r"^\s*(?:high|medium|med|low|h|m|l|critical|urgent|normal|top|p?\d)\s*$", re.I)


def _sheet_strand(table: Table) -> tuple[str, str] | None:
    """A table whose title or sheet names a strand ("PREVENT – Action Plan", sheet "Pursue")."""
    title_strand = strand_in_title(table.title) if table.title else None
    if title_strand:
        return title_strand, table.title_cell
    sheet_strand = strand_name(table.sheet.name) or strand_in_title(table.sheet.name)
    if sheet_strand:
        return sheet_strand, coordinate(table.header_row, table.columns["task"])
    return None


def _heading(table: Table, record: TaskRecord):
    """A row that is a heading, not a task: a strand name alone in the Task
    column ("PREVENT"), or one text merged across the table ("Priority 1:
    Violence", "PURSUE – holding offenders to account"). Returns a function
    giving the new (strand, priority), or None."""
    texts = [f for fs in record.fields.values() for f in fs]
    cells = {f.cell for f in texts}
    if len(cells) != 1:
        return None
    only = texts[0]
    alone_in_task = "task" in record.fields and strand_name(only.text)
    if alone_in_task:
        return lambda strand, priority: ((strand_name(only.text), only.cell), priority)
    if not _merged_across(table, record.row) and not re.match(r"\s*priority\s+\d", only.text, re.I):
        return None
    heading_strand = strand_in_title(only.text) or strand_name(only.text)
    if heading_strand:
        return lambda strand, priority: ((heading_strand, only.cell), priority)
    return lambda strand, priority: (strand, (clean_title(only.text), only.cell))


def _merged_across(table: Table, row: int) -> bool:
    """Whether a row holds one value merged over three or more of the table's columns."""
    cols = sorted(set(table.columns.values()))
    copies = sum(1 for c in cols if (row, c) in table.sheet.merged_from)
    return copies >= 2


# --- Outlines ---------------------------------------------------------------


def _is_outline(table: Table, records: list[TaskRecord]) -> bool:
    levels = {_level(table, r) for r in records}
    return len(levels - {None}) >= 2


def _level(table: Table, record: TaskRecord) -> int | None:
    if "level" in record.fields:
        text = record.text("level")
        return int(float(text)) if re.fullmatch(r"\d+(\.0)?", text) else None
    wbs = record.text("wbs") if "level" not in table.columns else ""
    if re.fullmatch(r"\d+(\.\d+)*", wbs):
        return 0 if wbs == "0" else wbs.count(".") + 1
    return None


def _outline(table: Table, records: list[TaskRecord]) -> tuple[list[TaskRecord], list[Summary]]:
    levels = [_level(table, r) for r in records]
    tasks, summaries = [], []
    ancestors: dict[int, Summary] = {}
    for i, (record, level) in enumerate(zip(records, levels)):
        if level is None:
            continue
        following = next((lv for lv in levels[i + 1:] if lv is not None), None)
        if following is not None and following > level:
            summary = _summary(table, record, level)
            ancestors = {lv: s for lv, s in ancestors.items() if lv < level}
            ancestors[level] = summary
            summaries.append(summary)
            continue
        record.row_id = record.text("id")
        top = ancestors.get(1)
        if top is not None and level >= 2:
            record.priority = (top.name, top.cell)
        parent = ancestors.get(level - 1)
        if parent is not None and level >= 3:
            record.workstream = (parent.name, parent.cell)
            record.strand = (strand_in_title(parent.name), parent.cell) if strand_in_title(parent.name) else None
        tasks.append(record)
    return tasks, summaries


def _summary(table: Table, record: TaskRecord, level: int) -> Summary:
    task = record.first("task")
    notes = record.first("notes")
    return Summary(table.sheet.name, record.row, level, task.text if task else record.text("ref"),
                   task.cell if task else "", notes.text if notes else "", notes.cell if notes else "")

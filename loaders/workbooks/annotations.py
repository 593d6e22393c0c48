"""What plangraph itself wrote into a workbook (``plangraph annotate``) is
not the plan: its columns (their header starts "plangraph:") and its sheet
("Read by plangraph") are left out when the workbook is read again, so an
annotated copy loads as the plan it annotates.

Examples
--------
>>> from loaders.workbooks.cells import Sheet
>>> plan = Sheet("Plan", False, {(1, 1): "Task", (1, 3): "plangraph: Waits on", (2, 1): "Map", (2, 3): "(2)"}, {})
>>> [(s.name, sorted(s.cells)) for s in without_annotations([plan, Sheet(SHEET, False, {(1, 1): "x"}, {})])]
[('Plan', [(1, 1), (2, 1)])]
"""

from __future__ import annotations

from dataclasses import replace

from .cells import Sheet

__all__ = ["MARK", "SHEET", "without_annotations", "is_annotation"]

MARK = "plangraph:"  # how every column plangraph adds is headed
SHEET = "Read by plangraph"  # the sheet plangraph adds, first in the workbook


def is_annotation(text: object) -> bool:
    # Every cell of every sheet is asked: the cheap test first, then the full one.
    return type(text) is str and "plangraph" in text[:16].lower() and text.strip().lower().startswith(MARK)


def without_annotations(sheets: list[Sheet]) -> list[Sheet]:
    """The sheets as the plan's writers made them: plangraph's sheet and columns left out."""
    return [_without_columns(s) for s in sheets if s.name != SHEET]


def _without_columns(sheet: Sheet) -> Sheet:
    heads = {(row, col) for (row, col), value in sheet.cells.items() if is_annotation(value)}
    if not heads:
        return sheet
    first = {}
    for row, col in heads:
        first[col] = min(row, first.get(col, row))
    gone = {cell for cell in sheet.cells if cell[1] in first and cell[0] >= first[cell[1]]}
    keep = lambda mapping: {k: v for k, v in mapping.items() if k not in gone}  # noqa: E731
    return replace(sheet, cells=keep(sheet.cells), merged_from=keep(sheet.merged_from), fills=keep(sheet.fills),
                   formats=keep(sheet.formats), bold={c for c in sheet.bold if c not in gone}, _rows=None)

"""Opening a workbook and reading its sheets as grids of cell values.

Merged cells are filled with the value of their top-left cell, because
planners merge the Strand cell over all the rows of a strand: a row in the
middle of the merge belongs to that strand just as much as the first.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries

__all__ = ["WorkbookError", "Sheet", "open_workbook", "read_sheets", "workbook_date", "cell_text", "coordinate"]


class WorkbookError(Exception):
    """A file that cannot be read as a workbook at all."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message


def coordinate(row: int, col: int) -> str:
    """'E12' for row 12, column 5."""
    return f"{get_column_letter(col)}{row}"


@dataclass
class Sheet:
    """A sheet's name, visibility and non-empty cell values by (row, column),
    with what a reader sees besides the value: a cell's solid fill colour
    (RAG plans colour the cell instead of writing a word), the number format
    of a date or number ("mmm-yy" shows a month, not a day) and bold text
    (headings of a plan pasted from a document)."""

    name: str
    hidden: bool
    cells: dict[tuple[int, int], Any]
    merged_from: dict[tuple[int, int], tuple[int, int]]  # filled cell -> its merge's top-left
    fills: dict[tuple[int, int], str] = field(default_factory=dict)  # RGB hex, "00B050"
    formats: dict[tuple[int, int], str] = field(default_factory=dict)  # of non-text values
    bold: set[tuple[int, int]] = field(default_factory=set)
    # Excel Tables on the sheet: (first row, first column, last row, last column).
    tables: list[tuple[int, int, int, int]] = field(default_factory=list)
    _rows: dict[int, list[tuple[int, Any]]] | None = field(default=None, repr=False, compare=False)

    def value(self, row: int, col: int) -> Any:
        return self.cells.get((row, col))

    def text(self, row: int, col: int) -> str:
        return cell_text(self.cells.get((row, col)))

    def origin(self, row: int, col: int) -> str:
        """The coordinate a value was typed in (the top-left of a merge)."""
        return coordinate(*self.merged_from.get((row, col), (row, col)))

    def rows(self) -> list[int]:
        return sorted({r for r, _ in self.cells})

    def row_values(self, row: int) -> Iterator[tuple[int, Any]]:
        """(column, value) of the row's non-empty cells, left to right."""
        if self._rows is None:
            # Indexed once: header discovery asks for every row of every sheet.
            self._rows = {}
            for (r, c), v in sorted(self.cells.items()):
                self._rows.setdefault(r, []).append((c, v))
        return iter(self._rows.get(row, []))


def cell_text(value: Any) -> str:
    """A cell value as stripped text; dates as ISO dates, whole floats as ints."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return format(value, "g")
    return str(value).strip()


def open_workbook(path: Path) -> openpyxl.Workbook:
    """Open a workbook for reading values, or raise WorkbookError saying why not."""
    try:
        # data_only: a plan's reader wants what the cell shows, not its formula.
        return openpyxl.load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise WorkbookError(path.name, "file not found") from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise WorkbookError(path.name, f"not a readable .xlsx workbook ({exc.__class__.__name__}: {exc})") from None


def read_sheets(book: openpyxl.Workbook) -> list[Sheet]:
    """Every worksheet of a workbook, merged cells filled in."""
    sheets = []
    for ws in book.worksheets:
        cells, fills, formats, bold = {}, {}, {}, set()
        for row in ws.iter_rows():
            for c in row:
                rgb = _solid_fill(c)
                if rgb:
                    fills[(c.row, c.column)] = rgb
                if not _has_value(c.value):
                    continue
                cells[(c.row, c.column)] = c.value
                if not isinstance(c.value, str) and c.number_format:
                    formats[(c.row, c.column)] = c.number_format
                if c.font is not None and c.font.b:
                    bold.add((c.row, c.column))
        merged_from = {}
        for rng in ws.merged_cells.ranges:
            top = (rng.min_row, rng.min_col)
            if top not in cells:
                continue
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    if (r, c) != top:
                        cells[(r, c)] = cells[top]
                        merged_from[(r, c)] = top
        sheets.append(Sheet(ws.title, ws.sheet_state != "visible", cells, merged_from, fills, formats, bold,
                            _excel_tables(ws)))
    return sheets


def _excel_tables(ws: Any) -> list[tuple[int, int, int, int]]:
    """The bounds of the sheet's Excel Tables (Insert > Table)."""
    bounds = []
    for table in getattr(ws, "tables", {}).values():
        try:
            min_col, min_row, max_col, max_row = range_boundaries(table.ref)
        except (TypeError, ValueError):
            continue
        bounds.append((min_row, min_col, max_row, max_col))
    return bounds


def _solid_fill(cell: Any) -> str | None:
    """The RGB of a cell's solid fill ("00B050"), or None. Theme and indexed
    colours name no RGB in the cell, so they are left out."""
    fill = getattr(cell, "fill", None)
    if fill is None or fill.fill_type != "solid":
        return None
    colour = fill.fgColor
    if colour is None or colour.type != "rgb" or not isinstance(colour.rgb, str):
        return None
    return colour.rgb[-6:].upper()


def _has_value(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def workbook_date(book: openpyxl.Workbook, path: Path) -> dt.date:
    """When the workbook was last saved, by its own properties (the file's
    modification time is whatever the last copy made it)."""
    props = book.properties
    for stamp in (props.modified, props.created):
        if isinstance(stamp, dt.datetime):
            return stamp.date()
    return dt.date.fromtimestamp(path.stat().st_mtime)

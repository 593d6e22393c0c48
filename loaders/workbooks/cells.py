"""Opening a workbook and reading its sheets as grids of cell values.

Rules
-----
* A workbook is opened only through :mod:`loaders.workbooks.guard`: its
  kind is told from its content, its package is checked against the
  limits before anything parses it, and any failure is a
  :class:`WorkbookError` naming the file and the cause in plain words.
* Only the cells written in the file are read (never the sheet's bounding
  box): a cell at XFD1048576 is one more cell, not a billion blanks.
* Merged cells are filled with the value of their top-left cell, because
  planners merge the Strand cell over all the rows of a strand: a row in
  the middle of the merge belongs to that strand just as much as the first.
  A merge is filled only where a reader could look: rows and columns
  holding a value of their own. Values Excel keeps under a merge (not the
  top-left) are not shown by Excel, so they are not read.
* A number shows as Excel shows it when its format fixes decimals or pads
  with zeros ("0.00": 1.1 is "1.10", "00": 7 is "07"): a reference typed as
  1.10 stays 1.10. Otherwise whole numbers lose their ".0" and others show
  up to six significant digits, as before.

Examples
--------
>>> cell_text(1.1, "0.00"), cell_text(2, "0.0"), cell_text(7, "00"), cell_text(1234.5, "#,##0.00")
('1.10', '2.0', '07', '1,234.50')
>>> cell_text(3.0), cell_text(3.0, "General"), cell_text(0.25, "0%"), cell_text(" text ", "0.00")
('3', '3', '0.25', 'text')
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import math
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import openpyxl
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from .guard import Budget, Limits, WorkbookError, open_package, read_book_sheets

__all__ = ["WorkbookError", "Sheet", "open_workbook", "read_sheets", "workbook_date", "cell_text", "coordinate"]


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
        """The cell's text as Excel shows it (a merged cell shows its top-left's)."""
        value = self.cells.get((row, col))
        if type(value) is str:  # most cells, asked for several times each: the quick way first
            return value.strip()
        if value is None:
            return ""
        return cell_text(value, self.formats.get(self.merged_from.get((row, col), (row, col))))

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


def cell_text(value: Any, number_format: str | None = None) -> str:
    """A cell value as stripped text; dates as ISO dates; a number as its
    format shows it when the format fixes decimals, else whole floats as
    ints. Never raises."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool) and number_format:
        shown = _shown_number(value, number_format)
        if shown is not None:
            return shown
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return format(value, "g")
    return str(value).strip()


# A format of digit placeholders only: integer part, optional decimals.
_PLAIN_NUMBER = re.compile(r"^(?P<whole>[0#?,]*)(?:\.(?P<decimals>[0#?]*))?$")


@lru_cache(maxsize=256)
def _number_shape(number_format: str) -> tuple[int, int, int, bool] | None:
    """(zeros before the point, least and most decimals, thousands commas)
    of a format that fixes decimals or pads with zeros, else None."""
    first = re.sub(r"\[[^\]]*\]", "", number_format.split(";")[0]).strip()
    match = _PLAIN_NUMBER.match(first)
    if not match or not first or first.endswith(","):
        return None
    whole, decimals = match.group("whole"), match.group("decimals") or ""
    zeros = whole.count("0")
    if not decimals and zeros < 2:
        return None
    return zeros, decimals.count("0"), len(decimals), "," in whole


def _shown_number(value: int | float, number_format: str) -> str | None:
    """The number as a format of placeholders shows it, or None when the
    format is not one (or the number has a format of its own when negative)."""
    shape = _number_shape(str(number_format))
    if shape is None or (value < 0 and ";" in number_format) or not math.isfinite(value):
        return None
    zeros, least, most, grouped = shape
    try:
        exact = decimal.Decimal(repr(value)).quantize(decimal.Decimal(1).scaleb(-most), decimal.ROUND_HALF_UP)
    except (decimal.InvalidOperation, ValueError, OverflowError):
        return None
    whole, _, decimals = format(abs(exact), "f").partition(".")
    while len(decimals) > least and decimals.endswith("0"):
        decimals = decimals[:-1]
    digits = whole.lstrip("0")
    if grouped and digits:
        digits = f"{int(digits):,}"
    whole = digits.rjust(zeros, "0")
    sign = "-" if exact < 0 else ""
    return sign + whole + ("." + decimals if decimals else "")


def open_workbook(path: Path, limits: Limits | None = None) -> openpyxl.Workbook:
    """Open a workbook for reading values, or raise WorkbookError saying
    why not. The workbook is checked first (see :mod:`.guard`); it is
    opened read-only, its formulas' last values read, its macros never run."""
    data, budget = open_package(Path(path), limits)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about what it would drop on saving; plangraph never saves.
            warnings.simplefilter("ignore")
            reader = _Reader(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
            reader.read()
            book = reader.wb
    except WorkbookError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever openpyxl meets, the planner hears one thing
        raise WorkbookError(budget.file, f"not a readable .xlsx workbook: its contents are not laid out as "
                                         f"Excel lays them out ({exc.__class__.__name__}); open it in Excel "
                                         "and save it again") from None
    book._plangraph_file = budget.file  # type: ignore[attr-defined]  # names the file in read_sheets' messages
    return book


class _SheetListed(ReadOnlyWorksheet):
    """A read-only sheet as listed by the workbook, not yet read: openpyxl
    reads the start of every sheet when it opens a workbook, to learn a size
    plangraph never asks (the guard streams each sheet itself)."""

    def _get_size(self) -> None:
        pass


class _Reader(ExcelReader):
    """openpyxl's reader, with sheets listed, not measured (see _SheetListed)."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:  # listed as openpyxl lists it, so that sheet numbers match
                self.read_chartsheet(sheet, rel)
            else:
                ws = _SheetListed(self.wb, sheet.name, rel.target, self.shared_strings)
                ws.sheet_state = sheet.state
                self.wb._sheets.append(ws)


def read_sheets(book: openpyxl.Workbook, limits: Limits | None = None) -> list[Sheet]:
    """Every worksheet of a workbook, merged cells filled in; raises
    WorkbookError past a limit or for a damaged sheet."""
    file = getattr(book, "_plangraph_file", "the workbook")
    budget = Budget(file, limits or Limits())
    return [Sheet(s.name, s.hidden, s.cells, s.merged_from, s.fills, s.formats, s.bold, s.tables)
            for s in read_book_sheets(book, budget)]


def workbook_date(book: openpyxl.Workbook, path: Path) -> dt.date:
    """When the workbook was last saved, by its own properties (the file's
    modification time is whatever the last copy made it)."""
    props = book.properties
    for stamp in (props.modified, props.created):
        if isinstance(stamp, dt.datetime):
            return stamp.date()
    return dt.date.fromtimestamp(path.stat().st_mtime)

"""The one guarded way into a workbook: open the file within limits, then
read each sheet's cells, styles, merges and tables within the same limits.

:func:`open_package` reads the file (never more than ``max_file_bytes``),
tells its kind by content and checks its package (:mod:`.package`).
:func:`read_book_sheets` reads the sheets of an openpyxl workbook: one
opened read-only has its sheets streamed (:mod:`.sheetxml`); one opened
normally (a caller's own) has only its existing cells read, never
``iter_rows`` over the bounding box.

A merge is filled with its top-left value only where a reader could look:
rows and columns that hold a value of their own. Cells under a merge other
than its top-left are dropped, as Excel hides them and openpyxl drops
them. Both the dropping and the filling count against ``max_cells``.

Examples
--------
>>> grid = Grid("Plan", False, {(1, 1): "Prevent", (1, 2): "Task", (2, 2): "Other"}, {})
>>> fill_merges(grid, [(1, 1, 1_048_576, 16_384)], Budget("plan.xlsx", Limits()))
>>> sorted(grid.merged_from)
[(1, 2), (2, 1), (2, 2)]
>>> grid.cells[(2, 1)], grid.cells[(1, 2)]
('Prevent', 'Prevent')
"""

from __future__ import annotations

import bisect
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from defusedxml.ElementTree import fromstring
from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils import range_boundaries

from .errors import WorkbookError, damaged, part_name, read_at_most
from .kinds import content_kind, refusal
from .limits import Limits
from .package import check_package
from .sheetxml import SheetStyles, read_sheet_part
from .stream import Budget

__all__ = ["Grid", "open_package", "read_book_sheets", "fill_merges"]

Cell = tuple[int, int]


@dataclass
class Grid:
    """A sheet as read: the fields of :class:`loaders.workbooks.cells.Sheet`."""

    name: str
    hidden: bool
    cells: dict[Cell, Any]
    merged_from: dict[Cell, Cell]
    fills: dict[Cell, str] = field(default_factory=dict)
    formats: dict[Cell, str] = field(default_factory=dict)
    bold: set[Cell] = field(default_factory=set)
    tables: list[tuple[int, int, int, int]] = field(default_factory=list)


def open_package(path: Path, limits: Limits | None = None) -> tuple[bytes, Budget]:
    """The bytes of a workbook file that passed every check, and the budget
    it spent; raises WorkbookError naming the file and the cause."""
    limits = limits or Limits()
    budget = Budget(path.name, limits)
    data = _read_file(path, limits)
    kind = content_kind(data)
    if kind == "text" and _looks_like_csv(data):
        raise WorkbookError(path.name, "not a readable .xlsx workbook: it is plain text (if it is a CSV export, "
                                       "name it .csv)")
    if kind in ("text", "binary"):
        # The words the explorer and the CLI have always shown for such a file.
        raise WorkbookError(path.name, "not a readable .xlsx workbook (BadZipFile: File is not a zip file)")
    if kind != "zip":
        raise WorkbookError(path.name, refusal(kind) or "not a spreadsheet")
    check_package(data, path.name, limits, budget)
    return data, budget


def _looks_like_csv(data: bytes) -> bool:
    """Text of two lines or more whose first line is split by a delimiter."""
    lines = data[:4096].decode("utf-8", errors="ignore").lstrip("\ufeff").splitlines()
    return len(lines) >= 2 and any(mark in lines[0] for mark in ",;\t")


def _read_file(path: Path, limits: Limits) -> bytes:
    return read_at_most(path, limits.max_file_bytes, "the file")


def read_book_sheets(book: Any, budget: Budget) -> list[Grid]:
    """Every worksheet of an openpyxl workbook as a grid, within the budget."""
    sheets = list(book.worksheets)
    if len(sheets) > budget.limits.max_sheets:
        raise budget.too_big(f"the workbook has more than {budget.limits.max_sheets:,} sheets")
    look = _StyleLookup(book)
    grids = []
    for ws in sheets:
        budget.deadline.check()
        if hasattr(ws, "_worksheet_path"):
            grids.append(_streamed(book, ws, look, budget))
        else:
            grids.append(_in_memory(ws, budget))
    return grids


def _streamed(book: Any, ws: Any, look: "_StyleLookup", budget: Budget) -> Grid:
    """A read-only workbook's sheet, streamed from its package."""
    archive, path = book._archive, ws._worksheet_path
    what = part_name(path, {path: ws.title})
    try:
        info = archive.getinfo(path)
    except KeyError:
        raise damaged(budget.file, what, "is listed but missing from the file") from None
    styles = SheetStyles(frozenset(book._date_formats), frozenset(book._timedelta_formats), book.epoch)
    parsed = read_sheet_part(archive, info, ws._shared_strings, styles, budget, what)
    values, style_of = parsed.values, parsed.styles
    _drop_covered(values, style_of, parsed.merges, budget)
    # The grid keeps the parsed values' dict itself: a big sheet is held once.
    grid = Grid(ws.title, ws.sheet_state != "visible", values, {},
                tables=_tables(archive, path, parsed.table_ids, budget))
    for cell, style in style_of.items():
        fill = look(style)[0]
        if fill:
            grid.fills[cell] = fill
    blank = []
    for cell, value in values.items():
        if not _has_value(value):
            blank.append(cell)
            continue
        fill, number_format, bold = look(style_of.get(cell, 0))
        if fill and cell not in grid.fills:
            grid.fills[cell] = fill
        if not isinstance(value, str) and number_format:
            grid.formats[cell] = number_format
        if bold:
            grid.bold.add(cell)
    for cell in blank:
        del values[cell]
    fill_merges(grid, parsed.merges, budget)
    return grid


def _in_memory(ws: Any, budget: Budget) -> Grid:
    """A normally opened sheet: its existing cells only (``ws._cells``)."""
    grid = Grid(ws.title, ws.sheet_state != "visible", {}, {}, tables=_excel_tables(ws))
    budget.add_cells(len(ws._cells))
    for (row, col), c in sorted(ws._cells.items()):
        rgb = _solid_fill(getattr(c, "fill", None))
        if rgb:
            grid.fills[(row, col)] = rgb
        if not _has_value(c.value):
            continue
        grid.cells[(row, col)] = c.value
        if not isinstance(c.value, str) and c.number_format:
            grid.formats[(row, col)] = c.number_format
        if c.font is not None and c.font.b:
            grid.bold.add((row, col))
    merges = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
    fill_merges(grid, merges, budget)
    return grid


class _Index:
    """Rows, and each row's columns, sorted, for finding cells in a range."""

    def __init__(self, cells: Iterable[Cell]) -> None:
        by_row: dict[int, list[int]] = {}
        for row, col in cells:
            by_row.setdefault(row, []).append(col)
        self.rows = sorted(by_row)
        self.cols = {row: sorted(cols) for row, cols in by_row.items()}

    def rows_in(self, first: int, last: int) -> list[int]:
        return self.rows[bisect.bisect_left(self.rows, first):bisect.bisect_right(self.rows, last)]

    @staticmethod
    def between(values: list[int], first: int, last: int) -> list[int]:
        return values[bisect.bisect_left(values, first):bisect.bisect_right(values, last)]


def _drop_covered(values: dict[Cell, Any], styles: dict[Cell, int], merges: list[tuple[int, int, int, int]],
                  budget: Budget) -> None:
    """Remove what is written under a merge other than its top-left."""
    if not merges:
        return
    index, work = _Index(styles.keys() | values.keys()), 0
    for top, left, bottom, right in merges:
        for row in index.rows_in(top, bottom):
            cols = index.between(index.cols[row], left, right)
            work += len(cols)
            _check_merge_work(work, budget)
            for col in cols:
                if (row, col) != (top, left):
                    values.pop((row, col), None)
                    styles.pop((row, col), None)


def fill_merges(grid: Grid, merges: list[tuple[int, int, int, int]], budget: Budget) -> None:
    """Fill each merge with its top-left value over the rows and columns
    (within the merge) that hold a value of their own."""
    if not merges:
        return
    used_rows = sorted({r for r, _ in grid.cells})
    used_cols = sorted({c for _, c in grid.cells})
    work = 0
    for top, left, bottom, right in merges:
        if (top, left) not in grid.cells:
            continue
        value = grid.cells[(top, left)]
        rows = _Index.between(used_rows, top, bottom)
        cols = _Index.between(used_cols, left, right)
        work += len(rows) * len(cols)
        _check_merge_work(work, budget)
        for row in rows:
            for col in cols:
                if (row, col) != (top, left):
                    grid.cells[(row, col)] = value
                    grid.merged_from[(row, col)] = (top, left)


def _check_merge_work(work: int, budget: Budget) -> None:
    if work > budget.limits.max_cells:
        raise budget.too_big(f"merged ranges cover more than {budget.limits.max_cells:,} cells")
    if work and work % 65_536 == 0:
        budget.deadline.check()


def _tables(archive: Any, sheet_path: str, ids: list[str], budget: Budget) -> list[tuple[int, int, int, int]]:
    """The bounds of a streamed sheet's Excel Tables, by its relationships."""
    rels_path = get_rels_path(sheet_path)
    if not ids or rels_path not in archive.namelist():
        return []
    try:
        rels = get_dependents(archive, rels_path)
    except Exception:  # noqa: BLE001 - checked well formed; a bad link names no table
        return []
    bounds = []
    for rel_id in ids:
        rel = rels.get(rel_id) if hasattr(rels, "get") else None
        target = posixpath.normpath(rel.target) if rel is not None and rel.target else ""
        if target not in archive.namelist():
            continue
        try:
            ref = fromstring(archive.read(target)).get("ref", "")
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except Exception:  # noqa: BLE001 - a table without a place bounds nothing
            continue
        bounds.append((min_row, min_col, max_row, max_col))
    return bounds


def _excel_tables(ws: Any) -> list[tuple[int, int, int, int]]:
    """The bounds of a normally opened sheet's Excel Tables (Insert > Table)."""
    bounds = []
    for table in getattr(ws, "tables", {}).values():
        try:
            min_col, min_row, max_col, max_row = range_boundaries(table.ref)
        except (TypeError, ValueError):
            continue
        bounds.append((min_row, min_col, max_row, max_col))
    return bounds


class _StyleLookup:
    """A style index's solid fill RGB, number format and boldness, as
    openpyxl's read-only cells give them, worked out once per style."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self.known: dict[int, tuple[str | None, str, bool]] = {}

    def __call__(self, style: int) -> tuple[str | None, str, bool]:
        if style not in self.known:
            self.known[style] = self._work_out(style)
        return self.known[style]

    def _work_out(self, style: int) -> tuple[str | None, str, bool]:
        book = self.book
        try:
            array = book._cell_styles[style]
        except (IndexError, TypeError, AttributeError):
            return None, "General", False  # a style the file does not have: none
        fill = _item(getattr(book, "_fills", []), array.fillId)
        font = _item(getattr(book, "_fonts", []), array.fontId)
        number = array.numFmtId
        if number < BUILTIN_FORMATS_MAX_SIZE:
            number_format = BUILTIN_FORMATS.get(number, "General")
        else:
            number_format = _item(getattr(book, "_number_formats", []), number - BUILTIN_FORMATS_MAX_SIZE) or "General"
        return _solid_fill(fill), number_format, bool(font is not None and font.b)


def _item(items: Any, index: int) -> Any:
    try:
        return items[index]
    except (IndexError, TypeError):
        return None


def _solid_fill(fill: Any) -> str | None:
    """The RGB of a solid fill ("00B050"), or None. Theme and indexed
    colours name no RGB in the cell, so they are left out."""
    if fill is None or getattr(fill, "fill_type", None) != "solid":
        return None
    colour = fill.fgColor
    if colour is None or colour.type != "rgb" or not isinstance(colour.rgb, str):
        return None
    return colour.rgb[-6:].upper()


def _has_value(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())

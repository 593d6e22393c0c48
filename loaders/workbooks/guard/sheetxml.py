"""Reading one sheet's XML as it streams: the cells that exist, never the
sheet's bounding box.

A sheet part lists its cells row by row; a cell far away (XFD1048576) is
one more entry, not a million rows of blanks, so only cells written in the
file are kept. A cell's value is read as openpyxl reads it in ``data_only``
mode (the value last shown, not the formula): numbers as int or float, a
number in a date style as a date, shared text by its index, inline text
without its phonetic guide, booleans, errors ("#N/A") as text.

Besides the values the reader keeps each cell's style index, the merged
ranges and the sheet's Excel Tables (by relationship id), and nothing else:
however much layout a sheet holds, memory grows only with its cells, and
the budget stops a sheet past the workbook's limits on cells, merged ranges
and unpacked bytes.

Examples
--------
>>> parsed = parse_sheet(b'''<worksheet><dimension ref="A1:XFD1048576"/><sheetData>
... <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>1.1</v></c></row>
... <row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row>
... </sheetData><mergeCells><mergeCell ref="A1:A3"/></mergeCells></worksheet>''', ["Ref"])
>>> sorted(parsed.values.items())
[((1, 1), 'Ref'), ((1, 2), 1.1), ((1048576, 16384), 'far')]
>>> parsed.merges, parsed.styles[(1, 2)], parsed.dimension
([(1, 1, 3, 1)], 1, 'A1:XFD1048576')
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any, Sequence

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import WINDOWS_EPOCH, from_excel, from_ISO8601

from .errors import WorkbookError, damaged
from .limits import Limits
from .stream import Budget, feed, xml_parser

__all__ = ["ParsedSheet", "SheetStyles", "read_sheet_part", "parse_sheet"]

_COORD = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
MAX_ROW, MAX_COL = 1_048_576, 16_384
# Cells are counted against the budget at the end of each row, and at least this often.
_COUNT_EVERY = 4096


_DIGITS = "0123456789"


def _place(written: str) -> tuple[int, int] | None:
    """(row, column) of a cell reference as Excel writes it ("B12"), quickly;
    None for any other form ("$b$12", " B12"), which :meth:`_SheetReader._coordinate`
    reads or refuses."""
    letters = written.rstrip(_DIGITS)
    digits = written[len(letters):]
    if not digits or len(digits) > 7 or digits[0] == "0":
        return None
    try:
        col = column_index_from_string(letters)  # openpyxl's, cached
    except ValueError:
        return None
    row = int(digits)
    return (row, col) if row <= MAX_ROW and col <= MAX_COL else None


@dataclass
class SheetStyles:
    """What the workbook's styles say about reading values: which style
    indexes show dates (and durations), and the date system's epoch."""

    dates: frozenset[int] = frozenset()
    durations: frozenset[int] = frozenset()
    epoch: dt.datetime = WINDOWS_EPOCH


@dataclass
class ParsedSheet:
    """A sheet's cells as written: values by (row, column), the style index
    of each cell written with a style other than the first, merged ranges as
    (first row, first column, last row, last column), the relationship ids
    of its Excel Tables, and the size it claims (never trusted)."""

    values: dict[tuple[int, int], Any] = field(default_factory=dict)
    styles: dict[tuple[int, int], int] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    table_ids: list[str] = field(default_factory=list)
    dimension: str = ""


def parse_sheet(xml: bytes, strings: Sequence[str], styles: SheetStyles | None = None,
                limits: Limits | None = None) -> ParsedSheet:
    """A sheet's XML, given whole (for tests and examples)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("sheet.xml", xml)
    with zipfile.ZipFile(buffer) as z:
        return read_sheet_part(z, z.getinfo("sheet.xml"), strings, styles or SheetStyles(),
                               Budget("sheet.xml", limits or Limits()), "the sheet")


def read_sheet_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, strings: Sequence[str],
                    styles: SheetStyles, budget: Budget, what: str) -> ParsedSheet:
    """Stream one sheet part, within ``budget``; ``what`` names it in messages."""
    reader = _SheetReader(strings, styles, budget, what)
    parser = xml_parser(reader.start, reader.end, reader.text)
    feed(archive, info, parser, budget, what)
    reader.count_cells()
    return reader.sheet


class _SheetReader:
    """The expat handlers: state of the row and cell being read.

    A sheet has hundreds of thousands of elements, so the handlers do as
    little as they can: tag names are looked up once each (a prefix such
    as "x:" kept apart), a cell's place written as Excel writes it is read
    without a pattern, and cells are counted against the budget a row at a time."""

    def __init__(self, strings: Sequence[str], styles: SheetStyles, budget: Budget, what: str) -> None:
        self.sheet = ParsedSheet()
        self.strings, self.styles, self.budget, self.what = strings, styles, budget, what
        self.max_chars = budget.limits.max_cell_chars
        self.row = self.col = 0
        self.cell: tuple[int, int, str, int] | None = None
        self.value: list[str] | None = None  # text of <v> or inline <t>, while inside one
        self.parts: list[str] = []
        self.inline = self.phonetic = False
        self.rows_seen = self.chars = self.uncounted = 0
        self.local: dict[str, str] = {}  # a tag as written -> its name without a prefix

    def _local(self, name: str) -> str:
        local = self.local.get(name)
        if local is None:
            local = self.local[name] = name.rpartition(":")[2]
        return local

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = self.local.get(name) or self._local(name)
        if local == "c":
            self._start_cell(attrs)
        elif self.cell is not None:
            if local == "v" or (local == "t" and self.inline and not self.phonetic):
                self.value = []
            elif local == "is":
                self.inline = True
            elif local == "rPh":
                self.phonetic = True
        elif local == "row":
            self._start_row(attrs)
        elif local == "mergeCell":
            self._merge(attrs.get("ref", ""))
        elif local == "tablePart":
            self.sheet.table_ids += [v for k, v in attrs.items() if k == "id" or k.endswith(":id")][:1]
        elif local == "dimension":
            self.sheet.dimension = attrs.get("ref", "")

    def end(self, name: str) -> None:
        local = self.local.get(name) or self._local(name)
        if self.cell is None:
            if local == "row":
                self.count_cells()
            return
        if self.value is not None and (local == "v" or local == "t"):
            value = self.value
            self.parts.append(value[0] if len(value) == 1 else "".join(value))
            self.value = None
        elif local == "c":
            self._end_cell()
        elif local == "rPh":
            self.phonetic = False

    def text(self, data: str) -> None:
        if self.value is not None:
            self.value.append(data)
            self.chars += len(data)
            if self.chars > self.max_chars:
                raise self.budget.too_big(f"{self.what} has a cell of more than {self.max_chars:,} "
                                          "characters (Excel's own limit is 32,767)")

    def count_cells(self) -> None:
        """Add the cells read since the last count to the budget (which raises past its limit)."""
        if self.uncounted:
            self.budget.add_cells(self.uncounted)
            self.uncounted = 0

    def _start_row(self, attrs: dict[str, str]) -> None:
        self.rows_seen += 1
        if self.rows_seen % 256 == 0:
            self.budget.deadline.check()
        written = attrs.get("r")
        self.row = self._number(written, MAX_ROW) if written else self.row + 1
        self.col = 0

    def _start_cell(self, attrs: dict[str, str]) -> None:
        self.uncounted += 1
        if self.uncounted >= _COUNT_EVERY:
            self.count_cells()
        written = attrs.get("r")
        if written:
            row, col = _place(written) or self._coordinate(written)
        else:
            row, col = self.row or 1, self.col + 1
        self.col = col
        try:
            style = int(attrs.get("s", 0) or 0)
        except ValueError:
            style = 0
        self.cell = (row, col, attrs.get("t", "n"), style)
        self.parts, self.inline, self.phonetic, self.chars = [], False, False, 0

    def _end_cell(self) -> None:
        row, col, kind, style = self.cell  # type: ignore[misc]
        self.cell = None
        value = self._value(kind, style)
        if style:
            self.sheet.styles[(row, col)] = style
        if value is not None:
            self.sheet.values[(row, col)] = value

    def _value(self, kind: str, style: int) -> Any:
        """The cell's value as openpyxl gives it in data_only mode."""
        if kind == "inlineStr":
            return "".join(self.parts) if self.inline else None
        text = self.parts[0] if self.parts else ""
        if not text:
            return None
        if kind == "n":
            return self._number_value(text, style)
        if kind == "s":
            try:
                return self.strings[int(text)]
            except (ValueError, IndexError):
                raise damaged(self.budget.file, self.what, f"refers to text number {text[:20]}, which is "
                                                           "not in the file") from None
        if kind == "b":
            return text.strip() not in ("0", "false", "")
        if kind == "d":
            try:
                return from_ISO8601(text)
            except (ValueError, TypeError, AttributeError):
                return text
        return text  # "str" (a formula's text), "e" (an error such as #N/A)

    def _number_value(self, text: str, style: int) -> Any:
        try:
            number: float | int = float(text) if any(ch in text for ch in ".eE") else int(text)
        except ValueError:
            return text  # not a number after all: kept as written
        if style not in self.styles.dates:
            return number
        try:
            return from_excel(number, self.styles.epoch, timedelta=style in self.styles.durations)
        except (OverflowError, ValueError):
            return "#VALUE!"  # openpyxl's reading of a date out of range

    def _coordinate(self, written: str) -> tuple[int, int]:
        match = _COORD.match(written.strip())
        if not match:
            raise damaged(self.budget.file, self.what, f"has a cell at '{written[:20]}', which is no place on a sheet")
        letters, digits = match.groups()
        col = 0
        for ch in letters.upper():
            col = col * 26 + ord(ch) - 64
        row = int(digits)
        if not (1 <= row <= MAX_ROW and 1 <= col <= MAX_COL):
            raise damaged(self.budget.file, self.what, f"has a cell at '{written[:20]}', beyond Excel's last row or column")
        return row, col

    def _number(self, written: str, most: int) -> int:
        try:
            number = int(float(written))
        except (ValueError, OverflowError):
            number = 0
        if not 1 <= number <= most:
            raise damaged(self.budget.file, self.what, f"has a row numbered '{written[:20]}', beyond Excel's last row")
        return number

    def _merge(self, ref: str) -> None:
        merges = self.sheet.merges
        if len(merges) >= self.budget.limits.max_merged_ranges:
            raise self.budget.too_big(f"{self.what} has more than {self.budget.limits.max_merged_ranges:,} "
                                      "merged ranges")
        first, _, last = ref.partition(":")
        try:
            top, bottom = self._coordinate(first), self._coordinate(last or first)
        except WorkbookError:  # a merge that names no place merges nothing
            return
        merges.append((min(top[0], bottom[0]), min(top[1], bottom[1]),
                       max(top[0], bottom[0]), max(top[1], bottom[1])))

"""One text sanitiser for every file people open in Excel.

Cells come from spreadsheets anyone could have typed in, and Excel (or
LibreOffice, or Google Sheets) runs a cell starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return as a formula: ``=HYPERLINK(...)``
or ``=cmd|' /C calc'!A0`` in a task's words must stay words. So:

- in .xlsx, every text (headers included) is written as a text cell, never
  a formula, and characters no workbook may hold are dropped;
- in CSV, such a text gets a leading apostrophe, Excel's own mark for
  "this is text" (a plain negative number stays a number).

Examples
--------
>>> csv_text('=HYPERLINK("http://x")'), csv_text("-2"), csv_text("- a bullet"), csv_text(3)
('\\'=HYPERLINK("http://x")', '-2', "'- a bullet", 3)
>>> from openpyxl import Workbook
>>> ws = Workbook().active
>>> put(ws.cell(1, 1), "=1+1").data_type, ws["A1"].value
('s', '=1+1')
>>> put(ws.cell(1, 2), "bell\\x07").value
'bell'
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["FORMULA_START", "csv_text", "excel_text", "put", "append", "is_formula_like"]

# What makes a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d[\d.,]*")


def is_formula_like(value: Any) -> bool:
    """Whether a spreadsheet would read this text as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value)


def csv_text(value: Any) -> Any:
    """A value for a CSV cell: formula-like text marked as text."""
    return "'" + value if is_formula_like(value) else value


def excel_text(value: str) -> str:
    """Text a workbook can hold: characters no .xlsx may contain dropped."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def put(cell: Cell, value: Any) -> Cell:
    """Write ``value`` into an openpyxl cell; a text is always a text cell."""
    if isinstance(value, str):
        cell.value = excel_text(value)
        cell.data_type = "s"  # never a formula, whatever it starts with
    else:
        cell.value = value
    return cell


def append(ws: Worksheet, values: Iterable[Any]) -> None:
    """``ws.append``, with every text written as text."""
    ws.append([excel_text(v) if isinstance(v, str) else v for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"

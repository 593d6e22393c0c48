"""What every corpus builder needs to write plan files the way Excel and
planning tools write them, and to write them the same way every time.

A builder (``tests/corpus/<name>/build.py``) keeps its plan as data and calls
these helpers; it never writes a truth file (those are written by hand).
Everything here is deterministic: the same data gives the same bytes, so a
plan can be rebuilt anywhere and compared.

Examples
--------
>>> import tempfile, openpyxl
>>> book = openpyxl.Workbook()
>>> sheet = book.active
>>> put_row(sheet, 1, ["Ref", "Action"], font=BOLD)
>>> with tempfile.TemporaryDirectory() as tmp:
...     first = save_workbook(book, Path(tmp) / "a.xlsx", "2025-04-01T09:00:00Z").read_bytes()
...     again = save_workbook(book, Path(tmp) / "b.xlsx", "2025-04-01T09:00:00Z").read_bytes()
>>> first == again
True
>>> solid("00B050").fgColor.rgb
'FF00B050'
>>> csv_bytes([["Ref", "Due"], ["1.10", "31/03/2026"]])[:3] == BOM
True
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any, Iterable, Sequence

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

__all__ = [
    "BOLD", "BOM", "BOX", "WRAP", "day", "solid", "put_row", "title_rows", "save_workbook",
    "csv_bytes", "write_csv", "shown",
]

BOLD = Font(bold=True)
BOM = b"\xef\xbb\xbf"
THIN = Side(style="thin", color="FFBFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def day(y: int, m: int, d: int) -> dt.datetime:
    """An Excel date cell's value (openpyxl reads dates back as datetimes)."""
    return dt.datetime(y, m, d)


def solid(rgb: str) -> PatternFill:
    """A solid fill of one RGB colour, stored as Excel stores it ("FF" + RGB)."""
    return PatternFill(fill_type="solid", fgColor="FF" + rgb, bgColor="FF" + rgb)


def put_row(ws, row: int, values: Sequence[Any], *, col: int = 1, font: Font | None = None,
            fill: PatternFill | None = None, boxed: bool = False) -> None:
    """Write one row of values from ``col``; None leaves a cell blank."""
    for c, value in enumerate(values, col):
        cell = ws.cell(row=row, column=c, value=value)
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if boxed:
            cell.border = BOX
            cell.alignment = WRAP


def title_rows(ws, lines: Iterable[str | None], *, width: int, first_row: int = 1) -> int:
    """A title block: each line merged across ``width`` columns, the first
    large and bold. Returns the row after the block."""
    row = first_row
    for i, line in enumerate(lines):
        if line is not None:
            ws.cell(row=row, column=1, value=line).font = Font(bold=True, size=14 if i == 0 else 11)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
    return row


def save_workbook(book, path: Path, saved: str) -> Path:
    """Save ``book`` with fixed zip times and document dates (``saved``, ISO
    with Z), so that the same workbook always gives the same bytes."""
    buf = io.BytesIO()
    book.save(buf)
    stamp = tuple(int(x) for x in re.findall(r"\d+", saved)[:6])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + saved.encode() + rb"\g<3>", data)
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, data)
    path = Path(path)
    path.write_bytes(out.getvalue())
    return path


def csv_bytes(rows: Iterable[Sequence[Any]], *, bom: bool = True) -> bytes:
    """Rows as Excel's "CSV UTF-8" writes them: a byte-order mark, commas,
    CRLF line ends, quotes only where a cell needs them."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return (BOM if bom else b"") + buf.getvalue().encode("utf-8")


def write_csv(path: Path, rows: Iterable[Sequence[Any]], *, bom: bool = True) -> Path:
    path = Path(path)
    path.write_bytes(csv_bytes(rows, bom=bom))
    return path


def shown(value: Any, number_format: str = "General") -> str:
    """A cell's value as Excel shows it, for a sheet saved as CSV (Excel
    writes what the cell displays, not what it stores).

    >>> shown(day(2026, 3, 1), "mmm-yy"), shown(day(2026, 3, 31), "dd/mm/yyyy")
    ('Mar-26', '31/03/2026')
    >>> shown(None), shown("1.10")
    ('', '1.10')
    """
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        formats = {"mmm-yy": "%b-%y", "dd/mm/yyyy": "%d/%m/%Y", "dd/mm/yy": "%d/%m/%y",
                   "d-mmm-yy": "%-d-%b-%y", "mmmm yyyy": "%B %Y"}
        return value.strftime(formats.get(number_format, "%d/%m/%Y"))
    return str(value)

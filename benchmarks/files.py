"""Writing plan files the same way every time: the same plan gives the same bytes.

A workbook saved by openpyxl carries the time it was saved twice: in its
document properties (``docProps/core.xml``) and in every zip entry. Both
are fixed here to the plan's own "saved" time, so that a seed always
writes byte-identical files. CSV is written as Excel's "CSV UTF-8" writes
it: a byte-order mark, commas, CRLF line ends.

Examples
--------
>>> import tempfile, openpyxl
>>> book = openpyxl.Workbook()
>>> book.active["A1"] = "Ref"
>>> with tempfile.TemporaryDirectory() as tmp:
...     first = save_workbook(book, Path(tmp) / "a.xlsx", SAVED).read_bytes()
...     again = save_workbook(book, Path(tmp) / "b.xlsx", SAVED).read_bytes()
>>> first == again
True
>>> csv_bytes([["Ref", "Due"], ["1.10", "31/03/2026"]])
b'\\xef\\xbb\\xbfRef,Due\\r\\n1.10,31/03/2026\\r\\n'
>>> shown(dt.datetime(2026, 3, 1), "mmm-yy"), shown(dt.datetime(2026, 3, 31), "dd/mm/yyyy"), shown(None)
('Mar-26', '31/03/2026', '')
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

__all__ = ["SAVED", "BOLD", "BOX", "WRAP", "solid", "put_row", "save_workbook", "csv_bytes", "write_csv", "shown"]

SAVED = dt.datetime(2025, 4, 1, 9, 0, 0)
BOLD = Font(bold=True)
_THIN = Side(style="thin", color="FFBFBFBF")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOM = b"\xef\xbb\xbf"


def solid(rgb: str) -> PatternFill:
    """A solid fill of one RGB colour, stored as Excel stores it ("FF" + RGB)."""
    return PatternFill(fill_type="solid", fgColor="FF" + rgb, bgColor="FF" + rgb)


def put_row(ws, row: int, values: Sequence[Any], *, col: int = 1, font: Font | None = None,
            fill: PatternFill | None = None, boxed: bool = False) -> None:
    """Write one row of values from ``col``; None leaves a cell blank. A
    value may be a ``(value, number_format)`` pair."""
    for c, value in enumerate(values, col):
        fmt = None
        if isinstance(value, tuple):
            value, fmt = value
        if value is None and not boxed:
            continue
        cell = ws.cell(row=row, column=c, value=value)
        if fmt:
            cell.number_format = fmt
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if boxed:
            cell.border, cell.alignment = BOX, WRAP


def save_workbook(book, path: Path, saved: dt.datetime = SAVED) -> Path:
    """Save ``book`` with its document dates and zip times set to ``saved``."""
    book.properties.created = book.properties.modified = saved
    buf = io.BytesIO()
    book.save(buf)
    stamp = saved.isoformat(timespec="seconds") + "Z"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl writes the time of saving as "modified"
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            entry = zipfile.ZipInfo(info.filename, date_time=saved.timetuple()[:6])
            entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            dst.writestr(entry, data)
    path = Path(path)
    path.write_bytes(out.getvalue())
    return path


def csv_bytes(rows: Iterable[Sequence[Any]], *, bom: bool = True) -> bytes:
    """Rows as Excel's "CSV UTF-8" writes them."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return (BOM if bom else b"") + buf.getvalue().encode("utf-8")


def write_csv(path: Path, rows: Iterable[Sequence[Any]], *, bom: bool = True) -> Path:
    path = Path(path)
    path.write_bytes(csv_bytes(rows, bom=bom))
    return path


_FORMATS = {"mmm-yy": "%b-%y", "dd/mm/yyyy": "%d/%m/%Y", "dd/mm/yy": "%d/%m/%y", "d mmmm yyyy": "%-d %B %Y",
            "mmmm yyyy": "%B %Y", "dd/mm/yyyy hh:mm": "%d/%m/%Y %H:%M", "yyyy-mm-dd": "%Y-%m-%d"}


def shown(value: Any, number_format: str | None = None) -> str:
    """A cell's value as Excel shows it (what a sheet saved as CSV holds)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime(_FORMATS.get(number_format or "", "%d/%m/%Y"))
    return str(value)

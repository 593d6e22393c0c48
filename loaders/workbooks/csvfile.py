"""Reading a plan exported as CSV into the same grid as a sheet.

Project tools and some partnerships hand over plans as CSV: UTF-8 with a
byte-order mark (Excel's "CSV UTF-8"), UTF-16 (Excel's "Unicode Text"), or
the Windows code page; commas, semicolons or tabs; quoted fields holding
commas and line breaks. Every value stays text as written, so a reference
"01" or "1.10" keeps its form (Excel would have made them 1 and 1.1).

The file's content decides, not its name: a workbook saved with a .csv
name, an .xls, a PDF or any file that is not text is refused with a
message saying what it is. A file past ``max_csv_bytes`` or
``max_cells`` (see :class:`~loaders.workbooks.guard.Limits`) is refused
as too big, before it is parsed.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.csv"
>>> _ = path.write_bytes('\\ufeffRef,Action,Due\\r\\n1.10,"Train staff, then review",30/09/2025\\r\\n'.encode("utf-8"))
>>> sheet = read_csv(path)
>>> sheet.name, sheet.text(2, 1), sheet.text(2, 2)
('plan', '1.10', 'Train staff, then review')
>>> _ = path.write_bytes(b"PK\\x03\\x04 a workbook renamed")
>>> read_csv(path)
Traceback (most recent call last):
...
loaders.workbooks.guard.errors.WorkbookError: plan.csv: a workbook saved with a CSV name: rename it to .xlsx
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .cells import Sheet
from .guard import Limits, WorkbookError
from .guard.errors import read_at_most
from .guard.kinds import as_text, content_kind, refusal

from .guard.folders import CSV_SUFFIXES

__all__ = ["read_csv", "CSV_SUFFIXES"]


def read_csv(path: Path, limits: Limits | None = None) -> Sheet:
    """A CSV file as one sheet named after the file; raises WorkbookError if unreadable."""
    limits = limits or Limits()
    raw = _read(path, limits)
    _check_kind(path, raw)
    text = _decode(raw)
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    cells = {}
    try:
        for r, row in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), start=1):
            for c, value in enumerate(row, start=1):
                if value.strip():
                    cells[(r, c)] = value.strip()
            if len(cells) > limits.max_cells:
                raise WorkbookError(path.name, f"the file holds more than {limits.max_cells:,} cells: "
                                               "too big to read safely")
    except csv.Error as exc:
        raise WorkbookError(path.name, f"not a readable CSV file ({exc})") from None
    return Sheet(path.stem, False, cells, {})


def _read(path: Path, limits: Limits) -> bytes:
    return read_at_most(path, limits.max_csv_bytes, "the CSV file")


def _check_kind(path: Path, raw: bytes) -> None:
    """Refuse what is not text, saying what it is."""
    kind = content_kind(raw)
    if kind == "zip":
        raise WorkbookError(path.name, "a workbook saved with a CSV name: rename it to .xlsx")
    if kind == "binary" or (kind == "text" and as_text(raw[:65536]) is None):
        raise WorkbookError(path.name, "not a readable CSV file: it is not text")
    if kind not in ("text", "empty"):
        raise WorkbookError(path.name, refusal(kind) or "not a spreadsheet")


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")

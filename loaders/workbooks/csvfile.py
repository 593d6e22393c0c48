"""Reading a plan exported as CSV into the same grid as a sheet.

Project tools and some partnerships hand over plans as CSV: UTF-8 with a
byte-order mark (Excel's "CSV UTF-8"), or the Windows code page; commas,
semicolons or tabs; quoted fields holding commas and line breaks. Every
value stays text as written, so a reference "01" or "1.10" keeps its form
(Excel would have made them 1 and 1.1).

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.csv"
>>> _ = path.write_bytes('\\ufeffRef,Action,Due\\r\\n1.10,"Train staff, then review",30/09/2025\\r\\n'.encode("utf-8"))
>>> sheet = read_csv(path)
>>> sheet.name, sheet.text(2, 1), sheet.text(2, 2)
('plan', '1.10', 'Train staff, then review')
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .cells import Sheet, WorkbookError

__all__ = ["read_csv", "CSV_SUFFIXES"]

CSV_SUFFIXES = {".csv", ".tsv"}
_MAX_BYTES = 50 * 1024 * 1024


def read_csv(path: Path) -> Sheet:
    """A CSV file as one sheet named after the file; raises WorkbookError if unreadable."""
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise WorkbookError(path.name, f"CSV file larger than {_MAX_BYTES // 2**20} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise WorkbookError(path.name, f"cannot be read ({exc.strerror or exc})") from None
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
    except csv.Error as exc:
        raise WorkbookError(path.name, f"not a readable CSV file ({exc})") from None
    return Sheet(path.stem, False, cells, {})


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")

"""What a file is, told from its first bytes, not from its name.

Planners rename files, e-mail systems add suffixes and old plans are still
in Excel 97-2003 form, so the suffix is only a hint. The first bytes say:

=======================  ==========================================
a file starting with     is
=======================  ==========================================
``PK``                   a zip package: an .xlsx/.xlsm workbook, or
                         a Word, PowerPoint, OpenDocument file (the
                         package's table of contents tells which)
``D0 CF 11 E0``          an OLE compound file: an encrypted workbook
                         (streams EncryptionInfo, EncryptedPackage),
                         an Excel 97-2003 workbook (Workbook, Book), a
                         Word 97-2003 document (WordDocument)
``%PDF``                 a PDF
``<html``, ``<table``    a web page saved with a spreadsheet's name
text                     text: a CSV export, or not a plan at all
=======================  ==========================================

:func:`sniff` never raises for any bytes:

>>> sniff(b"PK\\x03\\x04rest"), sniff(b"%PDF-1.7"), sniff(b"Ref,Action\\r\\n1.1,Train"), sniff(b"")
('zip', 'pdf', 'text', 'empty')
>>> sniff(b"\\x00\\x01\\x02garbage"), sniff(b"<html><body><table>")
('binary', 'html')
"""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import BinaryIO

from .errors import unopened

__all__ = ["sniff", "content_kind", "file_kind", "ole_streams", "refusal", "as_text", "OLE_MAGIC"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEAD = 4096

# What to tell a planner about a file of each kind plangraph cannot read.
_REFUSALS = {
    "empty": "the file is empty",
    "encrypted": "password-protected: remove the password (File > Info > Protect Workbook) and save again",
    "xls": "an Excel 97-2003 workbook: open it in Excel and save it as .xlsx",
    "xlsb": "an Excel binary workbook (.xlsb): open it in Excel and save it as .xlsx",
    "ods": "an OpenDocument spreadsheet: save it as an Excel workbook (.xlsx)",
    "xml2003": "an Excel 2003 XML spreadsheet: open it in Excel and save it as .xlsx",
    "word": "a Word document, not a spreadsheet",
    "powerpoint": "a PowerPoint presentation, not a spreadsheet",
    "pdf": "a PDF, not a spreadsheet: plans are read from the Excel workbook they were made in",
    "html": "a web page saved with a spreadsheet's name: open it in Excel and save it as .xlsx",
    "ole": "an Office file of a kind plangraph does not read: not a spreadsheet",
    "zip": "a zip archive, not a spreadsheet",
    "binary": "not a spreadsheet",
}


def sniff(head: bytes) -> str:
    """The kind of file these first bytes start: "zip", "ole", "pdf",
    "html", "xml2003", "text", "empty" or "binary"."""
    if not head:
        return "empty"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith(b"%PDF"):
        return "pdf"
    text = as_text(head)
    if text is None:
        return "binary"
    start = text.lstrip("\ufeff \t\r\n").lower()[:2048]
    if "urn:schemas-microsoft-com:office:spreadsheet" in start and start.startswith("<"):
        return "xml2003"
    if start.startswith("<") and any(tag in start for tag in ("<html", "<table", "<!doctype html")):
        return "html"
    return "text"


def as_text(head: bytes) -> str | None:
    """The bytes as text, or None for binary data (NUL bytes or control
    characters that no text file holds). UTF-16 text has a byte-order mark."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    if b"\x00" in head:
        return None
    text = head.decode("utf-8", errors="ignore") or head.decode("cp1252", errors="ignore")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f\v")
    return None if controls > len(text) // 100 + 1 else text


def content_kind(data: bytes) -> str:
    """The kind of a file whose content is ``data``: :func:`sniff`, with an
    OLE file told by its streams ("encrypted", "xls", "word", "ole").

    >>> content_kind(OLE_MAGIC + bytes(600))
    'ole'
    """
    kind = sniff(data[:_HEAD])
    return _ole_kind(ole_streams(io.BytesIO(data))) if kind == "ole" else kind


def file_kind(path: Path) -> str:
    """The kind of the file at ``path``, refining "ole" into "encrypted",
    "xls", "word" or "ole" by its streams; raises WorkbookError if it
    cannot be opened."""
    try:
        with open(path, "rb") as fh:
            kind = sniff(fh.read(_HEAD))
            if kind == "ole":
                kind = _ole_kind(ole_streams(fh))
    except OSError as exc:
        raise unopened(path, exc) from None
    return kind


def refusal(kind: str) -> str | None:
    """What to tell a planner about a file of this kind, or None if it may be read."""
    return _REFUSALS.get(kind)


def _ole_kind(streams: set[str]) -> str:
    if streams & {"EncryptionInfo", "EncryptedPackage"}:
        return "encrypted"
    if streams & {"Workbook", "Book"}:
        return "xls"
    if "WordDocument" in streams:
        return "word"
    if "PowerPoint Document" in streams:
        return "powerpoint"
    return "ole"


_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_MAX_SECTORS = 100_000  # more than a 400 MB file has: stops a looping chain


def ole_streams(fh: BinaryIO) -> set[str]:
    """The names in an OLE compound file's directory (its streams and
    storages), read by following the directory's chain of sectors.
    A damaged directory gives the names read before the damage.

    >>> import io
    >>> ole_streams(io.BytesIO(b"not an ole file"))
    set()
    """
    try:
        fh.seek(0)
        header = fh.read(512)
        if len(header) < 512 or not header.startswith(OLE_MAGIC):
            return set()
        shift = struct.unpack_from("<H", header, 30)[0]
        size = 1 << shift if shift in (9, 12) else 512
        fat = _fat(fh, header, size)
        return _directory_names(fh, struct.unpack_from("<I", header, 48)[0], fat, size)
    except (OSError, struct.error, ValueError, OverflowError):
        return set()


def _sector(fh: BinaryIO, number: int, size: int) -> bytes:
    fh.seek((number + 1) * size)
    return fh.read(size)


def _fat(fh: BinaryIO, header: bytes, size: int) -> list[int]:
    """The file allocation table: for each sector, the next of its chain."""
    fat_sectors = [s for s in struct.unpack_from("<109I", header, 76) if s not in (_FREE, _END)]
    difat, seen = struct.unpack_from("<I", header, 68)[0], set()
    while difat not in (_FREE, _END) and difat not in seen and len(seen) < _MAX_SECTORS:
        seen.add(difat)
        entries = struct.unpack(f"<{size // 4}I", _sector(fh, difat, size).ljust(size, b"\xff"))
        fat_sectors += [s for s in entries[:-1] if s not in (_FREE, _END)]
        difat = entries[-1]
    fat: list[int] = []
    for number in fat_sectors[:_MAX_SECTORS]:
        data = _sector(fh, number, size).ljust(size, b"\xff")
        fat.extend(struct.unpack(f"<{size // 4}I", data))
    return fat


def _directory_names(fh: BinaryIO, first: int, fat: list[int], size: int) -> set[str]:
    names: set[str] = set()
    sector, seen = first, set()
    while sector not in (_FREE, _END) and sector not in seen and len(seen) < _MAX_SECTORS:
        seen.add(sector)
        data = _sector(fh, sector, size)
        for at in range(0, len(data) - 127, 128):
            length = struct.unpack_from("<H", data, at + 64)[0]
            if 2 <= length <= 64 and data[at + 66] in (1, 2, 5):
                names.add(data[at:at + length - 2].decode("utf-16-le", errors="replace"))
        sector = fat[sector] if sector < len(fat) else _END
    return names

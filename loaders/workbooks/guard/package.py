"""Checking a workbook package before anything parses it.

An .xlsx file is a zip of XML parts. Before openpyxl sees one, every check
that needs no parsing is made, in this order, each stopping the file with
a message a planner can act on:

1. the file's size (``max_file_bytes``) and its kind by its first bytes
   (:mod:`.kinds`): an encrypted workbook, an .xls, a PDF, plain text...;
2. the zip's own directory, read from its last bytes, before Python's
   zipfile builds an object per entry: the number of parts;
3. each part's header: a part encrypted inside the zip, the declared
   unpacked sizes (their total) and packing ratios;
4. the package's table of contents: a workbook, or a Word document, a
   PowerPoint, an .xlsb, an OpenDocument spreadsheet;
5. every XML part, unpacked a chunk at a time with caps (:mod:`.stream`)
   and parsed by expat: well formed, no entity declarations. A part read
   whole (the list of sheets, styles, properties, tables, links) has no
   more elements than ``max_elements_in_part``; the list of sheets no
   more than ``max_sheets``; the shared text no more than ``max_texts``;
   the sheets together no more than ``max_cells`` cells and each no more
   than ``max_merged_ranges`` merged ranges. Sheets are counted in their
   raw bytes (a cell begins ``<c``: text cannot hold a bare ``<``), so the
   check costs no Python call per cell.

A sheet's claimed dimension is never used, so a sheet claiming
A1:XFD1048576 costs no more than its real cells. The sheets are then read
once more, as they stream (:mod:`.sheetxml`), counting exactly.

Examples
--------
>>> import io, zipfile
>>> buffer = io.BytesIO()
>>> with zipfile.ZipFile(buffer, "w") as z:
...     z.writestr("[Content_Types].xml", '<Types><Override PartName="/word/document.xml" '
...                'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
>>> check_package(buffer.getvalue(), "notes.xlsx")
Traceback (most recent call last):
...
loaders.workbooks.guard.errors.WorkbookError: notes.xlsx: a Word document, not a spreadsheet
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
from typing import Any

from .errors import WorkbookError, damaged, part_name, size_words
from .kinds import refusal
from .limits import Limits
from .stream import Budget, feed, xml_parser

__all__ = ["check_package", "zip_entry_count", "package_kind", "WORKSHEET_TYPE"]

WORKSHEET_TYPE = "spreadsheetml.worksheet+xml"
_WORKBOOK_TYPES = ("spreadsheetml.sheet.main", "spreadsheetml.template.main",
                   "ms-excel.sheet.macroenabled.main", "ms-excel.template.macroenabled.main")
_OTHER_TYPES = (("ms-excel.sheet.binary", "xlsb"), ("wordprocessingml", "word"), ("presentationml", "powerpoint"))
_CONTENT_TYPES = "[Content_Types].xml"
_TEXT_PART_ELEMENTS = 10_000  # elements one piece of shared text may hold (runs of formatting)


def check_package(data: bytes, file: str, limits: Limits | None = None, budget: Budget | None = None) -> Budget:
    """Check the zip package ``data`` (the whole file) of the file named
    ``file``; returns the budget spent, or raises WorkbookError."""
    limits = limits or Limits()
    budget = budget or Budget(file, limits)
    count = zip_entry_count(data)
    if count is not None and count > limits.max_entries:
        raise budget.too_big(f"the workbook has more than {limits.max_entries:,} parts")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error):
        raise damaged(file, "the file", "is not a complete zip package (cut short or damaged)") from None
    with archive:
        infos = archive.infolist()
        _check_headers(infos, budget)
        kind, sheets = package_kind(archive, budget)
        if kind != "workbook":
            raise WorkbookError(file, refusal(kind) or "not a spreadsheet")
        listed: dict[str, Any] = {"sheets": [], "targets": {}}
        for info in infos:  # every other part first: the list of sheets names the sheets' parts
            if info.filename not in sheets and info.filename != _CONTENT_TYPES and _is_xml(info.filename):
                _scan(archive, info, budget, listed)
        names = _sheet_names(listed)
        for info in infos:
            if info.filename in sheets:
                _scan_sheet(archive, info, budget, part_name(info.filename, names))
    return budget


def _sheet_names(listed: dict[str, Any]) -> dict[str, str]:
    """Sheet part -> the sheet's name, from the list of sheets and its links."""
    names = {}
    for name, rel_id in listed["sheets"]:
        for (folder, ident), target in listed["targets"].items():
            if ident == rel_id:
                path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                names[posixpath.normpath(path)] = name
    return names


def zip_entry_count(data: bytes) -> int | None:
    """The number of parts a zip says it holds, from its end-of-directory
    record (ZIP64 too), or None if there is none.

    >>> import io, zipfile
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as z:
    ...     z.writestr("a.xml", "<a/>"); z.writestr("b.xml", "<b/>")
    >>> zip_entry_count(buffer.getvalue()), zip_entry_count(b"PK no directory")
    (2, None)
    """
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if at < 0 or len(data) < at + 22:
        return None
    count = struct.unpack_from("<H", data, at + 10)[0]
    locator = data.rfind(b"PK\x06\x07", max(0, at - 20), at)
    if locator >= 0 and len(data) >= locator + 20:
        record = struct.unpack_from("<Q", data, locator + 8)[0]
        if record + 56 <= len(data) and data[record:record + 4] == b"PK\x06\x06":
            count = max(count, struct.unpack_from("<Q", data, record + 32)[0])
    return count


def _check_headers(infos: list[zipfile.ZipInfo], budget: Budget) -> None:
    limits = budget.limits
    if len(infos) > limits.max_entries:
        raise budget.too_big(f"the workbook has more than {limits.max_entries:,} parts")
    if any(info.flag_bits & 0x1 for info in infos):
        raise WorkbookError(budget.file, "password-protected: remove the password and save again")
    if sum(info.file_size for info in infos) > limits.max_unpacked_bytes:
        raise budget.too_big(f"the workbook unpacks to more than {size_words(limits.max_unpacked_bytes)}")
    for info in infos:
        if info.file_size > limits.ratio_grace_bytes and info.file_size > max(info.compress_size, 1) * limits.max_ratio:
            raise budget.too_big(f'{part_name(info.filename)} is packed more than {limits.max_ratio} times over '
                                 '(a "zip bomb" or a damaged file)')


def package_kind(archive: zipfile.ZipFile, budget: Budget) -> tuple[str, set[str]]:
    """What the package is ("workbook", "xlsb", "word", "powerpoint",
    "ods", "zip") by its table of contents, and the names of its sheet parts."""
    names = set(archive.namelist())
    if "mimetype" in names and _small(archive, "mimetype").startswith(b"application/vnd.oasis.opendocument"):
        return ("ods" if b"spreadsheet" in _small(archive, "mimetype") else "zip"), set()
    if _CONTENT_TYPES not in names:
        if any(n.lower().endswith("workbook.xml") for n in names):
            raise damaged(budget.file, "the file's table of contents ([Content_Types].xml)", "is missing")
        return "zip", set()
    types: list[tuple[str, str]] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        _count(counter, budget, _CONTENT_TYPES)
        if name.rpartition(":")[2] in ("Override", "Default"):
            types.append((attrs.get("PartName", ""), attrs.get("ContentType", "").lower()))

    counter = [0]
    feed(archive, archive.getinfo(_CONTENT_TYPES), xml_parser(start), budget,
         part_name(_CONTENT_TYPES), budget.limits.max_part_bytes)
    sheets = {part.lstrip("/") for part, kind in types if WORKSHEET_TYPE in kind}
    sheets |= {n for n in names if "/worksheets/" in n.lower() and n.lower().endswith(".xml")}
    if any(w in kind for _, kind in types for w in _WORKBOOK_TYPES):
        return "workbook", sheets
    for marker, kind in _OTHER_TYPES:
        if any(marker in t for _, t in types):
            return kind, sheets
    return "zip", sheets


def _small(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        with archive.open(name) as fh:
            return fh.read(200)
    except Exception:  # noqa: BLE001 - an unreadable mimetype tells nothing
        return b""


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget, listed: dict[str, Any]) -> None:
    """Unpack and parse one part, counting what the readers would keep, and
    noting the sheets a workbook lists and the targets of its links."""
    name, limits = info.filename, budget.limits
    lower = name.lower()
    texts = lower.endswith("sharedstrings.xml")
    workbook = lower.endswith("workbook.xml")
    # A link's target is relative to the folder of the part the .rels file is about.
    folder = posixpath.dirname(posixpath.dirname(name)) if lower.endswith(".rels") else None
    counter = [0]
    counts = {"si": 0, "sheet": 0}

    def start(element: str, attrs: Any) -> None:
        local = element.rpartition(":")[2]
        if texts and local == "si":
            counts["si"] += 1
            counter[0] = 0
            if counts["si"] > limits.max_texts:
                raise budget.too_big(f"the workbook holds more than {limits.max_texts:,} pieces of text")
        elif workbook and local == "sheet":
            counts["sheet"] += 1
            if counts["sheet"] > limits.max_sheets:
                raise budget.too_big(f"the workbook has more than {limits.max_sheets:,} sheets")
            rel_id = next((v for k, v in attrs.items() if k.endswith(":id") or k == "id"), "")
            listed["sheets"].append((str(attrs.get("name", "")), rel_id))
        elif folder is not None and local == "Relationship":
            listed["targets"][(folder, attrs.get("Id", ""))] = str(attrs.get("Target", ""))
        _count(counter, budget, name, _TEXT_PART_ELEMENTS if texts else limits.max_elements_in_part)

    feed(archive, info, xml_parser(start), budget, part_name(name),
         limits.max_text_bytes if texts else limits.max_part_bytes)


# How a cell and a merged range begin in a sheet's XML, with or without a
# namespace prefix (closing tags, "</c>", "</x:c>", match none of them).
_ENDS = (b" ", b"/", b"\t", b"\n", b"\r")
_CELL_STARTS = tuple(b"<c" + end for end in _ENDS + (b">",)) + tuple(b":c" + end for end in _ENDS)
_MERGE_STARTS = tuple(b"mergeCell" + end for end in _ENDS)


def _cell_starts(text: bytes) -> int:
    """How many cells start in ``text``, in any of the forms above."""
    usual = text.count(b"<c ")
    if usual == text.count(b"<c") and b":c" not in text:
        # No "<c" but "<c ", no prefix: only Excel's own form, counted in three
        # fast passes where every form takes eleven.
        return usual
    return sum(text.count(p) for p in _CELL_STARTS)


def _merge_starts(text: bytes) -> int:
    return sum(text.count(p) for p in _MERGE_STARTS) if b"mergeCell" in text else 0


def _scan_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget, what: str) -> None:
    """Unpack and check a sheet part, counting its cells and merged ranges."""
    limits = budget.limits
    tail, merges = [b""], [0]

    def watch(chunk: bytes) -> None:
        text = tail[0] + chunk
        cells = _cell_starts(text) - _cell_starts(tail[0])
        merges[0] += _merge_starts(text) - _merge_starts(tail[0])
        tail[0] = text[-9:]
        budget.add_cells(cells)
        if merges[0] > limits.max_merged_ranges:
            raise budget.too_big(f"{what} has more than {limits.max_merged_ranges:,} merged ranges")

    feed(archive, info, xml_parser(), budget, what, watch=watch)


def _count(counter: list[int], budget: Budget, name: str, most: int | None = None) -> None:
    counter[0] += 1
    most = most or budget.limits.max_elements_in_part
    if counter[0] > most:
        raise budget.too_big(f"{part_name(name)} holds more than {most:,} XML elements")

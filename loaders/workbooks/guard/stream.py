"""Unpacking a part of a workbook package a chunk at a time, within limits.

A part is never unpacked whole and never trusted by its header: each chunk
is counted as it comes out, against the part's own limit, the workbook's
total and the compression ratio (a megabyte of blank space packs into a
kilobyte: ratios past 100:1 are a "zip bomb", not a plan), and the file's
deadline is asked between chunks. Each chunk goes straight to an XML
parser (expat) that refuses entity declarations, the trick behind "billion
laughs" files. Every failure on the way (a bad checksum, a broken stream, a
badly formed tag) becomes a :class:`WorkbookError` naming the part.

Examples
--------
>>> import io, zipfile
>>> buffer = io.BytesIO()
>>> with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
...     z.writestr("xl/styles.xml", "<styleSheet><fonts count='1'/></styleSheet>")
...     z.writestr("xl/bomb.xml", "<a>" + " " * 3_000_000 + "</a>")
>>> archive = zipfile.ZipFile(buffer)
>>> budget = Budget("plan.xlsx", Limits())
>>> names = []
>>> parser = xml_parser(start=lambda name, attrs: names.append(name))
>>> feed(archive, archive.getinfo("xl/styles.xml"), parser, budget, "the cell formatting")
>>> names, budget.unpacked
(['styleSheet', 'fonts'], 43)
>>> feed(archive, archive.getinfo("xl/bomb.xml"), xml_parser(), budget, "a part")
Traceback (most recent call last):
...
loaders.workbooks.guard.errors.WorkbookError: plan.xlsx: a part is packed more than 100 times over (a "zip bomb" or a damaged file): too big to read safely
"""

from __future__ import annotations

import zipfile
import zlib
from typing import Callable
from xml.parsers import expat

from .errors import WorkbookError, damaged, size_words
from .limits import Deadline, Limits

__all__ = ["Budget", "xml_parser", "feed", "CHUNK"]

CHUNK = 256 * 1024


class Budget:
    """What one workbook has used of its limits so far: bytes unpacked,
    cells read, and its deadline."""

    def __init__(self, file: str, limits: Limits, deadline: Deadline | None = None) -> None:
        self.file = file
        self.limits = limits
        self.deadline = deadline or Deadline(file, limits.max_seconds)
        self.unpacked = 0
        self.cells = 0

    def too_big(self, what: str) -> WorkbookError:
        """The error for a file past a limit: ``what`` says which, in words."""
        return WorkbookError(self.file, f"{what}: too big to read safely")

    def add_cells(self, count: int) -> None:
        self.cells += count
        if self.cells > self.limits.max_cells:
            raise self.too_big(f"the workbook holds more than {self.limits.max_cells:,} cells")


def xml_parser(start: Callable | None = None, end: Callable | None = None,
               text: Callable | None = None) -> expat.XMLParserType:
    """An expat parser (no namespace processing: names keep their prefix)
    that refuses entity declarations and never fetches anything."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _no_entities
    if start:
        parser.StartElementHandler = start
    if end:
        parser.EndElementHandler = end
    if text:
        parser.CharacterDataHandler = text
    return parser


class _EntityDeclared(Exception):
    pass


def _no_entities(*_args: object) -> None:
    raise _EntityDeclared()


def feed(archive: zipfile.ZipFile, info: zipfile.ZipInfo, parser: expat.XMLParserType, budget: Budget,
         what: str, max_bytes: int | None = None, watch: Callable[[bytes], None] | None = None) -> None:
    """Unpack the part ``info`` into ``parser`` chunk by chunk, within the
    budget; ``what`` names the part in a message; ``max_bytes`` is the
    part's own limit (the workbook's total if None); ``watch`` sees each
    chunk before the parser does."""
    read = 0
    try:
        with archive.open(info) as source:
            while chunk := source.read(CHUNK):
                read += len(chunk)
                _check_size(budget, info, read, len(chunk), what, max_bytes)
                budget.deadline.check()
                if watch:
                    watch(chunk)
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        reason = expat.errors.messages.get(exc.code, "badly formed")
        raise damaged(budget.file, what, f"is not valid XML (line {exc.lineno}, column {exc.offset}: {reason})") from None
    except _EntityDeclared:
        raise damaged(budget.file, what, "declares XML entities, which no workbook does (a way to attack "
                                         "XML readers)") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
        raise damaged(budget.file, what, f"cannot be unpacked ({_plain(exc)})") from None
    except NotImplementedError:
        raise WorkbookError(budget.file, f"{what} is packed in a way plangraph cannot unpack: "
                                         "open it in Excel and save it again") from None
    except RuntimeError as exc:  # zipfile: a part encrypted inside the package
        raise WorkbookError(budget.file, "password-protected: remove the password and save again"
                            if "encrypt" in str(exc).lower() else f"{what} cannot be unpacked") from None


def _check_size(budget: Budget, info: zipfile.ZipInfo, read: int, chunk: int, what: str,
                max_bytes: int | None) -> None:
    limits = budget.limits
    budget.unpacked += chunk
    if budget.unpacked > limits.max_unpacked_bytes:
        raise budget.too_big(f"the workbook unpacks to more than {size_words(limits.max_unpacked_bytes)}")
    if max_bytes is not None and read > max_bytes:
        raise budget.too_big(f"{what} unpacks to more than {size_words(max_bytes)}")
    if read > limits.ratio_grace_bytes and read > max(info.compress_size, 1) * limits.max_ratio:
        raise budget.too_big(f'{what} is packed more than {limits.max_ratio} times over '
                             '(a "zip bomb" or a damaged file)')


def _plain(exc: Exception) -> str:
    """An exception's words without any path: zipfile names parts, not folders."""
    text = str(exc).split(" for file ")[0]
    return text or exc.__class__.__name__

"""The one error a file that cannot be read raises, in a planner's words.

A message names the file (its name only: never a folder on the server) and
the cause, and says what to do where there is something to do:

>>> str(WorkbookError("plan.xlsx", "password-protected: remove the password and save again"))
'plan.xlsx: password-protected: remove the password and save again'
>>> part_name("xl/styles.xml"), part_name("xl/worksheets/sheet2.xml", {"xl/worksheets/sheet2.xml": "Gangs"})
('the cell formatting (xl/styles.xml)', "sheet 'Gangs' (xl/worksheets/sheet2.xml)")
>>> safe_text("could not read /srv/uploads/x/plan.xlsx: bad", "/srv/uploads/x/plan.xlsx")
'could not read plan.xlsx: bad'
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Mapping

__all__ = ["WorkbookError", "part_name", "safe_text", "damaged", "size_words", "unopened", "read_at_most"]


class WorkbookError(Exception):
    """A file that cannot be read as a plan at all: ``file`` is its name,
    ``message`` the cause in plain words."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message


# What each part of a workbook package holds, by the end of its name.
_PARTS = (
    (re.compile(r"(^|/)\[content_types\]\.xml$", re.I), "the file's table of contents"),
    (re.compile(r"\.rels$", re.I), "the links between the file's parts"),
    (re.compile(r"(^|/)workbook\d*\.xml$", re.I), "the list of sheets"),
    (re.compile(r"(^|/)styles\.xml$", re.I), "the cell formatting"),
    (re.compile(r"(^|/)sharedstrings\.xml$", re.I), "the text of the cells"),
    (re.compile(r"(^|/)core\.xml$", re.I), "the document properties (title, author, dates)"),
    (re.compile(r"(^|/)(app|custom)\.xml$", re.I), "the document properties"),
    (re.compile(r"(^|/)tables/", re.I), "an Excel table"),
    (re.compile(r"(^|/)theme\d*\.xml$", re.I), "the colour theme"),
    (re.compile(r"(^|/)worksheets/", re.I), "a sheet"),
)


def part_name(part: str, sheet_names: Mapping[str, str] | None = None) -> str:
    """A package part in words, with its name inside the file."""
    if sheet_names and part in sheet_names:
        return f"sheet '{sheet_names[part]}' ({part})"
    for pattern, words in _PARTS:
        if pattern.search(part):
            return f"{words} ({part})"
    return f"a part of the file ({part})"


def safe_text(text: str, path: str | PurePath) -> str:
    """``text`` with the file's full path (and its folder) cut to the file
    name: a message may be shown to anyone who loads a plan."""
    text = str(text)
    whole = str(path)
    name = PurePath(whole).name
    for written in {whole, str(PurePath(whole).parent)} - {"", "."}:
        text = text.replace(written + "/", "").replace(written, name if written == whole else "")
    return text


def size_words(size: int) -> str:
    """A size limit in words: "200 MB", "64 KB", "100 bytes".

    >>> size_words(200 * 2**20), size_words(64 * 1024), size_words(100)
    ('200 MB', '64 KB', '100 bytes')
    """
    for unit, name in ((2**30, "GB"), (2**20, "MB"), (2**10, "KB")):
        if size >= unit:
            return f"{size / unit:.3g} {name}"
    return f"{size} bytes"


def damaged(file: str, what: str, why: str) -> WorkbookError:
    """The error for a part that is not as Excel writes it."""
    return WorkbookError(file, f"damaged: {what} {why}: open it in Excel and save it again, "
                               "or ask whoever made it for a fresh copy")


def unopened(path: PurePath, exc: OSError) -> WorkbookError:
    """Why a file could not be opened, in words (and no folder of this machine).

    >>> unopened(PurePath("/srv/plans/a.xlsx"), IsADirectoryError(21, "Is a directory")).message
    'a folder, not a file'
    """
    if isinstance(exc, FileNotFoundError):
        return WorkbookError(path.name, "file not found")
    if isinstance(exc, IsADirectoryError):
        return WorkbookError(path.name, "a folder, not a file")
    return WorkbookError(path.name, f"cannot be opened ({exc.strerror or exc.__class__.__name__})")


def read_at_most(path: PurePath, limit: int, what: str) -> bytes:
    """A file's bytes, or a WorkbookError when it cannot be opened or holds
    more than ``limit`` bytes (``what`` names it: "the file", "CSV file")."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise unopened(path, exc) from None
    if len(data) > limit:
        raise WorkbookError(path.name, f"{what} is larger than {size_words(limit)}: too big to read safely")
    return data

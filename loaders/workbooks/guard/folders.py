"""Finding the plan files in the folders a planner names.

Rules
-----
* A file named directly is read whatever its name: its content decides.
* In a folder (and its sub-folders) a file is a plan by its suffix, in any
  case (``.XLSX``, ``.Xlsx``): workbooks (.xlsx, .xlsm, .xltx, .xltm), CSV
  exports (.csv, .tsv), and the spreadsheets plangraph cannot read (.xls,
  .xlsb, .ods), which are listed so that the load says why each is not read.
* Excel's lock files (``~$plan.xlsx``) and the copies macOS adds to zip
  files (``._plan.xlsx``, ``__MACOSX``) are not plans and are left out.
* A link to a folder is followed once: a link back to a folder already
  read (a loop, or a second way to the same folder) is skipped with a
  note, as is a link to nothing, a folder that cannot be read, or a
  folder nested deeper than ``MAX_DEPTH``. A file reached twice is read once.

Examples
--------
>>> import tempfile, pathlib, os
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for name in ("b.XLSX", "a.csv", "~$b.XLSX", "notes.txt", "old.xls"):
...     _ = (root / name).write_bytes(b"x")
>>> os.symlink(root, root / "loop")
>>> found = find_plan_files([root])
>>> [p.name for p in found.files]
['a.csv', 'b.XLSX', 'old.xls']
>>> [(where, message) for where, message in found.notes]
[('loop', 'a link to a folder it is inside (a loop): skipped')]
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

__all__ = ["find_plan_files", "FoundFiles", "PLAN_SUFFIXES", "UNREADABLE_SUFFIXES", "MAX_DEPTH"]

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
CSV_SUFFIXES = {".csv", ".tsv"}
PLAN_SUFFIXES = WORKBOOK_SUFFIXES | CSV_SUFFIXES
# Spreadsheets a planner may leave among the plans: listed so the load says why they are not read.
UNREADABLE_SUFFIXES = {".xls", ".xlsb", ".ods"}
MAX_DEPTH = 32
MAX_FILES = 10_000


@dataclass
class FoundFiles:
    """The plan files found, in order, and notes on what was skipped:
    (where, relative to the folder named, message)."""

    files: list[Path] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


def find_plan_files(paths: Iterable[Path | str]) -> FoundFiles:
    """The plan files named, and those found in the folders named."""
    found, seen = FoundFiles(), set()
    for path in map(Path, paths):
        if path.is_dir():
            walk = _Walk(path, found)
            walk.folder(path, frozenset({_real(path)}), 0)
            files = sorted(walk.files)
        else:
            files = [path]
        for file in files:
            key = _real(file)
            if key not in seen and len(found.files) < MAX_FILES:
                seen.add(key)
                found.files.append(file)
    return found


def is_plan_name(name: str) -> bool:
    """Whether a file in a folder is taken as a plan, by its name.

    >>> [is_plan_name(n) for n in ("Plan.XLSM", "~$Plan.xlsx", "._Plan.xlsx", "plan.xls", "plan.docx")]
    [True, False, False, True, False]
    """
    if name.startswith(("~$", "._")):
        return False
    return os.path.splitext(name)[1].lower() in PLAN_SUFFIXES | UNREADABLE_SUFFIXES


class _Walk:
    """One folder named by the planner, walked: its files and the folders read."""

    def __init__(self, root: Path, found: FoundFiles) -> None:
        self.root, self.found = root, found
        self.files: list[Path] = []
        self.read: set[str] = {_real(root)}

    def note(self, path: Path, message: str) -> None:
        self.found.notes.append((_relative(self.root, path), message))

    def folder(self, folder: Path, above: frozenset[str], depth: int) -> None:
        """Read a folder; ``above`` holds the real folders it is inside."""
        if depth > MAX_DEPTH:
            self.note(folder, f"nested more than {MAX_DEPTH} folders deep: skipped")
            return
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            self.note(folder, f"folder cannot be read ({exc.strerror or exc.__class__.__name__}): skipped")
            return
        for entry in entries:
            self.entry(entry, above, depth)

    def entry(self, entry: os.DirEntry, above: frozenset[str], depth: int) -> None:
        path = Path(entry.path)
        if entry.is_symlink() and not path.exists():
            self.note(path, "a link to nothing: skipped")
        elif _is_dir(entry):
            real = _real(path)
            if entry.name == "__MACOSX":
                return
            if real in above:
                self.note(path, "a link to a folder it is inside (a loop): skipped")
            elif entry.is_symlink() and real in self.read:
                self.note(path, "a link to a folder already read: skipped")
            else:
                self.read.add(real)
                self.folder(path, above | {real}, depth + 1)
        elif is_plan_name(entry.name):
            self.files.append(path)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return str(path)


def _relative(root: Path, path: Path) -> str:
    """A path as the planner named it: relative to the folder named."""
    try:
        return str(path.relative_to(root)) or path.name
    except ValueError:
        return path.name

"""Loading plans from the explorer's sidebar: the bundled Essex sample, or
workbooks a person uploads, each into its own partnership.

A load is ``plangraph.api.load``: the workbooks are read and, unless one
could not be read, saved as their partnership's plans, replacing that
partnership's earlier load and no other. Uploaded files are read from a
private folder that is removed after the load: what the pages show (a
task's row as written included) was saved with the graph.

Examples
--------
>>> upload_name("../../etc/plan.xlsx"), upload_name("~$lock.xlsx"), upload_name("notes.docx")
('plan.xlsx', None, None)
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from loaders import sample_data, workbook_paths
from plangraph import api
from plangraph.config import home

from .state import choose_partnership, store

__all__ = ["LoadReport", "load_paths", "load_sample", "load_uploaded", "upload_name", "UPLOADED"]

UPLOADED = "Uploaded plans"  # the partnership of uploads whose plans name none

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class LoadReport:
    """What a load from the sidebar did, for the sidebar to say."""

    saved: bool
    summary: dict[str, int]
    errors: list[str]
    files: list[str]
    partnership: str = ""


def load_paths(paths: Sequence[Path], *, partnership: str | None = None,
               progress: Progress | None = None) -> LoadReport:
    """Load workbooks (files or folders) into the store; a load with errors
    saves nothing and the graph loaded before stays. The partnership loaded
    is looked at from now on."""
    files = workbook_paths(paths)
    done = [0]

    def on_workbook(path: Path) -> None:
        done[0] += 1
        if progress:
            progress(done[0], len(files), path.name)

    result = api.load(list(paths), store(), partnership=partnership or None, on_workbook=on_workbook)
    saved = not result.errors
    if saved:
        choose_partnership(result.partnership)
    return LoadReport(saved=saved, summary=api.summary(result), errors=[str(p) for p in result.errors],
                      files=sorted(p.name for p in files), partnership=result.partnership)


def load_sample(*, progress: Progress | None = None) -> LoadReport:
    """Load the bundled Essex plans."""
    return load_paths([sample_data()], progress=progress)


def upload_name(name: str) -> str | None:
    """The file name to read an upload as, or None to refuse it: only
    workbooks, CSV files and a plangraph.toml, never a path."""
    base = Path(name.replace("\\", "/")).name.strip()
    if not base or base.startswith((".", "~$")):
        return None
    if base.lower().endswith((".xlsx", ".csv")):
        return base
    if base.lower().endswith(".toml"):
        return "plangraph.toml"
    return None


def load_uploaded(uploads: Sequence[tuple[str, bytes]], *, partnership: str | None = None,
                  progress: Progress | None = None) -> LoadReport:
    """Load uploaded files (name, content) as one partnership's plans: the
    one named, else the one the plans name, else "Uploaded plans"."""
    root = home() / "explorer"
    root.mkdir(parents=True, exist_ok=True)
    incoming = Path(tempfile.mkdtemp(prefix="incoming-", dir=root))
    folder = incoming / UPLOADED  # a load names its partnership from its folder, last of all
    folder.mkdir()
    try:
        for name, content in uploads:
            safe = upload_name(name)
            if safe:
                (folder / safe).write_bytes(content)
        if not any(p.suffix.lower() in (".xlsx", ".csv") for p in folder.iterdir()):
            return LoadReport(saved=False, summary={}, errors=["no .xlsx workbook among the files uploaded"],
                              files=[])
        return load_paths([folder], partnership=partnership, progress=progress)
    finally:
        shutil.rmtree(incoming, ignore_errors=True)

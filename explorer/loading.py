"""Loading plans from the explorer's sidebar: the bundled Essex sample, or
workbooks a person uploads, each into its own partnership.

A load is ``plangraph.api.load``: the workbooks are read and saved as
their partnership's plans, replacing that partnership's earlier load and
no other; a file that cannot be read is named and the rest saved without
it; when no task is found nothing is saved. Uploaded files are read from a
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
from plangraph.stores.base import StoreError

from .state import choose_partnership, store, store_name
from .worker import load_in_worker

__all__ = ["LoadReport", "load_paths", "load_sample", "load_uploaded", "remove", "upload_name", "UPLOADED"]

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
    refused: str = ""  # why nothing was saved
    unreadable: int = 0  # files saved without, as they could not be read


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

    try:
        loaded = api.load(list(paths), store(), partnership=partnership or None, on_workbook=on_workbook, wait=10)
    except api.LoadBusy as exc:
        return LoadReport(saved=False, summary={}, errors=[str(exc)], files=[], refused="another load is running")
    if loaded.saved:
        choose_partnership(loaded.partnership)
    return LoadReport(saved=loaded.saved, summary=api.summary(loaded.result),
                      errors=[str(p) for p in loaded.result.errors], files=sorted(p.name for p in files),
                      partnership=loaded.partnership, refused=loaded.refused, unreadable=len(loaded.unreadable))


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


def load_uploaded(uploads: Sequence[tuple[str, bytes]], *, partnership: str | None = None, replace: bool = False,
                  progress: Progress | None = None) -> LoadReport:
    """Load uploaded files (name, content) as one partnership's plans: the
    one named, else the one the plans name, else "Uploaded plans". They are
    added beside what is loaded (nothing is saved if their partnership is
    loaded already) unless ``replace``: then they replace that partnership's
    plans. The load runs in a worker process (explorer.worker), capped in
    memory and time."""
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
        report = LoadReport(**load_in_worker([folder], store_name=store_name(), home=home(),
                                             partnership=partnership or None, replace=replace, progress=progress))
        if report.saved:
            choose_partnership(report.partnership)
        return report
    finally:
        shutil.rmtree(incoming, ignore_errors=True)


def remove(partnership: str, file: str | None = None) -> str | None:
    """Take a partnership's plans (or one workbook of them) out of the
    store; None, or what went wrong."""
    try:
        api.remove(store(), partnership, file=file)
    except (StoreError, api.LoadBusy) as exc:
        return str(exc)
    choose_partnership(None)
    return None

"""The embedded store: the graph in one JSON file, no server needed.

The file holds each partnership's graph and the problems its load met; a
save replaces only its own partnership, so one store can hold a region.
It is written to a temporary file and renamed into place, so a save that
fails half way never leaves a broken store. Questions are answered from the
graphs in memory (:class:`~plangraph.stores.answers.GraphAnswers`), read
from the file once and kept while the file is unchanged, in this process.

Examples
--------
>>> import tempfile, pathlib
>>> from graphmodel import Area, PlanGraph, Source
>>> store = EmbeddedStore(pathlib.Path(tempfile.mkdtemp()) / "graph.json")
>>> store.is_empty()
True
>>> g = PlanGraph(); _ = g.add(Area(key="Hate Crime", name="Hate Crime", source=Source("s.xlsx"), partnership="Essex"))
>>> store.save(g); store.is_empty(), [r["partnership"] for r in store.get_partnerships()]
(False, ['Essex'])
"""

from __future__ import annotations

import gc
import json
import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from graphmodel import PlanGraph, Problem

from .answers import QUESTIONS, GraphAnswers
from .base import StoreError, partnership_of

__all__ = ["EmbeddedStore"]

_FORMAT = 2
# Parsed stores, by file, size and modification time: a page or a benchmark
# asking many questions reads the file once.
_LOADED: dict[str, tuple[tuple[int, int], GraphAnswers]] = {}


class EmbeddedStore:
    name = "embedded"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    # -- writing ----------------------------------------------------------------

    def save(self, graph: PlanGraph, problems: Iterable[Problem] = (), *, partnership: str | None = None) -> None:
        """Replace one partnership's graph and problems (the graph's own, by default)."""
        name = partnership if partnership is not None else partnership_of(graph)
        data = self._data() if not self.is_empty() else {"plangraph": _FORMAT, "partnerships": {}}
        data["partnerships"][name] = {**graph.to_dict(), "problems": [p.as_dict() for p in problems]}
        self._write(data)

    def remove(self, partnership: str) -> None:
        """Take one partnership's plans out of the store."""
        data = self._data()
        if data["partnerships"].pop(partnership, None) is None:
            raise StoreError(f"{self.path} holds no partnership {partnership!r}")
        self._write(data)

    def _write(self, data: dict[str, Any]) -> None:
        """To a private temporary file, flushed to disk, then renamed over
        the old one: a crash leaves the old graph or the new, never half."""
        if self.path.is_dir():
            raise StoreError(f"the store's file {self.path} is a folder: give --store-path a file name")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _remove_leftovers(self.path.parent)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".graph-", suffix=".json")  # mode 0600
        except OSError as exc:
            raise StoreError(f"cannot write into {self.path.parent} ({exc.strerror or exc})") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
            _sync_folder(self.path.parent)
        except OSError as exc:
            raise StoreError(f"cannot save into {self.path} ({exc.strerror or exc}): the graph saved before "
                             "is unchanged") from None
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    # -- reading ------------------------------------------------------------------

    def _data(self) -> dict[str, Any]:
        try:
            with _collector_paused():
                data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise StoreError(f"nothing has been loaded into {self.path} yet: run `plangraph load` first") from None
        except (OSError, ValueError) as exc:
            raise StoreError(f"{self.path} is not a plangraph store ({exc})") from None
        if not isinstance(data, dict) or not isinstance(data.get("partnerships"), dict):
            raise StoreError(f"{self.path} is not a plangraph store (no partnerships in it)")
        return data

    def answers(self) -> GraphAnswers:
        """The store's graphs in memory, read again only when the file changed."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            raise StoreError(f"nothing has been loaded into {self.path} yet: run `plangraph load` first") from None
        stamp = (info.st_mtime_ns, info.st_size)
        held = _LOADED.get(str(self.path))
        if held is None or held[0] != stamp:
            held = (stamp, self._parse())
            _LOADED[str(self.path)] = held
        return held[1]

    def _parse(self) -> GraphAnswers:
        graphs, problems = {}, {}
        try:
            with _collector_paused():
                for name, part in self._data()["partnerships"].items():
                    graphs[name] = PlanGraph.from_dict(part)
                    problems[name] = [Problem(**p) for p in part.get("problems", [])]
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"{self.path} is not a plangraph store ({exc})") from None
        return GraphAnswers(graphs, problems)

    def read(self, partnership: str | None = None) -> PlanGraph:
        """A partnership's whole graph (for export); None: the only one."""
        graphs = self.answers().graphs
        return _one(graphs, partnership, self.describe())

    def problems(self, partnership: str | None = None) -> list[Problem]:
        return self.answers().problems(partnership)

    def version(self) -> str:
        """Changes whenever the store does: what cached answers are keyed by."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return "empty"
        return f"{info.st_mtime_ns}:{info.st_size}"

    def is_empty(self) -> bool:
        return not self.path.is_file()

    def describe(self) -> str:
        return str(self.path)

    def query(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """A question by the name of its ``cypher/`` file."""
        if name not in QUESTIONS:
            raise KeyError(f"no read query {name!r}")
        return getattr(self, name)(**params)

    def __getattr__(self, name: str) -> Any:
        # The questions (get_tasks, find_tasks, ...) are the in-memory answers'.
        if name in QUESTIONS:
            return lambda *args, **params: getattr(self.answers(), name)(*args, **params)
        raise AttributeError(name)


def _one(graphs: dict[str, PlanGraph], partnership: str | None, where: str) -> PlanGraph:
    if partnership is not None:
        if partnership not in graphs:
            raise StoreError(f"{where} holds no partnership {partnership!r}; it holds: {', '.join(sorted(graphs))}")
        return graphs[partnership]
    if len(graphs) != 1:
        raise StoreError(f"{where} holds {len(graphs)} partnerships ({', '.join(sorted(graphs))}): "
                         "choose one with --partnership")
    return next(iter(graphs.values()))


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX: fsync the folder holding it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_leftovers(folder: Path, older_than: float = 3600.0) -> None:
    """Temporary files of saves killed before they finished (an hour old: a
    save running now is never that slow)."""
    now = time.time()
    for tmp in folder.glob(".graph-*.json"):
        try:
            if now - tmp.stat().st_mtime > older_than:
                tmp.unlink()
        except OSError:
            pass


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic collector paused while a store is read: every object
    read lives on, and the collector, left on, walks the whole growing heap
    again and again (reading a store of 25,000 tasks took twice as long).
    One young collection afterwards, as it would have run; where the caller
    had paused it, it is left as it was."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)

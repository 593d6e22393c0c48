"""The embedded store: the graph in one node-link JSON file, no server needed.

Examples
--------
>>> import tempfile, pathlib
>>> from graphmodel import PlanGraph
>>> store = EmbeddedStore(pathlib.Path(tempfile.mkdtemp()) / "graph.json")
>>> store.is_empty()
True
>>> store.save(PlanGraph()); store.is_empty()
False
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from typing import Iterable

from graphmodel import PlanGraph, Problem
from graphmodel.exchange import read_json, read_problems, write_json
from plangraph.stores.answers import QUERIES

from .base import StoreError

__all__ = ["EmbeddedStore"]


class EmbeddedStore:
    name = "embedded"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def save(self, graph: PlanGraph, problems: Iterable[Problem] = ()) -> None:
        """Write to a temporary file, then rename it over the old one: a save
        that fails half way never leaves a half-written graph behind."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".graph-", suffix=".json")
        os.close(fd)
        try:
            write_json(graph, Path(tmp), problems)
            os.replace(tmp, self.path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def read(self) -> PlanGraph:
        if self.is_empty():
            raise StoreError(f"nothing has been loaded into {self.path} yet: run `plangraph load` first")
        try:
            return read_json(self.path)
        except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
            raise StoreError(f"{self.path} is not a plangraph store ({exc})") from None

    def problems(self) -> list[Problem]:
        self.read()  # the same message as read() when there is nothing, or not a store
        return read_problems(self.path)

    def query(self, name: str, **params) -> list[dict]:
        """A read query by the name of its ``cypher/`` file, answered in Python."""
        if name not in QUERIES:
            raise KeyError(f"no read query {name!r}")
        return QUERIES[name](self.read(), **params)

    def is_empty(self) -> bool:
        return not self.path.is_file()

    def describe(self) -> str:
        return str(self.path)

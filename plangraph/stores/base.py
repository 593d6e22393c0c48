"""The one small interface every store of a plan graph offers."""

from __future__ import annotations

from typing import Any, Iterable, Protocol, runtime_checkable

from graphmodel import PlanGraph, Problem

__all__ = ["Store", "StoreError"]


class StoreError(Exception):
    """A store could not be read or written; the message says what to do."""


@runtime_checkable
class Store(Protocol):
    """Where a plan graph is kept between commands.

    ``save`` replaces the stored graph as a whole and is all or nothing: if
    it fails, the graph saved before is still there, unchanged. The problems
    the load met are saved with it, so that they can be listed later.
    """

    name: str

    def save(self, graph: PlanGraph, problems: Iterable[Problem] = ()) -> None: ...

    def problems(self) -> list[Problem]:
        """The problems saved with the graph, in the order the load met them."""
        ...

    def read(self) -> PlanGraph: ...

    def is_empty(self) -> bool: ...

    def query(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run a read query of ``cypher/`` by name (``get_task``, ...): the same
        rows from every store."""
        ...

    def describe(self) -> str:
        """Where the graph is kept, for messages (never with a password)."""
        ...

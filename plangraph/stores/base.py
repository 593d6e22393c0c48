"""The one small interface every store of plan graphs offers.

A store holds the plans of one or more partnerships. ``save`` replaces one
partnership's graph (and the problems its load met) all or nothing: if it
fails, what was saved before is still there, unchanged. Questions are asked
of the store and answered where the graph lives (Cypher in Neo4j, the graphs
in memory in the embedded store), each a method named like its
``cypher/`` file, returning rows of plain values; ``read`` (the whole graph)
is for exports only.
"""

from __future__ import annotations

import inspect
from typing import Any, Iterable, Protocol, runtime_checkable

from graphmodel import PlanGraph, Problem

__all__ = ["Store", "StoreError", "Row", "partnership_of", "question_parameters"]

Row = dict[str, Any]


class StoreError(Exception):
    """A store could not be read or written; the message says what to do."""


def partnership_of(graph: PlanGraph) -> str:
    """The partnership a graph's nodes belong to ("" for none named)."""
    names = {n.partnership for n in graph.nodes()}
    if len(names) > 1:
        raise StoreError(f"a graph to save holds several partnerships ({', '.join(sorted(names))}): save each alone")
    return names.pop() if names else ""


@runtime_checkable
class Store(Protocol):
    """Where plan graphs are kept between commands, and asked questions."""

    name: str

    def save(self, graph: PlanGraph, problems: Iterable[Problem] = (), *, partnership: str | None = None) -> None: ...

    def remove(self, partnership: str) -> None: ...

    def read(self, partnership: str | None = None) -> PlanGraph: ...

    def problems(self, partnership: str | None = None) -> list[Problem]:
        """The problems saved with a partnership's graph, in the order the load met them."""
        ...

    def version(self) -> str:
        """Changes whenever the store does (a save anywhere): cached answers are keyed by it."""
        ...

    def is_empty(self) -> bool: ...

    def query(self, name: str, **params: Any) -> list[Row]:
        """A question by the name of its ``cypher/`` file: the same rows from every store."""
        ...

    def describe(self) -> str:
        """Where the graph is kept, for messages (never with a password)."""
        ...

    # The questions (see plangraph.stores.answers.QUESTIONS); each takes partnership=None.
    def count_nodes(self, partnership: str | None = None) -> list[Row]: ...

    def get_partnerships(self) -> list[Row]: ...

    def get_plans(self, partnership: str | None = None) -> list[Row]: ...

    def get_areas(self, partnership: str | None = None) -> list[Row]: ...

    def get_workstreams(self, partnership: str | None = None) -> list[Row]: ...

    def get_tasks(self, partnership: str | None = None, keys: list[str] | None = None) -> list[Row]: ...

    def get_task(self, key: str, partnership: str | None = None) -> list[Row]: ...

    def find_tasks(self, words: str, partnership: str | None = None) -> list[Row]: ...

    def get_task_upstream(self, key: str, depth: int, include_inferred: bool,
                          partnership: str | None = None) -> list[Row]: ...

    def get_task_downstream(self, key: str, depth: int, include_inferred: bool,
                            partnership: str | None = None) -> list[Row]: ...

    def get_links(self, partnership: str | None = None) -> list[Row]: ...

    def get_dangling(self, partnership: str | None = None) -> list[Row]: ...

    def get_owners(self, partnership: str | None = None) -> list[Row]: ...

    def get_owner_tasks(self, partnership: str | None = None) -> list[Row]: ...

    def get_owner_workload(self, partnership: str | None = None) -> list[Row]: ...

    def get_leads(self, partnership: str | None = None) -> list[Row]: ...

    def get_area_forums(self, partnership: str | None = None) -> list[Row]: ...

    def get_forum_mentions(self, partnership: str | None = None) -> list[Row]: ...

    def get_forums(self, partnership: str | None = None) -> list[Row]: ...

    def get_aims(self, partnership: str | None = None) -> list[Row]: ...


def question_parameters(name: str) -> list[str]:
    """The parameters a store question takes, as the Store interface names them.

    >>> question_parameters("get_task_upstream")
    ['key', 'depth', 'include_inferred', 'partnership']
    """
    return [p for p in inspect.signature(getattr(Store, name)).parameters if p != "self"]

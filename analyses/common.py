"""What every analysis shares: the questions of a store (or of a graph in
memory), which partnership is asked about, and a few small helpers that
each answer is shown with.

An analysis takes a *source*: a store (``plangraph.stores``), whose
questions are answered where the graph lives, or a ``PlanGraph`` in memory
(answered by the embedded store's own code), so that the same function runs
on a load's result, on the embedded store and on Neo4j.

Examples
--------
>>> short("Use social media to engage and empower young people", 30)
'Use social media to engage an…'
>>> sorted(["W#10", "W#2", "W#1"], key=task_order)
['W#1', 'W#2', 'W#10']
>>> area_name(None)
'(no area)'
"""

from __future__ import annotations

from typing import Any, Mapping

from graphmodel import PlanGraph, task_order
from plangraph.stores.answers import GraphAnswers
from plangraph.stores.base import partnership_of

__all__ = ["answers", "partnership_asked", "short", "area_name", "task_order", "task_name", "NO_AREA", "Source"]

NO_AREA = "(no area)"  # the area of a task whose workstream could not be placed

Source = Any  # a Store or a PlanGraph


def answers(source: Source) -> Any:
    """The questions of ``source``: the store itself, or a graph's answers."""
    if isinstance(source, PlanGraph):
        return GraphAnswers({partnership_of(source): source})
    return source


def partnership_asked(q: Any, partnership: str | None) -> str | None:
    """The partnership a question is about: the one named, or the only one held.
    A store of several partnerships must be told which."""
    if partnership is not None:
        return partnership
    names = [row["partnership"] for row in q.get_partnerships()]
    if len(names) > 1:
        raise ValueError(f"the store holds {len(names)} partnerships ({', '.join(names)}): choose one")
    return names[0] if names else None


def short(text: str, width: int = 70) -> str:
    """Text on one line, cut with an ellipsis at ``width`` characters."""
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def area_name(area: str | None) -> str:
    """An area's name as shown, NO_AREA for a task placed in none."""
    return area or NO_AREA


def task_name(task: Mapping[str, Any] | None, key: str = "") -> str:
    """A task as people name it, "Workstream #ref" (a task row), or its key when the task is not known.

    >>> task_name({"workstream": "Violence - Gangs", "ref": "5"}), task_name(None, "W#9")
    ('Violence - Gangs #5', 'W#9')
    """
    return f"{task['workstream']} #{task['ref']}" if task else key

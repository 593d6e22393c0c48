"""What is wrong with a link between two tasks, as values.

A planner tracing a chain wants to see, on each link, whether its dates can
both be kept: the task may be due before the task it waits on (the dates
**clash**), it may wait on a task already **overdue**, or the link may be
part of a **cycle** (nothing in it can go first). The CLI's chains, the
explorer's tables and its networks all show these same values.

Examples
--------
>>> from graphmodel import PlanGraph, Rel, Source, Task
>>> g = PlanGraph()
>>> a = g.add(Task(key="W#1", workstream="W", area="A", ref="1", text="Map", due="2018-09-30", source=Source("p")))
>>> b = g.add(Task(key="W#2", workstream="W", area="A", ref="2", text="Patrol", due="2018-06-30", source=Source("p")))
>>> _ = g.relate(Rel.LINKED_TO, b, a, Source("p", "W", "G3"), kind="reference", evidence="(1)", inferred=False)
>>> [str(w) for w in link_warnings(g, today=__import__("datetime").date(2018, 10, 1))[("W#2", "W#1")]]
['due before the task it depends on: due 2018-06-30, waits on one due 2018-09-30', \
'depends on an overdue task: due 2018-06-30, waits on one due 2018-09-30']
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .chains import EARLIER, OVERDUE, _cycles, _schedule_conflicts, as_of, dependency_graph
from .common import Source

__all__ = ["Trouble", "LinkWarning", "link_warnings"]


class Trouble(str, Enum):
    """The kinds of trouble a link can have, worst first."""

    CLASH = EARLIER  # due before the task it depends on
    CYCLE = "in a cycle"
    OVERDUE = OVERDUE  # depends on an overdue task


@dataclass(frozen=True, order=True)
class LinkWarning:
    """One trouble of one link, with the dates that show it."""

    trouble: Trouble
    task_due: str | None = None
    dependency_due: str | None = None
    review: bool = False  # a date involved is a review date, so the clash may be only on paper

    def __str__(self) -> str:
        if self.trouble is Trouble.CYCLE:
            return self.trouble.value
        review = " (review date)" if self.review else ""
        return (f"{self.trouble.value}: due {self.task_due or '?'}, waits on one due "
                f"{self.dependency_due or '?'}{review}")


def link_warnings(plans: Source, *, include_inferred: bool = True, today: dt.date | str | None = None,
                  partnership: str | None = None) -> dict[tuple[str, str], list[LinkWarning]]:
    """(citing task, cited task) -> what is wrong with the link, worst first."""
    g = dependency_graph(plans, include_inferred=include_inferred, partnership=partnership)
    found: dict[tuple[str, str], list[LinkWarning]] = {}
    for cycle in _cycles(g):
        for a, b in zip(cycle, cycle[1:] + cycle[:1]):
            found.setdefault((a, b), []).append(LinkWarning(Trouble.CYCLE))
    for c in _schedule_conflicts(g, as_of(plans, today, partnership)):
        trouble = Trouble.CLASH if c.problem == EARLIER else Trouble.OVERDUE
        found.setdefault((c.task, c.depends_on), []).append(
            LinkWarning(trouble, c.task_due, c.dependency_due, c.review))
    order = list(Trouble)
    return {pair: sorted(ws, key=lambda w: order.index(w.trouble)) for pair, ws in found.items()}

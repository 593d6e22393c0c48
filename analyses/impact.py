"""The knock-on of a slipped task: what would then finish after it is due.

A task cannot finish before the tasks it waits on. If one task slips by a
number of days, every task waiting on it, directly or through others, can
finish no earlier than the latest of what it waits on; a task whose due
date falls before that is *late*, by the difference, and passes the delay
on. A task with no due date is listed as *unknown*, never assumed on time
(it passes on what it waits on). A completed task is done and passes
nothing on. With ``as_of``, a task not completed by then cannot finish
before that day either (an overdue task slips from today, not from its date).

Examples
--------
>>> import datetime as dt
>>> from graphmodel import PlanGraph, Rel, Source, Task
>>> g = PlanGraph()
>>> def task(ref, due):
...     return g.add(Task(key=f"W#{ref}", workstream="W", area="A", ref=ref, text=f"task {ref}", due=due,
...                       status="planned" if due else "unknown", source=Source("p.xlsx", "W", f"E{ref}")))
>>> one, two, three, four = task("1", "2018-06-01"), task("2", "2018-06-20"), task("3", None), task("4", "2018-07-01")
>>> for a, b in ((two, one), (three, two), (four, three)):
...     _ = g.relate(Rel.LINKED_TO, a, b, Source("p.xlsx", "W", "G1"), kind="reference", inferred=False)
>>> found = knock_on(g, "W#1", days=42)
>>> [(i.task, i.late_days, i.state) for i in found.hit]
[('W#2', 23, 'late'), ('W#3', None, 'unknown'), ('W#4', 12, 'late')]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import networkx as nx

from .chains import TaskNotFound, dependency_graph
from .common import Source, answers, partnership_asked, task_order

__all__ = ["Impact", "KnockOn", "knock_on", "slip_days"]


@dataclass(frozen=True)
class Impact:
    """One task downstream of the slip: when it could now finish at the
    earliest, how late that is (None when its due date is unknown), and who
    would need to know."""

    task: str
    ref: str
    workstream: str
    text: str
    due: str | None
    earliest: str  # the earliest it could now finish (ISO date)
    late_days: int | None
    state: str  # "late", "unknown" (no due date) or "in a cycle"
    via: str  # the task it waits on that carries the delay to it
    owners: list[str] = field(default_factory=list)
    forums: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class KnockOn:
    """The slip asked about, and the tasks it would hit, in the order of the work."""

    task: str
    slip_days: int
    new_due: str | None
    hit: list[Impact]
    on_time: list[str]  # downstream tasks the slip does not make late


def slip_days(text: str) -> int:
    """A slip as people write it, in days: "6w", "10d", "2 months", "3".

    >>> slip_days("6w"), slip_days("10 days"), slip_days("2 months"), slip_days("3")
    (42, 10, 61, 3)
    """
    m = re.fullmatch(r"\s*(\d+)\s*(d|days?|w|wks?|weeks?|m|mths?|months?)?\s*", text or "", re.I)
    if not m:
        raise ValueError(f"{text!r} is not a slip: write it as 10d, 6w or 2m")
    n, unit = int(m.group(1)), (m.group(2) or "d")[0].lower()
    return n * {"d": 1, "w": 7, "m": 1}[unit] if unit != "m" else round(n * 30.44)


def knock_on(source: Source, key: str, *, days: int, as_of: dt.date | None = None,
             include_inferred: bool = True, partnership: str | None = None) -> KnockOn:
    """What a slip of ``days`` in task ``key`` would make late downstream."""
    q = answers(source)
    where = partnership_asked(q, partnership)
    g = dependency_graph(q, include_inferred=include_inferred, partnership=where)
    if key not in g:
        raise TaskNotFound(key, [])
    waiting = g.reverse(copy=False)  # edges from a task to those waiting on it
    reached = nx.descendants(waiting, key)
    start = _finish(g.nodes[key]["task"], as_of)
    new_due = (start + dt.timedelta(days=days)).isoformat() if start else None
    finish = {key: dt.date.fromisoformat(new_due) if new_due else None}
    carried: dict[str, str] = {}
    cyclic = {n for c in nx.strongly_connected_components(waiting.subgraph(reached | {key})) if len(c) > 1 for n in c}
    order = [n for n in nx.topological_sort(waiting.subgraph((reached | {key}) - cyclic))] + sorted(
        cyclic - {key}, key=task_order)
    for node in order:
        if node == key:
            continue
        _pass_on(g, node, finish, carried, as_of)
    forums = _forums(q, where)
    hit, on_time = [], []
    for node in sorted(reached, key=task_order):
        impact = _impact(g.nodes[node]["task"], finish.get(node), carried.get(node, ""), node in cyclic, forums)
        (hit if impact else on_time).append(impact or node)
    return KnockOn(key, days, new_due, hit, on_time)


def _finish(task: dict, as_of: dt.date | None) -> dt.date | None:
    """When a task finishes at the earliest on its own: its due date, or as_of when that is later."""
    due = dt.date.fromisoformat(task["due"]) if task.get("due") else None
    if due and as_of and task.get("status") != "completed":
        return max(due, as_of)
    return due


def _pass_on(g: nx.DiGraph, node: str, finish: dict, carried: dict, as_of: dt.date | None) -> None:
    """The earliest a task could finish: not before any task it waits on (that the slip reached)."""
    task = g.nodes[node]["task"]
    if task.get("status") == "completed":
        finish[node] = None
        return
    waits = [(finish[d], d) for d in g.successors(node) if finish.get(d)]
    own = _finish(task, as_of)
    latest = max(waits) if waits else None
    if latest and (own is None or latest[0] > own):
        finish[node], carried[node] = latest[0], latest[1]
    else:
        finish[node] = own


def _impact(task: dict, finish: dt.date | None, via: str, in_cycle: bool, forums: dict) -> Impact | None:
    due = dt.date.fromisoformat(task["due"]) if task.get("due") else None
    if task.get("status") == "completed" or finish is None:
        return None
    if due is not None and finish <= due and not in_cycle:
        return None
    state = "in a cycle" if in_cycle else "unknown" if due is None else "late"
    late = (finish - due).days if due is not None and finish > due else None
    return Impact(task["key"], task["ref"], task["workstream"], task["text"], task.get("due"), finish.isoformat(),
                  late, state, via, list(task.get("owners") or []),
                  sorted(forums.get(("task", task["key"]), set()) | forums.get(("area", task.get("area")), set())))


def _forums(q, partnership: str | None) -> dict[tuple[str, str | None], set[str]]:
    """The forums overseeing a task: those it names, and those its area works through."""
    found: dict[tuple[str, str | None], set[str]] = {}
    for row in q.get_forum_mentions(partnership=partnership):
        found.setdefault(("task", row["task"]), set()).add(row["forum"])
    for row in q.get_area_forums(partnership=partnership):
        found.setdefault(("area", row["area"]), set()).add(row["forum"])
    return found

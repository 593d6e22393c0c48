"""Workload over time: each owner's tasks by the month they fall due, how
many are still open, and how many of those are overdue.

Leadership sees from the workload totals who holds too much; this says
when it lands: six tasks due in one June is a different load from six
spread over a year. A task with no due date is counted under "no date".
Overdue is judged as of a day (``as_of``: a date, today by default, or
``AS_WRITTEN``: as of the date of the task's own plan).

Examples
--------
>>> from graphmodel import Owner, PlanGraph, Rel, Source, Task
>>> g = PlanGraph()
>>> src = Source("p.xlsx", "W", "I3")
>>> pw = g.add(Owner(key="pw", name="PW", kind="person", source=src))
>>> for ref, due, status in (("1", "2018-06-15", "completed"), ("2", "2018-06-30", "planned"), ("3", None, "unknown")):
...     t = g.add(Task(key=f"W#{ref}", workstream="W", area="A", ref=ref, text="t", due=due, status=status, source=src))
...     _ = g.relate(Rel.OWNED_BY, t, pw, src)
>>> import datetime as dt
>>> [(m.month, m.due, m.open, m.overdue) for m in due_by_month(g, as_of=dt.date(2018, 7, 1))]
[('2018-06', 2, 1, 1), ('no date', 1, 1, 0)]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .chains import as_of as day_of
from .common import Source, answers, partnership_asked

__all__ = ["MonthLoad", "due_by_month", "NO_DATE"]

NO_DATE = "no date"


@dataclass(frozen=True)
class MonthLoad:
    """One owner's tasks due in one month (``month`` as "2018-06", or NO_DATE)."""

    owner: str  # the Owner's key
    name: str
    month: str
    due: int
    open: int  # not completed
    overdue: int  # open, and due before the day they are judged as of


def due_by_month(source: Source, *, as_of: dt.date | str | None = None,
                 partnership: str | None = None) -> list[MonthLoad]:
    """Every owner's tasks by month due, owners by name, months in order (no date last)."""
    q = answers(source)
    where = partnership_asked(q, partnership)
    tasks = {t["key"]: t for t in q.get_tasks(partnership=where)}
    names = {o["key"]: o["name"] for o in q.get_owners(partnership=where)}
    judge = day_of(q, as_of, where)
    counts: dict[tuple[str, str], list[int]] = {}
    for row in q.get_owner_tasks(partnership=where):
        task = tasks.get(row["task"])
        if task is None:
            continue
        due = task.get("due")
        done = task.get("status") == "completed"
        late = bool(due) and not done and dt.date.fromisoformat(due) < judge(task)
        tally = counts.setdefault((row["owner"], due[:7] if due else NO_DATE), [0, 0, 0])
        tally[0] += 1
        tally[1] += 0 if done else 1
        tally[2] += int(late)
    order = sorted(counts, key=lambda k: (names.get(k[0], k[0]).casefold(), k[1] == NO_DATE, k[1]))
    return [MonthLoad(owner, names.get(owner, owner), month, *counts[(owner, month)]) for owner, month in order]

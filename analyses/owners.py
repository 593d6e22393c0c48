"""Owner workload: who holds how many tasks, where, and who holds too many.

An owner's tasks are its ``OWNED_BY`` links, after the loaders merged the
spellings of one person ("SS" in a Knife crime row is CI Sam Smith, the
tactical lead named on the leads sheet). A task given to two owners ("SS/PW")
counts once for each of them, and as ``shared`` for each.

Examples
--------
>>> from graphmodel import Owner, PlanGraph, Rel, Source, Task, Workstream
>>> g = PlanGraph()
>>> src = Source("p.xlsx", "W", "I3")
>>> _ = g.add(Workstream(key="W", name="W", area="A", sheet="W", plan="p.xlsx", source=src))
>>> pw = g.add(Owner(key="pw", name="PW", kind="person", source=src))
>>> ss = g.add(Owner(key="sam smith", name="CI Sam Smith", kind="person", source=src))
>>> for ref, owners in (("1", [ss]), ("2", [ss, pw]), ("3", [])):
...     t = g.add(Task(key=f"W#{ref}", workstream="W", area="A", ref=ref, text="t", strands=["Prevent"],
...                    status="completed" if ref == "1" else "planned", source=src))
...     for o in owners:
...         _ = g.relate(Rel.OWNED_BY, t, o, src, written_as=o.name, joint=len(owners) > 1)
>>> [(o.name, o.tasks, o.open, o.shared, o.overloaded) for o in workload(g, threshold=1)]
[('CI Sam Smith', 2, 1, 1, True), ('PW', 1, 1, 1, False)]
>>> [(c.workstream, c.top_name, c.top_tasks, c.tasks, c.flagged) for c in concentration(g)]
[('W', 'CI Sam Smith', 2, 3, True)]
>>> unowned(g)
['W#3']
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from graphmodel import STRANDS, Spelling

from .chains import AS_WRITTEN
from .common import NO_AREA, Source, answers, partnership_asked, task_order
from .timeline import due_by_month

__all__ = [
    "OwnerLoad",
    "Concentration",
    "NO_AREA",
    "default_threshold",
    "workload",
    "overloaded",
    "concentration",
    "spread",
    "unowned",
    "workload_overview",
    "strand_order",
]



@dataclass(frozen=True)
class OwnerLoad:
    """One owner's tasks, counted every way leadership asks. ``leads`` are
    the areas the owner leads (strategic, tactical or operational lead)."""

    owner: str  # the Owner's key
    name: str
    kind: str
    tasks: int
    open: int  # not completed
    completed: int
    shared: int  # owned jointly with someone else
    by_area: dict[str, int]
    by_workstream: dict[str, int]
    by_strand: dict[str, int]
    by_status: dict[str, int]
    spellings: list[Spelling]  # every way the plans wrote the owner, with its cell
    overloaded: bool
    leads: list[str] = field(default_factory=list)
    over_by: int = 0  # tasks beyond the threshold, when overloaded
    unresolved: str = ""  # why the owner may not be one person: initials no list of people gives

    @property
    def areas(self) -> list[str]:
        """Every area the owner has tasks in or leads."""
        return sorted(set(self.by_area) | set(self.leads))


@dataclass(frozen=True)
class Concentration:
    """How much of a workstream rests on its busiest owner."""

    workstream: str
    area: str | None
    tasks: int
    top_owner: str  # the Owner's key, "" when no task of the workstream has an owner
    top_name: str  # and its name, as people read it
    top_tasks: int
    share: float  # top_tasks / tasks
    flagged: bool  # one owner holds more than half the workstream


def default_threshold(counts: list[int]) -> int:
    """The load above which an owner is overloaded, when nobody says.

    The rule, in one sentence: **an owner is overloaded when they hold more
    than twice the average number of tasks per owner, and never for 5 tasks
    or fewer.** The average is over owners holding at least one task;
    twice it is rounded down. In the Essex plans 32 owners hold 170 tasks,
    5.3 each, so the threshold is 10 and six owners are above it (26, 23,
    21, 18, 17 and 16 tasks); the next owner holds 7.

    >>> essex = [26, 23, 21, 18, 17, 16, 7, 7, 5, 4, 3, 2, 2] + [1] * 19
    >>> len(essex), sum(essex), default_threshold(essex)
    (32, 170, 10)
    >>> default_threshold([2, 2, 1])
    5
    """
    held = [c for c in counts if c > 0]
    if not held:
        return 5
    return max(5, int(2 * statistics.fmean(held)))


@dataclass(frozen=True)
class _Facts:
    """The rows the workload questions are answered from, asked once."""

    owners: list[dict]
    owned: list[dict]  # one row per (owner, task)
    leads: list[dict]
    workstreams: list[dict]
    tasks: list[dict]


def _facts(source: Source, partnership: str | None) -> _Facts:
    q = answers(source)
    where = partnership_asked(q, partnership)
    return _Facts(q.get_owners(partnership=where), q.get_owner_tasks(partnership=where),
                  q.get_leads(partnership=where), q.get_workstreams(partnership=where),
                  q.get_tasks(partnership=where))


def _owned(facts: _Facts) -> dict[str, list[tuple[dict, bool]]]:
    """Owner key -> (task row, shared) for each task it owns."""
    # Shared is read from the task's owners, not the loader's `joint` flag,
    # so two rows naming one owner each still count as sharing.
    owners_of = Counter(row["task"] for row in facts.owned)
    owned: dict[str, list[tuple[dict, bool]]] = {}
    for row in facts.owned:
        owned.setdefault(row["owner"], []).append((row, owners_of[row["task"]] > 1))
    return owned


def _led_areas(facts: _Facts) -> dict[str, set[str]]:
    """Owner key -> the areas it leads; leading a workstream is leading in its area."""
    area_of = {w["key"]: w["area"] for w in facts.workstreams}
    led: dict[str, set[str]] = {}
    for row in facts.leads:
        area = row["target"] if row["label"] == "Area" else area_of.get(row["target"])
        if area:
            led.setdefault(row["owner"], set()).add(area)
    return led


def _load(owner: dict, owned: list[tuple[dict, bool]], leads: set[str], threshold: int) -> OwnerLoad:
    tasks = [t for t, _ in owned]

    def tally(values: list[str], order=lambda kv: (-kv[1], kv[0])) -> dict[str, int]:  # most tasks first
        return dict(sorted(Counter(values).items(), key=order))

    completed = sum(t["status"] == "completed" for t in tasks)
    return OwnerLoad(
        owner=owner["key"], name=owner["name"], kind=owner["kind"], tasks=len(tasks), open=len(tasks) - completed,
        completed=completed, shared=sum(shared for _, shared in owned),
        by_area=tally([t["area"] or NO_AREA for t in tasks]),
        by_workstream=tally([t["workstream"] for t in tasks]),
        # in 4P order; a task repeated under two strands is in both
        by_strand=tally([s for t in tasks for s in t["strands"]], order=lambda kv: strand_order(kv[0])),
        by_status=tally([t["status"] for t in tasks]),
        spellings=[Spelling.of(s) for s in owner["spellings"]], overloaded=len(tasks) > threshold,
        leads=sorted(leads), over_by=max(0, len(tasks) - threshold), unresolved=unresolved(owner),
    )


def unresolved(owner: dict) -> str:
    """What is not known about an owner written only as initials, and what would settle it ("" otherwise).

    >>> unresolved({"name": "PW", "initials": "PW"})
    'initials only: no list of people names PW; if they are one person, add to plangraph.toml [owners] same = [["PW", "their full name"]]'
    >>> unresolved({"name": "CI Sam Smith", "initials": "SS"})
    ''
    """
    initials = owner.get("initials") or ""
    if not initials or owner.get("name") != initials:
        return ""
    return (f"initials only: no list of people names {initials}; if they are one person, add to plangraph.toml "
            f'[owners] same = [["{initials}", "their full name"]]')


def strand_order(name: str) -> tuple[int, str]:
    """Sort key putting strands in 4P order, any other name after them, alphabetically."""
    return (STRANDS.index(name), "") if name in STRANDS else (len(STRANDS), name)


def _loads(facts: _Facts, threshold: int | None) -> tuple[list[OwnerLoad], int]:
    """Every owner's load (those with no task too), and the threshold used."""
    owned, led = _owned(facts), _led_areas(facts)
    if threshold is None:
        threshold = default_threshold([len(v) for v in owned.values()])
    loads = [_load(o, owned.get(o["key"], []), led.get(o["key"], set()), threshold) for o in facts.owners]
    loads.sort(key=lambda o: (-o.tasks, o.name.lower(), o.owner))
    return loads, threshold


def workload(source: Source, *, threshold: int | None = None, partnership: str | None = None) -> list[OwnerLoad]:
    """Every owner holding at least one task, busiest first. An owner is
    ``overloaded`` with more than ``threshold`` tasks (default: see
    default_threshold)."""
    return [o for o in _loads(_facts(source, partnership), threshold)[0] if o.tasks]


def overloaded(source: Source, *, threshold: int | None = None, partnership: str | None = None) -> list[OwnerLoad]:
    """The owners holding more than ``threshold`` tasks, busiest first."""
    return [o for o in workload(source, threshold=threshold, partnership=partnership) if o.overloaded]


def concentration(source: Source, *, partnership: str | None = None) -> list[Concentration]:
    """For each workstream, the share of its tasks its busiest owner holds,
    highest share first. A workstream whose tasks have no owner at all is
    listed with share 0 (see unowned)."""
    return _concentration(_facts(source, partnership))


def _concentration(facts: _Facts) -> list[Concentration]:
    per_workstream: dict[str, Counter] = {}
    for row in facts.owned:
        per_workstream.setdefault(row["workstream"], Counter())[row["owner"]] += 1
    sizes = Counter(t["workstream"] for t in facts.tasks)
    names = {o["key"]: o["name"] for o in facts.owners}
    found = []
    for w in facts.workstreams:
        counts = per_workstream.get(w["key"], Counter())
        # busiest owner; among equals the first by key, so the answer is stable
        top, top_tasks = min(counts.items(), key=lambda kv: (-kv[1], kv[0]), default=("", 0))
        share = top_tasks / sizes[w["key"]] if sizes[w["key"]] else 0.0
        found.append(Concentration(workstream=w["key"], area=w["area"], tasks=sizes[w["key"]], top_owner=top,
                                   top_name=names.get(top, ""), top_tasks=top_tasks, share=share,
                                   flagged=share > 0.5))
    return sorted(found, key=lambda c: (-c.share, c.workstream))


def spread(source: Source, *, min_areas: int = 2, threshold: int | None = None,
           partnership: str | None = None) -> list[OwnerLoad]:
    """Owners whose tasks or leads reach into ``min_areas`` areas or more,
    widest first. Leading an area counts as much as holding a task in it:
    a lead answers for the area, and leadership asks who is stretched across
    areas, not only who holds many tasks."""
    return _spread(_loads(_facts(source, partnership), threshold)[0], min_areas)


def _spread(loads: list[OwnerLoad], min_areas: int) -> list[OwnerLoad]:
    wide = [o for o in loads if len(o.areas) >= min_areas]
    return sorted(wide, key=lambda o: (-len(o.areas), -o.tasks, o.name.lower()))


def unowned(source: Source, *, partnership: str | None = None) -> list[str]:
    """The keys of the tasks nobody owns."""
    return _unowned(_facts(source, partnership))


def _unowned(facts: _Facts) -> list[str]:
    return sorted((t["key"] for t in facts.tasks if not t["owners"]), key=task_order)


def workload_overview(source: Source, *, threshold: int | None = None, as_of: dt.date | str | None = AS_WRITTEN,
                      partnership: str | None = None) -> dict[str, Any]:
    """Everything leadership asks about owners, in one dict: the threshold
    used, the owners' loads, the concentration per workstream, the owners
    spread across areas, the unowned tasks, and each owner's tasks by the
    month they fall due (``by_month``, overdue as of ``as_of``: by default
    each plan's own date; see analyses.timeline)."""
    facts = _facts(source, partnership)
    loads, used = _loads(facts, threshold)
    return {
        "threshold": used,
        "owners": [o for o in loads if o.tasks],
        "concentration": _concentration(facts),
        "spread": _spread(loads, 2),
        "unowned": _unowned(facts),
        "by_month": due_by_month(source, as_of=as_of, partnership=partnership),
    }

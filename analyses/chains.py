"""Dependency chains: what a task waits on, what waits on it, and where a
plan's links knot, fan out or clash with its dates.

A ``LINKED_TO`` link runs from the citing task to the cited one: "Linked to
action (2)" in task 3 means task 3 depends on task 2. So a task's
**upstream** is what it depends on (links followed forwards) and its
**downstream** is what waits on it (links followed backwards). Duplicate
links say two rows are one task, not that one waits on the other, so they
are never followed. Links a loader inferred (a workstream named without a
number) are followed unless ``include_inferred=False``.

Plans do link round in cycles (Essex Knife crime 2 cites 17, which cites 2
back), so every walk here marks what it has met and never loops.

Examples
--------
>>> from graphmodel import PlanGraph, Rel, Source, Task
>>> g = PlanGraph()
>>> def task(ref, due=None):
...     return g.add(Task(key=f"W#{ref}", workstream="W", area="A", ref=ref, text=f"Task {ref}", due=due,
...                       source=Source("p.xlsx", "W", f"E{ref}")))
>>> t1, t2, t3 = task("1", "2018-09-30"), task("2", "2018-06-30"), task("3")
>>> def link(a, b, cell):
...     _ = g.relate(Rel.LINKED_TO, a, b, Source("p.xlsx", "W", cell), kind="reference",
...                  evidence=f"Linked to ({b.ref})", confidence=1.0, inferred=False)
>>> link(t2, t1, "G2"); link(t3, t2, "G3")
>>> [(s.task, s.depth, s.via) for s in upstream(g, "W#3")]
[('W#2', 1, 'W#3'), ('W#1', 2, 'W#2')]
>>> [s.task for s in downstream(g, "W#1", depth=1)]
['W#2']
>>> roots(g), longest_chains(g)
(['W#1'], [['W#1', 'W#2', 'W#3']])
>>> import datetime
>>> [(c.task, c.depends_on, c.problem) for c in schedule_conflicts(g, today=datetime.date(2018, 6, 1))]
[('W#2', 'W#1', 'due before the task it depends on')]
>>> [(c.task, c.problem) for c in schedule_conflicts(g, today=datetime.date(2018, 7, 1))]
[('W#2', 'due before the task it depends on'), ('W#3', 'depends on an overdue task')]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graphmodel import where

from .common import Source, answers, partnership_asked, task_order

__all__ = [
    "ChainStep",
    "Hub",
    "Conflict",
    "Trace",
    "TaskNotFound",
    "follows",
    "task_order",
    "match_tasks",
    "dependency_graph",
    "upstream",
    "downstream",
    "chain_tree",
    "trace",
    "roots",
    "hubs",
    "longest_chains",
    "cycles",
    "dangling",
    "schedule_conflicts",
    "plan_overview",
    "as_of",
    "AS_WRITTEN",
    "EARLIER",
    "OVERDUE",
]


@dataclass(frozen=True)
class ChainStep:
    """One task met on a walk along the links, and the link that reached it."""

    task: str
    ref: str
    workstream: str
    text: str
    depth: int  # links from the chosen task (1 = direct)
    via: str  # key of the task this one was reached from
    kind: str  # of the link followed
    evidence: str
    inferred: bool
    cell: str
    owners: list[str]
    due: str | None
    status: str
    warnings: tuple = ()  # what is wrong with the link followed (analyses.warnings), where asked
    file: str = ""  # the workbook and sheet of the cell the link was read from
    sheet: str = ""

    @property
    def where(self) -> str:
        """The link's cell as a person opens it: 'file › sheet › cell'."""
        return where(self.file, self.sheet, self.cell)


@dataclass(frozen=True)
class Hub:
    """A task many others wait on: ``direct`` tasks cite it, ``total`` wait on
    it directly or through others."""

    task: str
    ref: str
    workstream: str
    direct: int
    total: int


@dataclass(frozen=True)
class Conflict:
    """A task whose date cannot work with a task it depends on. ``review``
    says a date involved is a review date ("1st review 15/6/18"), not a
    deadline, so the clash may be only on paper."""

    task: str
    depends_on: str
    problem: str  # "due before the task it depends on" | "depends on an overdue task"
    task_due: str | None
    dependency_due: str | None
    dependency_status: str
    evidence: str
    cell: str
    review: bool


@dataclass(frozen=True)
class Trace:
    """A chosen task's chain in one direction: as a tree and as a list."""

    task: str
    direction: str  # "up" (what it depends on) or "down" (what waits on it)
    tree: dict[str, Any]
    steps: list[ChainStep]


class TaskNotFound(LookupError):
    """No task, or more than one, matches what a person typed; ``matches``
    holds the keys of the tasks that did match (none, or several)."""

    def __init__(self, query: str, matches: list[str]) -> None:
        self.query, self.matches = query, matches
        what = "no task matches" if not matches else f"{len(matches)} tasks match"
        super().__init__(f"{what} {query!r}")


# -- finding tasks ------------------------------------------------------------

def match_tasks(source: Source, query: str, *, partnership: str | None = None) -> list[str]:
    """The tasks a person means by ``query``: a task key exactly, or else
    every task matching all its words. A number matches a task's ref exactly
    ("gangs 10"); other words match, in any case, part of the workstream,
    the task text, the Who cell or an owner's name ("Frost 12")."""
    q = answers(source)
    rows = q.find_tasks(words=query, partnership=partnership_asked(q, partnership))
    return sorted((r["key"] for r in rows), key=task_order)


# -- the dependency graph -----------------------------------------------------

def follows(link: dict[str, Any], include_inferred: bool = True) -> bool:
    """Whether a link (a row of get_links) is a dependency to follow: never a
    duplicate (two rows that are one task), and an inferred link only when asked."""
    return link.get("kind") != "duplicate" and (include_inferred or not link.get("inferred"))


def dependency_graph(source: Source, *, include_inferred: bool = True, partnership: str | None = None) -> nx.DiGraph:
    """Every task as a node (its key, with its row of get_tasks as attribute
    ``task``), and an edge from each citing task to the task it depends on,
    carrying the link's kind, evidence, confidence, inferred flag, sheet and cell."""
    q = answers(source)
    where = partnership_asked(q, partnership)
    g = nx.DiGraph()
    g.add_nodes_from((row["key"], {"task": row}) for row in q.get_tasks(partnership=where))
    for link in q.get_links(partnership=where):
        if follows(link, include_inferred):
            g.add_edge(link["start"], link["end"], kind=link["kind"] or "", evidence=link["evidence"] or "",
                       confidence=link["confidence"], inferred=bool(link["inferred"]), sheet=link["sheet"],
                       cell=link["cell"])
    return g


_ALL = 10_000  # "follow every link": more than any chain is long


def _met(source: Source, key: str, depth: int | None, include_inferred: bool, up: bool,
         partnership: str | None) -> tuple[list[dict], dict[str, dict]]:
    """The links met walking from ``key`` (the store's walk), and the rows of
    the tasks met. Raises TaskNotFound for a key that is not a task."""
    q = answers(source)
    where = partnership_asked(q, partnership)
    if not q.get_tasks(partnership=where, keys=[key]):
        raise TaskNotFound(key, [])
    ask = q.get_task_upstream if up else q.get_task_downstream
    met = ask(key=key, depth=_ALL if depth is None else depth, include_inferred=include_inferred, partnership=where)
    keys = sorted({key} | {row["key"] for row in met})
    return met, {row["key"]: row for row in q.get_tasks(partnership=where, keys=keys)}


def _step(row: dict, task: dict) -> ChainStep:
    return ChainStep(task=row["key"], ref=task["ref"], workstream=task["workstream"], text=task["text"],
                     depth=row["depth"], via=row["via"], kind=row["kind"] or "", evidence=row["evidence"] or "",
                     inferred=bool(row["inferred"]), cell=row["cell"], owners=task["owners"], due=task["due"],
                     status=task["status"], file=row.get("file") or "", sheet=row.get("sheet") or "")


def _steps(met: list[dict], tasks: dict[str, dict]) -> list[ChainStep]:
    steps = [_step(row, tasks[row["key"]]) for row in met if row["first"]]
    return sorted(steps, key=lambda s: (s.depth, task_order(s.task)))


def _tree(key: str, met: list[dict], tasks: dict[str, dict]) -> dict[str, Any]:
    def node(k: str, link: dict | None, repeat: bool = False) -> dict[str, Any]:
        t = tasks[k]
        return {"task": k, "ref": t["ref"], "workstream": t["workstream"], "text": t["text"],
                "owners": t["owners"], "due": t["due"], "due_is_review": t["due_is_review"], "status": t["status"],
                "link": None if link is None else {"kind": link["kind"] or "", "evidence": link["evidence"] or "",
                                                   "inferred": bool(link["inferred"]), "cell": link["cell"]},
                "repeat": repeat, "children": []}

    placed = {key: node(key, None)}
    for row in met:
        child = node(row["key"], row, repeat=not row["first"])
        placed[row["via"]]["children"].append(child)
        if row["first"]:
            placed[row["key"]] = child
    return placed[key]


def _direction(direction: str) -> bool:
    if direction not in ("up", "down"):
        raise ValueError(f"direction must be 'up' or 'down', not {direction!r}")
    return direction == "up"


def upstream(source: Source, key: str, *, depth: int | None = None, include_inferred: bool = True,
             partnership: str | None = None) -> list[ChainStep]:
    """What the task depends on, nearest first, each task once at its
    shortest depth, to ``depth`` links (all when None). Raises TaskNotFound
    for a key that is not a task."""
    return _steps(*_met(source, key, depth, include_inferred, True, partnership))


def downstream(source: Source, key: str, *, depth: int | None = None, include_inferred: bool = True,
               partnership: str | None = None) -> list[ChainStep]:
    """What waits on the task, nearest first, to ``depth`` links."""
    return _steps(*_met(source, key, depth, include_inferred, False, partnership))


def chain_tree(source: Source, key: str, *, direction: str = "up", depth: int | None = None,
               include_inferred: bool = True, partnership: str | None = None) -> dict[str, Any]:
    """The chain as a tree: ``{"task", "ref", ..., "children": [...]}``.

    Each task is placed once, under the task that reached it first
    breadth first (so at its shortest depth); any other link to it,
    a cycle's link back included, shows it again as a leaf marked
    ``"repeat": True``. Each child carries the ``link`` it was reached by.
    """
    met, tasks = _met(source, key, depth, include_inferred, _direction(direction), partnership)
    return _tree(key, met, tasks)


def trace(source: Source, query: str, *, direction: str = "up", depth: int | None = None,
          include_inferred: bool = True, partnership: str | None = None) -> Trace:
    """The chain of the one task ``query`` names (see match_tasks), as a
    tree and as steps. Raises TaskNotFound unless exactly one task matches."""
    up = _direction(direction)
    matches = match_tasks(source, query, partnership=partnership)
    if len(matches) != 1:
        raise TaskNotFound(query, matches)
    [key] = matches
    met, tasks = _met(source, key, depth, include_inferred, up, partnership)
    return Trace(task=key, direction=direction, tree=_tree(key, met, tasks), steps=_steps(met, tasks))


# -- the whole plan -----------------------------------------------------------
# Each question has a private form taking the dependency graph, so that
# plan_overview builds it once for all of them.

def roots(source: Source, *, include_inferred: bool = True, partnership: str | None = None) -> list[str]:
    """Tasks others depend on that themselves depend on nothing: where the
    chains start, so the work to get going first."""
    return _roots(dependency_graph(source, include_inferred=include_inferred, partnership=partnership))


def _roots(g: nx.DiGraph) -> list[str]:
    return sorted((k for k in g if g.in_degree(k) and not g.out_degree(k)), key=task_order)


def hubs(source: Source, *, top: int = 10, include_inferred: bool = True, partnership: str | None = None) -> list[Hub]:
    """The tasks most work waits on: by how many tasks wait on each, directly
    or through others (``total``), then by how many cite it (``direct``)."""
    return _hubs(dependency_graph(source, include_inferred=include_inferred, partnership=partnership), top)


def _hubs(g: nx.DiGraph, top: int) -> list[Hub]:
    found = [Hub(task=k, ref=g.nodes[k]["task"]["ref"], workstream=g.nodes[k]["task"]["workstream"],
                 direct=g.in_degree(k), total=len(nx.ancestors(g, k)))
             for k in g if g.in_degree(k)]
    found.sort(key=lambda h: (-h.total, -h.direct, task_order(h.task)))
    return found[:top]


def longest_chains(source: Source, *, top: int = 5, include_inferred: bool = True,
                   partnership: str | None = None) -> list[list[str]]:
    """The longest chains of dependencies, each in the order the work must
    be done: the task the rest waits on first, the task waiting longest last.

    Longest simple paths are costly to find where links go round, so tasks
    that link in a cycle (see ``cycles``) are taken together as one step
    and listed side by side; between such groups the links run one way only,
    and each chain is the longest path through them. One chain is given for
    each task nothing waits on (the end of a chain), longest first; a chain
    is at least two tasks long, and its length counts every task in it.
    """
    return _longest_chains(dependency_graph(source, include_inferred=include_inferred, partnership=partnership), top)


def _longest_chains(g: nx.DiGraph, top: int) -> list[list[str]]:
    dag = nx.condensation(g)  # one node per strongly connected group, edges citing -> cited
    members = {c: sorted(dag.nodes[c]["members"], key=task_order) for c in dag}
    best: dict[int, list[str]] = {}  # group -> its longest chain, cited end first
    for c in reversed(list(nx.topological_sort(dag))):  # cited groups before those citing them
        deeper = [best[d] for d in dag.successors(c)]
        # the longest; among equals, the one of the earliest tasks, so the answer is stable
        tail = min(deeper, key=lambda chain: (-len(chain), [task_order(k) for k in chain]), default=[])
        best[c] = tail + members[c]
    chains = [best[c] for c in dag if dag.in_degree(c) == 0 and len(best[c]) > 1]
    chains.sort(key=lambda chain: (-len(chain), [task_order(k) for k in chain]))
    return chains[:top]


def cycles(source: Source, *, include_inferred: bool = True, partnership: str | None = None) -> list[list[str]]:
    """Links that come back to where they started, each from its first task:
    nothing in a cycle can go first."""
    return _cycles(dependency_graph(source, include_inferred=include_inferred, partnership=partnership))


def _cycles(g: nx.DiGraph) -> list[list[str]]:
    found = []
    for cycle in nx.simple_cycles(g):
        start = min(range(len(cycle)), key=lambda i: task_order(cycle[i]))
        found.append(cycle[start:] + cycle[:start])
    return sorted(found, key=lambda c: [task_order(k) for k in c])


def dangling(source: Source, *, partnership: str | None = None) -> list[tuple[str, str]]:
    """(task key, note) for each reference to a task that does not exist."""
    q = answers(source)
    rows = q.get_dangling(partnership=partnership_asked(q, partnership))
    return [(r["key"], r["note"]) for r in sorted(rows, key=lambda r: task_order(r["key"]))]


OVERDUE = "depends on an overdue task"
EARLIER = "due before the task it depends on"


# ``today`` may be this instead of a date: each dependency is judged as of
# the date of the plan that gives its due date (the day its writers saw it).
AS_WRITTEN = "as written"

def schedule_conflicts(source: Source, *, today: dt.date | str | None = None, include_inferred: bool = True,
                       partnership: str | None = None) -> list[Conflict]:
    """Links whose dates cannot both be kept: a task due before a task it
    depends on, and a task depending on one overdue (due before ``today``,
    default today's date, and not completed; AS_WRITTEN: before the date
    of the dependency's own plan). Review dates count as due dates, flagged."""
    g = dependency_graph(source, include_inferred=include_inferred, partnership=partnership)
    return _schedule_conflicts(g, as_of(source, today, partnership))


def as_of(source: Source, today: dt.date | str | None, partnership: str | None = None):
    """The day a task's dependency is judged overdue from, as a function of the dependency's row."""
    if today != AS_WRITTEN:
        day = today if isinstance(today, dt.date) else dt.date.today()
        return lambda task: day
    q = answers(source)
    dates = {p["key"]: p["date"] for p in q.get_plans(partnership=partnership_asked(q, partnership)) if p.get("date")}

    def plan_day(task: dict) -> dt.date:
        written = dates.get(task.get("plan") or "")
        return dt.date.fromisoformat(written[:10]) if written else dt.date.today()

    return plan_day


def _schedule_conflicts(g: nx.DiGraph, day_of) -> list[Conflict]:
    if not callable(day_of):  # a date, or None for today
        day = day_of or dt.date.today()
        day_of = lambda task: day  # noqa: E731
    found = []
    for a, b, link in g.edges(data=True):
        task, dep = g.nodes[a]["task"], g.nodes[b]["task"]

        def conflict(problem: str, review: bool) -> Conflict:
            return Conflict(task=a, depends_on=b, problem=problem, task_due=task["due"], dependency_due=dep["due"],
                            dependency_status=dep["status"], evidence=link["evidence"], cell=link["cell"],
                            review=review)

        if task["due"] and dep["due"] and task["due"] < dep["due"]:
            found.append(conflict(EARLIER, task["due_is_review"] or dep["due_is_review"]))
        if dep["due"] and dep["status"] != "completed" and dt.date.fromisoformat(dep["due"]) < day_of(dep):
            found.append(conflict(OVERDUE, dep["due_is_review"]))
    return sorted(found, key=lambda c: (task_order(c.task), task_order(c.depends_on), c.problem))


def plan_overview(source: Source, *, include_inferred: bool = True, today: dt.date | str | None = None,
                  partnership: str | None = None) -> dict[str, Any]:
    """The whole plan's chains at once, for the CLI and the explorer: roots,
    hubs, longest_chains, cycles, dangling and schedule_conflicts."""
    g = dependency_graph(source, include_inferred=include_inferred, partnership=partnership)
    return {
        "roots": _roots(g),
        "hubs": _hubs(g, 10),
        "longest_chains": _longest_chains(g, 5),
        "cycles": _cycles(g),
        "dangling": dangling(source, partnership=partnership),
        "schedule_conflicts": _schedule_conflicts(g, as_of(source, today, partnership)),
    }

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
import re
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graphmodel.graph import PlanGraph, Relationship
from graphmodel.model import Task
from graphmodel.schema import Label, Rel

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

def task_order(key: str) -> tuple:
    """Sort key for task keys: by workstream, then by the numbers in the ref
    as numbers (task 2 before 17, 2.3 before 2.10, "row 3" before "row 11")."""
    workstream, _, ref = key.rpartition("#")
    return workstream, [(0, int(part)) if part.isdigit() else (1, part) for part in re.findall(r"\d+|\D+", ref)]


def _tasks(graph: PlanGraph) -> dict[str, Task]:
    return {t.key: t for t in graph.nodes(Label.TASK) if isinstance(t, Task)}


def _owner_names(graph: PlanGraph) -> dict[str, list[str]]:
    """Task key -> its owners' names, read in one pass over the relationships."""
    names: dict[str, list[str]] = {}
    for rel in graph.relationships(Rel.OWNED_BY):
        names.setdefault(rel.start[1], []).append(graph.get(*rel.end).name)
    return {key: sorted(found) for key, found in names.items()}


def match_tasks(graph: PlanGraph, query: str) -> list[str]:
    """The tasks a person means by ``query``: a task key exactly, or else
    every task matching all its words. A number matches a task's ref exactly
    ("gangs 10"); other words match, in any case, part of the workstream,
    the task text, the Who cell or an owner's name ("Frost 12")."""
    tasks = _tasks(graph)
    if query in tasks:
        return [query]
    owners = _owner_names(graph)
    words = query.lower().split()
    if not words:
        return []

    def fits(task: Task) -> bool:
        haystack = " ".join([task.workstream, task.text, task.who, *owners.get(task.key, [])]).lower()
        return all(w == task.ref.lower() if _is_ref(w) else w in haystack for w in words)

    return sorted((k for k, t in tasks.items() if fits(t)), key=task_order)


def _is_ref(word: str) -> bool:
    return word.replace(".", "").isdigit()


# -- the dependency graph -----------------------------------------------------

def follows(rel: Relationship, include_inferred: bool = True) -> bool:
    """Whether a LINKED_TO link is a dependency to follow: never a duplicate
    (two rows that are one task), and an inferred link only when asked."""
    return rel.props.get("kind") != "duplicate" and (include_inferred or not rel.props.get("inferred"))


def dependency_graph(graph: PlanGraph, *, include_inferred: bool = True) -> nx.DiGraph:
    """Every task as a node (its key, with the Task as attribute ``task``),
    and an edge from each citing task to the task it depends on, carrying
    the link's kind, evidence, confidence, inferred flag, sheet and cell."""
    g = nx.DiGraph()
    g.add_nodes_from((key, {"task": task}) for key, task in _tasks(graph).items())
    for rel in graph.relationships(Rel.LINKED_TO):
        if follows(rel, include_inferred):
            g.add_edge(rel.start[1], rel.end[1], kind=rel.props.get("kind", ""),
                       evidence=rel.props.get("evidence", ""), confidence=rel.props.get("confidence"),
                       inferred=bool(rel.props.get("inferred")), sheet=rel.source.sheet, cell=rel.source.cell)
    return g


Met = list[tuple[str, str, int, dict, bool]]  # what _bfs returns: (task, via, depth, link, first)


def _bfs(g: nx.DiGraph, key: str, depth: int | None, up: bool) -> Met:
    """Breadth first from ``key``, to ``depth`` links: (task, via, depth,
    link, first) for every link met. A task is first met at its shortest
    depth; links met after that (a cycle's link back among them) have
    ``first`` False and are not followed, so every walk ends."""
    if key not in g:
        raise TaskNotFound(key, [])
    nexts = g.successors if up else g.predecessors
    placed, level, d, met = {key}, [key], 0, []
    while level and (depth is None or d < depth):
        following = []
        for here in level:
            for other in sorted(nexts(here), key=task_order):
                link = g.edges[here, other] if up else g.edges[other, here]
                first = other not in placed
                if first:
                    placed.add(other)
                    following.append(other)
                met.append((other, here, d + 1, link, first))
        level, d = following, d + 1
    return met


def _steps(g: nx.DiGraph, owners: dict[str, list[str]], met: Met) -> list[ChainStep]:
    steps = []
    for key, via, d, link, first in met:
        if first:
            t = g.nodes[key]["task"]
            steps.append(ChainStep(task=key, ref=t.ref, workstream=t.workstream, text=t.text, depth=d, via=via,
                                   kind=link["kind"], evidence=link["evidence"], inferred=link["inferred"],
                                   cell=link["cell"], owners=owners.get(key, []), due=t.due, status=t.status))
    return sorted(steps, key=lambda s: (s.depth, task_order(s.task)))


def _tree(g: nx.DiGraph, owners: dict[str, list[str]], key: str, met: Met) -> dict[str, Any]:
    def node(k: str, link: dict | None, repeat: bool = False) -> dict[str, Any]:
        t = g.nodes[k]["task"]
        return {"task": k, "ref": t.ref, "workstream": t.workstream, "text": t.text,
                "owners": owners.get(k, []), "due": t.due, "due_is_review": t.due_is_review, "status": t.status,
                "link": None if link is None else {f: link[f] for f in ("kind", "evidence", "inferred", "cell")},
                "repeat": repeat, "children": []}

    placed = {key: node(key, None)}
    for other, via, _, link, first in met:
        child = node(other, link, repeat=not first)
        placed[via]["children"].append(child)
        if first:
            placed[other] = child
    return placed[key]


def _direction(direction: str) -> bool:
    if direction not in ("up", "down"):
        raise ValueError(f"direction must be 'up' or 'down', not {direction!r}")
    return direction == "up"


def upstream(graph: PlanGraph, key: str, *, depth: int | None = None,
             include_inferred: bool = True) -> list[ChainStep]:
    """What the task depends on, nearest first, each task once at its
    shortest depth, to ``depth`` links (all when None). Raises TaskNotFound
    for a key that is not a task."""
    return _walk(graph, key, depth, include_inferred, up=True)


def downstream(graph: PlanGraph, key: str, *, depth: int | None = None,
               include_inferred: bool = True) -> list[ChainStep]:
    """What waits on the task, nearest first, to ``depth`` links."""
    return _walk(graph, key, depth, include_inferred, up=False)


def _walk(graph: PlanGraph, key: str, depth: int | None, include_inferred: bool, up: bool) -> list[ChainStep]:
    g = dependency_graph(graph, include_inferred=include_inferred)
    return _steps(g, _owner_names(graph), _bfs(g, key, depth, up))


def chain_tree(graph: PlanGraph, key: str, *, direction: str = "up", depth: int | None = None,
               include_inferred: bool = True) -> dict[str, Any]:
    """The chain as a tree: ``{"task", "ref", ..., "children": [...]}``.

    Each task is placed once, under the task that reached it first
    breadth first (so at its shortest depth); any other link to it,
    a cycle's link back included, shows it again as a leaf marked
    ``"repeat": True``. Each child carries the ``link`` it was reached by.
    """
    g = dependency_graph(graph, include_inferred=include_inferred)
    return _tree(g, _owner_names(graph), key, _bfs(g, key, depth, up=_direction(direction)))


def trace(graph: PlanGraph, query: str, *, direction: str = "up", depth: int | None = None,
          include_inferred: bool = True) -> Trace:
    """The chain of the one task ``query`` names (see match_tasks), as a
    tree and as steps. Raises TaskNotFound unless exactly one task matches."""
    up = _direction(direction)
    matches = match_tasks(graph, query)
    if len(matches) != 1:
        raise TaskNotFound(query, matches)
    [key] = matches
    g, owners = dependency_graph(graph, include_inferred=include_inferred), _owner_names(graph)
    met = _bfs(g, key, depth, up)
    return Trace(task=key, direction=direction, tree=_tree(g, owners, key, met), steps=_steps(g, owners, met))


# -- the whole plan -----------------------------------------------------------
# Each question has a private form taking the dependency graph, so that
# plan_overview builds it once for all of them.

def roots(graph: PlanGraph, *, include_inferred: bool = True) -> list[str]:
    """Tasks others depend on that themselves depend on nothing: where the
    chains start, so the work to get going first."""
    return _roots(dependency_graph(graph, include_inferred=include_inferred))


def _roots(g: nx.DiGraph) -> list[str]:
    return sorted((k for k in g if g.in_degree(k) and not g.out_degree(k)), key=task_order)


def hubs(graph: PlanGraph, *, top: int = 10, include_inferred: bool = True) -> list[Hub]:
    """The tasks most work waits on: by how many tasks wait on each, directly
    or through others (``total``), then by how many cite it (``direct``)."""
    return _hubs(dependency_graph(graph, include_inferred=include_inferred), top)


def _hubs(g: nx.DiGraph, top: int) -> list[Hub]:
    found = [Hub(task=k, ref=g.nodes[k]["task"].ref, workstream=g.nodes[k]["task"].workstream,
                 direct=g.in_degree(k), total=len(nx.ancestors(g, k)))
             for k in g if g.in_degree(k)]
    found.sort(key=lambda h: (-h.total, -h.direct, task_order(h.task)))
    return found[:top]


def longest_chains(graph: PlanGraph, *, top: int = 5, include_inferred: bool = True) -> list[list[str]]:
    """The longest chains of dependencies, each in the order the work must
    be done: the task the rest waits on first, the task waiting longest last.

    Longest simple paths are costly to find where links go round, so tasks
    that link in a cycle (see ``cycles``) are taken together as one step
    and listed side by side; between such groups the links run one way only,
    and each chain is the longest path through them. One chain is given for
    each task nothing waits on (the end of a chain), longest first; a chain
    is at least two tasks long, and its length counts every task in it.
    """
    return _longest_chains(dependency_graph(graph, include_inferred=include_inferred), top)


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


def cycles(graph: PlanGraph, *, include_inferred: bool = True) -> list[list[str]]:
    """Links that come back to where they started, each from its first task:
    nothing in a cycle can go first."""
    return _cycles(dependency_graph(graph, include_inferred=include_inferred))


def _cycles(g: nx.DiGraph) -> list[list[str]]:
    found = []
    for cycle in nx.simple_cycles(g):
        start = min(range(len(cycle)), key=lambda i: task_order(cycle[i]))
        found.append(cycle[start:] + cycle[:start])
    return sorted(found, key=lambda c: [task_order(k) for k in c])


def dangling(graph: PlanGraph) -> list[tuple[str, str]]:
    """(task key, note) for each reference to a task that does not exist."""
    tasks = _tasks(graph)
    return [(k, note) for k in sorted(tasks, key=task_order) for note in tasks[k].dangling_links]


OVERDUE = "depends on an overdue task"
EARLIER = "due before the task it depends on"


def schedule_conflicts(graph: PlanGraph, *, today: dt.date | None = None,
                       include_inferred: bool = True) -> list[Conflict]:
    """Links whose dates cannot both be kept: a task due before a task it
    depends on, and a task depending on one overdue (due before ``today``,
    default today's date, and not completed). Review dates count as due
    dates, and the Conflict says so."""
    return _schedule_conflicts(dependency_graph(graph, include_inferred=include_inferred), today)


def _schedule_conflicts(g: nx.DiGraph, today: dt.date | None) -> list[Conflict]:
    today = today or dt.date.today()
    found = []
    for a, b, link in g.edges(data=True):
        task, dep = g.nodes[a]["task"], g.nodes[b]["task"]

        def conflict(problem: str, review: bool) -> Conflict:
            return Conflict(task=a, depends_on=b, problem=problem, task_due=task.due, dependency_due=dep.due,
                            dependency_status=dep.status, evidence=link["evidence"], cell=link["cell"],
                            review=review)

        if task.due and dep.due and task.due < dep.due:
            found.append(conflict(EARLIER, task.due_is_review or dep.due_is_review))
        if dep.due and dep.status != "completed" and dt.date.fromisoformat(dep.due) < today:
            found.append(conflict(OVERDUE, dep.due_is_review))
    return sorted(found, key=lambda c: (task_order(c.task), task_order(c.depends_on), c.problem))


def plan_overview(graph: PlanGraph, *, include_inferred: bool = True, today: dt.date | None = None) -> dict[str, Any]:
    """The whole plan's chains at once, for the CLI and the explorer: roots,
    hubs, longest_chains, cycles, dangling and schedule_conflicts."""
    g = dependency_graph(graph, include_inferred=include_inferred)
    return {
        "roots": _roots(g),
        "hubs": _hubs(g, 10),
        "longest_chains": _longest_chains(g, 5),
        "cycles": _cycles(g),
        "dangling": dangling(graph),
        "schedule_conflicts": _schedule_conflicts(g, today),
    }

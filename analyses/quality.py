"""Data quality: what a planner should look at in a loaded graph.

Each finding is a Problem naming the file, sheet and cell to open. These
are findings about the graph as a whole (cycles, duplicates, gaps,
disagreements between sources); problems met while reading a cell are
reported by the loaders.

Examples
--------
>>> from graphmodel import PlanGraph, Source, Task
>>> g = PlanGraph()
>>> _ = g.add(Task(key="W#1", workstream="W", area="A", ref="1", text="Patrol", when="whenever",
...                source=Source("p.xlsx", "W", "E3")))
>>> [p.code for p in quality_problems(g)]
['no-owner', 'unread-when']
"""

from __future__ import annotations

import networkx as nx

from graphmodel.graph import PlanGraph
from graphmodel.model import Node, Owner, Task
from graphmodel.problems import Problem
from graphmodel.schema import Label, Rel

__all__ = ["quality_problems", "OPEN_STATUSES"]

# A task in one of these states should say when it is due.
OPEN_STATUSES = ("planned", "unknown")


def quality_problems(graph: PlanGraph) -> list[Problem]:
    """Every finding, task by task, then across sources."""
    return [
        *_cycles(graph),
        *_duplicates(graph),
        *_gaps(graph),
        *_lead_conflicts(graph),
    ]


def _problem(node: Node, message: str, code: str, severity: str = "warning") -> Problem:
    return Problem(node.source.file, node.source.sheet, node.source.cell, message, severity, code)


def _tasks(graph: PlanGraph) -> list[Task]:
    return [t for t in graph.nodes(Label.TASK) if isinstance(t, Task)]


def _cycles(graph: PlanGraph) -> list[Problem]:
    """Links that come back to where they started: nothing in them can go first."""
    g = nx.DiGraph()
    for rel in graph.relationships(Rel.LINKED_TO):
        if rel.props.get("kind") != "duplicate":
            g.add_edge(rel.start, rel.end)
    found = []
    for cycle in nx.simple_cycles(g):
        tasks = [graph.get(*nid) for nid in cycle]
        first = min(tasks, key=lambda t: t.source)
        names = " -> ".join(f"{t.workstream} {t.ref}" for t in tasks + tasks[:1])
        found.append(_problem(first, f"links go round in a cycle: {names}", "link-cycle"))
    return found


def _duplicates(graph: PlanGraph) -> list[Problem]:
    found = []
    for rel in graph.relationships(Rel.LINKED_TO):
        if rel.props.get("kind") == "duplicate":
            task, other = graph.get(*rel.start), graph.get(*rel.end)
            found.append(Problem(rel.source.file, rel.source.sheet, rel.source.cell,
                                 f"task {task.ref} duplicates task {other.ref} of {other.workstream} "
                                 f"({rel.props.get('evidence')})", "warning", "duplicate-task"))
    return found


def _gaps(graph: PlanGraph) -> list[Problem]:
    owned = {rel.start for rel in graph.relationships(Rel.OWNED_BY)}
    found = []
    for task in _tasks(graph):
        if (Label.TASK, task.key) not in owned:
            found.append(_problem(task, f"task {task.ref} of {task.workstream} has no owner", "no-owner"))
        if task.when and task.due is None and task.status == "unknown":
            found.append(_problem(task, f"task {task.ref}: When {task.when!r} gives no date or status",
                                  "unread-when"))
        elif not task.when and task.status in OPEN_STATUSES:
            found.append(_problem(task, f"task {task.ref} of {task.workstream} has no due date", "no-due-date"))
    return found


def _lead_conflicts(graph: PlanGraph) -> list[Problem]:
    """An area whose strategic lead differs between the register and a plan,
    or a workstream whose strategic lead differs from its area's."""
    leads: dict[str, list] = {}
    for rel in graph.relationships(Rel.LEADS):
        if rel.props.get("role") != "strategic lead":
            continue
        target, owner = graph.get(*rel.end), graph.get(*rel.start)
        area = target.key if target.label == Label.AREA else getattr(target, "area", None)
        if area:
            leads.setdefault(area, []).append((owner, rel))
    found = []
    for area, named in leads.items():
        by_owner: dict[str, tuple[Owner, object]] = {}
        for owner, rel in sorted(named, key=lambda pair: pair[1].source):
            by_owner.setdefault(owner.key, (owner, rel))
        if len(by_owner) < 2:
            continue
        (first, first_rel), *others = by_owner.values()
        for owner, rel in others:
            found.append(Problem(rel.source.file, rel.source.sheet, rel.source.cell,
                                 f"strategic lead of {area!r} is {owner.name} here but {first.name} in "
                                 f"{first_rel.source}", "warning", "conflicting-lead"))
    return found

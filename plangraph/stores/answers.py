"""The read queries of ``cypher/``, answered from a PlanGraph in Python.

Each function has the name of a ``.cypher`` file and returns the same rows
(a list of dicts with the same keys), so that the embedded store and Neo4j
answer alike; a contract test runs both.

Examples
--------
>>> from graphmodel import PlanGraph, Source, Task, Rel
>>> g = PlanGraph()
>>> a = g.add(Task(key="W#1", workstream="W", area="A", ref="1", text="Map", source=Source("p", "W", "E3")))
>>> b = g.add(Task(key="W#2", workstream="W", area="A", ref="2", text="Patrol", source=Source("p", "W", "E4")))
>>> _ = g.relate(Rel.LINKED_TO, b, a, Source("p", "W", "G4"), kind="reference", evidence="Linked to (1)",
...              confidence=1.0, inferred=False)
>>> get_task_upstream(g, key="W#2", depth=5, include_inferred=False)
[{'key': 'W#1', 'ref': '1', 'workstream': 'W', 'depth': 1}]
>>> get_task_downstream(g, key="W#1", depth=5, include_inferred=False)
[{'key': 'W#2', 'ref': '2', 'workstream': 'W', 'depth': 1}]
"""

from __future__ import annotations

from collections import Counter, deque
from typing import Any, Callable

from analyses.chains import follows
from graphmodel.graph import PlanGraph, Relationship
from graphmodel.model import Owner, Task
from graphmodel.schema import Label, Rel

__all__ = ["QUERIES", "count_nodes", "get_task", "find_tasks", "get_task_upstream", "get_task_downstream",
           "get_links", "get_owner_workload", "get_area_forums", "get_forum_mentions"]

Row = dict[str, Any]


def count_nodes(graph: PlanGraph) -> list[Row]:
    counts = Counter(str(n.label) for n in graph.nodes())
    return [{"label": label, "count": n} for label, n in sorted(counts.items())]


def _owners(graph: PlanGraph, task: Task) -> list[str]:
    return sorted(graph.get(*r.end).name for r in graph.outgoing(task, Rel.OWNED_BY))


def get_task(graph: PlanGraph, *, key: str) -> list[Row]:
    task = graph.get(Label.TASK, key)
    if not isinstance(task, Task):
        return []
    return [{
        "key": task.key, "ref": task.ref, "text": task.text, "workstream": task.workstream, "area": task.area,
        "how": task.how, "who": task.who, "when": task.when, "due": task.due, "status": task.status,
        "strands": task.strands, "file": task.source.file, "sheet": task.source.sheet, "cell": task.source.cell,
        "owners": _owners(graph, task),
    }]


def find_tasks(graph: PlanGraph, *, words: str) -> list[Row]:
    q = words.lower()
    found = []
    for task in graph.nodes(Label.TASK):
        assert isinstance(task, Task)
        if q in task.text.lower() or task.ref == words or any(q in o.lower() for o in _owners(graph, task)):
            found.append({"key": task.key, "ref": task.ref, "workstream": task.workstream, "text": task.text})
    return sorted(found, key=lambda r: r["key"])


def _chain(graph: PlanGraph, key: str, depth: int, include_inferred: bool, upstream: bool) -> list[Row]:
    """Breadth first, so each task's depth is its shortest distance; a task
    already reached is not followed again, so cycles end."""
    start = graph.get(Label.TASK, key)
    if start is None:
        return []
    step = graph.outgoing if upstream else graph.incoming
    seen, rows = {key: 0}, []
    queue = deque([(start, 0)])
    while queue:
        task, d = queue.popleft()
        if d == depth:
            continue
        for rel in step(task, Rel.LINKED_TO):
            if not follows(rel, include_inferred):
                continue
            other = graph.get(*(rel.end if upstream else rel.start))
            if other.key not in seen:
                seen[other.key] = d + 1
                rows.append({"key": other.key, "ref": other.ref, "workstream": other.workstream, "depth": d + 1})
                queue.append((other, d + 1))
    return sorted(rows, key=lambda r: (r["depth"], r["key"]))


def get_task_upstream(graph: PlanGraph, *, key: str, depth: int, include_inferred: bool) -> list[Row]:
    """What a task depends on (the tasks it cites), to ``depth`` links."""
    return _chain(graph, key, depth, include_inferred, upstream=True)


def get_task_downstream(graph: PlanGraph, *, key: str, depth: int, include_inferred: bool) -> list[Row]:
    """What waits on a task (the tasks citing it), to ``depth`` links."""
    return _chain(graph, key, depth, include_inferred, upstream=False)


def get_links(graph: PlanGraph) -> list[Row]:
    rows = [{
        "start": r.start[1], "end": r.end[1], "kind": r.props.get("kind"), "confidence": r.props.get("confidence"),
        "inferred": r.props.get("inferred"), "evidence": r.props.get("evidence"), "cell": r.source.cell,
    } for r in graph.relationships(Rel.LINKED_TO)]
    return sorted(rows, key=lambda r: (r["start"], r["end"]))


def get_owner_workload(graph: PlanGraph) -> list[Row]:
    rows = []
    for owner in graph.nodes(Label.OWNER):
        assert isinstance(owner, Owner)
        owned = [(graph.get(*r.start), r) for r in graph.incoming(owner, Rel.OWNED_BY)]
        if not owned:
            continue
        tasks = sorted(owned, key=lambda pair: (pair[0].area or "", pair[0].workstream))
        rows.append({
            "owner": owner.key, "name": owner.name, "kind": owner.kind, "tasks": len(owned),
            "open": sum(t.status != "completed" for t, _ in owned),
            "shared": sum(bool(r.props.get("joint")) for _, r in owned),
            "areas": list(dict.fromkeys(t.area for t, _ in tasks if t.area)),
            "workstreams": list(dict.fromkeys(t.workstream for t, _ in tasks)),
        })
    return sorted(rows, key=lambda r: (-r["tasks"], r["owner"]))


def _forum_label(graph: PlanGraph, rel: Relationship) -> str:
    return str(rel.end[0])


def get_area_forums(graph: PlanGraph) -> list[Row]:
    rows = [{"area": r.start[1], "forum": r.end[1], "label": _forum_label(graph, r)}
            for r in graph.relationships(Rel.WORKS_THROUGH)]
    return sorted(rows, key=lambda r: (r["area"], r["forum"]))


def get_forum_mentions(graph: PlanGraph) -> list[Row]:
    rows = []
    for r in graph.relationships(Rel.MENTIONS):
        task = graph.get(*r.start)
        rows.append({"forum": r.end[1], "label": _forum_label(graph, r), "area": task.area,
                     "workstream": task.workstream, "task": task.key, "evidence": r.props.get("evidence")})
    return sorted(rows, key=lambda r: (r["forum"], r["task"]))


QUERIES: dict[str, Callable[..., list[Row]]] = {
    f.__name__: f for f in (count_nodes, get_task, find_tasks, get_task_upstream, get_task_downstream,
                            get_links, get_owner_workload, get_area_forums, get_forum_mentions)
}

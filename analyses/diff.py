"""What changed between two versions of a plan: tasks added, removed, changed.

Tasks are matched by workstream and task number; a matched task is
compared field by field (text, owner, when, due date, status, how,
strands).

Examples
--------
>>> from graphmodel import PlanGraph, Source, Task
>>> def plan(who):
...     g = PlanGraph()
...     g.add(Task(key="DA#1", workstream="DA", area=None, ref="1", text="MARAC", who=who,
...                source=Source("v.xlsx", "DA", "E3")))
...     return g
>>> [(c.ref, c.change, c.field, c.old, c.new) for c in diff_plans(plan(""), plan("DA Lead"))]
[('1', 'changed', 'who', '', 'DA Lead')]
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from graphmodel.graph import PlanGraph
from graphmodel.model import Task
from graphmodel.schema import Label

__all__ = ["Change", "diff_plans", "COMPARED"]

# The task fields a planner cares about when a plan is updated.
COMPARED = ("text", "who", "when", "due", "status", "how", "strands")


@dataclass(frozen=True)
class Change:
    workstream: str
    ref: str
    change: str  # "added", "removed", "changed", or "workstream added" / "workstream removed"
    field: str = ""
    old: str = ""
    new: str = ""
    where: str = ""  # the task's cell in the newer version (the older, for a removal)

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def _tasks(graph: PlanGraph) -> dict[tuple[str, str], Task]:
    return {(t.workstream, t.ref): t for t in graph.nodes(Label.TASK)}  # type: ignore[attr-defined]


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


def diff_plans(old: PlanGraph, new: PlanGraph) -> list[Change]:
    """Changes from ``old`` to ``new``, by workstream then task number."""
    before, after = _tasks(old), _tasks(new)
    old_ws = {w for w, _ in before} | {n.key for n in old.nodes(Label.WORKSTREAM)}
    new_ws = {w for w, _ in after} | {n.key for n in new.nodes(Label.WORKSTREAM)}
    changes = [Change(w, "", "workstream removed") for w in sorted(old_ws - new_ws)]
    changes += [Change(w, "", "workstream added") for w in sorted(new_ws - old_ws)]
    for key in sorted(before.keys() | after.keys(), key=_order):
        if key[0] not in old_ws & new_ws:
            continue
        was, now = before.get(key), after.get(key)
        if was is None:
            changes.append(Change(*key, "added", "text", "", now.text, str(now.source)))
        elif now is None:
            changes.append(Change(*key, "removed", "text", was.text, "", str(was.source)))
        else:
            changes += [
                Change(*key, "changed", f, _text(getattr(was, f, "")), _text(getattr(now, f, "")), str(now.source))
                for f in COMPARED
                if _text(getattr(was, f, "")) != _text(getattr(now, f, ""))
            ]
    return changes


def _order(key: tuple[str, str]) -> tuple:
    workstream, ref = key
    parts = [int(p) if p.isdigit() else p for p in ref.replace("-", ".").split(".")]
    return (workstream, [(0, p) if isinstance(p, int) else (1, p) for p in parts])

"""Taking one workbook out of a partnership's graph.

Everything read from the file goes (nodes whose source is a cell of it,
with their relationships), and so does what was only there for it: an
owner, forum, partner, strand or theme nothing else refers to any more.
Links from other workbooks' tasks to its tasks go with those tasks.

Examples
--------
>>> from graphmodel import Owner, PlanGraph, Plan, Rel, Source, Task
>>> g = PlanGraph()
>>> def task(file, ref, who):
...     t = g.add(Task(key=f"{file}#{ref}", workstream=file, area=None, ref=ref, text="x", source=Source(file)))
...     o = g.add(Owner(key=who, name=who, source=Source(file)))
...     _ = g.relate(Rel.OWNED_BY, t, o, Source(file))
...     return t
>>> a, b = task("a.xlsx", "1", "PW"), task("b.xlsx", "1", "SS")
>>> _ = g.relate(Rel.LINKED_TO, a, b, Source("a.xlsx"), kind="reference")
>>> sorted(n.key for n in without_file(g, "b.xlsx").nodes())
['PW', 'a.xlsx#1']
"""

from __future__ import annotations

from .graph import PlanGraph
from .schema import Label

__all__ = ["without_file"]

# Nodes that stand for something outside any one workbook: kept while anything still refers to them.
_SHARED = (Label.OWNER, Label.FORUM, Label.PARTNER, Label.STRAND, Label.THEME)


def without_file(graph: PlanGraph, file: str) -> PlanGraph:
    """A copy of ``graph`` without what was read from ``file``."""
    kept = PlanGraph.from_dict(graph.to_dict())
    for node in [n for n in kept.nodes() if n.source.file == file and n.label not in _SHARED]:
        kept.remove(node)
    for node in [n for n in kept.nodes() if n.label in _SHARED]:
        if not any(True for _ in kept.incoming(node)) and not any(True for _ in kept.outgoing(node)):
            kept.remove(node)
    return kept

"""Walking a task's links breadth first, the same in every store.

Each store gives one step (the links out of, or into, a set of tasks); the
walk takes steps to ``depth``, keeping each task at its shortest distance
and the task it was first reached from, and never follows a task twice, so
plans that link round in a cycle end.

Examples
--------
>>> links = {"A": [{"from": "A", "key": "B"}], "B": [{"from": "B", "key": "C"}, {"from": "B", "key": "A"}]}
>>> [(r["key"], r["depth"], r["via"]) for r in walk("A", 5, lambda keys: [r for k in keys for r in links.get(k, [])])]
[('B', 1, 'A'), ('C', 2, 'B')]
"""

from __future__ import annotations

from typing import Any, Callable

__all__ = ["walk"]

Row = dict[str, Any]


def walk(start: str, depth: int, step: Callable[[list[str]], list[Row]]) -> list[Row]:
    """Rows of the tasks reached, each with ``depth`` and ``via``, by depth then key."""
    seen, frontier, found = {start}, [start], []
    for d in range(1, max(depth, 0) + 1):
        if not frontier:
            break
        reached: dict[str, Row] = {}
        for row in sorted(step(frontier), key=lambda r: (r["from"], r["key"])):
            if row["key"] not in seen and row["key"] not in reached:
                reached[row["key"]] = {**{k: v for k, v in row.items() if k != "from"}, "depth": d, "via": row["from"]}
        seen |= set(reached)
        frontier = sorted(reached)
        found += [reached[k] for k in frontier]
    return found

"""Walking a task's links breadth first, the same in every store.

Each store gives one step (the links out of, or into, a set of tasks); the
walk takes steps to ``depth``, a level at a time, the tasks of a level in
task order. A task is placed at its shortest distance, from the first task
of the level before that reached it (``first`` is True); every other link
met on the way (a second route, a cycle's link back) is kept too, with
``first`` False, and not followed, so plans that link round in a cycle end.

Examples
--------
>>> links = {"W#1": [{"from": "W#1", "key": "W#2"}],
...          "W#2": [{"from": "W#2", "key": "W#10"}, {"from": "W#2", "key": "W#1"}]}
>>> [(r["key"], r["depth"], r["via"], r["first"])
...  for r in walk("W#1", 5, lambda keys: [r for k in keys for r in links.get(k, [])])]
[('W#2', 1, 'W#1', True), ('W#1', 2, 'W#2', False), ('W#10', 2, 'W#2', True)]
"""

from __future__ import annotations

from typing import Any, Callable

from graphmodel import task_order

__all__ = ["walk"]

Row = dict[str, Any]


def walk(start: str, depth: int, step: Callable[[list[str]], list[Row]]) -> list[Row]:
    """Every link met, in the order met, each with ``depth``, ``via`` and ``first``."""
    placed, level, found = {start}, [start], []
    for d in range(1, max(depth, 0) + 1):
        if not level:
            break
        rank = {key: i for i, key in enumerate(level)}
        rows = sorted(step(level), key=lambda r: (rank[r["from"]], task_order(r["key"])))
        following = []
        for row in rows:
            first = row["key"] not in placed
            if first:
                placed.add(row["key"])
                following.append(row["key"])
            found.append({**{k: v for k, v in row.items() if k != "from"}, "depth": d, "via": row["from"],
                          "first": first})
        level = following
    return found

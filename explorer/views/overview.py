"""The Overview page's tables: the workbooks loaded, tasks by area and
strand, and tasks by area and status.

Examples
--------
>>> strand_grid_table({"DA": {"Prevent": 3}}).to_dict("index")
{'DA': {'Prevent': 3, 'Pursue': 0, 'Protect': 0, 'Prepare': 0, 'total': 3}}
>>> tasks = {"W#1": {"area": "A", "status": "completed"}, "W#2": {"area": "A", "status": "planned"},
...          "V#1": {"area": None, "status": "planned"}}
>>> status_by_area(tasks).to_dict("index")
{'(no area)': {'completed': 0, 'planned': 1, 'total': 1}, 'A': {'completed': 1, 'planned': 1, 'total': 2}}
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import pandas as pd

from analyses.common import area_name
from graphmodel import STRANDS

from .common import STATUSES

__all__ = ["plans_table", "strand_grid_table", "status_by_area", "status_long"]


def plans_table(plans: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The workbooks read (get_plans rows): title, kind, date, and whether a newer one replaced it."""
    def current(plan: Mapping[str, Any]) -> str:
        if not plan.get("superseded_by"):
            return "yes" if plan.get("current") else "no"
        # A workbook can hold one workstream a newer workbook replaces and others still current.
        return f"{'partly' if plan.get('current') else 'no'}: replaced by {plan['superseded_by']}"

    rows = [{"plan": p["title"], "kind": p["kind"], "date": p.get("date") or "", "current": current(p),
             "file": p["key"]} for p in plans]
    return pd.DataFrame(rows, columns=["plan", "kind", "date", "current", "file"]).sort_values(
        ["kind", "plan"], ignore_index=True)


def strand_grid_table(grid: Mapping[str, Mapping[str, int]]) -> pd.DataFrame:
    """Areas down, the four strands across, tasks in each; 0 where an area
    has no work in a strand."""
    strands = list(STRANDS) + sorted({s for row in grid.values() for s in row} - set(STRANDS))
    frame = pd.DataFrame([[int(grid[a].get(s, 0)) for s in strands] for a in sorted(grid)],
                         index=sorted(grid), columns=strands, dtype="int64")
    frame["total"] = frame.sum(axis=1)
    frame.index.name = "area"
    return frame


def status_by_area(tasks: Mapping[str, Mapping[str, Any]]) -> pd.DataFrame:
    """Areas down, statuses across (those present), tasks in each (get_tasks rows by key)."""
    rows: dict[str, dict[str, int]] = {}
    for task in tasks.values():
        row = rows.setdefault(area_name(task.get("area")), {})
        row[task["status"]] = row.get(task["status"], 0) + 1
    present = [s for s in STATUSES if any(s in r for r in rows.values())]
    present += sorted({s for r in rows.values() for s in r} - set(present))
    frame = pd.DataFrame([[rows[a].get(s, 0) for s in present] for a in sorted(rows)],
                         index=sorted(rows), columns=present, dtype="int64")
    frame["total"] = frame.sum(axis=1)
    frame.index.name = "area"
    return frame


def status_long(tasks: Mapping[str, Mapping[str, Any]]) -> pd.DataFrame:
    """The same counts, one row per area and status, for a stacked chart."""
    wide = status_by_area(tasks).drop(columns="total")
    long = wide.reset_index().melt(id_vars="area", var_name="status", value_name="tasks")
    return long[long["tasks"] > 0].reset_index(drop=True)

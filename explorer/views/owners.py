"""The Owners page's tables: every owner's load, the chart's rows, one
owner's tasks and spellings, and where one owner carries a workstream.

Examples
--------
>>> from graphmodel import Source, Spelling
>>> spellings_table([Spelling("SS", Source("k.xlsx", "Knife", "I5")), Spelling("SS", Source("k.xlsx", "Knife", "I9")),
...                  Spelling("CI Sam Smith", Source("s.xlsx", "Areas", "C4"))]).values.tolist()
[['SS', 2, 'k.xlsx', 'Knife', 'I5, I9'], ['CI Sam Smith', 1, 's.xlsx', 'Areas', 'C4']]
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from analyses.common import task_order
from analyses.owners import Concentration, OwnerLoad
from graphmodel import Spelling

__all__ = ["owners_table", "owner_chart_data", "owner_tasks_table", "spellings_table", "concentration_table"]


def owners_table(loads: Sequence[OwnerLoad]) -> pd.DataFrame:
    """One row per owner, busiest first."""
    rows = [{"owner": o.name, "kind": o.kind, "tasks": o.tasks, "open": o.open, "completed": o.completed,
             "shared": o.shared, "areas": ", ".join(o.areas), "leads": ", ".join(o.leads),
             "overloaded": bool(o.overloaded), "key": o.owner} for o in loads]
    return pd.DataFrame(rows, columns=["owner", "kind", "tasks", "open", "completed", "shared", "areas", "leads",
                                       "overloaded", "key"])


def owner_chart_data(loads: Sequence[OwnerLoad], *, by: str = "area") -> pd.DataFrame:
    """Tasks per owner split by area, status, strand or workstream, one row
    per owner and part, for a stacked bar chart; overloaded owners keep their flag."""
    split = {"area": "by_area", "status": "by_status", "strand": "by_strand", "workstream": "by_workstream"}[by]
    rows = [{"owner": o.name, by: part, "tasks": n, "total": o.tasks, "overloaded": bool(o.overloaded)}
            for o in loads for part, n in getattr(o, split).items()]
    return pd.DataFrame(rows, columns=["owner", by, "tasks", "total", "overloaded"])


def spellings_table(spellings: Iterable[Spelling]) -> pd.DataFrame:
    """Every way the plans wrote an owner, grouped: how often, and where."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for s in spellings:
        groups.setdefault((s.written, s.source.file, s.source.sheet), []).append(s.source.cell)
    rows = [{"written as": w, "times": len(cells), "file": f, "sheet": sh, "cells": ", ".join(c for c in cells if c)}
            for (w, f, sh), cells in groups.items()]
    return pd.DataFrame(rows, columns=["written as", "times", "file", "sheet", "cells"])


def owner_tasks_table(owner: str, held: Iterable[Mapping[str, Any]],
                      tasks: Mapping[str, Mapping[str, Any]]) -> pd.DataFrame:
    """The tasks an owner holds (get_owner_tasks rows), with how the plan wrote the owner."""
    rows = []
    for r in held:
        t = tasks.get(r["task"])
        if r["owner"] != owner or t is None:
            continue
        rows.append({"area": t.get("area") or "", "workstream": t["workstream"], "no.": t["ref"], "task": t["text"],
                     "due": t.get("due") or t.get("when") or "", "status": t["status"],
                     "written as": r.get("written_as", ""), "shared": "yes" if r.get("joint") else "",
                     "cell": r.get("cell", ""), "key": r["task"]})
    rows.sort(key=lambda r: task_order(r["key"]))
    return pd.DataFrame(rows, columns=["area", "workstream", "no.", "task", "due", "status", "written as", "shared",
                                       "cell", "key"])


def concentration_table(found: Sequence[Concentration]) -> pd.DataFrame:
    """Per workstream, the share of its tasks its busiest owner holds."""
    rows = [{"workstream": c.workstream, "area": c.area or "", "tasks": c.tasks, "busiest owner": c.top_name,
             "their tasks": c.top_tasks, "share": round(100 * c.share), "flagged": bool(c.flagged)} for c in found]
    return pd.DataFrame(rows, columns=["workstream", "area", "tasks", "busiest owner", "their tasks", "share",
                                       "flagged"])

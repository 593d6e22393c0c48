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

import textwrap

import altair as alt
import pandas as pd

from analyses.common import task_order
from analyses.owners import Concentration, OwnerLoad
from analyses.timeline import MonthLoad
from graphmodel import Spelling

from ..network.build import PALETTE

__all__ = ["owners_table", "owner_chart", "month_chart", "chart_label", "owner_chart_data", "owner_tasks_table", "spellings_table", "concentration_table"]


def owners_table(loads: Sequence[OwnerLoad]) -> pd.DataFrame:
    """One row per owner, busiest first: how many tasks over the threshold,
    and what is not known about an owner written only as initials."""
    rows = [{"owner": o.name, "kind": o.kind, "tasks": o.tasks, "over by": o.over_by if o.overloaded else None,
             "open": o.open, "completed": o.completed, "shared": o.shared, "areas": ", ".join(o.areas),
             "leads": ", ".join(o.leads), "overloaded": bool(o.overloaded), "note": o.unresolved, "key": o.owner}
            for o in loads]
    frame = pd.DataFrame(rows, columns=["owner", "kind", "tasks", "over by", "open", "completed", "shared", "areas",
                                        "leads", "overloaded", "note", "key"])
    frame["over by"] = frame["over by"].astype("Int64")  # blank, not NaN, where an owner is not overloaded
    return frame


def owner_chart_data(loads: Sequence[OwnerLoad], *, by: str = "area") -> pd.DataFrame:
    """Tasks per owner split by area, status, strand or workstream, one row
    per owner and part, for a stacked bar chart; overloaded owners keep their flag."""
    split = {"area": "by_area", "status": "by_status", "strand": "by_strand", "workstream": "by_workstream"}[by]
    rows = [{"owner": o.name, by: part, "tasks": n, "total": o.tasks, "overloaded": bool(o.overloaded),
             "key": o.owner} for o in loads for part, n in getattr(o, split).items()]
    return pd.DataFrame(rows, columns=["owner", by, "tasks", "total", "overloaded", "key"])


def chart_label(load: OwnerLoad, width: int = 30) -> str:
    """An owner's name on the chart: marked when overloaded or only initials,
    wrapped (lines split by a newline) rather than cut.

    >>> chart_label(OwnerLoad("pw", "PW", "person", 16, 16, 0, 0, {}, {}, {}, {}, [], True, unresolved="x"))
    '⚠ PW (initials only)'
    """
    words = ("⚠ " if load.overloaded else "") + load.name + (" (initials only)" if load.unresolved else "")
    return "\n".join(textwrap.wrap(words, width)) or words


def owner_chart(loads: Sequence[OwnerLoad], *, by: str, threshold: int) -> alt.LayerChart:
    """Tasks per owner as stacked bars (a colour-blind-safe palette), the
    threshold as a dashed line; a bar can be clicked (selection "pick")."""
    data = owner_chart_data(loads, by=by)
    labels = {o.owner: chart_label(o) for o in loads}
    data["who"] = [labels[k] for k in data["key"]]
    pick = alt.selection_point(fields=["key"], name="pick")
    bars = alt.Chart(data).mark_bar().encode(
        y=alt.Y("who:N", sort=[labels[o.owner] for o in loads], title=None,
                axis=alt.Axis(labelLimit=0, labelOverlap=False, labelExpr="split(datum.label, '\\n')")),
        x=alt.X("sum(tasks):Q", title="tasks"),
        color=alt.Color(f"{by}:N", title=by, scale=alt.Scale(range=PALETTE),
                        legend=alt.Legend(orient="bottom", columns=3, labelLimit=0)),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.45)),
        tooltip=["owner", by, "tasks", "total"],
    ).add_params(pick)
    rule = alt.Chart(pd.DataFrame({"threshold": [threshold]})).mark_rule(
        color="#d32f2f", strokeDash=[4, 4]).encode(x="threshold:Q")
    return (bars + rule).properties(height=max(260, 26 * len(loads)))


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


def month_chart(months: Sequence[MonthLoad], owners: Sequence[OwnerLoad]) -> alt.LayerChart:
    """Owners down (busiest first), months across: open tasks due that month,
    darker the more; a "!" where some were overdue."""
    order = [o.name for o in owners]
    data = pd.DataFrame([{"owner": m.name, "month": m.month, "tasks": m.due, "open": m.open, "overdue": m.overdue,
                          "mark": f"{m.open}{'!' if m.overdue else ''}"} for m in months if m.name in order],
                        columns=["owner", "month", "tasks", "open", "overdue", "mark"])
    cells = alt.Chart(data).mark_rect(stroke="#ffffff").encode(
        y=alt.Y("owner:N", sort=order, title=None, axis=alt.Axis(labelLimit=0)),
        x=alt.X("month:O", sort="ascending", title="month due", axis=alt.Axis(orient="top", labelAngle=-40)),
        color=alt.Color("open:Q", title="open tasks", scale=alt.Scale(scheme="blues")),
        tooltip=["owner", "month", "tasks", "open", "overdue"])
    marks = cells.mark_text(fontSize=11).encode(text="mark:N", color=alt.value("#1f2933"))
    return (cells + marks).properties(height=alt.Step(22))

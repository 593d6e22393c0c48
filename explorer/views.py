"""The library's answers shaped for the explorer's pages: tables a person
reads (pandas DataFrames with plain column names), the choices of its
filters, and the tasks a filter keeps.

Pure functions over a PlanGraph or over what graphmodel returns, so every
page shows exactly what the CLI would say, and each table can be tested
without a browser.

Examples
--------
>>> from graphmodel import PlanGraph, Rel, Source, Task
>>> g = PlanGraph()
>>> t1 = g.add(Task(key="W#1", workstream="W", area="A", ref="1", text="Map hotspots", status="completed",
...                 strands=["Prevent"], source=Source("p.xlsx", "W", "E3")))
>>> t2 = g.add(Task(key="W#2", workstream="W", area="A", ref="2", text="Patrol them", due="2018-06-30",
...                 status="planned", strands=["Pursue"], source=Source("p.xlsx", "W", "E4")))
>>> _ = g.relate(Rel.LINKED_TO, t2, t1, Source("p.xlsx", "W", "G4"), kind="reference",
...              evidence="Linked to (1)", confidence=1.0, inferred=False)
>>> task_label(t2)
'W #2 · Patrol them'
>>> filter_tasks(g, statuses=["planned"])
['W#2']
>>> status_by_area(g).to_dict("index")
{'A': {'completed': 1, 'planned': 1, 'total': 2}}
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from typing import Any, Iterable, Sequence

import pandas as pd

from graphmodel import STRANDS, Label, PlanGraph, Problem, Rel, Task
from analyses import chains

__all__ = [
    "STATUSES", "task_label", "tasks_of", "owner_names", "plans_table", "counts", "strand_grid_table",
    "status_by_area", "status_long", "link_warnings", "chain_table", "filter_options", "filter_tasks",
    "tasks_table", "conflicts_table", "cycles_table", "hubs_table", "longest_table", "dangling_table",
    "owners_table", "owner_chart_data", "owner_tasks_table", "spellings_table", "concentration_table",
    "matrix_table", "matrix_long", "forum_names", "shared_table", "overlap_table", "unlisted_table", "task_fields",
    "task_links", "task_owners", "task_mentions", "problems_table", "split_spelling", "rows_frame",
]

# The statuses read from the When column, in the order a person scans them.
STATUSES = ("completed", "ongoing", "recurring", "planned", "under review", "unknown")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return ", ".join(map(str, value))
    return str(value)


def task_label(task: Task, width: int = 90) -> str:
    """How a task is named in a list: workstream, number and its words."""
    words = " ".join(task.text.split())
    return f"{task.workstream} #{task.ref} · {textwrap.shorten(words, width, placeholder='…') if words else ''}"


def tasks_of(graph: PlanGraph) -> dict[str, Task]:
    """Every task by key, in plan order (workstream, then number)."""
    found = {t.key: t for t in graph.nodes(Label.TASK) if isinstance(t, Task)}
    return {k: found[k] for k in sorted(found, key=chains.task_order)}


def owner_names(graph: PlanGraph) -> dict[str, list[str]]:
    """Task key -> its owners' names."""
    names: dict[str, list[str]] = {}
    for rel in graph.relationships(Rel.OWNED_BY):
        names.setdefault(rel.start[1], []).append(graph.get(*rel.end).name)
    return {k: sorted(v) for k, v in names.items()}


# -- what is loaded -----------------------------------------------------------

def plans_table(graph: PlanGraph) -> pd.DataFrame:
    """The workbooks read: title, kind, date, and whether a newer one replaced it."""
    def current(plan) -> str:
        if not plan.superseded_by:
            return "yes" if plan.current else "no"
        # A workbook can hold one workstream a newer workbook replaces and others still current.
        return f"{'partly' if plan.current else 'no'}: replaced by {plan.superseded_by}"

    rows = [{"plan": p.title, "kind": p.kind, "date": p.date, "current": current(p), "file": p.key}
            for p in graph.nodes(Label.PLAN)]
    return pd.DataFrame(rows, columns=["plan", "kind", "date", "current", "file"]).sort_values(
        ["kind", "plan"], ignore_index=True)


def counts(graph: PlanGraph) -> dict[str, int]:
    """Counts a person reads first."""
    c = graph.counts()
    return {"areas": c.get("Area", 0), "workstreams": c.get("Workstream", 0), "tasks": c.get("Task", 0),
            "owners": c.get("Owner", 0), "links": c.get("LINKED_TO", 0), "forums": c.get("Forum", 0),
            "partners": c.get("Partner", 0), "plans": c.get("Plan", 0)}


# -- overview -----------------------------------------------------------------

def strand_grid_table(grid: dict[str, dict[str, int]]) -> pd.DataFrame:
    """Areas down, the four strands across, tasks in each; 0 where an area
    has no work in a strand.

    >>> strand_grid_table({"DA": {"Prevent": 3}}).to_dict("index")
    {'DA': {'Prevent': 3, 'Pursue': 0, 'Protect': 0, 'Prepare': 0, 'total': 3}}
    """
    strands = list(STRANDS) + sorted({s for row in grid.values() for s in row} - set(STRANDS))
    frame = pd.DataFrame([[int(grid[a].get(s, 0)) for s in strands] for a in sorted(grid)],
                         index=sorted(grid), columns=strands, dtype="int64")
    frame["total"] = frame.sum(axis=1)
    frame.index.name = "area"
    return frame


def status_by_area(graph: PlanGraph) -> pd.DataFrame:
    """Areas down, statuses across (those present), tasks in each."""
    rows: dict[str, dict[str, int]] = {}
    for task in tasks_of(graph).values():
        row = rows.setdefault(task.area or "(no area)", {})
        row[task.status] = row.get(task.status, 0) + 1
    present = [s for s in STATUSES if any(s in r for r in rows.values())]
    present += sorted({s for r in rows.values() for s in r} - set(present))
    frame = pd.DataFrame([[rows[a].get(s, 0) for s in present] for a in sorted(rows)],
                         index=sorted(rows), columns=present, dtype="int64")
    frame["total"] = frame.sum(axis=1)
    frame.index.name = "area"
    return frame


def status_long(graph: PlanGraph) -> pd.DataFrame:
    """The same counts, one row per area and status, for a stacked chart."""
    wide = status_by_area(graph).drop(columns="total")
    long = wide.reset_index().melt(id_vars="area", var_name="status", value_name="tasks")
    return long[long["tasks"] > 0].reset_index(drop=True)


# -- chains -------------------------------------------------------------------

def link_warnings(graph: PlanGraph, *, include_inferred: bool = True,
                  today: dt.date | None = None) -> dict[tuple[str, str], list[str]]:
    """(citing task, cited task) -> what is wrong with the link: dates that
    clash, an overdue task waited on, a cycle."""
    found: dict[tuple[str, str], list[str]] = {}
    for cycle in chains.cycles(graph, include_inferred=include_inferred):
        for a, b in zip(cycle, cycle[1:] + cycle[:1]):
            found.setdefault((a, b), []).append("in a cycle")
    for c in chains.schedule_conflicts(graph, today=today, include_inferred=include_inferred):
        review = " (review date)" if c.review else ""
        found.setdefault((c.task, c.depends_on), []).append(
            f"{c.problem}: due {c.task_due or '?'}, waits on one due {c.dependency_due or '?'}{review}")
    return found


def chain_table(graph: PlanGraph, steps: Sequence[chains.ChainStep], *, direction: str,
                warnings: dict[tuple[str, str], list[str]] | None = None) -> pd.DataFrame:
    """One row per task of a chain, nearest first, with the link that
    reached it: its kind, the evidence read and its cell, and any warning.

    ``direction`` is "up" (what the chosen task waits on) or "down" (what
    waits on it).
    """
    warnings = warnings or {}
    tasks = tasks_of(graph)
    rows = []
    for s in steps:
        citing, cited = (s.via, s.task) if direction == "up" else (s.task, s.via)
        via = tasks[s.via]
        rows.append({
            "depth": s.depth, "workstream": s.workstream, "no.": s.ref, "task": s.text,
            "owners": ", ".join(s.owners), "due": s.due or tasks[s.task].when, "status": s.status,
            "reached from": f"{via.workstream} #{via.ref}", "link": s.kind + (" (inferred)" if s.inferred else ""),
            "evidence": s.evidence, "cell": s.cell, "warning": "; ".join(warnings.get((citing, cited), [])),
            "key": s.task,
        })
    columns = ["depth", "workstream", "no.", "task", "owners", "due", "status", "reached from", "link",
               "evidence", "cell", "warning", "key"]
    return pd.DataFrame(rows, columns=columns)


def filter_options(graph: PlanGraph) -> dict[str, list[str]]:
    """The choices of the plan map's filters, each sorted."""
    tasks = tasks_of(graph).values()
    owners = sorted({n for names in owner_names(graph).values() for n in names}, key=str.lower)
    present = {t.status for t in tasks}
    return {
        "areas": sorted({t.area or "(no area)" for t in tasks}),
        "workstreams": sorted({t.workstream for t in tasks}),
        "strands": [s for s in STRANDS if any(s in t.strands for t in tasks)]
                   + sorted({s for t in tasks for s in t.strands} - set(STRANDS)),
        "statuses": [s for s in STATUSES if s in present] + sorted(present - set(STATUSES)),
        "owners": owners,
    }


def filter_tasks(graph: PlanGraph, *, areas: Iterable[str] = (), workstreams: Iterable[str] = (),
                 strands: Iterable[str] = (), statuses: Iterable[str] = (), owners: Iterable[str] = (),
                 linked_only: bool = False, include_inferred: bool = True) -> list[str]:
    """The keys of the tasks every non-empty filter keeps (a filter left
    empty keeps all). ``linked_only`` keeps only tasks with a link to
    another kept task."""
    areas, workstreams, strands, statuses, owners = map(set, (areas, workstreams, strands, statuses, owners))
    names = owner_names(graph)
    kept = [k for k, t in tasks_of(graph).items()
            if (not areas or (t.area or "(no area)") in areas)
            and (not workstreams or t.workstream in workstreams)
            and (not strands or strands & set(t.strands))
            and (not statuses or t.status in statuses)
            and (not owners or owners & set(names.get(k, [])))]
    if linked_only:
        dep = chains.dependency_graph(graph, include_inferred=include_inferred).subgraph(kept)
        kept = [k for k in kept if dep.degree(k)]
    return kept


def tasks_table(graph: PlanGraph, keys: Iterable[str]) -> pd.DataFrame:
    """The tasks, one row each: where they sit, their words, owner, due date and status."""
    tasks, names = tasks_of(graph), owner_names(graph)
    rows = [{"area": tasks[k].area or "", "workstream": tasks[k].workstream, "no.": tasks[k].ref,
             "task": tasks[k].text, "owners": ", ".join(names.get(k, [])), "due": tasks[k].due or tasks[k].when,
             "status": tasks[k].status, "strands": ", ".join(tasks[k].strands), "key": k}
            for k in keys if k in tasks]
    return pd.DataFrame(rows, columns=["area", "workstream", "no.", "task", "owners", "due", "status", "strands",
                                       "key"])


def _name(graph: PlanGraph, key: str) -> str:
    task = graph.get(Label.TASK, key)
    return f"{task.workstream} #{task.ref}" if task is not None else key


def conflicts_table(graph: PlanGraph, conflicts: Sequence[chains.Conflict]) -> pd.DataFrame:
    """Links whose dates cannot both be kept."""
    rows = [{"task": _name(graph, c.task), "due": c.task_due, "waits on": _name(graph, c.depends_on),
             "its due date": c.dependency_due, "its status": c.dependency_status, "problem": c.problem,
             "review date": "yes" if c.review else "", "evidence": c.evidence, "cell": c.cell, "key": c.task}
            for c in conflicts]
    return pd.DataFrame(rows, columns=["task", "due", "waits on", "its due date", "its status", "problem",
                                       "review date", "evidence", "cell", "key"])


def cycles_table(graph: PlanGraph, cycles: Sequence[Sequence[str]]) -> pd.DataFrame:
    """Each cycle of links as the tasks in it, round to the first again."""
    rows = [{"tasks": len(c), "cycle": " → ".join(_name(graph, k) for k in list(c) + list(c[:1])), "key": c[0]}
            for c in cycles]
    return pd.DataFrame(rows, columns=["tasks", "cycle", "key"])


def hubs_table(graph: PlanGraph, hubs: Sequence[chains.Hub]) -> pd.DataFrame:
    """The tasks most work waits on."""
    tasks = tasks_of(graph)
    rows = [{"task": f"{h.workstream} #{h.ref}", "words": tasks[h.task].text if h.task in tasks else "",
             "cited by": h.direct, "waiting on it in all": h.total, "key": h.task} for h in hubs]
    return pd.DataFrame(rows, columns=["task", "words", "cited by", "waiting on it in all", "key"])


def longest_table(graph: PlanGraph, longest: Sequence[Sequence[str]]) -> pd.DataFrame:
    """The longest chains, in the order the work must be done."""
    rows = [{"tasks": len(c), "chain (first to last)": " → ".join(_name(graph, k) for k in c), "key": c[-1]}
            for c in longest]
    return pd.DataFrame(rows, columns=["tasks", "chain (first to last)", "key"])


def dangling_table(graph: PlanGraph, dangling: Sequence[tuple[str, str]]) -> pd.DataFrame:
    """References to tasks that do not exist."""
    rows = [{"task": _name(graph, k), "reference": note, "key": k} for k, note in dangling]
    return pd.DataFrame(rows, columns=["task", "reference", "key"])


# -- owners -------------------------------------------------------------------

def owners_table(loads: Sequence[Any]) -> pd.DataFrame:
    """One row per owner (analyses.owners.OwnerLoad), busiest first."""
    rows = [{"owner": o.name, "kind": o.kind, "tasks": o.tasks, "open": o.open, "completed": o.completed,
             "shared": o.shared, "areas": ", ".join(o.areas), "leads": ", ".join(o.leads),
             "overloaded": bool(o.overloaded), "key": o.owner} for o in loads]
    return pd.DataFrame(rows, columns=["owner", "kind", "tasks", "open", "completed", "shared", "areas", "leads",
                                       "overloaded", "key"])


def owner_chart_data(loads: Sequence[Any], *, by: str = "area") -> pd.DataFrame:
    """Tasks per owner split by area or status, one row per owner and part,
    for a stacked bar chart; overloaded owners keep their flag."""
    split = {"area": "by_area", "status": "by_status", "strand": "by_strand", "workstream": "by_workstream"}[by]
    rows = [{"owner": o.name, by: part, "tasks": n, "total": o.tasks, "overloaded": bool(o.overloaded)}
            for o in loads for part, n in getattr(o, split).items()]
    return pd.DataFrame(rows, columns=["owner", by, "tasks", "total", "overloaded"])


def split_spelling(spelling: str) -> tuple[str, str, str, str]:
    """'SS (plan.xlsx › Sheet › I5)' -> ('SS', 'plan.xlsx', 'Sheet', 'I5').

    >>> split_spelling("Ch/Supt Wilson (p.xlsx › House Burglary › I3)")
    ('Ch/Supt Wilson', 'p.xlsx', 'House Burglary', 'I3')
    >>> split_spelling("PW")
    ('PW', '', '', '')
    """
    match = re.fullmatch(r"(.*) \(([^()]*(?:\([^()]*\)[^()]*)*)\)", spelling.strip())
    if not match or " › " not in match.group(2):
        return spelling, "", "", ""
    parts = match.group(2).split(" › ")
    file, sheet, cell = (parts + ["", ""])[:3] if len(parts) <= 3 else (" › ".join(parts[:-2]), parts[-2], parts[-1])
    return match.group(1), file, sheet, cell


def spellings_table(spellings: Sequence[str]) -> pd.DataFrame:
    """Every way the plans wrote an owner, grouped: how often, and where."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for s in spellings:
        written, file, sheet, cell = split_spelling(s)
        groups.setdefault((written, file, sheet), []).append(cell)
    rows = [{"written as": w, "times": len(cells), "file": f, "sheet": sh, "cells": ", ".join(c for c in cells if c)}
            for (w, f, sh), cells in groups.items()]
    return pd.DataFrame(rows, columns=["written as", "times", "file", "sheet", "cells"])


def owner_tasks_table(graph: PlanGraph, owner: str) -> pd.DataFrame:
    """The tasks an owner holds, with how the plan wrote the owner."""
    tasks = tasks_of(graph)
    rows = []
    for rel in graph.relationships(Rel.OWNED_BY):
        if rel.end[1] != owner or rel.start[1] not in tasks:
            continue
        t = tasks[rel.start[1]]
        rows.append({"area": t.area or "", "workstream": t.workstream, "no.": t.ref, "task": t.text,
                     "due": t.due or t.when, "status": t.status, "written as": rel.props.get("written_as", ""),
                     "shared": "yes" if rel.props.get("joint") else "", "cell": rel.source.cell, "key": t.key})
    rows.sort(key=lambda r: chains.task_order(r["key"]))
    return pd.DataFrame(rows, columns=["area", "workstream", "no.", "task", "due", "status", "written as", "shared",
                                       "cell", "key"])


def concentration_table(found: Sequence[Any]) -> pd.DataFrame:
    """Per workstream, the share of its tasks its busiest owner holds."""
    rows = [{"workstream": c.workstream, "area": c.area or "", "tasks": c.tasks, "busiest owner": c.top_name,
             "their tasks": c.top_tasks, "share": round(100 * c.share), "flagged": bool(c.flagged)} for c in found]
    return pd.DataFrame(rows, columns=["workstream", "area", "tasks", "busiest owner", "their tasks", "share",
                                       "flagged"])


# -- forums -------------------------------------------------------------------

def matrix_table(matrix: dict[str, dict[str, int]]) -> pd.DataFrame:
    """Areas down, forums across (those any area names), counts in cells.

    >>> matrix_table({"DA": {"Hub": 1}, "Hate": {}}).to_dict("index")
    {'DA': {'Hub': 1}, 'Hate': {'Hub': 0}}
    """
    forums = sorted({f for row in matrix.values() for f in row})
    frame = pd.DataFrame([[int(matrix[a].get(f, 0)) for f in forums] for a in matrix], index=list(matrix),
                         columns=forums, dtype="int64")
    frame.index.name = "area"
    return frame


def matrix_long(matrix: dict[str, dict[str, int]]) -> pd.DataFrame:
    """One row per area and forum named, with how many areas share the forum."""
    sharing: dict[str, int] = {}
    for row in matrix.values():
        for forum, n in row.items():
            if n:
                sharing[forum] = sharing.get(forum, 0) + 1
    rows = [{"area": a, "forum": f, "count": n, "areas sharing it": sharing[f]}
            for a, row in matrix.items() for f, n in row.items() if n]
    return pd.DataFrame(rows, columns=["area", "forum", "count", "areas sharing it"])


def forum_names(graph: PlanGraph) -> list[str]:
    """Every forum and partner in the graph, by name (any case)."""
    return sorted({n.key for label in (Label.FORUM, Label.PARTNER) for n in graph.nodes(label)}, key=str.lower)


def shared_table(shared: Sequence[Any]) -> pd.DataFrame:
    """Forums and partners ranked by how many areas share them."""
    rows = [{"forum": s.forum, "kind": s.label.lower(), "areas": len(s.areas), "which areas": ", ".join(s.areas),
             "mentions": s.count} for s in shared]
    return pd.DataFrame(rows, columns=["forum", "kind", "areas", "which areas", "mentions"])


def overlap_table(overlap: Sequence[Any]) -> pd.DataFrame:
    """Pairs of areas and the forums they share, most alike first."""
    rows = [{"area": o.area, "other area": o.other, "shared": len(o.shared), "forums shared": ", ".join(o.shared),
             "overlap %": round(100 * o.score)} for o in overlap]
    return pd.DataFrame(rows, columns=["area", "other area", "shared", "forums shared", "overlap %"])


def unlisted_table(found: Sequence[Any]) -> pd.DataFrame:
    """Forums an area's tasks name that its strategy does not list, and the reverse."""
    rows = [{"area": u.area, "forum": u.forum, "what": u.direction, "tasks": ", ".join(u.tasks)} for u in found]
    return pd.DataFrame(rows, columns=["area", "forum", "what", "tasks"])


# -- one task -----------------------------------------------------------------

def task_fields(task: Task) -> pd.DataFrame:
    """Every field of a task, as read, one row each."""
    props = task.properties()
    rows = [{"field": name, "value": _text(value)} for name, value in props.items()]
    rows.append({"field": "key", "value": task.key})
    rows.append({"field": "read from", "value": str(task.source)})
    return pd.DataFrame(rows, columns=["field", "value"])


def task_links(graph: PlanGraph, key: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The task's links: what it waits on (links out) and what waits on it
    (links in), each with its kind, evidence and cell."""
    task = graph.get(Label.TASK, key)
    columns = ["task", "words", "link", "evidence", "confidence", "cell", "key"]
    if task is None:
        return pd.DataFrame(columns=columns), pd.DataFrame(columns=columns)

    def row(rel, other_id) -> dict[str, Any]:
        other = graph.get(*other_id)
        return {"task": f"{other.workstream} #{other.ref}", "words": other.text,
                "link": rel.props.get("kind", "") + (" (inferred)" if rel.props.get("inferred") else ""),
                "evidence": rel.props.get("evidence", ""), "confidence": rel.props.get("confidence"),
                "cell": f"{rel.source.sheet} {rel.source.cell}".strip(), "key": other.key}

    out = [row(r, r.end) for r in graph.outgoing(task, Rel.LINKED_TO)]
    into = [row(r, r.start) for r in graph.incoming(task, Rel.LINKED_TO)]
    order = lambda rows: sorted(rows, key=lambda r: chains.task_order(r["key"]))  # noqa: E731
    return pd.DataFrame(order(out), columns=columns), pd.DataFrame(order(into), columns=columns)


def task_owners(graph: PlanGraph, key: str) -> pd.DataFrame:
    """The task's owners and how the plan wrote each."""
    task = graph.get(Label.TASK, key)
    rows = []
    if task is not None:
        for rel in graph.outgoing(task, Rel.OWNED_BY):
            owner = graph.get(*rel.end)
            rows.append({"owner": owner.name, "kind": owner.kind, "written as": rel.props.get("written_as", ""),
                         "shared": "yes" if rel.props.get("joint") else "", "cell": rel.source.cell,
                         "key": owner.key})
    return pd.DataFrame(sorted(rows, key=lambda r: r["owner"]),
                        columns=["owner", "kind", "written as", "shared", "cell", "key"])


def task_mentions(graph: PlanGraph, key: str) -> pd.DataFrame:
    """The forums and partners the task names, with the words read."""
    task = graph.get(Label.TASK, key)
    rows = []
    if task is not None:
        for rel in graph.outgoing(task, Rel.MENTIONS):
            rows.append({"forum": rel.end[1], "kind": str(rel.end[0]).lower(),
                         "written as": rel.props.get("evidence", ""), "in": rel.props.get("field", ""),
                         "cell": rel.source.cell})
    return pd.DataFrame(sorted(rows, key=lambda r: r["forum"]), columns=["forum", "kind", "written as", "in", "cell"])


# -- problems -----------------------------------------------------------------

def problems_table(problems: Iterable[Problem]) -> pd.DataFrame:
    """Every problem with its file, sheet and cell; errors first."""
    order = {"error": 0, "warning": 1, "info": 2}
    rows = sorted((p.as_dict() for p in problems),
                  key=lambda d: (order.get(d["severity"], 3), d["file"], d["sheet"], _cell_order(d["cell"])))
    return pd.DataFrame(rows, columns=["severity", "message", "file", "sheet", "cell", "code"])


def rows_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Query rows as a table; lists and maps become text, so any answer shows.

    >>> rows_frame([{"owner": "PW", "areas": ["DA", "Hate"], "n": 2}]).to_dict("records")
    [{'owner': 'PW', 'areas': 'DA, Hate', 'n': 2}]
    """
    def plain(value: Any) -> Any:
        if isinstance(value, (list, tuple, set)):
            return ", ".join(map(str, value))
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False, default=str)
        return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)

    columns = list(dict.fromkeys(k for r in rows for k in r))
    return pd.DataFrame([{k: plain(r.get(k)) for k in columns} for r in rows], columns=columns)


def _cell_order(cell: str) -> tuple:
    match = re.fullmatch(r"([A-Z]+)(\d+)", cell or "")
    return (int(match.group(2)), len(match.group(1)), match.group(1)) if match else (0, 0, cell or "")

"""The Task page's tables: every field of one task, its row as written,
its links each way, its owners and the forums it names.

Examples
--------
>>> task = {"partnership": "P", "key": "W#2", "text": "Patrol", "strands": ["Pursue"], "file": "p.xlsx",
...         "sheet": "W", "cell": "E4", "owners": ["PW"],
...         "as_written": [{"column": "Strand", "cell": "C4", "value": "PURSUE", "typed_in": "C3"}]}
>>> task_fields(task).values.tolist()
[['Task', 'Patrol'], ['Strands', 'Pursue'], ['Key', 'W#2'], ['Read from', 'p.xlsx › W › E4']]
>>> written_table(task["as_written"]).values.tolist()
[['Strand', 'C4', 'PURSUE', 'C3']]
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import pandas as pd

from analyses.common import task_order
from graphmodel import where

from .common import joined, task_name

__all__ = ["FIELDS", "task_fields", "written_table", "links_table", "task_owners_table", "mentions_table"]

# Shown elsewhere on the page, or not fields of the task as the plan gave it.
_NOT_FIELDS = ("partnership", "key", "file", "sheet", "cell", "owners", "as_written")

# Each field in a planner's words, in the order a planner reads them.
FIELDS = {
    "text": "Task", "workstream": "Workstream", "area": "Area", "ref": "Number", "strands": "Strands",
    "how": "How (as written)", "who": "Who (as written)", "when": "When (as written)", "due": "Due",
    "due_from": "Due from (earliest)", "due_precision": "How exact the due date is",
    "due_is_review": "The due date is a review date", "start": "Start", "status": "Status", "recurrence": "Recurs",
    "rag": "RAG", "rag_evidence": "RAG read from", "percent_complete": "Per cent complete",
    "depends": "Dependencies (as written)", "support": "Supporting officers", "partners": "Partners (as written)",
    "notes": "Notes", "dangling_links": "Cites tasks that do not exist", "plan": "Workbook",
    "cells": "Task cells (one a row it was read from)",
}


def task_fields(task: Mapping[str, Any]) -> pd.DataFrame:
    """Every field of a task (a get_task row), in words, as read, one row each."""
    known = [f for f in FIELDS if f in task] + sorted(f for f in task if f not in FIELDS and f not in _NOT_FIELDS)
    rows = [{"field": FIELDS.get(name, name.replace("_", " ")), "value": _value(task[name])} for name in known]
    rows.append({"field": "Key", "value": task["key"]})
    rows.append({"field": "Read from", "value": where(task.get("file") or "", task.get("sheet") or "",
                                                       task.get("cell") or "")})
    return pd.DataFrame(rows, columns=["field", "value"])


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return joined(value)


def written_table(cells: Iterable[Mapping[str, str]]) -> pd.DataFrame:
    """The task's row as the plan wrote it, cell by cell, saved at load: the
    column's header, the cell, its text and where a merged cell was typed."""
    rows = [{"column": c.get("column", ""), "cell": c.get("cell", ""), "value": c.get("value", ""),
             "typed in": c.get("typed_in") or c.get("cell", "")} for c in cells]
    return pd.DataFrame(rows, columns=["column", "cell", "value", "typed in"])


def links_table(links: Iterable[Mapping[str, Any]], tasks: Mapping[str, Mapping[str, Any]], *,
                other_end: str) -> pd.DataFrame:
    """A task's links (get_links rows), named by the task at ``other_end``
    ("end": what it waits on, "start": what waits on it)."""
    columns = ["task", "words", "link", "evidence", "confidence", "cell", "key"]
    rows = [{"task": task_name(tasks.get(r[other_end]), r[other_end]),
             "words": (tasks.get(r[other_end]) or {}).get("text", ""),
             "link": (r.get("kind") or "") + (" (inferred)" if r.get("inferred") else ""),
             "evidence": r.get("evidence") or "", "confidence": r.get("confidence"),
             "cell": f"{r.get('sheet') or ''} {r.get('cell') or ''}".strip(), "key": r[other_end]} for r in links]
    return pd.DataFrame(sorted(rows, key=lambda r: task_order(r["key"])), columns=columns)


def task_owners_table(owners: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The task's owners and how the plan wrote each."""
    rows = [{"owner": o["name"], "kind": o["kind"], "written as": o.get("written_as", ""),
             "shared": "yes" if o.get("joint") else "", "cell": o.get("cell", ""), "key": o["owner"]}
            for o in owners]
    return pd.DataFrame(sorted(rows, key=lambda r: r["owner"]),
                        columns=["owner", "kind", "written as", "shared", "cell", "key"])


def mentions_table(mentions: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The forums and partners the task names, with the words read."""
    rows = [{"forum": m["forum"], "kind": str(m["label"]).lower(), "written as": m.get("evidence") or "",
             "in": m.get("field", ""), "cell": m.get("cell", "")} for m in mentions]
    return pd.DataFrame(sorted(rows, key=lambda r: r["forum"]), columns=["forum", "kind", "written as", "in", "cell"])

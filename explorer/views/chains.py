"""The Dependency chains page's tables and filters: a chain as rows, the
plan map's filters and the tasks they keep, and the whole plan's findings
(dates that clash, cycles, hubs, longest chains, links to missing tasks).

Examples
--------
>>> tasks = {"W#1": {"key": "W#1", "workstream": "W", "ref": "1", "area": "A", "text": "Map", "strands": ["Prevent"],
...                  "status": "completed", "owners": ["PW"], "due": None, "when": ""},
...          "W#2": {"key": "W#2", "workstream": "W", "ref": "2", "area": "A", "text": "Patrol", "strands": ["Pursue"],
...                  "status": "planned", "owners": [], "due": "2018-06-30", "when": "Jun-18"}}
>>> filter_tasks(tasks, [], statuses=["planned"])
['W#2']
>>> filter_tasks(tasks, [{"start": "W#2", "end": "W#1", "kind": "reference"}], linked_only=True)
['W#1', 'W#2']
>>> filter_options(tasks)["owners"]
['PW']
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from analyses.chains import ChainStep, Conflict, Hub, follows
from analyses.impact import KnockOn
from analyses.common import area_name
from graphmodel import STRANDS

from .common import STATUSES, joined, task_name

__all__ = ["impact_table", "chain_table", "filter_options", "filter_tasks", "tasks_in_area", "tasks_table", "conflicts_table", "cycles_table",
           "hubs_table", "longest_table", "dangling_table"]

Tasks = Mapping[str, Mapping[str, Any]]


def chain_table(steps: Sequence[ChainStep], tasks: Tasks) -> pd.DataFrame:
    """One row per task of a chain, nearest first, evidence first: the task,
    the words its link was read from, where (file › sheet › cell), and
    what is wrong with the link; then its details."""
    rows = [{
        "task": f"{s.workstream} #{s.ref}", "evidence": s.evidence, "where": s.where,
        "warning": "; ".join(map(str, s.warnings)), "depth": s.depth, "words": s.text,
        "owners": ", ".join(s.owners), "due": s.due or (tasks.get(s.task) or {}).get("when", ""), "status": s.status,
        "link": s.kind + (" (inferred)" if s.inferred else ""), "reached from": task_name(tasks.get(s.via), s.via),
        "workstream": s.workstream, "no.": s.ref, "key": s.task,
    } for s in steps]
    columns = ["task", "evidence", "where", "warning", "depth", "words", "owners", "due", "status", "link",
               "reached from", "workstream", "no.", "key"]
    return pd.DataFrame(rows, columns=columns)


def filter_options(tasks: Tasks) -> dict[str, list[str]]:
    """The choices of the plan map's filters, each sorted."""
    rows = list(tasks.values())
    present = {t["status"] for t in rows}
    strands = {s for t in rows for s in t.get("strands") or []}
    return {
        "areas": sorted({area_name(t.get("area")) for t in rows}),
        "workstreams": sorted({t["workstream"] for t in rows}),
        "strands": [s for s in STRANDS if s in strands] + sorted(strands - set(STRANDS)),
        "statuses": [s for s in STATUSES if s in present] + sorted(present - set(STATUSES)),
        "owners": sorted({n for t in rows for n in t.get("owners") or []}, key=str.lower),
    }


def filter_tasks(tasks: Tasks, links: Iterable[Mapping[str, Any]], *, areas: Iterable[str] = (),
                 workstreams: Iterable[str] = (), strands: Iterable[str] = (), statuses: Iterable[str] = (),
                 owners: Iterable[str] = (), linked_only: bool = False, include_inferred: bool = True) -> list[str]:
    """The keys of the tasks every non-empty filter keeps (a filter left
    empty keeps all). ``linked_only`` keeps only tasks with a link to
    another kept task."""
    areas, workstreams, strands, statuses, owners = map(set, (areas, workstreams, strands, statuses, owners))
    kept = [k for k, t in tasks.items()
            if (not areas or area_name(t.get("area")) in areas)
            and (not workstreams or t["workstream"] in workstreams)
            and (not strands or strands & set(t.get("strands") or []))
            and (not statuses or t["status"] in statuses)
            and (not owners or owners & set(t.get("owners") or []))]
    if linked_only:
        keep = set(kept)
        linked = {k for link in links if follows(link, include_inferred)
                  and link["start"] in keep and link["end"] in keep and link["start"] != link["end"]
                  for k in (link["start"], link["end"])}
        kept = [k for k in kept if k in linked]
    return kept


def tasks_in_area(keys: Iterable[str], tasks: Tasks, area: str) -> list[str]:
    """The tasks of ``keys`` in an area."""
    return [k for k in keys if area_name((tasks.get(k) or {}).get("area")) == area]


def tasks_table(tasks: Tasks, keys: Iterable[str]) -> pd.DataFrame:
    """The tasks, one row each: where they sit, their words, owner, due date and status."""
    rows = [{"area": t.get("area") or "", "workstream": t["workstream"], "no.": t["ref"], "task": t["text"],
             "owners": joined(t.get("owners")), "due": t.get("due") or t.get("when") or "", "status": t["status"],
             "strands": joined(t.get("strands")), "key": k}
            for k in keys if (t := tasks.get(k))]
    return pd.DataFrame(rows, columns=["area", "workstream", "no.", "task", "owners", "due", "status", "strands",
                                       "key"])


def conflicts_table(tasks: Tasks, conflicts: Sequence[Conflict]) -> pd.DataFrame:
    """Links whose dates cannot both be kept."""
    rows = [{"task": task_name(tasks.get(c.task), c.task), "due": c.task_due,
             "waits on": task_name(tasks.get(c.depends_on), c.depends_on), "its due date": c.dependency_due,
             "its status": c.dependency_status, "problem": c.problem, "review date": "yes" if c.review else "",
             "evidence": c.evidence, "cell": c.cell, "key": c.task} for c in conflicts]
    return pd.DataFrame(rows, columns=["task", "due", "waits on", "its due date", "its status", "problem",
                                       "review date", "evidence", "cell", "key"])


def cycles_table(tasks: Tasks, cycles: Sequence[Sequence[str]]) -> pd.DataFrame:
    """Each cycle of links as the tasks in it, round to the first again."""
    rows = [{"tasks": len(c), "cycle": " → ".join(task_name(tasks.get(k), k) for k in list(c) + list(c[:1])),
             "key": c[0]} for c in cycles]
    return pd.DataFrame(rows, columns=["tasks", "cycle", "key"])


def hubs_table(tasks: Tasks, hubs: Sequence[Hub]) -> pd.DataFrame:
    """The tasks most work waits on."""
    rows = [{"task": f"{h.workstream} #{h.ref}", "words": (tasks.get(h.task) or {}).get("text", ""),
             "cited by": h.direct, "waiting on it in all": h.total, "key": h.task} for h in hubs]
    return pd.DataFrame(rows, columns=["task", "words", "cited by", "waiting on it in all", "key"])


def longest_table(tasks: Tasks, longest: Sequence[Sequence[str]]) -> pd.DataFrame:
    """The longest chains, in the order the work must be done."""
    rows = [{"tasks": len(c), "chain (first to last)": " → ".join(task_name(tasks.get(k), k) for k in c),
             "key": c[-1]} for c in longest]
    return pd.DataFrame(rows, columns=["tasks", "chain (first to last)", "key"])


def dangling_table(tasks: Tasks, dangling: Sequence[tuple[str, str]]) -> pd.DataFrame:
    """References to tasks that do not exist."""
    rows = [{"task": task_name(tasks.get(k), k), "reference": note, "key": k} for k, note in dangling]
    return pd.DataFrame(rows, columns=["task", "reference", "key"])


def impact_table(found: KnockOn) -> pd.DataFrame:
    """The tasks a slip would make late (or cannot tell), in the order of the work."""
    rows = [{"task": f"{i.workstream} #{i.ref}", "words": i.text, "due": i.due or "no date",
             "could finish": i.earliest, "late by (days)": i.late_days, "state": i.state,
             "owners": ", ".join(i.owners), "forums": ", ".join(i.forums), "key": i.task} for i in found.hit]
    frame = pd.DataFrame(rows, columns=["task", "words", "due", "could finish", "late by (days)", "state", "owners",
                                        "forums", "key"])
    frame["late by (days)"] = frame["late by (days)"].astype("Int64")
    return frame

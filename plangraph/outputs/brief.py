"""The board briefing: one self-contained HTML file with the findings a
board reads, each pointing to the cells it comes from.

Leadership reads a board pack, often printed or opened on a locked-down
laptop; partnership managers send things to partners who install nothing.
So the briefing is one file: no script at all, no font, image or style
from anywhere else (a Content-Security-Policy says so to the browser), and
print styles for A4 (tables never cut across pages mid-row). It names the
plans it was made from, their dates, and when it was made.

Examples
--------
>>> import tempfile, pathlib
>>> from loaders import load_plans, sample_data
>>> result = load_plans([sample_data()])
>>> path = pathlib.Path(tempfile.mkdtemp()) / "brief.html"
>>> facts = write_brief(result.graph, path)
>>> facts.tasks, facts.overloaded, "<script" in path.read_text()
(212, 6, False)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment

from analyses.chains import AS_WRITTEN, EARLIER, plan_overview
from analyses.common import Source, answers, partnership_asked, task_name, task_order
from analyses.forums import forum_overview
from analyses.impact import knock_on
from analyses.owners import workload_overview
from graphmodel import where

__all__ = ["BriefFacts", "brief_facts", "write_brief", "SLIP_DAYS"]

SLIP_DAYS = 28  # the slip the "slips that would hurt most" are measured by
_ENV = Environment(autoescape=True)


@dataclass
class BriefFacts:
    """Everything the briefing says, as values (the template only lays them out)."""

    partnership: str
    made: str
    plans: list[dict]
    tasks: int
    owners: int
    links: int
    threshold: int
    overloaded: int
    owner_rows: list[dict] = field(default_factory=list)
    clashes: list[dict] = field(default_factory=list)
    cycles: list[str] = field(default_factory=list)
    slips: list[dict] = field(default_factory=list)
    shared: list[dict] = field(default_factory=list)
    overlap: list[dict] = field(default_factory=list)
    unowned: list[dict] = field(default_factory=list)
    undated: list[dict] = field(default_factory=list)
    dangling: list[dict] = field(default_factory=list)


def _where(task: dict) -> str:
    return where(task.get("file") or "", task.get("sheet") or "", task.get("cell") or "")


def _name(tasks: dict[str, dict], key: str) -> str:
    return task_name(tasks.get(key), key)


def brief_facts(source: Source, *, partnership: str | None = None, made: dt.datetime | None = None) -> BriefFacts:
    """The findings of a partnership's plans, for the briefing."""
    q = answers(source)
    where = partnership_asked(q, partnership)
    tasks = {t["key"]: t for t in q.get_tasks(partnership=where)}
    owners = workload_overview(q, partnership=where)
    chains = plan_overview(q, today=AS_WRITTEN, partnership=where)
    forums = forum_overview(q, partnership=where)
    loads = owners["owners"]
    facts = BriefFacts(
        partnership=where or "", made=(made or dt.datetime.now()).strftime("%d/%m/%Y %H:%M"),
        plans=[{"file": p["key"], "date": p.get("date") or "", "kind": p["kind"]} for p in q.get_plans(partnership=where)],
        tasks=len(tasks), owners=len(loads), links=len(q.get_links(partnership=where)), threshold=owners["threshold"],
        overloaded=sum(o.overloaded for o in loads))
    facts.owner_rows = [{"name": o.name, "tasks": o.tasks, "over_by": o.over_by, "areas": ", ".join(o.areas),
                         "note": o.unresolved} for o in loads if o.overloaded]
    facts.clashes = [{"task": _name(tasks, c.task), "due": c.task_due, "waits_on": _name(tasks, c.depends_on),
                      "its_due": c.dependency_due, "where": _where({**tasks.get(c.task, {}), "cell": c.cell})}
                     for c in chains["schedule_conflicts"] if c.problem == EARLIER]
    facts.cycles = [" → ".join(_name(tasks, k) for k in [*c, c[0]]) for c in chains["cycles"]]
    facts.slips = _slips(q, where, chains["hubs"], tasks)
    facts.shared = [{"forum": s.forum, "areas": len(s.areas), "which": ", ".join(s.areas)} for s in forums.shared[:8]]
    facts.overlap = [{"area": o.area, "other": o.other, "shared": len(o.shared), "score": round(100 * o.score)}
                     for o in forums.overlap[:5]]
    facts.unowned = [{"task": _name(tasks, k), "where": _where(tasks[k])} for k in owners["unowned"] if k in tasks]
    facts.undated = [{"task": _name(tasks, k), "when": t.get("when") or "", "where": _where(t)}
                     for k, t in sorted(tasks.items(), key=lambda kv: task_order(kv[0])) if not t.get("due")]
    facts.dangling = [{"task": _name(tasks, k), "reference": note, "where": _where(tasks.get(k, {}))}
                      for k, note in chains["dangling"]]
    return facts


def _slips(q: Any, where: str | None, hubs: list, tasks: dict[str, dict]) -> list[dict]:
    """The tasks most work waits on, and what a slip of SLIP_DAYS in each would make late."""
    found = []
    for hub in hubs[:5]:
        hit = knock_on(q, hub.task, days=SLIP_DAYS, partnership=where).hit
        found.append({"task": _name(tasks, hub.task), "waiting": hub.total, "where": _where(tasks.get(hub.task, {})),
                      "late": sum(1 for i in hit if i.state == "late"),
                      "unknown": sum(1 for i in hit if i.state != "late")})
    return sorted(found, key=lambda s: (-s["late"], -s["waiting"], s["task"]))


@cache
def _template():
    return _ENV.from_string((resources.files(__package__) / "brief.html").read_text(encoding="utf-8"))


def write_brief(source: Source, path: Path | str, *, partnership: str | None = None,
                made: dt.datetime | None = None) -> BriefFacts:
    """Write the briefing of a partnership's plans to ``path``; the facts it says."""
    facts = brief_facts(source, partnership=partnership, made=made)
    Path(path).write_text(_template().render(f=facts, slip_days=SLIP_DAYS), encoding="utf-8")
    return facts

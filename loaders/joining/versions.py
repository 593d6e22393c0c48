"""Two workbooks holding the same workstream: versions, duplicates or parts.

Partnerships keep old copies beside new ones ("DA plan.xlsx" and "DA plan -
updated.xlsx") and export the same plan twice (a project tool's CSV beside
its xlsx). Where two workbooks hold a workstream with the same tasks, they
are one plan: the copy saved later (by the workbook's own date, or the order
in plangraph.toml) is current and the other is set aside, never mixed in; a
copy with exactly the same tasks is reported as a duplicate and the xlsx is
kept over a CSV (it keeps dates' formats and colours). Where the tasks
differ entirely (one workbook per strand of the same priority), they are
parts of one workstream and both are kept.
"""

from __future__ import annotations

from dataclasses import replace

from graphmodel import Label, Plan, Task

from ..overrides import Overrides
from ..report import ProblemLog
from ..text.titles import normalise
from ..workbooks.book import Fragment

__all__ = ["set_aside_old_versions"]

# Share of the smaller copy's task numbers the other must hold to be a version of it.
_SAME_PLAN = 0.5


def set_aside_old_versions(fragments: list[Fragment], overrides: Overrides) -> None:
    """Where workbooks share a workstream, keep it in one of them."""
    holders: dict[str, list[Fragment]] = {}
    for frag in fragments:
        for ws in frag.graph.nodes(Label.WORKSTREAM):
            holders.setdefault(ws.key, []).append(frag)
    # Each workbook's tasks by workstream, read once (not once per shared workstream).
    shared = any(len(h) > 1 for h in holders.values())
    tasks = {id(f): _by_workstream(f) for f in fragments} if shared else {}
    dropped: dict[tuple[int, int, bool], list[str]] = {}
    for name, frags in holders.items():
        if len(frags) < 2:
            continue
        contents = {id(f): _contents(tasks[id(f)].get(name, [])) for f in frags}
        identical = all(c == contents[id(frags[0])] for c in contents.values())
        # Among identical copies an xlsx beats a CSV: it keeps formats and colours.
        keep = max(frags, key=lambda f: (identical and not f.is_csv, overrides.plan_rank(f.plan)))
        for frag in frags:
            if frag is not keep and _same_plan(contents[id(frag)], contents[id(keep)]):
                duplicate = contents[id(frag)] == contents[id(keep)]
                dropped.setdefault((id(frag), id(keep), duplicate), []).append(name)
    by_id = {id(f): f for f in fragments}
    for (frag_id, keep_id, duplicate), names in dropped.items():
        _report(by_id[frag_id], names, by_id[keep_id].plan, duplicate)
        _drop_workstreams(by_id[frag_id], names, tasks[frag_id], by_id[keep_id].plan, duplicate)
    for frag in fragments:
        if not frag.graph.nodes(Label.WORKSTREAM) and frag.plan.superseded_by:
            frag.plan.current = False


def _by_workstream(frag: Fragment) -> dict[str, list[Task]]:
    found: dict[str, list[Task]] = {}
    for t in frag.graph.nodes(Label.TASK):
        if isinstance(t, Task):
            found.setdefault(t.workstream, []).append(t)
    return found


def _contents(tasks: list[Task]) -> dict[str, tuple[str, ...]]:
    """Each task's reference and what it says: a duplicate says the same everywhere."""
    # Dates compare as read, not as typed: a CSV export writes "2025-06-27" where its xlsx holds a date-time.
    return {t.ref: (*(normalise(v) for v in (t.text, t.who, t.how, t.depends, t.notes)), t.due, t.status)
            for t in tasks}


def _same_plan(a: dict, b: dict) -> bool:
    if not a or not b:
        return True
    return len(a.keys() & b.keys()) >= _SAME_PLAN * min(len(a), len(b))


def _report(frag: Fragment, names: list[str], kept: Plan, duplicate: bool) -> None:
    """One note for each pair of files: which workstreams were set aside, and why."""
    ws = frag.graph.get(Label.WORKSTREAM, names[0])
    assert ws is not None
    log = ProblemLog(frag.plan.key, frag.problems)
    what = f"workstream {names[0]!r}" if len(names) == 1 else f"{len(names)} workstreams ({', '.join(names)})"
    if duplicate:
        log(getattr(ws, "sheet", ""), ws.source.cell, f"{what} also in {kept.key} with the same tasks: "
            f"a duplicate, read once (from {kept.key})", severity="info", code="duplicate-workstream")
    else:
        is_are = "is" if len(names) == 1 else "are"
        log(getattr(ws, "sheet", ""), ws.source.cell, f"{what} {is_are} also in {kept.key} (dated {kept.date}), "
            "which is newer: this version is set aside (to choose, list them oldest first in plangraph.toml: "
            f"[plans] order = [\"{frag.plan.key}\", \"{kept.key}\"])", severity="info", code="superseded-workstream")


def _drop_workstreams(frag: Fragment, names: list[str], tasks: dict[str, list[Task]], newer: Plan,
                      duplicate: bool) -> None:
    """Set aside a workbook's copies of workstreams another workbook holds,
    all at once: its problems and what it collected are filtered once."""
    dropped: set = set()
    rows: set[tuple[str, int]] = set()
    for name in names:
        ws = frag.graph.get(Label.WORKSTREAM, name)
        assert ws is not None
        dropped.add((Label.WORKSTREAM, name))
        for task in tasks.get(name, []):
            frag.graph.remove(task)
            dropped.add((Label.TASK, task.key))
            rows |= {(task.source.sheet, _row(cell)) for cell in task.cells}
        frag.graph.remove(ws)
    # What the copy set aside said about its own rows is not news: the copy kept says it.
    frag.problems[:] = [p for p in frag.problems if (p.sheet, _row(p.cell)) not in rows
                        or p.code in ("duplicate-workstream", "superseded-workstream")]
    frag.collected.drop(dropped)
    frag.plan.superseded_by = newer.key
    aside = set(names)
    frag.sheets[:] = [
        replace(s, kind=f"{s.kind} ({'duplicate' if duplicate else 'older version'}, set aside)")
        if s.workstream in aside else s
        for s in frag.sheets
    ]


def _row(cell: str) -> int:
    digits = "".join(ch for ch in cell if ch.isdigit())
    return int(digits) if digits else 0

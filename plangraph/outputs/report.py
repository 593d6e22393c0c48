"""The leadership report: owner workload as an Excel workbook for people.

One sheet per view, after a "Read me" sheet that says what each shows, the
threshold used and the date of the plans. Headers are bold and frozen,
columns sized to their content, long text wrapped, and the rows of
overloaded owners highlighted, so the file can be sent on as it is.

Examples
--------
>>> import tempfile, pathlib, openpyxl
>>> from graphmodel import Owner, PlanGraph, Rel, Source, Task
>>> g = PlanGraph()
>>> src = Source("p.xlsx", "W", "I3")
>>> owner = g.add(Owner(key="pw", name="PW", kind="person", spellings=["PW (p.xlsx › W › I3)"], source=src))
>>> task = g.add(Task(key="W#1", workstream="W", area="A", ref="1", text="Map", source=src))
>>> _ = g.relate(Rel.OWNED_BY, task, owner, src, written_as="PW", joint=False)
>>> path = pathlib.Path(tempfile.mkdtemp()) / "owners.xlsx"
>>> write_leadership_report(g, path)
>>> openpyxl.load_workbook(path).sheetnames
['Read me', 'Owners', 'By area', 'By strand', 'By status', 'By month', 'Concentration', 'Unowned tasks', 'Spellings']
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any, Callable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from analyses.common import Source, answers, partnership_asked
from analyses.owners import OwnerLoad, strand_order, workload_overview

from .safe import append

__all__ = ["write_leadership_report", "SHEETS", "HIGHLIGHT"]

# What each sheet shows, in the order of the workbook (the Read me lists them).
SHEETS = {
    "Owners": "Every owner holding a task: tasks, open and completed, tasks shared with another owner, "
              "the areas they hold tasks in or lead, whether they are overloaded (highlighted) and by how many "
              "tasks, and a note where the plans give only initials no list of people explains.",
    "By area": "Each owner's tasks per strategy area.",
    "By strand": "Each owner's tasks per 4P strand (a task listed under two strands counts in both).",
    "By status": "Each owner's tasks per status read from the When column (completed, ongoing, "
                 "recurring, planned, under review, unknown).",
    "By month": "Each owner's tasks by the month they fall due: how many, how many still open, and how many of "
                "those were overdue as of the date of their own plan.",
    "Concentration": "For each workstream, the share of its tasks held by its busiest owner; "
                     "flagged when one owner holds more than half.",
    "Unowned tasks": "Tasks with no owner, with the workbook, sheet and cell to fill in.",
    "Spellings": "Every way the plans wrote each owner's name, with its cell, so a merge can be checked.",
}
HIGHLIGHT = PatternFill("solid", start_color="FFF4CCCC", end_color="FFF4CCCC")  # overloaded owners
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_MAX_WIDTH = 60  # wider columns wrap instead


def write_leadership_report(plans: Source, path: Path | str, *, threshold: int | None = None,
                            partnership: str | None = None) -> None:
    """Write the owner-workload report for leadership to ``path`` (.xlsx).
    ``plans`` is a store (or a graph in memory); ``threshold``: more tasks
    than this is overloaded (default: the rule of
    analyses.owners.default_threshold)."""
    q = answers(plans)
    where = partnership_asked(q, partnership)
    overview = workload_overview(q, threshold=threshold, partnership=where)
    owners: list[OwnerLoad] = overview["owners"]
    book = Workbook()
    _read_me(book.active, q, where, overview)
    _table(book, "Owners", ["owner", "kind", "tasks", "open", "completed", "shared", "areas", "leads", "overloaded",
                            "over by", "note"],
           [[o.name, o.kind, o.tasks, o.open, o.completed, o.shared, "; ".join(o.areas), "; ".join(o.leads),
             "yes" if o.overloaded else "", o.over_by if o.overloaded else None, o.unresolved] for o in owners],
           highlight=[o.overloaded for o in owners])
    for sheet, split in (("By area", lambda o: o.by_area), ("By strand", lambda o: o.by_strand),
                         ("By status", lambda o: o.by_status)):
        _crosstab(book, sheet, owners, split)
    _table(book, "By month", ["owner", "month due", "tasks", "open", "overdue"],
           [[m.name, m.month, m.due, m.open, m.overdue] for m in overview["by_month"]],
           highlight=[m.overdue > 0 for m in overview["by_month"]])
    _table(book, "Concentration", ["workstream", "area", "tasks", "top owner", "top owner's tasks", "share",
                                   "flagged"],
           [[c.workstream, c.area or "", c.tasks, c.top_name, c.top_tasks, c.share, "yes" if c.flagged else ""]
            for c in overview["concentration"]],
           highlight=[c.flagged for c in overview["concentration"]], percent={"share"})
    tasks = sorted(q.get_tasks(partnership=where, keys=overview["unowned"]), key=lambda t: overview["unowned"].index(t["key"]))
    _table(book, "Unowned tasks", ["workstream", "ref", "task", "file", "sheet", "cell"],
           [[t["workstream"], t["ref"], t["text"], t["file"], t["sheet"], t["cell"]] for t in tasks])
    _table(book, "Spellings", ["owner", "written as", "file", "sheet", "cell"],
           [[o.name, s.written, s.source.file, s.source.sheet, s.source.cell] for o in owners for s in o.spellings])
    made = io.BytesIO()
    book.save(made)  # whole, then written at once: a full disk leaves no half-open zip behind
    Path(path).write_bytes(made.getvalue())


def _read_me(ws: Worksheet, q: Any, partnership: str | None, overview: dict[str, Any]) -> None:
    ws.title = "Read me"
    plans = [p for p in q.get_plans(partnership=partnership) if p["current"]]
    dates = sorted({p["date"] for p in plans if p["date"]})
    saved = " to ".join(dict.fromkeys([dates[0], dates[-1]])) if dates else "on no recorded date"
    tasks = sum(r["tasks"] for r in q.get_partnerships() if partnership is None or r["partnership"] == partnership)
    owners = overview["owners"]
    rows = [
        ["Owner workload report"],
        [],
        ["Data", f"{tasks} tasks read from {len(plans)} workbooks saved {saved} (the date of the data)"],
        ["Workbooks", "; ".join(f"{p['key']} ({p['date'] or 'no date'})" for p in plans)],
        ["Made", f"by plangraph on {dt.datetime.now():%d/%m/%Y %H:%M}"],
        ["Owners", f"{len(owners)} owners hold tasks; {len(overview['unowned'])} tasks have no owner"],
        ["Overloaded", f"more than {overview['threshold']} tasks "
                       f"({sum(o.overloaded for o in owners)} owners, highlighted on the Owners sheet)"],
        ["Rule", "An owner is overloaded when they hold more than twice the average number of tasks per owner, "
                 "and never for 5 tasks or fewer, unless a threshold was given."],
        ["Counting", "A task given to two owners counts for each of them, and as shared. "
                     "The spellings of one person are merged (initials read from the leads sheets)."],
        [],
        ["Sheet", "What it shows"],
        *[[name, text] for name, text in SHEETS.items()],
    ]
    for row in rows:
        append(ws, row)
    ws["A1"].font = Font(bold=True, size=14)
    for row in ws.iter_rows(min_row=3):
        row[0].font = _BOLD
        for cell in row:
            cell.alignment = _WRAP
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 100


def _table(book: Workbook, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], *,
           highlight: Sequence[bool] = (), percent: set[str] = frozenset()) -> Worksheet:
    ws = book.create_sheet(title)
    append(ws, headers)  # headers too: a workstream or area name can start with "="
    for row in rows:
        append(ws, row)
    for cell in ws[1]:
        cell.font = _BOLD
    ws.freeze_panes = "A2"
    for col, header in enumerate(headers, start=1):
        if header in percent:
            for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
                cell.number_format = "0%"
    for row, marked in zip(ws.iter_rows(min_row=2), highlight):
        if marked:
            for cell in row:
                cell.fill = HIGHLIGHT
    _fit(ws)
    return ws


def _crosstab(book: Workbook, title: str, owners: list[OwnerLoad], split: Callable[[OwnerLoad], dict[str, int]]):
    """Owners down, the split's values across, blank where an owner has none."""
    columns = sorted({value for o in owners for value in split(o)}, key=strand_order)
    _table(book, title, ["owner", *columns, "total"],
           [[o.name, *[split(o).get(c) for c in columns], o.tasks] for o in owners],
           highlight=[o.overloaded for o in owners])


def _fit(ws: Worksheet) -> None:
    """Columns as wide as their longest line (up to a limit); longer text wraps."""
    for col in ws.iter_cols():
        longest = max(len(line) for cell in col for line in str(cell.value or "").splitlines() or [""])
        width = min(max(longest + 2, 8), _MAX_WIDTH)
        ws.column_dimensions[get_column_letter(col[0].column)].width = width
        for cell in col[1:]:
            cell.alignment = _WRAP if longest > _MAX_WIDTH else _TOP

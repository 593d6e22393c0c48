"""Reading the task tables of a delivery plan into tasks.

Each task table becomes a workstream. Each row with text in the Task
column becomes a task, keyed by its workstream and its reference as the
plan writes it. The strand is carried down over blank and merged cells.
A task repeated under several strands with the same reference and text
(the Serious & Organised Crime plan lists "Op Scorpion" as task 1 under all
four strands) is one task in several strands.
"""

from __future__ import annotations

import re

from graphmodel import STRANDS, Label, PlanGraph, Plan, Rel, Source, Strand, Task, Workstream, task_key

from ..collected import CellText, Collected, OwnerMention
from ..text.titles import clean_title, normalise
from ..report import ProblemLog
from .tables import Table, strand_name
from ..text.when import parse_rag, parse_when
from .cells import coordinate

__all__ = ["read_task_table", "workstream_name"]

_FIELDS = ("how", "who", "when", "depends", "rag")
# The cells of a row where a task may cite another task or name a forum.
_TEXT_FIELDS = ("task", "how", "who", "when", "depends")


def workstream_name(table: Table) -> str:
    """The table's title without the '4P plan' words, or the sheet's name.

    The title wins where the two disagree: the Serious & Organised Crime
    table sits in a sheet named "Digital Crime & Fraud" (a copied template)
    but is titled "Organised Crime Groups".
    """
    return clean_title(table.title) if table.title else table.sheet.name.strip()


def read_task_table(table: Table, plan: Plan, graph: PlanGraph, log: ProblemLog, collected: Collected) -> Workstream:
    """Add a table's workstream and tasks to ``graph``; returns the workstream.
    Owner names and cell texts go to ``collected``, for the load to resolve."""
    sheet = table.sheet
    name = workstream_name(table)
    ws_source = Source(plan.key, sheet.name, table.title_cell or coordinate(table.header_row, table.columns["task"]))
    ws = graph.add(Workstream(key=name, name=name, area=None, sheet=sheet.name, plan=plan.key, source=ws_source))
    graph.relate(Rel.IN_PLAN, ws, plan, ws_source)
    numbered = "ref" in table.columns and any(sheet.text(r, table.columns["ref"]) for r in table.rows)
    if not numbered:
        # One note for the table, not one per row: the plan simply has no numbers.
        log(sheet.name, coordinate(table.header_row, table.columns.get("ref", table.columns["task"])),
            "no task in this table has a number; tasks are keyed by their row", severity="info", code="no-ref-column")
    strand, strand_cell = None, ""
    previous: str | None = None
    for row in table.rows:
        text = {m: sheet.text(row, c) for m, c in table.columns.items()}
        if "strand" in table.columns and text["strand"]:
            strand, strand_cell = _strand(text["strand"], row, table, log)
        task_text = text["task"]
        others = [text.get(f, "") for f in _FIELDS]
        if strand_name(task_text) and not any(others):
            # A section row ("PREVENT" across the table) sets the strand.
            strand, strand_cell = strand_name(task_text), sheet.origin(row, table.columns["task"])
            continue
        if not re.search(r"\w", task_text):
            _skip_row(table, row, text, log)
            continue
        task = _add_task(table, row, text, strand, strand_cell, ws, plan, graph, log, numbered)
        _collect(table, row, text, task, previous, plan, collected, first=len(task.cells) == 1)
        previous = task.key
    return ws


def _collect(table: Table, row: int, text: dict[str, str], task: Task, previous: str | None,
             plan: Plan, collected: Collected, first: bool) -> None:
    for f in _TEXT_FIELDS:
        if f in table.columns and text.get(f):
            source = Source(plan.key, table.sheet.name, coordinate(row, table.columns[f]))
            collected.texts.append(CellText(task.key, f, source, text[f], previous))
    if first and text.get("who"):
        source = Source(plan.key, table.sheet.name, coordinate(row, table.columns["who"]))
        collected.mentions.append(OwnerMention(text["who"], source, (Label.TASK, task.key)))


def _strand(text: str, row: int, table: Table, log: ProblemLog) -> tuple[str | None, str]:
    cell = table.sheet.origin(row, table.columns["strand"])
    name = strand_name(text)
    if name is None:
        log(table.sheet.name, cell, f"strand {text!r} is not one of {', '.join(STRANDS)}", code="unknown-strand")
    return name, cell


def _skip_row(table: Table, row: int, text: dict[str, str], log: ProblemLog) -> None:
    task_cell = coordinate(row, table.columns["task"])
    if text["task"]:
        log(table.sheet.name, task_cell, f"Task cell holds only {text['task']!r}; not read as a task",
            severity="info", code="not-a-task")
    elif any(text.get(f) for f in ("ref", *_FIELDS)):
        log(table.sheet.name, task_cell, "row has details but no task text; not read as a task", code="no-task-text")


def _add_task(table: Table, row: int, text: dict[str, str], strand: str | None, strand_cell: str,
              ws: Workstream, plan: Plan, graph: PlanGraph, log: ProblemLog, numbered: bool) -> Task:
    sheet = table.sheet
    cell = coordinate(row, table.columns["task"])
    source = Source(plan.key, sheet.name, cell)
    ref = text.get("ref") or f"row {row}"
    if not text.get("ref") and numbered:
        log(sheet.name, coordinate(row, table.columns["ref"]), f"task has no number; keyed as {ref!r}", code="no-ref")
    key = task_key(ws.key, ref)
    held = graph.get(Label.TASK, key)
    if held is not None and normalise(held.text) != normalise(text["task"]):  # type: ignore[attr-defined]
        # Same number, different task: keep both, the second under its strand.
        ref = f"{ref} ({strand or 'no strand'})"
        log(sheet.name, cell, f"task number {text['ref']!r} is used again for a different task; "
            f"keyed as {ref!r}", code="repeated-ref")
        key = task_key(ws.key, ref)
        held = graph.get(Label.TASK, key)
    task = held or graph.add(Task(
        key=key, source=source, workstream=ws.key, area=None, ref=ref, text=text["task"],
        plan=plan.key, **{f: text.get(f, "") for f in _FIELDS if f != "rag"}, rag=_rag(text.get("rag", "")),
        **_when(sheet.value(row, table.columns["when"]) if "when" in table.columns else None),
    ))
    assert isinstance(task, Task)
    task.cells.append(cell)
    graph.relate(Rel.HAS_TASK, ws, task, source)
    if strand:
        if strand not in task.strands:
            task.strands.append(strand)
        strand_source = Source(plan.key, sheet.name, strand_cell)
        node = graph.add(Strand(key=strand, name=strand, order=STRANDS.index(strand) + 1, source=strand_source))
        graph.relate(Rel.IN_STRAND, task, node, strand_source)
    elif held is None:
        log(sheet.name, cell, "task has no strand", code="no-strand")
    return task


def _rag(text: str) -> str:
    """A RAG cell as red / amber / green / blue, or as written if it is none of them."""
    return parse_rag(text) or text


def _when(value: object) -> dict:
    """The due date, precision and status read from a When cell."""
    when = parse_when(value)
    return {
        "due": when.due.isoformat() if when.due else None,
        "due_precision": when.precision,
        "due_is_review": when.review,
        "status": when.status,
        "recurrence": when.recurrence,
    }

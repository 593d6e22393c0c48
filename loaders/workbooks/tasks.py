"""Turning task records into tasks, workstreams and what the joining steps need.

Each task record (a table row or a document block) becomes a task of a
workstream, keyed by its workstream and its reference as the plan writes
it. The workstream is the record's outline parent, else its priority (a
Priority column, a heading row, an outline's top level, written the same
way however the column spells it: "DA" and "domestic abuse" are the
priority "Domestic Abuse"), else the table's title or sheet. A task
repeated under several strands with the same reference and text (the
Serious & Organised Crime plan lists "Op Scorpion" as task 1 under all four
strands) is one task in several strands.

What needs every workbook first is collected, not resolved: owner names,
the text of cells where links and forums hide, Partners cells, the boards a
note names, and a project export's row IDs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from graphmodel import STRANDS, Label, PlanGraph, Plan, Rel, Source, Strand, Task, Workstream, task_key

from ..collected import CellText, Collected, Governance, OwnerMention, PartnerText
from ..report import ProblemLog
from ..text.labels import labelled_facts
from ..text.titles import normalise
from .progress import read_due, read_rag, read_start
from .records import TaskRecord

__all__ = ["TaskBuilder"]

# The cells of a record where a task may cite another task or name a forum,
# and the field name each is collected under.
_TEXT_FIELDS = {"task": "task", "how": "how", "who": "who", "when": "when", "depends": "depends",
                "notes": "notes", "rag": "progress", "predecessors": "predecessors"}
_JOINED = ("how", "depends", "support", "partners", "notes")


@dataclass
class TaskBuilder:
    """Adds the records of one workbook to its graph."""

    plan: Plan
    graph: PlanGraph
    log: ProblemLog
    collected: Collected
    priorities: dict[str, str] = field(default_factory=dict)  # as written -> canonical
    colour_key: dict[str, str] = field(default_factory=dict)  # RGB -> rag, from the workbook's key
    # The priority each workstream was read under: workstream key -> (priority, source).
    workstream_priority: dict[str, tuple[str, Source]] = field(default_factory=dict)
    count: int = 0  # tasks the last call to add() made
    stranded: bool = False  # whether the records of the last call to add() name any strand
    plan_start: date | None = None  # the plan year's first day, for "end of Q2" with no year
    # One Source a cell: a task's cell is where it was read and where its text is
    # collected; a strand merged over a section is where every row's strand was read.
    _sources: dict[tuple[str, str], Source] = field(default_factory=dict, repr=False)

    def source(self, sheet: str, cell: str) -> Source:
        """Where a fact of this workbook was read."""
        found = self._sources.get((sheet, cell))
        if found is None:
            found = self._sources[(sheet, cell)] = Source(self.plan.key, sheet, cell)
        return found

    def add(self, records: list[TaskRecord], default: tuple[str, str]) -> list[Workstream]:
        """Add records whose workstream is not otherwise given to ``default``
        (name, cell); returns the workstreams that gained tasks, in order."""
        numbered = any(r.text("ref") for r in records)
        if records and not numbered:
            # One note for the table, not one per row: the plan simply has no numbers.
            first = records[0].first("task") or next(iter(records[0].fields.values()))[0]
            self.log(records[0].sheet, first.cell, "no task in this table has a number; tasks are keyed by their row",
                     severity="info", code="no-ref-column")
        touched: list[Workstream] = []
        self.count = 0
        self.stranded = any(r.strand and r.strand[0] for r in records)
        if records and not self.stranded:
            # One note for the table: the plan does not use the 4P strands.
            first = records[0].first("task") or next(iter(records[0].fields.values()))[0]
            self.log(records[0].sheet, first.cell, "no task in this table names a strand (no Strand column, "
                     "section rows or strand headings)", severity="info", code="no-strands")
        previous: str | None = None
        for record in records:
            self._check_strand(record)
            if not self._is_task(record):
                continue
            ws = self._workstream(record, default)
            if not any(w is ws for w in touched):  # one object per key: no field-by-field compare
                touched.append(ws)
            task, first = self._task(record, ws, numbered)
            self.count += first
            self._collect(record, task, ws, previous, first)
            previous = task.key
        return touched

    # --- workstreams -------------------------------------------------------

    def _workstream(self, record: TaskRecord, default: tuple[str, str]) -> Workstream:
        priority = self.priorities.get(record.priority[0], record.priority[0]) if record.priority else None
        if record.workstream:
            name, cell = record.workstream
        elif priority:
            name, cell = priority, record.priority[1]  # type: ignore[index]
        else:
            name, cell = default
        key = name
        held = self.workstream_priority.get(key)
        if priority and held and held[0] != priority:
            key = f"{priority} - {name}"  # one outline's "Evidence" under two priorities
        ws = self.graph.get(Label.WORKSTREAM, key)
        if ws is None:
            source = self.source(record.sheet, cell)
            ws = self.graph.add(Workstream(key=key, name=name, area=None, sheet=record.sheet, plan=self.plan.key,
                                           source=source))
            self.graph.relate(Rel.IN_PLAN, ws, self.plan, source)
            if priority:
                self.workstream_priority[key] = (priority, self.source(record.sheet, record.priority[1]))
        assert isinstance(ws, Workstream)
        return ws

    # --- tasks ---------------------------------------------------------------

    def _is_task(self, record: TaskRecord) -> bool:
        task = record.first("task")
        if task is not None and re.search(r"\w", task.text) and not record.skipped:
            return True
        if task is not None:
            self.log(record.sheet, task.cell, f"Task cell holds only {task.text!r}; not read as a task",
                     severity="info", code="not-a-task")
        elif set(record.fields) - {"strand"}:
            cell = next(iter(record.fields.values()))[0].cell
            self.log(record.sheet, cell, "row has details but no task text; not read as a task", code="no-task-text")
        return False

    def _check_strand(self, record: TaskRecord) -> None:
        written = record.first("strand")
        if written is not None and record.strand and record.strand[0] is None:
            self.log(record.sheet, written.cell, f"strand {written.text!r} is not one of {', '.join(STRANDS)}",
                     code="unknown-strand")

    def _task(self, record: TaskRecord, ws: Workstream, numbered: bool) -> tuple[Task, bool]:
        written = record.first("task")
        assert written is not None
        source = self.source(record.sheet, written.cell)
        ref = record.text("ref") or f"row {record.row}"
        if not record.text("ref") and numbered:
            cell = record.first("ref").cell if record.first("ref") else written.cell
            self.log(record.sheet, cell, f"task has no number; keyed as {ref!r}", code="no-ref")
        strand = record.strand[0] if record.strand else None
        key = task_key(ws.key, ref)
        held = self.graph.get(Label.TASK, key)
        if held is not None and normalise(held.text) != normalise(written.text):  # type: ignore[attr-defined]
            # Same number, different task: keep both, the second under its strand.
            ref = f"{ref} ({strand or 'no strand'})"
            self.log(record.sheet, written.cell, f"task number {record.text('ref')!r} is used again for a different "
                     f"task; keyed as {ref!r}", code="repeated-ref")
            key = task_key(ws.key, ref)
            held = self.graph.get(Label.TASK, key)
        task = held or self.graph.add(self._new_task(record, key, ref, ws, source))
        assert isinstance(task, Task)
        task.cells.append(written.cell)
        self.graph.relate(Rel.HAS_TASK, ws, task, source)
        self._strand(record, task, held is None)
        return task, held is None

    def _new_task(self, record: TaskRecord, key: str, ref: str, ws: Workstream, source: Source) -> Task:
        joined = {f: "\n".join(x.text for x in record.texts(f)) for f in _JOINED}
        rag, evidence = read_rag(record, self.colour_key)
        percent = record.first("percent")
        dates = read_due(record.first("when"), self.plan_start)
        if record.first("start") is not None:
            dates["start"] = read_start(record.first("start"))
        task = Task(key=key, source=source, workstream=ws.key, area=None, ref=ref, text=record.text("task"),
                    plan=self.plan.key, who=record.text("who"), when=record.text("when"), rag=rag,
                    rag_evidence=evidence, percent_complete=_percent(percent.value if percent else None),
                    as_written=list(record.written), **joined, **dates)
        if rag == "blue":
            task.status = "completed"
        return task

    def _strand(self, record: TaskRecord, task: Task, new: bool) -> None:
        if record.strand and record.strand[0]:
            strand, cell = record.strand
            if strand not in task.strands:
                task.strands.append(strand)
            source = self.source(record.sheet, cell)
            node = self.graph.get(Label.STRAND, strand) or self.graph.add(
                Strand(key=strand, name=strand, order=STRANDS.index(strand) + 1, source=source))
            self.graph.relate(Rel.IN_STRAND, task, node, source)
        elif new and self.stranded:
            self.log(record.sheet, task.source.cell, "task has no strand", code="no-strand")

    # --- what the joining steps need ----------------------------------------

    def _collect(self, record: TaskRecord, task: Task, ws: Workstream, previous: str | None, first: bool) -> None:
        for meaning, name in _TEXT_FIELDS.items():
            for written in record.texts(meaning):
                source = self.source(record.sheet, written.cell)
                self.collected.texts.append(CellText(task.key, name, source, written.text, previous))
        who = record.first("who")
        if first and who is not None:
            source = self.source(record.sheet, who.cell)
            self.collected.mentions.append(OwnerMention(who.text, source, (Label.TASK, task.key)))
        if record.row_id:
            self.collected.row_ids[(self.plan.key, record.row_id)] = task.key
        for written in record.texts("partners"):
            self.collected.partners.append(PartnerText(written.text, self.source(record.sheet, written.cell),
                                                       (Label.TASK, task.key)))
        for written in record.texts("forum"):
            self.collected.governance.append(Governance(written.text, self.source(record.sheet, written.cell),
                                                        target=(Label.WORKSTREAM, ws.key)))
        for written in record.texts("notes") + record.texts("depends"):
            self._facts_in(written.text, self.source(record.sheet, written.cell), task, ws)

    def _facts_in(self, text: str, source: Source, task: Task, ws: Workstream) -> None:
        """"Working with: A, B." and "Overseen by: C" inside a Notes cell."""
        for fact in labelled_facts(text):
            if fact.meaning == "partners":
                self.collected.partners.append(PartnerText(fact.value, source, (Label.TASK, task.key)))
            elif fact.meaning == "forums":
                for forum in re.split(r"\s*;\s*", fact.value):
                    self.collected.governance.append(Governance(forum, source, target=(Label.WORKSTREAM, ws.key)))


def _percent(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%?\s*", value)
        return float(m.group(1)) if m else None
    return None

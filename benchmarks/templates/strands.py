"""A sheet per 4P strand, the priority a column (modelled on Southbay).

A cover with a colour key; sheets Prevent, Pursue, Protect and Prepare,
each titled "PREVENT – <partnership> Action Plan 2025-27" with a table No.
| Priority | Activity | How we'll know | Owner | Due | Notes. Refs run by
strand across priorities (PV-1, PU-1, PT-1, PP-1) and are cited as
"PT6" or "PU 2" too. The priority is written as its name or a short form
("DA", "Drugs"); progress is only the fill colour of the Activity cell;
owners are mostly initials, listed on a Staff sheet; due dates are mostly
months. A Meetings sheet lists the forums, their chairs, what they look at
and their members.
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import openpyxl

from ..files import BOLD, put_row, save_workbook, solid
from ..model import Plan
from ..plan import Traits
from ..refs import Strand, cell_texts, sentences
from ..vocab_actions import STRANDS
from . import Template
from .parts import RAG_FILLS, priority_written, staff, status_fill

__all__ = ["Strands"]

_HEADER = ["No.", "Priority", "Activity", "How we'll know", "Owner", "Due", "Notes"]
_KEY = (("Green", "On target"), ("Amber", "Some risk to delivery"), ("Red", "Off target"),
        ("Complete", "Complete"), (None, "Not yet assessed"))
_DARK = "1F4E78"


class Strands(Template):
    name = "strands"
    traits = Traits(dates="month", depends_column=False, initials="all")
    scheme = Strand()

    def write(self, plan: Plan, folder: Path) -> list[Path]:
        rng = random.Random(zlib.crc32(plan.name.encode()))
        book = openpyxl.Workbook()
        title = f"{plan.name} Action Plan {plan.year}-{(plan.year + 2) % 100:02d}"
        self._cover(book.active, plan, title)
        for strand in STRANDS:
            self._sheet(rng, book.create_sheet(strand), plan, strand, title)
        sheet = book.create_sheet("Staff")
        put_row(sheet, 1, ["Initials", "Name", "Role", "Organisation", "Leads on"], font=BOLD, fill=solid(_DARK))
        for r, row in enumerate(staff(plan), 2):
            put_row(sheet, r, row)
        self._meetings(book.create_sheet("Meetings"), plan)
        return [save_workbook(book, folder / f"{title}.xlsx")]

    def _cover(self, ws, plan: Plan, title: str) -> None:
        ws.title = "Cover & key"
        ws["A1"], ws["A1"].font = plan.name, BOLD
        ws["A2"] = f"{title[len(plan.name) + 1:]}, one tab per strand of the 4P approach"
        ws["A4"], ws["A4"].font = "Colour key (Activity column)", BOLD
        for r, (rag, meaning) in enumerate(_KEY, 5):
            if rag:
                ws.cell(row=r, column=1).fill = solid(RAG_FILLS[rag])
            ws.cell(row=r, column=2, value=meaning)
        ws["A11"] = "Owners are shown by initials; see the Staff tab. Partnership meetings are on the Meetings tab."

    def _sheet(self, rng: random.Random, ws, plan: Plan, strand: str, title: str) -> None:
        ws["A1"], ws["A1"].font = f"{strand.upper()} – {title}", BOLD
        ws["A2"] = "Colour of the Activity cell shows progress (see the key on the first tab)."
        put_row(ws, 4, _HEADER, font=BOLD, fill=solid(_DARK))
        row = 5
        for task in (t for t in plan.tasks if t.strand == strand):
            notes = cell_texts(task, self.scheme, plan)
            put_row(ws, row, [task.ref, priority_written(rng, task.workstream.priority), task.text.rstrip("."),
                              task.measure, task.owner_cell or None, (task.due.value, task.due.number_format),
                              sentences(notes["notes"]) if notes else None])
            fill = status_fill(rng, task.rag)
            if fill:
                ws.cell(row=row, column=3).fill = solid(fill)
            row += 1

    def _meetings(self, ws, plan: Plan) -> None:
        put_row(ws, 1, ["Meeting", "Chair", "How often", "On the agenda", "Members"], font=BOLD, fill=solid(_DARK))
        for r, forum in enumerate(plan.forums, 2):
            shorts = {ws_.name: ws_.priority.short for ws_ in plan.workstreams}
            covers = ", ".join(shorts.get(c, c) if r % 2 else c for c in forum.covers)
            put_row(ws, r, [forum.name, forum.chair, forum.frequency, covers, ", ".join(forum.members)])

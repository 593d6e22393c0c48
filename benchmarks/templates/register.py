"""One Excel Table of every action, with a forum grid (modelled on Kelderby).

"Action Plan" holds a two-line title and an Excel Table (Insert > Table)
with ID | Priority | 4P Strand | Action | Success measure | Lead | Partners |
Target date | Status | Notes. Refs are prefixed by priority ("ASB-01")
and cited as "ASB1", "ASB-1" or "asb-1" too; the priority is written as
its name or a short form; strands in capitals; status is the fill colour of
the Status cell (RAG, blue for complete, Excel's pale Good / Neutral / Bad
styles), now and then with a word; target dates are Excel dates shown as a
day or a month, or words. "Governance" is a grid of forums down and
priorities across with marks; "Contacts" lists staff with initials;
"Lists" holds the drop-downs and the colour key.
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from ..files import BOLD, put_row, save_workbook, solid
from ..model import Plan
from ..plan import Traits
from ..refs import Prefixed, cell_texts, sentences
from ..vocab_actions import STRANDS
from . import Template
from .parts import RAG_FILLS, partners_cell, priority_written, staff

__all__ = ["Register"]

HEADER = ["ID", "Priority", "4P Strand", "Action", "Success measure", "Lead", "Partners", "Target date", "Status",
          "Notes"]
FIRST = 4
_PALE = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
_MARKS = ("✓", "✓", "●", "x", "Y", "y")


class Register(Template):
    name = "register"
    traits = Traits(dates="table", depends_column=False, initials="all")
    scheme = Prefixed()

    def write(self, plan: Plan, folder: Path) -> list[Path]:
        rng = random.Random(zlib.crc32(plan.name.encode()))
        book = openpyxl.Workbook()
        self._actions(rng, book.active, plan)
        self._grid(rng, book.create_sheet("Governance"), plan)
        contacts = book.create_sheet("Contacts")
        put_row(contacts, 1, ["Initials", "Name", "Job title", "Organisation", "Leads on"], font=BOLD)
        for r, row in enumerate(staff(plan), 2):
            put_row(contacts, r, row)
        self._lists(book.create_sheet("Lists"), plan)
        return [save_workbook(book, folder / f"{plan.name} Action Plan {plan.year_label}.xlsx")]

    def _actions(self, rng: random.Random, ws, plan: Plan) -> None:
        ws.title = "Action Plan"
        ws["A1"], ws["A1"].font = f"{plan.name} – Action Plan {plan.year}/{(plan.year + 1) % 100:02d}", \
            Font(bold=True, size=14)
        ws["A2"] = f"Version 4 · updated 03/06/{plan.year} · maintained by the CSP Manager"
        put_row(ws, FIRST, HEADER)
        tasks = sorted(plan.tasks, key=lambda t: (plan.workstreams.index(t.workstream), STRANDS.index(t.strand)))
        for r, task in enumerate(tasks, FIRST + 1):
            notes = cell_texts(task, self.scheme, plan)["notes"]
            word = "Complete" if task.rag == "Complete" and rng.random() < 0.3 else None
            put_row(ws, r, [task.ref, priority_written(rng, task.workstream.priority),
                            task.strand.upper() if rng.random() < 0.95 else task.strand.lower(), task.text,
                            task.measure, task.owner_cell or None,
                            partners_cell(rng, task.partners, plan.partner_aliases),
                            (task.due.value, task.due.number_format), word, sentences(notes) if notes else None],
                    boxed=True)
            fill = _PALE.get(task.rag) if rng.random() < 0.3 else RAG_FILLS.get(task.rag or "")
            if fill:
                ws.cell(row=r, column=9).fill = solid(fill)
        table = Table(displayName="tblActions", ref=f"A{FIRST}:J{FIRST + len(tasks)}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)

    def _grid(self, rng: random.Random, ws, plan: Plan) -> None:
        ws["A1"], ws["A1"].font = f"{plan.name} – which forum oversees which priority", Font(bold=True, size=13)
        names = [w.name for w in plan.workstreams]
        put_row(ws, 3, ["Forum"] + names + ["Chair", "Meets"], font=BOLD)
        for r, forum in enumerate(plan.forums, 4):
            every = forum.covers == ["All priorities"]
            marks = [rng.choice(_MARKS) if every or n in forum.covers else None for n in names]
            put_row(ws, r, [forum.name] + marks + [forum.chair, forum.frequency])
        ws.cell(row=5 + len(plan.forums), column=1, value="Key: a mark in a cell means the forum oversees that "
                                                          "priority.")

    def _lists(self, ws, plan: Plan) -> None:
        put_row(ws, 1, ["Priorities", "Strands", "Status colour", "Meaning"], font=BOLD)
        meanings = ("On track", "At risk", "Off track", "Complete")
        names = [w.name for w in plan.workstreams]
        for r in range(2, 2 + max(len(names), 4)):
            strand = STRANDS[r - 2].upper() if r - 2 < 4 else None
            put_row(ws, r, [names[r - 2] if r - 2 < len(names) else None, strand, None,
                            meanings[r - 2] if r - 2 < 4 else None])
        for r, rag in zip(range(2, 6), ("Green", "Amber", "Red", "Complete")):
            ws.cell(row=r, column=3).fill = solid(RAG_FILLS[rag])

"""A sheet per priority under a title block, with a two-row header (modelled on Westmere).

Each sheet opens with merged title rows (the partnership; "Priority 2 –
Serious Violence – Delivery Plan 2025/26"; "Owner: DCI Sam Reed / Last
reviewed: 02/05/2025"; "Board: ... | Version 3"), then a header over two
rows: "People" over Lead officer | Supporting officers and "Dates" over
Start | End, the other headings merged down both rows. Refs are dotted
("2.3", "1.10"), a few typed as numbers; strands abbreviated (PREV, Prot,
PUR ); bare refs in a Dependencies column, other words in Comments;
partners split by ; , / or line breaks; RAG in words and letters. A
Contacts sheet gives everyone's initials.
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from ..files import BOLD, BOX, put_row, save_workbook, solid
from ..model import Plan, Workstream
from ..plan import Traits
from ..refs import Dotted, cell_texts, sentences
from . import Template
from .parts import partners_cell, rag_word

__all__ = ["Tabular"]

_SINGLE = {1: "Ref", 2: "4P", 3: "Action", 4: "Success measure", 9: "Dependencies", 10: "Partners", 11: "RAG",
           12: "Comments"}
_GROUPS = {5: ("People", "Lead officer", "Supporting officers"), 7: ("Dates", "Start", "End")}
_STRANDS = {"Prevent": ("PREV", "Prev", "PREV", "Prevent"), "Pursue": ("PUR", "PUR ", "Pursue", "PUR"),
            "Protect": ("PROT", "Protect", "PROT", "Prot"), "Prepare": ("PREP", "PREP", "Prepare", "Prep")}
WIDTH = 12


class Tabular(Template):
    name = "tabular"
    traits = Traits(dates="table", depends_column=True, initials="all")
    scheme = Dotted()

    def write(self, plan: Plan, folder: Path) -> list[Path]:
        rng = random.Random(zlib.crc32(plan.name.encode()))
        book = openpyxl.Workbook()
        contacts = book.active
        contacts.title = "Contacts"
        put_row(contacts, 1, ["Name", "Initials", "Role", "Organisation"], font=BOLD)
        for r, p in enumerate(plan.people, 2):
            put_row(contacts, r, [p.name, p.initials, p.role, p.org])
        for w, ws in enumerate(plan.workstreams, 1):
            self._sheet(rng, book.create_sheet(f"P{w} {ws.priority.short}"), plan, ws, w)
        return [save_workbook(book, folder / f"{plan.name} Delivery Plans {plan.year_label}.xlsx")]

    def _title(self, rng: random.Random, ws, plan: Plan, w: Workstream, number: int) -> int:
        lines = [plan.name,
                 rng.choice((f"Priority {number} – {w.name} – Delivery Plan {plan.year}/{(plan.year + 1) % 100:02d}",
                             f"Priority {number} - {w.name} - Action Plan",
                             f"PRIORITY {number} – {w.name.upper()} – ACTION PLAN")),
                 f"Owner: {w.lead.name} / Last reviewed: {rng.randint(1, 28):02d}/0{rng.randint(4, 6)}/{plan.year}",
                 f"Board: {'; '.join(w.boards)}   |   Version {rng.choice(('2', '3', '3.1'))}", None]
        for r, line in enumerate(lines, 1):
            if line:
                ws.cell(row=r, column=1, value=line).font = Font(bold=True, size=14 if r == 1 else 11)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=WIDTH)
        return len(lines) + 1

    def _header(self, ws, row: int) -> None:
        for col, text in _SINGLE.items():
            ws.cell(row=row, column=col, value=text)
            ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
        for col, (group, left, right) in _GROUPS.items():
            ws.cell(row=row, column=col, value=group)
            ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + 1)
            ws.cell(row=row + 1, column=col, value=left)
            ws.cell(row=row + 1, column=col + 1, value=right)
        for r in (row, row + 1):
            for c in range(1, WIDTH + 1):
                cell = ws.cell(row=r, column=c)
                cell.font, cell.fill, cell.border = Font(bold=True), solid("D9E1F2"), BOX
                cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")

    def _sheet(self, rng: random.Random, ws, plan: Plan, w: Workstream, number: int) -> None:
        row = self._title(rng, ws, plan, w, number)
        self._header(ws, row)
        team = [p for p in plan.people if p not in (w.lead,)]
        for r, task in enumerate(w.tasks, row + 2):
            parts = cell_texts(task, self.scheme, plan)
            ref = float(task.ref) if rng.random() < 0.05 and str(float(task.ref)) == task.ref else task.ref
            support = rng.choice(team).name if rng.random() < 0.3 else None
            start = (task.start, "dd/mm/yyyy") if rng.random() < 0.8 else None
            put_row(ws, r, [ref, rng.choice(_STRANDS[task.strand]), task.text, task.measure, task.owner_cell or None,
                            support, start, (task.due.value, task.due.number_format),
                            ", ".join(parts["depends"]) or None,
                            partners_cell(rng, task.partners, plan.partner_aliases), rag_word(rng, task.rag),
                            sentences(parts["notes"]) if parts["notes"] else None], boxed=True)
        ws.freeze_panes = ws.cell(row=row + 2, column=3)

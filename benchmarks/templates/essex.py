"""The Essex layout: a strategy register and 4P workbooks with leads sheets.

Modelled on ``loaders/samples/essex``: one workbook per two or three areas,
each with a "Strand Leads & Review Dates" sheet ("Strategic Lead: C/Supt
...", then Area | Tactical Lead | Operational Lead) and one sheet per area:
a title row, then Strand | Task | How | Who | When | Task No in every other
column, the strand written once at the top of its rows (sometimes merged
down), links and narrative together in the How cell, owners mostly by the
initials of the area's leads, "1st review 15/6/25" on most rows. Some areas
also have a plan on a page (four quadrants of text, no tasks). The register
workbook lists Areas (Vision, Strategic Lead), Aims, Partnership Forums and
Themes.
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from ..files import BOLD, put_row, save_workbook
from ..model import Plan, Workstream
from ..plan import ESSEX_KINDS, Traits
from ..refs import Plain, cell_texts, sentences
from ..vocab_names import RANK_FORMS
from . import Template

__all__ = ["Essex"]

_LONG = {"Ch Supt": "Chief Superintendent", "Supt": "Superintendent", "Ch Insp": "Chief Inspector",
         "Insp": "Inspector", "DCI": "Detective Chief Inspector", "DI": "Detective Inspector",
         "D/Supt": "Detective Superintendent", "Sgt": "Sergeant", "DS": "Detective Sergeant"}
_AIMS = ("Target the offenders, in particular repeat offenders, and increase the number of positive outcomes",
         "Identify and address patterns, trends and hot-spots in {topic}",
         "Work with local communities, the media, businesses and partners to increase the level of actionable "
         "intelligence", "Support victims of {topic}, in particular repeat victims",
         "Ensure officers and staff are trained to identify and respond appropriately to {topic}",
         "Identify and share best practice in line with recommendations from HMICFRS and the College of Policing")
_THEMES = ("Support Victims", "Target Offenders", "Police Key Locations", "Work in Partnership", "Shared Data Analysis")
_HOW_HEADERS = ("How will this be delivered?/ How will we measure performance?", "How")


class Essex(Template):
    name = "essex"
    traits = Traits(dates="essex", kinds=ESSEX_KINDS, depends_column=False, initials="leads", plain_numbers=True,
                    cross_share=0.04)  # Essex names other areas' work twice in 212 tasks
    scheme = Plain()

    def write(self, plan: Plan, folder: Path) -> list[Path]:
        rng = random.Random(zlib.crc32(plan.name.encode()))
        files = [self._register(plan, folder)]
        groups, i = [], 0
        while i < len(plan.workstreams):
            size = rng.choice((1, 2, 2, 3))
            groups.append(plan.workstreams[i:i + size])
            i += size
        for group in groups:
            files.append(self._workbook(rng, plan, group, folder))
        return files

    def _register(self, plan: Plan, folder: Path) -> Path:
        book = openpyxl.Workbook()
        areas = book.active
        areas.title = "Areas"
        put_row(areas, 1, ["Area", "Vision", "Strategic Lead"])
        aims, forums = book.create_sheet("Aims"), book.create_sheet("Partnership Forums")
        put_row(aims, 1, ["Area", "Aim"])
        put_row(forums, 1, ["Area", "Forum"])
        for r, ws in enumerate(plan.workstreams, 2):
            lead = plan.strategic_lead if r % 2 else plan.chair
            put_row(areas, r, [ws.name, f"To work with partners and the community to reduce {ws.name.lower()} and "
                                        "support those affected.", f"{_LONG.get(lead.rank, lead.rank)} {lead.first} "
                                                                    f"{lead.surname}"])
        rows = [(ws.name, aim.format(topic=ws.name.lower())) for i, ws in enumerate(plan.workstreams)
                for aim in _AIMS[i % 2::1][:4]]
        for r, row in enumerate(rows, 2):
            put_row(aims, r, list(row))
        rows = [(ws.name, f.name) for ws in plan.workstreams for f in plan.forums
                if ws.name in f.covers or f.covers == ["All priorities"]]
        for r, row in enumerate(rows, 2):
            put_row(forums, r, list(row))
        themes = book.create_sheet("Themes")
        for r, row in enumerate([["Theme"]] + [[t] for t in _THEMES], 1):
            put_row(themes, r, row)
        return save_workbook(book, folder / f"{plan.places['town']} Crime Prevention Strategy "
                                               f"{plan.year}-{plan.year + 3}.xlsx")

    def _workbook(self, rng: random.Random, plan: Plan, group: list[Workstream], folder: Path) -> Path:
        book = openpyxl.Workbook()
        self._leads(book.active, plan, group)
        for ws in group:
            if rng.random() < 0.3:
                self._poap(book.create_sheet(f"{ws.priority.short} - POAP"), ws)
            self._sheet(rng, book.create_sheet(ws.name[:31]), plan, ws)
        names = [ws.name for ws in group]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]
        title = rng.choice((f"Crime Prevention 4P ({joined})", f"Crime Prevention 4Ps ({joined})",
                            f"{joined} Crime Prevention Delivery Plans"))
        return save_workbook(book, folder / f"{title}.xlsx")

    def _leads(self, ws, plan: Plan, group: list[Workstream]) -> None:
        ws.title = "Strand Leads & Review Dates"
        lead = plan.strategic_lead
        ws["E1"] = "Leads"
        ws["G2"] = f"Strategic Lead: {RANK_FORMS[lead.rank][1]} {lead.first} {lead.surname}"
        put_row(ws, 3, ["Area", None, "Tactical Lead", None, "Operational Lead"], col=5)
        for r, w in enumerate(group, 4):
            deputy = w.deputy.name if w.deputy else "TBC"
            put_row(ws, r, [w.name, None, w.lead.name, None, deputy], col=5)
        row = 5 + len(group)
        ws.cell(row=row, column=5, value="Timeline")
        ws.cell(row=row + 1, column=7, value="Initial 4 P for review")
        ws.cell(row=row + 2, column=7, value=f"{4 + len(group)}th May")

    def _poap(self, ws, w: Workstream) -> None:
        """A plan on a page: the four strands' task texts in four merged quadrants."""
        for (col, label), strand in zip(((3, "PREVENT"), (19, "Pursue"), (3, "PROTECT"), (19, "PREPARE")),
                                        ("Prevent", "Pursue", "Protect", "Prepare")):
            top = 4 if strand in ("Prevent", "Pursue") else 30
            ws.cell(row=top, column=col + 4, value=label)
            texts = [t.text.rstrip(".") for t in w.tasks if t.strand == strand][:6]
            ws.cell(row=top + 4, column=col, value="\n".join(texts) or None).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=top + 4, start_column=col, end_row=top + 18, end_column=col + 8)
        ws.cell(row=26, column=13, value=w.name)

    def _sheet(self, rng: random.Random, ws, plan: Plan, w: Workstream) -> None:
        title = rng.choice((f"4P plan - {w.name}", w.name, f"Violence 4P plan - {w.name}"))
        ws["C1"] = title
        ws["C1"].font = Font(bold=True, size=12)
        head = rng.choice((2, 2, 4))
        number = rng.choice(("Task No", "Task No", "Action No"))
        put_row(ws, head, ["Strand", None, "Task", None, rng.choice(_HOW_HEADERS), None, "Who", None, "When ",
                           None, number], col=3, font=BOLD)
        row, gap = head + 1, rng.random() < 0.4
        for i, task in enumerate(w.tasks):
            first = i == 0 or w.tasks[i - 1].strand != task.strand
            if first and i and gap:
                row += 1
            texts = cell_texts(task, self.scheme, plan, essex=True)
            how = sentences(texts.get("notes", []))
            how = f"{how} - {task.how}" if how and rng.random() < 0.5 else (how or task.how)
            if task.forums and rng.random() < 0.5:
                how += f" To be taken through the {task.forums[0]}."
            put_row(ws, row, [task.strand.upper() if first else None, None, task.text, None, how, None,
                              task.owner_cell or None, None, (task.due.value, task.due.number_format), None,
                              int(task.ref)], col=3)
            row += 1

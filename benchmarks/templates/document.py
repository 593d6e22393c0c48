"""A plan written as a document and pasted into Excel (modelled on Eastvale).

"About this plan" gives the priorities, key contacts with their initials
("Insp Gareth Penhallow (GP)" beside their job), the forums as label blocks
(Forum: / Chair: / Meets: / Looks at:) and the partners signed up. Each
priority has its own sheet: a bold title, a line naming its lead and the
boards it reports to, then bold 4P headings ("PREVENT – stopping harm
before it starts") over one block per action: a bold "Action E1.4" row,
then What: / Measure of success: / Lead: / Who else: / Deadline: /
Progress: / Connected work: rows, now and then a label and its value in one
cell ("Lead: YS"). Refs are the partnership's letter, the priority and the
action (E1.4); progress is in words ("Some slippage – ...").
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from ..files import BOLD, put_row, save_workbook
from ..model import Plan, Workstream
from ..plan import Traits
from ..refs import Lettered, cell_texts, sentences
from ..vocab_actions import STRANDS
from . import Template
from .parts import progress, who_else

__all__ = ["Document"]

_HEADINGS = {"Prevent": "stopping harm before it starts", "Pursue": "holding offenders to account",
             "Protect": "keeping people and places safe", "Prepare": "ready for the unexpected"}
_WHY = ("Why this matters: recorded {topic} rose last year, and much of it is still never reported.",
        "Why this matters: {topic} causes harm out of all proportion to the number of incidents recorded.")


class Document(Template):
    name = "document"
    traits = Traits(dates="document", depends_column=False, initials="all", bracket_jobs=True)
    scheme = Lettered()

    def write(self, plan: Plan, folder: Path) -> list[Path]:
        rng = random.Random(zlib.crc32(plan.name.encode()))
        book = openpyxl.Workbook()
        self._about(book.active, plan)
        for w, ws in enumerate(plan.workstreams, 1):
            self._priority(rng, book.create_sheet(ws.name[:31]), plan, ws, w)
        return [save_workbook(book, folder / f"{plan.name} Plan {plan.year_label}.xlsx")]

    def _about(self, ws, plan: Plan) -> None:
        ws.title = "About this plan"
        lines: list[tuple] = [(plan.name, None, True), (f"Community Safety Plan {plan.year_label}: what we will do",
                                                       None, True),
                              ("Each priority has its own tab; under each one the actions are grouped by the four Ps.",
                               None, False), None, ("Our priorities", None, True)]
        lines += [(f"{w}. {ws.name} – see the '{ws.name[:31]}' tab", None, False)
                  for w, ws in enumerate(plan.workstreams, 1)]
        lines += [None, ("Key contacts", None, True)]
        lines += [(f"{p.name} ({p.initials})", f"{p.role}, {p.org}", False) for p in plan.people]
        lines += [None, ("How the plan is governed", None, True)]
        for forum in plan.forums:
            covers = "All priorities" if forum.covers == ["All priorities"] else "; ".join(forum.covers)
            lines += [("Forum:", forum.name, False), ("Chair:", forum.chair, False),
                      ("Meets:", forum.frequency, False), ("Looks at:", covers, False), None]
        lines += [("Partners signed up to this plan", None, True)]
        shorts = {full: short for short, full in plan.partner_aliases.items()}
        lines += [(f"{p} ({shorts[p]})" if p in shorts else p, None, False) for p in plan.partners]
        lines += [None, (f"Version 1.2, March {plan.year}", None, False)]
        for r, line in enumerate(lines, 1):
            if line:
                put_row(ws, r, list(line[:2]), font=BOLD if line[2] else None)

    def _priority(self, rng: random.Random, ws, plan: Plan, w: Workstream, number: int) -> None:
        lead = w.lead
        rows: list[tuple] = [(f"Priority {number}: {w.name}", None, True),
                             (f"Priority lead: {lead.name} ({lead.initials}).  Reports to: {'; '.join(w.boards)}.",
                              None, False),
                             (rng.choice(_WHY).format(topic=w.name.lower()), None, False)]
        for strand in STRANDS:
            tasks = [t for t in w.tasks if t.strand == strand]
            if not tasks:
                continue
            heading = f"{strand.upper()} – {_HEADINGS[strand]}" if number % 2 else \
                f"{strand} – {_HEADINGS[strand].capitalize()}"
            rows += [None, (heading, None, True)]
            for task in tasks:
                rows += [None] + self._block(rng, task, plan)
        for r, line in enumerate(rows, 1):
            if line:
                put_row(ws, r, list(line[:2]), font=BOLD if line[2] else None)
        ws["A1"].font = Font(bold=True, size=13)

    def _block(self, rng: random.Random, task, plan: Plan) -> list[tuple]:
        connected = sentences(cell_texts(task, self.scheme, plan).get("notes", []))
        lead = task.owner_cell or rng.choice(("To be confirmed", "TBC"))
        rows = [(f"Action {task.ref}", None, True), ("What:", task.text, False),
                ("Measure of success:", task.measure, False),
                (f"Lead: {lead}", None, False) if len(lead) <= 3 and rng.random() < 0.3 else ("Lead:", lead, False),
                ("Who else:" if rng.random() < 0.95 else "Who else", who_else(task, plan), False),
                ("Deadline:", (task.due.value, task.due.number_format), False),
                ("Progress:", progress(rng, task.rag), False)]
        if connected or rng.random() < 0.3:
            rows.append(("Connected work:", connected or rng.choice(("None", "–")), False))
        return rows

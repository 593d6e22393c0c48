"""A project tool's export of the plan, as xlsx and CSV (modelled on Northgate).

Columns ID | Outline Level | WBS | Name | Resource Names | Start | Finish | %
Complete | Predecessors | Notes. Level 0 is the plan (its Notes list the
forums: "Safer X Board – chair Cllr ... – quarterly"), level 1 a priority
("Priority lead: ...", "Overseen by: ..."), level 2 a strand group
("Prevent: reducing harm"), level 3 the tasks. Links are Predecessors by
row ID ("14", "13FS+5 days", "14SS;12"); resources are written as people
typed them ("Insp Diane Holt[50%],DH"), and the tool's resource sheet lists
every one of those spellings, the canonical ones with initials and group.
The same plan is saved as xlsx (dates with times) and as CSV (ISO dates,
percentages with %), as project tools do; the resources as a second CSV.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from pathlib import Path

import openpyxl

from ..files import BOLD, put_row, save_workbook, write_csv
from ..model import Plan, Task
from ..plan import Traits
from ..refs import Outline, decoy_texts, sentences
from ..vocab_actions import STRANDS
from . import Template

__all__ = ["Project"]

HEADER = ["ID", "Outline Level", "WBS", "Name", "Resource Names", "Start", "Finish", "% Complete", "Predecessors",
          "Notes"]
_DONE = {"Complete": (100, 100), "Green": (30, 80), "Amber": (10, 50), "Red": (0, 20), None: (0, 0)}


class Project(Template):
    name = "project"
    traits = Traits(dates="project", depends_column=False, initials="all")
    scheme = Outline()

    def write(self, plan: Plan, folder: Path) -> list[Path]:
        rng = random.Random(zlib.crc32(plan.name.encode()))
        rows = self._rows(rng, plan)
        stem = f"{plan.name} plan export"
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Task_Table1"
        put_row(sheet, 1, HEADER, font=BOLD)
        for r, row in enumerate(rows, 2):
            put_row(sheet, r, [row[0], row[1], row[2], row[3], row[4] or None,
                               (dt.datetime.combine(row[5], dt.time(8)), "dd/mm/yyyy hh:mm"),
                               (dt.datetime.combine(row[6], dt.time(17)), "dd/mm/yyyy hh:mm"), row[7],
                               row[8] or None, row[9] or None])
        files = [save_workbook(book, folder / f"{stem}.xlsx")]
        csv_rows = [HEADER] + [[r[0], r[1], r[2], r[3], r[4], r[5].isoformat(), r[6].isoformat(), f"{r[7]}%", r[8],
                                r[9]] for r in rows]
        files.append(write_csv(folder / f"{stem}.csv", csv_rows))
        files.append(write_csv(folder / f"{plan.name} resources.csv", self._resources(plan)))
        return files

    def _rows(self, rng: random.Random, plan: Plan) -> list[list]:
        """Every row of the export: the plan, priorities, strand groups, tasks."""
        depends: dict[int, list[Task]] = {}
        for task in plan.tasks:
            for a, b in task.links():
                depends.setdefault(id(a), []).append(b)
        rows, last = [], max(t.row_id for t in plan.tasks)
        for ws in plan.workstreams:
            rows.append([None, 1, None, ws.name, "", None, None, 0, "",
                         f"Priority lead: {ws.lead.name}.\nOverseen by: {'; '.join(ws.boards)}."])
            for strand in STRANDS:
                tasks = [t for t in ws.tasks if t.strand == strand]
                if not tasks:
                    continue
                topic = ws.priority.topics[STRANDS.index(strand)].lower()
                rows.append([None, 2, None, f"{strand}: {ws.name.lower()} {topic}", "", None, None, 0, "", ""])
                for task in tasks:
                    rows.append(self._task(rng, plan, task, depends.get(id(task), []), last))
        return self._summaries(plan, rows)

    def _task(self, rng: random.Random, plan: Plan, task: Task, before: list[Task], last: int) -> list:
        preds = [str(b.row_id) + (rng.choice(("SS", "FF", "FS+5 days", "FS+2 wks")) if rng.random() < 0.15 else "")
                 for b in before]
        preds += [str(last + 3 + len(preds)) for c in task.cites if c.kind == "dangling"]
        resources = [s + (f"[{rng.choice((10, 25, 50))}%]" if rng.random() < 0.3 else "") for s in task.spellings]
        words = [w for _, w in decoy_texts(task, self.scheme, plan)]
        if task.partners:
            words.append("Working with: " + ", ".join(task.partners) + ".")
        low, high = _DONE[task.rag]
        finish = task.due.value.date()
        return [task.row_id, 3, task.ref, task.text.rstrip("."), ",".join(resources), min(task.start, finish), finish,
                rng.randint(low, high), ";".join(preds), sentences(words) if words else ""]

    def _summaries(self, plan: Plan, rows: list[list]) -> list[list]:
        """IDs, WBS and dates of the summary rows, from the tasks under them."""
        top = [0, 0, "0", f"{plan.name} Plan {plan.year_label}", "", None, None, 0, "",
               f"Exported from the {plan.name} project file on 14/03/{plan.year}.\nGovernance:\n" +
               "\n".join(f"{f.name} – chair {f.chair} – {f.frequency.lower()}" for f in plan.forums)]
        rows.insert(0, top)
        w = g = 0
        for i, row in enumerate(rows):
            assert row[0] in (None, i), "the outline scheme numbers rows as they are written"
            row[0] = i
            if row[1] == 1:
                w, g = w + 1, 0
                row[2] = str(w)
            elif row[1] == 2:
                g += 1
                row[2] = f"{w}.{g}"
        for level in (2, 1, 0):
            for i, row in enumerate(rows):
                if row[1] == level:
                    below = [r for r in rows[i + 1:self._end(rows, i)] if r[5]]
                    row[5], row[6] = min(r[5] for r in below), max(r[6] for r in below)
                    row[7] = round(sum(r[7] for r in below) / len(below))
        return rows

    @staticmethod
    def _end(rows: list[list], i: int) -> int:
        for j in range(i + 1, len(rows)):
            if rows[j][1] <= rows[i][1]:
                return j
        return len(rows)

    def _resources(self, plan: Plan) -> list[list]:
        """The resource sheet: everyone in the partnership as set up, then each
        other spelling typed into the plan (the tool keeps them as resources)."""
        rows = [["ID", "Name", "Type", "Initials", "Group", "Max. Units"]]
        rows += [[i, p.name, "Work", p.initials, p.org, "100%"] for i, p in enumerate(plan.people, 1)]
        seen = {p.name for p in plan.people}
        for task in plan.tasks:
            for owner, written in zip(task.owners, task.spellings):
                if written not in seen:
                    seen.add(written)
                    team = owner.person is None
                    initials = "".join(w[0] for w in written.split() if w[0].isupper()) if team else written[0]
                    rows.append([len(rows), written, "Work", initials, plan.partners[0] if team else "", "100%"])
        return rows

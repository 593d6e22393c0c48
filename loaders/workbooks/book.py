"""Reading one workbook, whatever it holds: task tables, leads, a register.

Each workbook is read on its own into a fragment (its own small graph),
so that versions of a plan can be compared before any of it is merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graphmodel import Label, Plan, PlanGraph, Problem, Rel, Source, Workstream

from ..collected import Collected, OwnerMention
from .leads import Lead, read_leads
from ..text.titles import best_match
from .task_tables import read_task_table
from ..joining.register import read_register_sheet, register_kind
from ..report import ProblemLog, SheetSummary
from .kinds import sheet_kind
from .tables import find_tables
from .cells import open_workbook, read_sheets, workbook_date

__all__ = ["Fragment", "read_workbook"]

_REGISTER_ORDER = {"areas": 0, "aims": 1, "forums": 2, "themes": 3}


@dataclass
class Fragment:
    """What one workbook held, before it is merged with the others."""

    plan: Plan
    graph: PlanGraph
    problems: list[Problem] = field(default_factory=list)
    sheets: list[SheetSummary] = field(default_factory=list)
    collected: Collected = field(default_factory=Collected)
    # Leads of areas (sheet, lead), resolved once every workbook's areas are known.
    area_leads: list[tuple[str, Lead]] = field(default_factory=list)


def read_workbook(path: Path) -> Fragment:
    """Read a workbook; raises WorkbookError only if it cannot be read at all."""
    book = open_workbook(path)
    plan = Plan(key=path.name, title=(book.properties.title or path.stem).strip(), kind="delivery plan",
                date=workbook_date(book, path).isoformat(), source=Source(path.name))
    frag = Fragment(plan, PlanGraph())
    frag.graph.add(plan)
    log = ProblemLog(path.name, frag.problems)
    sheets = read_sheets(book)
    registers = sorted(((register_kind(s), s) for s in sheets if not s.hidden and register_kind(s)),
                       key=lambda pair: _REGISTER_ORDER[pair[0]])
    for kind, sheet in registers:
        rows = read_register_sheet(sheet, path.name, frag.graph, log, frag.collected)
        frag.sheets.append(SheetSummary(path.name, sheet.name, f"strategy register ({kind})", rows))
        plan.kind = "strategy register"
    leads_sheets = []
    for sheet in sheets:
        if sheet.hidden:
            log(sheet.name, "", "hidden sheet (an old draft?) not read", severity="info", code="hidden-sheet")
            frag.sheets.append(SheetSummary(path.name, sheet.name, "hidden"))
            continue
        if any(sheet is s for _, s in registers):
            continue
        tables = find_tables(sheet)
        for table in tables:
            ws = read_task_table(table, plan, frag.graph, log, frag.collected)
            count = sum(1 for r in frag.graph.outgoing(ws, Rel.HAS_TASK) if r.source.sheet == sheet.name)
            frag.sheets.append(SheetSummary(path.name, sheet.name, "task table", count, ws.key))
        if not tables:
            kind = sheet_kind(sheet)
            frag.sheets.append(SheetSummary(path.name, sheet.name, kind))
            if kind == "leads":
                leads_sheets.append(sheet)
    for sheet in leads_sheets:
        _add_leads(frag, sheet.name, read_leads(sheet))
    return frag


def _add_leads(frag: Fragment, sheet: str, leads: list[Lead]) -> None:
    """Leads of this workbook's own workstreams are added now; the rest name
    areas, which are only known once every workbook has been read."""
    workstreams = {w.name: w for w in frag.graph.nodes() if isinstance(w, Workstream)}
    for lead in leads:
        match = best_match(lead.subject, workstreams)
        if match is None:
            frag.area_leads.append((sheet, lead))
            continue
        source = Source(frag.plan.key, sheet, lead.cell)
        target = (Label.WORKSTREAM, workstreams[match.name].key)
        frag.collected.mentions.append(OwnerMention(lead.name, source, target, lead.role))

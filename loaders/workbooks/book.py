"""Reading one workbook (or CSV file), whatever it holds: task tables, task
blocks, leads, people, forums, partners, a strategy register.

Each workbook is read on its own into a fragment (its own small graph),
so that versions of a plan can be compared before any of it is merged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from graphmodel import Label, Plan, PlanGraph, Problem, Source, Workstream

from ..collected import Collected, OwnerMention
from ..joining.register import read_register_sheet, register_kind
from ..report import ProblemLog, SheetSummary
from ..text.dates import find_date
from ..text.titles import best_match, canonical_names
from .blocks import block_records
from .annotations import without_annotations
from .cells import Sheet, open_workbook, read_sheets, workbook_date
from .colour_key import read_colour_key
from .csvfile import CSV_SUFFIXES, read_csv
from .kinds import sheet_kind
from .leads import Lead, read_leads
from .records import TaskRecord, table_records
from .registers import forum_registers, key_contacts, partner_lists, people_lists
from .tables import find_tables
from .tasks import TaskBuilder
from .titles import TitleBlock, boilerplate_of, summary_facts, workstream_title

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
    # The priority each workstream was read under (a Priority column, an outline).
    workstream_priority: dict[str, tuple[str, Source]] = field(default_factory=dict)
    is_csv: bool = False
    # The text lines above each table: the partnership's name often heads every one.
    title_lines: list[list[str]] = field(default_factory=list)


@dataclass
class _Unit:
    """One table or sheet of blocks: its records and title block."""

    sheet: Sheet
    records: list[TaskRecord]
    title: TitleBlock
    summaries: list = field(default_factory=list)
    default_cell: str = ""
    kind: str = "task table"


def read_workbook(path: Path) -> Fragment:
    """Read a workbook or CSV file; raises WorkbookError only if it cannot be read at all."""
    sheets, title, date = _open(path)
    plan = Plan(key=path.name, title=title, kind="delivery plan", date=date.isoformat(), source=Source(path.name))
    frag = Fragment(plan, PlanGraph(), is_csv=path.suffix.lower() in CSV_SUFFIXES)
    frag.graph.add(plan)
    log = ProblemLog(path.name, frag.problems)
    registers = _read_registers(frag, sheets, log)
    units = []
    for sheet in sheets:
        if sheet.hidden:
            log(sheet.name, "", "hidden sheet (an old draft?) not read", severity="info", code="hidden-sheet")
            frag.sheets.append(SheetSummary(path.name, sheet.name, "hidden"))
        elif not any(sheet is s for s in registers):
            found = _units(sheet)
            units += found
            if not found:
                _read_lists(frag, sheet)
    _add_tasks(frag, units, sheets, log)
    _workstream_leads(frag)
    return frag


def _workstream_leads(frag: Fragment) -> None:
    """Leads named for this workbook's own workstreams are added now; the
    rest name areas, which are only known once every workbook has been read."""
    workstreams = {w.name: w for w in frag.graph.nodes(Label.WORKSTREAM) if isinstance(w, Workstream)}
    for_areas = []
    for sheet, lead in frag.area_leads:
        match = best_match(lead.subject, workstreams)
        if match is None:
            for_areas.append((sheet, lead))
            continue
        source = Source(frag.plan.key, sheet, lead.cell)
        target = (Label.WORKSTREAM, workstreams[match.name].key)
        frag.collected.mentions.append(OwnerMention(lead.name, source, target, lead.role))
    frag.area_leads = for_areas


def _open(path: Path) -> tuple[list[Sheet], str, dt.date]:
    if path.suffix.lower() in CSV_SUFFIXES:
        sheet = read_csv(path)
        return [sheet], path.stem, dt.date.fromtimestamp(path.stat().st_mtime)
    book = open_workbook(path)
    try:
        sheets = without_annotations(read_sheets(book))  # what plangraph annotate added is not the plan
        return sheets, (book.properties.title or path.stem).strip(), workbook_date(book, path)
    finally:
        book.close()  # the file's bytes are let go now, not when the collector next finds the workbook


def _read_registers(frag: Fragment, sheets: list[Sheet], log: ProblemLog) -> list[Sheet]:
    # A sheet with a task table is a plan, even with an Area or Priority column beside a Lead.
    registers = sorted(((register_kind(s), s) for s in sheets
                        if not s.hidden and register_kind(s) and not find_tables(s)),
                       key=lambda pair: _REGISTER_ORDER[pair[0]])
    for kind, sheet in registers:
        rows = read_register_sheet(sheet, frag.plan.key, frag.graph, log, frag.collected)
        frag.sheets.append(SheetSummary(frag.plan.key, sheet.name, f"strategy register ({kind})", rows))
        frag.plan.kind = "strategy register"
        # The register reads its own Strategic Lead column; other lead columns
        # (a Delivery lead beside the Priority) are read as a leads table.
        frag.area_leads += [(sheet.name, lead) for lead in read_leads(sheet) if lead.role != "strategic lead"]
    return [s for _, s in registers]


def _units(sheet: Sheet) -> list[_Unit]:
    """The task tables of a sheet, or its task blocks."""
    units = []
    for table in find_tables(sheet):
        records, summaries = table_records(table)
        units.append(_Unit(sheet, records, TitleBlock(table.title_lines, table.title, table.title_cell),
                           summaries, table.title_cell or table.sheet.origin(table.header_row, table.columns["task"])))
    if units:
        return units
    blocks = block_records(sheet)
    if len(blocks.records) >= 2:
        first = blocks.records[0].first("ref") or blocks.records[0].first("task")
        return [_Unit(sheet, blocks.records, TitleBlock(blocks.title_lines), [], first.cell if first else "",
                      "task blocks")]
    return []


def _read_lists(frag: Fragment, sheet: Sheet) -> None:
    """People, forums, partners and leads on a sheet without tasks."""
    file = frag.plan.key
    people = people_lists(sheet, file) + key_contacts(sheet, file)
    forums = forum_registers(sheet, file)
    partners = partner_lists(sheet, file)
    leads = read_leads(sheet)
    frag.collected.people += people
    frag.collected.governance += forums
    frag.collected.known_partners += partners
    kind = sheet_kind(sheet)
    if kind == "leads" or leads:
        frag.area_leads += [(sheet.name, lead) for lead in leads]
        kind = "leads"
    elif kind == "no task table":
        kind = _list_kind(people, forums, partners)
    for person in people:
        if person.leads_on:
            frag.area_leads.append((sheet.name, Lead(person.leads_on, "delivery lead", person.name,
                                                     person.source.cell)))
    frag.sheets.append(SheetSummary(file, sheet.name, kind, workstream=None))


def _list_kind(people: list, forums: list, partners: list) -> str:
    kinds = [k for k, found in (("people", people), ("forums register", forums), ("partners list", partners))
             if found]
    return ", ".join(kinds) if kinds else "no task table"


def _add_tasks(frag: Fragment, units: list[_Unit], sheets: list[Sheet], log: ProblemLog) -> None:
    priorities = canonical_names(r.priority[0] for u in units for r in u.records if r.priority)
    builder = TaskBuilder(frag.plan, frag.graph, log, frag.collected, priorities, read_colour_key(sheets),
                          frag.workstream_priority,
                          plan_start=_plan_start([frag.plan.title, *(text for u in units for text, _ in u.title.lines)]))
    boilerplate = boilerplate_of([u.title for u in units])
    frag.title_lines = [[text for text, _ in u.title.lines] for u in units]
    for unit in units:
        name, cell = workstream_title(unit.title, unit.sheet.name, frag.plan.title, boilerplate)
        workstreams = builder.add(unit.records, (name, cell or unit.default_cell))
        frag.sheets.append(SheetSummary(frag.plan.key, unit.sheet.name, unit.kind, builder.count,
                                        workstreams[0].key if workstreams else None))
        _title_facts(frag, unit, workstreams)
        summary_facts(frag, unit.summaries)


def _plan_start(titles: list[str]) -> dt.date | None:
    """The first day of the plan year its titles name ("Plan 2025-26": 1
    April 2025): the workbook's title first, then its sheets' title blocks."""
    for title in titles:
        found = find_date(title)
        if found and found.precision in ("year", "part of year", "half"):
            return found.earliest
    return None


def _title_facts(frag: Fragment, unit: _Unit, workstreams: list[Workstream]) -> None:
    """A title block's metadata: the plan owner leads the workstream, the review date, its boards."""
    for fact in unit.title.facts():
        source = Source(frag.plan.key, unit.sheet.name, fact.cell)
        for ws in workstreams:
            fact.apply(frag, source, (Label.WORKSTREAM, ws.key), ws.name)



"""Reading a strategy register: areas, visions, leads, aims, forums, themes.

A register sheet is recognised by its header row, like a task table: an
"Area" column beside "Vision" / "Strategic Lead" (areas), "Aim" (aims) or
"Forum" (partnership forums); or a lone "Theme" column.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphmodel import Aim, Area, Label, PlanGraph, Rel, Source, Theme

from ..collected import Collected, OwnerMention
from .forums import add_register_forums
from ..text.titles import normalise
from ..report import ProblemLog
from ..workbooks.cells import Sheet, coordinate

__all__ = ["register_kind", "read_register_sheet"]

_HEADERS = {
    "area": ("area", "strategy area", "priority", "priority area"),
    "vision": ("vision", "area vision"),
    "lead": ("strategic lead", "lead", "area lead"),
    "aim": ("aim", "aims", "strategic aim", "strategic aims", "objective"),
    "forum": ("forum", "forums", "partnership forum", "partnership forums", "board", "boards"),
    "theme": ("theme", "themes", "cross cutting theme"),
}
_SEARCH_ROWS = 10


@dataclass
class _Header:
    row: int
    columns: dict[str, int]


def _find_header(sheet: Sheet) -> _Header | None:
    for row in sheet.rows()[:_SEARCH_ROWS]:
        columns = {}
        for col, value in sheet.row_values(row):
            text = normalise(str(value))
            for meaning, names in _HEADERS.items():
                if text in names and meaning not in columns:
                    columns[meaning] = col
        if "theme" in columns or ("area" in columns and len(columns) >= 2):
            return _Header(row, columns)
    return None


def register_kind(sheet: Sheet) -> str | None:
    """'areas', 'aims', 'forums' or 'themes' for a register sheet, else None."""
    header = _find_header(sheet)
    if header is None:
        return None
    cols = header.columns
    for kind, needed in (("aims", "aim"), ("forums", "forum"), ("areas", "vision"), ("areas", "lead")):
        if "area" in cols and needed in cols:
            return kind
    # A lone Theme column lists themes; beside a Forum it is what each forum covers.
    return "themes" if "theme" in cols and "forum" not in cols else None


def read_register_sheet(sheet: Sheet, file: str, graph: PlanGraph, log: ProblemLog, collected: Collected) -> int:
    """Add a register sheet's rows to the graph; returns the rows read.
    Strategic leads go to ``collected``, to be resolved with every other owner."""
    kind = register_kind(sheet)
    header = _find_header(sheet)
    if kind is None or header is None:
        return 0
    read = 0
    aims_seen: dict[str, int] = {}
    listed = bool(graph.nodes(Label.AREA))  # an areas sheet came first: other sheets should keep to it
    for row in sheet.rows():
        if row <= header.row:
            continue
        text = {m: sheet.text(row, c) for m, c in header.columns.items()}
        cell = {m: coordinate(row, c) for m, c in header.columns.items()}
        src = lambda m: Source(file, sheet.name, cell[m])  # noqa: E731
        if kind == "themes":
            if text["theme"]:
                graph.add(Theme(key=text["theme"], name=text["theme"], source=src("theme")))
                read += 1
            continue
        if not text["area"]:
            if any(text.values()):
                log(sheet.name, cell["area"], "row has no area; skipped", code="register-no-area")
            continue
        area = _area(graph, text["area"], src("area"), kind if listed else "areas", log, sheet.name)
        read += 1
        if kind == "areas":
            area.vision = text.get("vision", "")
            if text.get("lead"):
                collected.mentions.append(OwnerMention(text["lead"], src("lead"), (Label.AREA, area.key),
                                                       "strategic lead"))
        elif kind == "aims" and text["aim"]:
            number = aims_seen[area.key] = aims_seen.get(area.key, 0) + 1
            aim = graph.add(Aim(key=f"{area.key} / aim {number}", area=area.key, text=text["aim"],
                                number=number, source=src("aim")))
            graph.relate(Rel.HAS_AIM, area, aim, src("aim"))
        elif kind == "forums" and text["forum"]:
            add_register_forums(graph, area, text["forum"], src("forum"), log.problems)
    return read


def _area(graph: PlanGraph, name: str, source: Source, kind: str, log: ProblemLog, sheet: str) -> Area:
    existing = graph.get(Label.AREA, name)
    if existing is None and kind != "areas":
        log(sheet, source.cell, f"area {name!r} is not on the register's list of areas", code="register-unknown-area")
    return existing or graph.add(Area(key=name, name=name, source=source))  # type: ignore[return-value]

"""Placing each workstream in an area, and the leads of areas.

A workstream belongs to the area its plan says: a plangraph.toml override,
else the priority it was read under (a Priority column, an outline's top
level), else its own name; matched to the strategy register's areas by name
(exactly, else by the telling words they share, reported as a note). With
no register, the priority or workstream name makes the area, and names must
be the same to share one: "Youth Violence" and "Serious Violence" share a
word but are two areas.
"""

from __future__ import annotations

from graphmodel import Area, Label, Rel, Source, Task, Workstream

from ..collected import OwnerMention
from ..overrides import Overrides
from ..report import LoadResult, ProblemLog
from ..text.titles import best_match, normalise
from ..workbooks.book import Fragment

__all__ = ["place_workstreams", "area_leads"]


def place_workstreams(result: LoadResult, overrides: Overrides, priorities: dict[str, tuple[str, Source]]) -> None:
    """Set each workstream's area, making areas where no register names them."""
    graph = result.graph
    areas = {a.key: a for a in graph.nodes(Label.AREA)}
    registered = bool(areas)
    for ws in graph.nodes(Label.WORKSTREAM):
        assert isinstance(ws, Workstream)
        log = ProblemLog(ws.source.file, result.problems)
        wanted = priorities[ws.key][0] if ws.key in priorities else ws.name
        area, evidence = _area_for(ws, wanted, areas, overrides, registered)
        if area is None:
            log(ws.sheet, ws.source.cell, f"workstream {ws.name!r} matches no area of the strategy register "
                f"(name it in plangraph.toml: [workstreams] \"{ws.name}\" = \"<area>\")", code="no-area")
            continue
        if area.key not in areas:
            area = graph.add(area)
            areas[area.key] = area
            if wanted == ws.name:
                log(ws.sheet, ws.source.cell, f"no strategy register names an area for {ws.name!r}; "
                    "an area of that name was made", severity="info", code="area-from-workstream")
        elif evidence["matched_by"] == "words":
            log(ws.sheet, ws.source.cell, f"workstream {ws.name!r} placed in area {area.key!r} "
                f"by the words they share: {evidence['shared']} (if wrong, set it in plangraph.toml: "
                f"[workstreams] \"{ws.name}\" = \"<area>\")", severity="info", code="area-by-words")
        _place(graph, ws, area, evidence)


def _place(graph, ws: Workstream, area: Area, evidence: dict) -> None:
    ws.area = area.key
    for rel in graph.outgoing(ws, Rel.HAS_TASK):
        task = graph.get(*rel.end)
        assert isinstance(task, Task)
        task.area = area.key
    graph.relate(Rel.HAS_WORKSTREAM, area, ws, ws.source, **evidence)


def _area_for(ws: Workstream, wanted: str, areas: dict[str, Area], overrides: Overrides,
              registered: bool) -> tuple[Area | None, dict]:
    named = overrides.workstream_areas.get(ws.name)
    if named and named in areas:
        return areas[named], {"matched_by": "override", "shared": overrides.source}
    if not registered:
        same = [a for a in areas.values() if normalise(a.key) == normalise(wanted)]
        if same:
            return same[0], {"matched_by": "name", "shared": ", ".join(normalise(wanted).split())}
        return Area(key=wanted, name=wanted, source=ws.source), {"matched_by": "workstream name", "shared": ""}
    match = best_match(wanted, areas)
    if match is not None:
        how = "name" if match.score == 1.0 else "words"
        return areas[match.name], {"matched_by": how, "shared": ", ".join(match.shared)}
    return None, {}


def area_leads(result: LoadResult, frag: Fragment) -> list[OwnerMention]:
    """The leads a leads sheet, staff list or priority row names for areas."""
    if not frag.plan.current:
        return []
    areas = {a.key: a for a in result.graph.nodes(Label.AREA)}
    log = ProblemLog(frag.plan.key, result.problems)
    mentions = []
    for sheet, lead in frag.area_leads:
        match = best_match(lead.subject, areas)
        if match is None:
            log(sheet, lead.cell, f"lead {lead.name!r} is named for {lead.subject!r}, which matches no "
                "workstream of this workbook and no area", code="lead-unplaced")
            continue
        source = Source(frag.plan.key, sheet, lead.cell)
        mentions.append(OwnerMention(lead.name, source, (Label.AREA, match.name), lead.role))
    return mentions

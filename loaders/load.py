"""Loading a set of workbooks into one plan graph.

The steps: read each workbook on its own; where two workbooks hold the same
workstream, keep the newer and set the older aside (recorded, never mixed
in); merge what is kept; place each workstream in its strategy area; attach
the leads of areas.

Examples
--------
>>> result = load_plans([sample_data()])
>>> result.graph.counts()["Workstream"]
10
>>> [p.message for p in result.problems if p.code == "superseded-workstream"]  # doctest: +ELLIPSIS
["workstream 'Domestic Abuse' is also in ...updated.xlsx (dated 2018-06-20), which is newer: this version is set aside"]
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

from dataclasses import replace

from graphmodel import Area, Label, Node, Plan, PlanGraph, Problem, Rel, Source, Task, Workstream

from .joining.accepted_links import add_accepted_links
from .collected import Collected, OwnerMention
from .joining.forums import add_mentions
from .joining.links import add_links
from .text.titles import best_match
from .overrides import Overrides
from .joining.owners import resolve_owners
from .report import LoadResult, ProblemLog
from .workbooks.cells import WorkbookError
from .workbooks.book import Fragment, read_workbook

__all__ = ["load_plans", "sample_data", "workbook_paths"]


def sample_data() -> Path:
    """The folder of the bundled Essex sample workbooks."""
    return Path(str(resources.files("loaders") / "samples" / "essex"))


def workbook_paths(paths: Iterable[Path | str]) -> list[Path]:
    """The .xlsx files named, and those found in folders named, in order.
    Excel's lock files ("~$plan.xlsx") are not workbooks."""
    found: list[Path] = []
    for path in map(Path, paths):
        files = sorted(path.rglob("*.xlsx")) if path.is_dir() else [path]
        found.extend(f for f in files if not f.name.startswith("~$") and f not in found)
    return found


def load_plans(paths: Iterable[Path | str], *, overrides: Overrides | None = None,
               on_workbook: Callable[[Path], None] | None = None) -> LoadResult:
    """Read every workbook in ``paths`` (files or folders) into one graph.

    A workbook that cannot be read at all is an error problem; everything
    else about it is read and reported as warnings or notes. ``on_workbook``
    is called with each workbook's path before it is read (for progress).
    """
    paths = list(paths)
    overrides = overrides or Overrides.find(paths)
    result = LoadResult(PlanGraph(), list(overrides.problems))
    fragments = []
    for path in workbook_paths(paths):
        if on_workbook:
            on_workbook(path)
        try:
            fragments.append(read_workbook(path))
        except WorkbookError as exc:
            result.problems.append(_file_problem(exc.file, exc.message))
    if not fragments and not result.problems:
        result.problems.append(_file_problem(", ".join(map(str, paths)) or "(nothing)", "no .xlsx workbooks found"))
    _set_aside_old_versions(fragments, overrides)
    collected = Collected()
    for frag in fragments:
        _merge(result.graph, frag.graph)
        result.problems.extend(frag.problems)
        result.sheets.extend(frag.sheets)
        collected.mentions += frag.collected.mentions
        collected.texts += frag.collected.texts
    _place_workstreams(result, overrides)
    for frag in fragments:
        collected.mentions += _area_leads(result, frag)
    resolve_owners(result.graph, collected.mentions, result.problems, overrides)
    add_links(result.graph, collected, result.problems)
    add_mentions(result.graph, collected.texts)
    add_accepted_links(result.graph, overrides, result.problems)
    return result


def _file_problem(file: str, message: str) -> Problem:
    return Problem(file, "", "", message, "error", "unreadable-file")


def _set_aside_old_versions(fragments: list[Fragment], overrides: Overrides) -> None:
    """Where workbooks share a workstream, drop it from all but the newest."""
    holders: dict[str, list[Fragment]] = {}
    for frag in fragments:
        for ws in frag.graph.nodes(Label.WORKSTREAM):
            holders.setdefault(ws.key, []).append(frag)
    for name, frags in holders.items():
        if len(frags) < 2:
            continue
        newest = max(frags, key=lambda f: overrides.plan_rank(f.plan))
        for frag in frags:
            if frag is not newest:
                _drop_workstream(frag, name, newest.plan)
    for frag in fragments:
        if not frag.graph.nodes(Label.WORKSTREAM) and frag.plan.superseded_by:
            frag.plan.current = False


def _drop_workstream(frag: Fragment, name: str, newer: Plan) -> None:
    ws = frag.graph.get(Label.WORKSTREAM, name)
    assert ws is not None
    log = ProblemLog(frag.plan.key, frag.problems)
    log(getattr(ws, "sheet", ""), ws.source.cell,
        f"workstream {name!r} is also in {newer.key} (dated {newer.date}), which is newer: this version is set aside",
        severity="info", code="superseded-workstream")
    dropped = {(Label.WORKSTREAM, name)}
    for task in [t for t in frag.graph.nodes(Label.TASK) if t.workstream == name]:  # type: ignore[attr-defined]
        frag.graph.remove(task)
        dropped.add((Label.TASK, task.key))
    frag.graph.remove(ws)
    frag.collected.drop(dropped)
    frag.plan.superseded_by = newer.key
    frag.sheets[:] = [
        replace(s, kind="task table (older version, set aside)") if s.workstream == name else s
        for s in frag.sheets
    ]


def _merge(target: PlanGraph, fragment: PlanGraph) -> None:
    """Add a fragment's nodes and relationships; a node already held keeps
    its fields but gains the fragment's list items (e.g. an owner's spellings)."""
    for node in fragment.nodes():
        held = target.add(node)
        if held is not node:
            _extend_lists(held, node)
    for rel in fragment.relationships():
        start, end = target.get(*rel.start), target.get(*rel.end)
        assert start is not None and end is not None
        target.relate(rel.type, start, end, rel.source, **rel.props)


def _extend_lists(held: Node, other: Node) -> None:
    for name, value in other.properties().items():
        mine = getattr(held, name)
        if isinstance(value, list) and isinstance(mine, list):
            mine.extend(v for v in value if v not in mine)


def _place_workstreams(result: LoadResult, overrides: Overrides) -> None:
    """Set each workstream's area: by the override file, else by its name."""
    graph = result.graph
    areas = {a.key: a for a in graph.nodes(Label.AREA)}
    for ws in graph.nodes(Label.WORKSTREAM):
        assert isinstance(ws, Workstream)
        log = ProblemLog(ws.source.file, result.problems)
        area, evidence = _area_for(ws, areas, overrides)
        if area is None:
            log(ws.sheet, ws.source.cell, f"workstream {ws.name!r} matches no area of the strategy register "
                "(name it in plangraph.toml under [workstreams])", code="no-area")
            continue
        if area.key not in areas:
            area = graph.add(area)
            areas[area.key] = area
            log(ws.sheet, ws.source.cell, f"no strategy register names an area for {ws.name!r}; "
                "an area of that name was made", severity="info", code="area-from-workstream")
        elif evidence["matched_by"] == "words":
            log(ws.sheet, ws.source.cell, f"workstream {ws.name!r} placed in area {area.key!r} "
                f"by the words they share: {evidence['shared']}", severity="info", code="area-by-words")
        ws.area = area.key
        for rel in graph.outgoing(ws, Rel.HAS_TASK):
            task = graph.get(*rel.end)
            assert isinstance(task, Task)
            task.area = area.key
        graph.relate(Rel.HAS_WORKSTREAM, area, ws, ws.source, **evidence)


def _area_for(ws: Workstream, areas: dict[str, Area], overrides: Overrides) -> tuple[Area | None, dict]:
    named = overrides.workstream_areas.get(ws.name)
    if named and named in areas:
        return areas[named], {"matched_by": "override", "shared": overrides.source}
    match = best_match(ws.name, areas)
    if match is not None:
        how = "name" if match.score == 1.0 else "words"
        return areas[match.name], {"matched_by": how, "shared": ", ".join(match.shared)}
    if not areas:
        return Area(key=ws.name, name=ws.name, source=ws.source), {"matched_by": "workstream name", "shared": ""}
    return None, {}


def _area_leads(result: LoadResult, frag: Fragment) -> list[OwnerMention]:
    """The leads a leads sheet names for areas rather than its own workstreams."""
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

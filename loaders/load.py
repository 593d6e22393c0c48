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
>>> print(*[p.message for p in result.problems if p.code == "superseded-workstream"])  # doctest: +ELLIPSIS
workstream 'Domestic Abuse' is also in ...updated.xlsx (dated 2018-06-20), which is newer: this version is set aside (...)
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator

from graphmodel import Label, Node, PlanGraph, Problem

from .collected import Collected
from .joining.accepted_links import add_accepted_links
from .joining.areas import area_leads, place_workstreams
from .joining.forums import add_mentions
from .joining.governance import add_governance, add_partners, local_gazetteer
from .joining.links import add_links
from .joining.owners import resolve_owners
from .joining.partnership import name_partnership, set_partnership
from .joining.versions import set_aside_old_versions
from .overrides import Overrides
from .report import LoadResult
from .workbooks.book import read_workbook
from .workbooks.cells import WorkbookError
from .workbooks.guard.errors import safe_text
from .workbooks.guard.folders import PLAN_SUFFIXES, find_plan_files

__all__ = ["load_plans", "sample_data", "workbook_paths", "PLAN_SUFFIXES"]


def sample_data() -> Path:
    """The folder of the bundled Essex sample workbooks."""
    return Path(str(resources.files("loaders") / "samples" / "essex"))


def workbook_paths(paths: Iterable[Path | str]) -> list[Path]:
    """The plan files named, and those found in folders named, in order
    (see :mod:`loaders.workbooks.guard.folders` for the rules: suffixes in
    any case, lock files left out, links to folders followed once)."""
    return find_plan_files(paths).files


def load_plans(paths: Iterable[Path | str], *, overrides: Overrides | None = None,
               on_workbook: Callable[[Path], None] | None = None, partnership: str | None = None,
               strict: bool = False) -> LoadResult:
    """Read every workbook in ``paths`` (files or folders) into one graph.

    A file that cannot be read at all is an error problem naming it (code
    "unreadable-file"), and the other files are still read; everything else
    about a file is reported as warnings or notes. With ``strict=True`` one
    unreadable file fails the whole load: the result's graph is empty and
    its errors name every unreadable file, so the caller must save nothing.
    ``on_workbook`` is called with each file's path before it is read (for
    progress). Every node belongs to ``partnership`` (by default named by
    the plans themselves: see :mod:`loaders.joining.partnership`).
    """
    with _collector_paused() as collect:
        return _load(list(paths), overrides, on_workbook, partnership, strict, collect)


def _load(paths: list, overrides: Overrides | None, on_workbook: Callable[[Path], None] | None,
          partnership: str | None, strict: bool, collect: Callable[[], None]) -> LoadResult:
    overrides = overrides or Overrides.find(paths)
    result = LoadResult(PlanGraph(), list(overrides.problems))
    found = find_plan_files(paths)
    result.problems += [Problem(where, "", "", message, "info", "skipped-path") for where, message in found.notes]
    fragments, unreadable = [], []
    for path in found.files:
        if on_workbook:
            on_workbook(path)
        try:
            fragments.append(read_workbook(path))
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
            unreadable.append(_unreadable(path, exc))
        collect()
    result.problems += unreadable
    if strict and unreadable:
        return result
    if not fragments and not result.problems:
        result.problems.append(_file_problem(", ".join(map(str, paths)) or "(nothing)",
                                             "no .xlsx or .csv plans found"))
    set_aside_old_versions(fragments, overrides)
    collected = Collected()
    priorities = {}
    for frag in fragments:
        _merge(result.graph, frag.graph)
        result.problems.extend(frag.problems)
        result.sheets.extend(frag.sheets)
        collected.extend(frag.collected)
        priorities.update(frag.workstream_priority)
    place_workstreams(result, overrides, priorities)
    for frag in fragments:
        collected.mentions += area_leads(result, frag)
    _join(result, collected, overrides)
    _name(result, fragments, overrides, partnership, paths)
    return result


@contextmanager
def _collector_paused() -> Iterator[Callable[[], None]]:
    """Python's cyclic garbage collector paused for a load, and run on the
    young objects only after each workbook.

    openpyxl leaves every cell of a workbook it has read in reference cycles
    (a sheet and its workbook point at each other), freed only by the
    collector; left to itself, it walks the whole heap, read workbooks and
    all, several times a workbook, and the time it takes grows faster than
    the cells (9% of a load of 250 tasks, 24% of 32 partnerships' loads). One
    young-generation collection after each workbook frees that workbook's
    cycles and walks each object once. Where the collector was already
    paused (by the caller), it is left as it was."""
    if not gc.isenabled():
        yield lambda: None
        return
    gc.disable()
    try:
        yield lambda: gc.collect(0)
    finally:
        gc.enable()
        gc.collect(0)


def _name(result: LoadResult, fragments: list, overrides: Overrides, explicit: str | None, paths: list) -> None:
    register = next((f.plan.title for f in fragments if f.plan.kind == "strategy register"), None)
    lines = [block for f in fragments for block in f.title_lines]
    result.partnership, result.partnership_named_by = name_partnership(
        explicit, overrides.partnership, register, lines, [Path(p) for p in paths])
    set_partnership(result.graph, result.partnership)


def _unreadable(path: Path, exc: Exception) -> Problem:
    """The error for a file that could not be read: the reader's own words,
    or, for a failure no reader foresaw, what happened and what to do."""
    if isinstance(exc, WorkbookError):
        # Whatever a reader wrote, the message shows no folder of this machine.
        return _file_problem(exc.file, safe_text(exc.message, path))
    if isinstance(exc, MemoryError):
        return _file_problem(path.name, "too big to read on this machine")
    return _file_problem(path.name, f"could not be read: plangraph met something in it that it does not handle "
                                    f"({exc.__class__.__name__}); the other files were read. Please report "
                                    "this file to the plangraph team")


def _join(result: LoadResult, collected: Collected, overrides: Overrides) -> None:
    """The steps that need every workbook: owners, links, forums, partners."""
    graph, problems = result.graph, result.problems
    resolve_owners(graph, collected.mentions, collected.people, problems, overrides)
    add_links(graph, collected, problems, aliases=_workstream_aliases(graph))
    gazetteer = local_gazetteer(collected)
    add_governance(graph, collected, gazetteer, problems)
    add_partners(graph, collected, gazetteer)
    add_mentions(graph, collected.texts, gazetteer)
    add_accepted_links(graph, overrides, problems)


def _workstream_aliases(graph: PlanGraph) -> dict[str, list[str]]:
    """Other names a plan may call a workstream by: its area's, its sheet's
    ("see the Burglary plan, 1.8" for the workstream "Residential Burglary")."""
    return {ws.key: [n for n in (ws.area, ws.sheet) if n and n != ws.name]  # type: ignore[attr-defined]
            for ws in graph.nodes(Label.WORKSTREAM)}


def _file_problem(file: str, message: str) -> Problem:
    return Problem(file, "", "", message, "error", "unreadable-file")


def _merge(target: PlanGraph, fragment: PlanGraph) -> None:
    """Add a fragment's nodes and relationships; a node already held keeps
    its fields but gains the fragment's list items (e.g. an owner's spellings)."""
    for node in fragment.nodes():
        held = target.add(node)
        if held is not node:
            _extend_lists(held, node)
    for rel in fragment.relationships():
        target.adopt(rel)  # the fragment is dropped once merged: its relationships are taken, not copied


def _extend_lists(held: Node, other: Node) -> None:
    for name, value in other.properties().items():
        mine = getattr(held, name)
        if isinstance(value, list) and isinstance(mine, list):
            mine.extend(v for v in value if v not in mine)



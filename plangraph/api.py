"""plangraph as a library: one function for each command, of the same name,
which the CLI and the explorer both call.

Each takes a store (``plangraph.config.open_store``) and, where a store may
hold several partnerships, ``partnership``: the one to answer about (None:
the only one held; a question about all of several is answered for each,
as ``{partnership: answer}``).

Examples
--------
>>> import tempfile, pathlib
>>> from loaders import sample_data
>>> from plangraph.stores.embedded import EmbeddedStore
>>> store = EmbeddedStore(pathlib.Path(tempfile.mkdtemp()) / "graph.json")
>>> loaded = load([sample_data()], store)
>>> loaded.saved, summary(loaded.result)["tasks"], loaded.partnership, store.is_empty()
(True, 212, 'Essex', False)
>>> [o.name for o in owners(store)["owners"][:2]]
['CI Sam Smith', 'CI Shaun Kane']
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable

from analyses import chains as chain_analysis
from analyses.across import across_partnerships
from analyses.impact import KnockOn, knock_on, slip_days
from analyses import coverage as coverage_analysis
from analyses import forums as forum_analysis
from analyses import owners as owner_analysis
from analyses import suggest as suggest_analysis
from analyses.diff import Change, diff_plans
from analyses.quality import quality_problems
from analyses.warnings import link_warnings
from graphmodel import Label, PlanGraph, Problem, Rel
from graphmodel.edit import without_file
from graphmodel.exchange import write
from loaders import LoadResult, load_plans, workbook_paths
from loaders.overrides import Overrides
from loaders.workbooks.book import read_workbook

from .config import home
from .locking import LoadBusy, load_lock
from .outputs.annotate import annotate as annotate_plans
from .outputs.brief import BriefFacts, write_brief
from .outputs.paths import OutputError, check_output
from .outputs.report import write_leadership_report
from .serving import serve
from .stores.base import Store, StoreError

__all__ = ["Loaded", "LoadBusy", "OutputError", "load", "remove", "check", "annotate", "export", "diff", "chains", "impact",
           "owners", "forums", "suggest", "coverage", "report", "brief", "serve", "summary", "partnerships", "Chains"]


@dataclass(frozen=True)
class Loaded:
    """What a load did: what was read (``result``), whether it was saved
    and, when not, why (``refused``)."""

    result: LoadResult
    saved: bool
    refused: str = ""

    @property
    def partnership(self) -> str:
        return self.result.partnership

    @property
    def unreadable(self) -> list[Problem]:
        """The files that could not be read (saved without them, unless strict)."""
        return [p for p in self.result.errors if p.code == UNREADABLE]


UNREADABLE = "unreadable-file"


def load(paths: Iterable[Path | str], store: Store, *, overrides: Path | None = None, partnership: str | None = None,
         strict: bool = False, replace: bool = True, on_workbook: Callable[[Path], None] | None = None,
         wait: float = 60.0, on_wait: Callable[[dict], None] | None = None) -> Loaded:
    """Read the workbooks and save the graph into ``store``, replacing its
    partnership's plans (and only those), one load at a time.

    A file that cannot be read is reported and the rest are saved without
    it (``Loaded.unreadable``); with ``strict``, nothing is saved then.
    Nothing is saved either when no task was found, or a plangraph.toml
    is broken: what was loaded before stays as it was. A second load
    waits up to ``wait`` seconds for one running (``on_wait`` is told who
    runs it), then raises LoadBusy. With ``replace=False`` the plans are
    only added: nothing is saved if their partnership is already loaded.
    """
    paths = list(paths)
    with load_lock(home() / "load.lock", wait=wait, on_wait=on_wait,
                   what="plangraph load " + " ".join(Path(p).name for p in paths)[:200]):
        result = _read(paths, overrides=overrides, partnership=partnership, on_workbook=on_workbook, strict=strict)
        refused = _refusal(result, strict)
        if not refused and not replace and result.partnership in partnerships(store):
            refused = (f"a partnership called {result.partnership!r} is loaded already: choose another name, or "
                       "replace its plans")
        if not refused:
            store.save(result.graph, result.problems, partnership=result.partnership)
    return Loaded(result, not refused, refused)


def remove(store: Store, partnership: str, *, file: str | None = None) -> None:
    """Take a partnership's plans out of the store, or only what was read
    from one of its workbooks (``file``, as loaded). One load or removal at
    a time; StoreError when there is no such partnership or workbook."""
    with load_lock(home() / "load.lock", what=f"plangraph remove {partnership}"):
        if partnership not in partnerships(store):
            raise StoreError(f"no partnership {partnership!r} in {store.describe()}")
        if file is None:
            store.remove(partnership)
            return
        graph = store.read(partnership)
        if file not in {p.key for p in graph.nodes(Label.PLAN)}:
            raise StoreError(f"{partnership!r} has no workbook {file!r}")
        kept = [p for p in store.problems(partnership) if p.file != file]
        store.save(without_file(graph, file), kept, partnership=partnership)


def _refusal(result: LoadResult, strict: bool) -> str:
    """Why a load's graph must not be saved ("" when it may be)."""
    unreadable = [p for p in result.errors if p.code == UNREADABLE]
    other = [p for p in result.errors if p.code != UNREADABLE]
    if other:
        return f"{other[0]}"
    if strict and unreadable:
        return f"{len(unreadable)} file{'s' if len(unreadable) != 1 else ''} could not be read, and the load was strict"
    if not result.graph.nodes(Label.TASK):
        read = "no plan could be read" if unreadable else "no task was found in the plans"
        return f"{read}: there is nothing to save"
    return ""


def check(paths: Iterable[Path | str] = (), *, store: Store | None = None, overrides: Path | None = None,
          partnership: str | None = None, on_workbook: Callable[[Path], None] | None = None) -> list[Problem]:
    """Every problem of the plans, saving nothing: with ``paths``, what the
    loaders meet in those files and the data-quality findings on their graph;
    with none, the problems saved in ``store`` by the load that made it."""
    paths = list(paths)
    if paths:
        return _read(paths, overrides=overrides, partnership=partnership, on_workbook=on_workbook).problems
    if store is None:
        raise ValueError("check needs workbooks to read, or a store to list the problems of")
    return store.problems(partnership)


def _read(paths: Iterable[Path | str], *, overrides: Path | None, partnership: str | None,
          on_workbook: Callable[[Path], None] | None, strict: bool = False) -> LoadResult:
    chosen = Overrides.read(overrides) if overrides else None
    result = load_plans(paths, overrides=chosen, on_workbook=on_workbook, partnership=partnership, strict=strict)
    result.problems.extend(quality_problems(result.graph))
    return result


def annotate(paths: Iterable[Path | str], output: Path | str, *, overrides: Path | None = None,
             partnership: str | None = None) -> list[Path]:
    """Copies of the plans with what plangraph read beside every task row,
    written into the folder ``output`` (never over the plans themselves:
    OutputError, before any work)."""
    paths, output = [Path(p) for p in paths], Path(output).expanduser()
    plans = {f.resolve() for f in workbook_paths(paths)}
    if output.resolve() in {f.parent for f in plans} | {p.resolve() for p in paths if p.is_dir()}:
        raise OutputError(f"{output} holds the plans themselves: write the annotated copies into another folder")
    if output.exists() and not output.is_dir():
        raise OutputError(f"{output} is a file: give a folder to write the annotated copies into")
    result = _read(paths, overrides=overrides, partnership=partnership, on_workbook=None)
    try:
        return annotate_plans(result, paths, output)
    except OSError as exc:
        raise OutputError(f"cannot write into {output} ({exc.strerror or exc.__class__.__name__})") from None


def export(store: Store, path: Path, format: str, *, partnership: str | None = None) -> PlanGraph:
    """Write a partnership's stored graph to a file in ``format`` (json,
    graphml, gexf). OutputError, before anything is read, for a path that
    cannot be written or is the store itself."""
    path = check_output(path, protected=_own_files(store))
    graph = store.read(partnership)
    _writing(path, lambda: write(graph, path, format))
    return graph


def _own_files(store: Store) -> list[Path]:
    """Files no output may overwrite: the store's, and plangraph's own."""
    kept = [getattr(store, "path", None), home() / "graph.json", home() / "config.toml", home() / "load.lock"]
    return [Path(p) for p in kept if p is not None]


def _writing(path: Path, write_it: Callable[[], Any]) -> None:
    try:
        write_it()
    except OSError as exc:
        raise OutputError(f"cannot write {path} ({exc.strerror or exc.__class__.__name__})") from None


def diff(old: Path, new: Path) -> list[Change]:
    """Tasks added, removed and changed between two versions of a plan workbook."""
    return diff_plans(read_workbook(Path(old)).graph, read_workbook(Path(new)).graph)


def partnerships(store: Store) -> list[str]:
    """The partnerships the store holds."""
    return [row["partnership"] for row in store.get_partnerships()]


def _each(store: Store, partnership: str | None, answer: Callable[[str | None], Any]) -> Any:
    """The answer about one partnership, or about each of several."""
    held = partnerships(store)
    if partnership is not None or len(held) <= 1:
        if partnership is not None and held and partnership not in held:
            raise StoreError(f"no partnership {partnership!r} in {store.describe()}; it holds: {', '.join(held)}")
        return answer(partnership if partnership is not None else (held[0] if held else None))
    return {name: answer(name) for name in held}


@dataclass(frozen=True)
class Chains:
    """What ``chains`` answers: one task's chain with each link's warnings, or the whole plan's overview."""

    trace: chain_analysis.Trace | None = None
    overview: dict[str, Any] | None = None
    partnership: str | None = None


def chains(store: Store, task: str | None = None, *, direction: str = "up", depth: int | None = None,
           include_inferred: bool = True, today: dt.date | None = None, partnership: str | None = None) -> Any:
    """A task's chain (its words: see analyses.chains.match_tasks), each step
    with what is wrong with the link that reached it; with no task, the
    whole plan's overview. Raises TaskNotFound unless one task matches."""
    if task is None:
        return _each(store, partnership, lambda p: Chains(overview=chain_analysis.plan_overview(
            store, include_inferred=include_inferred, today=today, partnership=p), partnership=p))
    where = partnership if partnership is not None else _partnership_of_task(store, task)
    found = chain_analysis.trace(store, task, direction=direction, depth=depth, include_inferred=include_inferred,
                                 partnership=where)
    warned = link_warnings(store, include_inferred=include_inferred, today=today, partnership=where)
    up = direction == "up"
    steps = [replace(s, warnings=tuple(warned.get((s.via, s.task) if up else (s.task, s.via), ()))) for s in found.steps]
    return Chains(trace=replace(found, steps=steps), partnership=where)


def _partnership_of_task(store: Store, words: str) -> str | None:
    """The partnership whose tasks the words find, when the store holds several."""
    held = partnerships(store)
    if len(held) <= 1:
        return held[0] if held else None
    found = {row["partnership"] for row in store.find_tasks(words)}
    if len(found) != 1:
        matches = [f"{row['partnership']}: {row['key']}" for row in store.find_tasks(words)]
        raise chain_analysis.TaskNotFound(words, matches)
    return found.pop()


def impact(store: Store, task: str, *, slip: str | int, as_of: dt.date | None = None,
           include_inferred: bool = True, partnership: str | None = None) -> KnockOn:
    """The knock-on of a slip (``slip`` in days, or as "6w", "10d", "2m") of
    the task the words name: what downstream would then finish after it is
    due, by how much, who owns it and which forums oversee it."""
    where = partnership if partnership is not None else _partnership_of_task(store, task)
    key = chain_analysis.match_tasks(store, task, partnership=where)
    if len(key) != 1:
        raise chain_analysis.TaskNotFound(task, key)
    days = slip if isinstance(slip, int) else slip_days(slip)
    return knock_on(store, key[0], days=days, as_of=as_of, include_inferred=include_inferred, partnership=where)


def owners(store: Store, *, threshold: int | None = None, as_of: dt.date | str | None = chain_analysis.AS_WRITTEN,
           partnership: str | None = None) -> Any:
    """Owner workload: the threshold used, each owner's load, concentration
    per workstream, owners spread across areas, unowned tasks, and tasks by
    month due (overdue as of ``as_of``, by default each plan's own date)."""
    return _each(store, partnership, lambda p: owner_analysis.workload_overview(store, threshold=threshold,
                                                                               as_of=as_of, partnership=p))


def report(store: Store, path: Path | str, *, threshold: int | None = None, partnership: str | None = None) -> None:
    """Write the leadership report (Excel) of one partnership's owners
    (OutputError, before any work, for a path that cannot be written)."""
    path = check_output(path, protected=_own_files(store))
    which = _one(store, partnership)
    _writing(path, lambda: write_leadership_report(store, path, threshold=threshold, partnership=which))


def brief(store: Store, path: Path | str, *, partnership: str | None = None) -> BriefFacts:
    """Write the board briefing (one self-contained HTML file) of one
    partnership's plans; the facts it says. OutputError, before any work,
    for a path that cannot be written."""
    path = check_output(path, protected=_own_files(store))
    which = _one(store, partnership)
    made: list[BriefFacts] = []
    _writing(path, lambda: made.append(write_brief(store, path, partnership=which)))
    return made[0]


def forums(store: Store, *, area: str | None = None, source: str = "strategy", forum: str | None = None,
           partnership: str | None = None, across: bool = False) -> Any:
    """Forums and partners areas share (side by side across partnerships when
    asked about all), or one forum's areas, tasks and owners; ``across``:
    the forums several partnerships' plans name. KeyError for an area or
    forum there is none of."""
    if across:
        return across_partnerships(store, source=source)
    if forum:
        return forum_analysis.forum_detail(store, forum, partnership=partnership)
    return forum_analysis.forum_overview(store, area=area, source=source, partnership=partnership)


def suggest(store: Store, *, top: int | None = 20, min_score: float = suggest_analysis.MIN_SCORE,
            same_workstream: bool = False, partnership: str | None = None) -> Any:
    """Pairs of tasks that look linked but are not, the likeliest first."""
    return _each(store, partnership, lambda p: suggest_analysis.suggest_links(
        store, top=top, min_score=min_score, include_same_workstream=same_workstream, partnership=p))


def coverage(store: Store, *, top: int = 3, min_score: float = coverage_analysis.MIN_AIM_SCORE,
             partnership: str | None = None) -> Any:
    """Tasks per area and strand, and the aims with the tasks that seem to serve them."""
    return _each(store, partnership, lambda p: coverage_analysis.coverage_overview(
        store, top=top, min_score=min_score, partnership=p))


def _one(store: Store, partnership: str | None) -> str | None:
    held = partnerships(store)
    if partnership is None and len(held) > 1:
        raise StoreError(f"{store.describe()} holds {len(held)} partnerships ({', '.join(held)}): "
                         "choose one with --partnership")
    return partnership


def summary(result: LoadResult) -> dict[str, int]:
    """Counts a person wants after a load."""
    counts = result.graph.counts()
    severities = Counter(p.severity for p in result.problems)
    return {
        "plans": counts.get(str(Label.PLAN), 0),
        "areas": counts.get(str(Label.AREA), 0),
        "workstreams": counts.get(str(Label.WORKSTREAM), 0),
        "tasks": counts.get(str(Label.TASK), 0),
        "owners": counts.get(str(Label.OWNER), 0),
        "forums": counts.get(str(Label.FORUM), 0),
        "partners": counts.get(str(Label.PARTNER), 0),
        "links": counts.get(str(Rel.LINKED_TO), 0),
        "problems": len(result.problems),
        "errors": severities["error"],
        "warnings": severities["warning"],
        "notes": severities["info"],
    }

"""What the CLI and the explorer do, as library calls: one function a command.

Examples
--------
>>> import tempfile, pathlib
>>> from loaders import sample_data
>>> from plangraph.stores.embedded import EmbeddedStore
>>> store = EmbeddedStore(pathlib.Path(tempfile.mkdtemp()) / "graph.json")
>>> result = load([sample_data()], store)
>>> summary(result)["tasks"], store.is_empty()
(212, False)
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

from graphmodel import Label, PlanGraph, Problem, Rel
from analyses.diff import Change, diff_plans
from graphmodel.exchange import write
from analyses.quality import quality_problems
from loaders import LoadResult, load_plans
from loaders.overrides import Overrides
from loaders.workbooks.book import read_workbook

from .stores.base import Store

__all__ = ["load", "check", "saved_problems", "export", "diff", "summary"]


def load(paths: Iterable[Path | str], store: Store, *, overrides: Path | None = None,
         on_workbook: Callable[[Path], None] | None = None) -> LoadResult:
    """Read the workbooks and save the graph into ``store``.

    Nothing is saved when any workbook could not be read (an error
    problem): the graph loaded before stays as it was.
    """
    result = check(paths, overrides=overrides, on_workbook=on_workbook)
    if not result.errors:
        store.save(result.graph, result.problems)
    return result


def check(paths: Iterable[Path | str], *, overrides: Path | None = None,
          on_workbook: Callable[[Path], None] | None = None) -> LoadResult:
    """Read the workbooks and report every problem, saving nothing: what the
    loaders met in the cells, then the data-quality findings on the graph.
    (With no workbooks to read, the CLI lists :func:`saved_problems` instead.)"""
    chosen = Overrides.read(overrides) if overrides else None
    result = load_plans(paths, overrides=chosen, on_workbook=on_workbook)
    result.problems.extend(quality_problems(result.graph))
    return result


def saved_problems(store: Store) -> list[Problem]:
    """The problems of the graph last loaded into ``store``, saved with it."""
    return store.problems()


def export(store: Store, path: Path, format: str) -> PlanGraph:
    """Write the stored graph to a file in ``format`` (json, graphml, gexf)."""
    graph = store.read()
    write(graph, path, format)
    return graph


def diff(old: Path, new: Path) -> list[Change]:
    """Tasks added, removed and changed between two versions of a plan workbook."""
    return diff_plans(read_workbook(Path(old)).graph, read_workbook(Path(new)).graph)


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

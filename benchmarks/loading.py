"""Load and save timings of one size of synthetic partnerships, against
their baselines: the bare cell scan (loading), a bare UNWIND CREATE and a
naive MERGE loader (saving into Neo4j)."""

from __future__ import annotations

import gc
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from loaders import load_plans

from .baselines import bare_unwind_create, graph_rows, group_rows, naive_merge, scan_cells
from .synthetic import Partnership

__all__ = ["LoadFigures", "SaveFigures", "time_loads", "time_saves", "heap_set_aside"]


@dataclass
class LoadFigures:
    size: str
    partnerships: int
    tasks: int
    cells: int
    scan: float  # seconds to read every cell, read-only
    load: float  # seconds of load_plans, one call per partnership
    results: list[Any] = field(default_factory=list, repr=False)
    # layout -> (partnerships, tasks, scan seconds, load seconds)
    by_template: dict[str, tuple[int, int, float, float]] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.load / self.scan if self.scan else float("nan")

    def template_ratio(self, template: str) -> float:
        _, _, scan, load = self.by_template[template]
        return load / scan if scan else float("nan")


@dataclass
class SaveFigures:
    size: str
    save: float  # plangraph's save of every partnership, one after another, into an empty store
    bare: float  # one bare UNWIND CREATE of the same rows
    naive: float  # one MERGE per node and relationship, extrapolated from a sample
    naive_sample: float


def time_loads(size: str, written: list[Partnership], *, repeat: int = 1) -> LoadFigures:
    """Each partnership's folder scanned, then each loaded on its own, as a
    region's plans are loaded into one store; each timing the best of
    ``repeat`` runs. Every scan comes before the loads, as the loads' results
    are kept and a bigger heap slows the scan's garbage collector. Before any
    timing, one scan and one load of the first partnership pay what only a
    process's first load pays (reading the bundled gazetteer, compiling
    patterns, openpyxl's own first steps), so that every size measures the
    work per cell."""
    scan_cells([written[0].folder])
    load_plans([written[0].folder], partnership=written[0].name)
    cells, scans, loads, results = 0, [], [], []
    with heap_set_aside():
        for p in written:
            cells += scan_cells([p.folder])
            scans.append(_best(repeat, lambda: scan_cells([p.folder]))[0])
        for p in written:
            seconds, result = _best(repeat, lambda: load_plans([p.folder], partnership=p.name))
            loads.append(seconds)
            results.append(result)
    tasks = [len(r.graph.nodes("Task")) for r in results]
    by_template: dict[str, tuple[int, int, float, float]] = {}
    for p, n, scan, load in zip(written, tasks, scans, loads):
        count, held, scanned, loaded = by_template.get(p.template, (0, 0, 0.0, 0.0))
        by_template[p.template] = (count + 1, held + n, scanned + scan, loaded + load)
    return LoadFigures(size, len(written), sum(tasks), cells, sum(scans), sum(loads), results, by_template)


@contextmanager
def heap_set_aside() -> Iterator[None]:
    """What the benchmark holds (the generated plans, earlier sizes' graphs)
    kept out of the garbage collector's walks while timing: what is timed
    runs with the collector on (the scan, the explorer) and should not pay
    for a heap it did not make. Not nested."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _best(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    """The fastest of ``repeat`` runs, in seconds, and what the last run returned."""
    best, found = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        found = run()
        best = min(best, time.perf_counter() - start)
    return best, found


def time_saves(figures: LoadFigures, store, driver, database: str, *, sample: int = 300) -> SaveFigures:
    """The three ways to write the same graphs into one Neo4j: naive (on a
    sample), bare, then plangraph's own (which the questions then ask)."""
    nodes, rels = [], []
    for result in figures.results:
        n, r = graph_rows(result.graph.to_dict(), result.partnership)
        nodes += n
        rels += r
    naive_sample, naive = naive_merge(driver, database, nodes, rels, sample=sample)
    bare = bare_unwind_create(driver, database, *group_rows(nodes, rels))
    _wipe(driver, database)
    store.prepare()  # the schema, made once per database, untimed as the baselines' indexes are
    start = time.perf_counter()
    for result in figures.results:
        store.save(result.graph, result.problems, partnership=result.partnership)
    return SaveFigures(figures.size, time.perf_counter() - start, bare, naive, naive_sample)


def _wipe(driver, database: str) -> None:
    with driver.session(database=database) as session:
        while session.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS gone").single()["gone"]:
            pass


def save_embedded(figures: LoadFigures, path: Path):
    """Every partnership saved into one embedded store at ``path``."""
    from plangraph.stores.embedded import EmbeddedStore

    store = EmbeddedStore(path)
    for result in figures.results:
        store.save(result.graph, result.problems, partnership=result.partnership)
    return store

"""Load and save timings of one size of synthetic partnerships, against
their baselines: the bare cell scan (loading), a bare UNWIND CREATE and a
naive MERGE loader (saving into Neo4j)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders import load_plans

from .baselines import bare_unwind_create, graph_rows, group_rows, naive_merge, scan_cells
from .synthetic import Partnership

__all__ = ["LoadFigures", "SaveFigures", "time_loads", "time_saves"]


@dataclass
class LoadFigures:
    size: str
    partnerships: int
    tasks: int
    cells: int
    scan: float  # seconds to read every cell, read-only
    load: float  # seconds of load_plans, one call per partnership
    results: list[Any] = field(default_factory=list, repr=False)

    @property
    def ratio(self) -> float:
        return self.load / self.scan if self.scan else float("nan")


@dataclass
class SaveFigures:
    size: str
    save: float  # plangraph's save of every partnership, one after another, into an empty store
    bare: float  # one bare UNWIND CREATE of the same rows
    naive: float  # one MERGE per node and relationship, extrapolated from a sample
    naive_sample: float


def time_loads(size: str, written: list[Partnership]) -> LoadFigures:
    """Scan the cells, then load each partnership on its own, as a region's
    plans are loaded into one store."""
    folders = [p.folder for p in written]
    start = time.perf_counter()
    cells = scan_cells(folders)
    scan = time.perf_counter() - start
    results, load = [], 0.0
    for p in written:
        start = time.perf_counter()
        results.append(load_plans([p.folder], partnership=p.name))
        load += time.perf_counter() - start
    tasks = sum(len(r.graph.nodes("Task")) for r in results)
    return LoadFigures(size, len(written), tasks, cells, scan, load, results)


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

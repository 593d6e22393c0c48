"""Benchmarks: how long plangraph takes, printed as figures. Run on demand:

    python benchmarks/run.py                 # the Essex data and a synthetic force
    python benchmarks/run.py --plans 40      # a bigger synthetic force
    NEO4J_URI=... NEO4J_PASSWORD=... python benchmarks/run.py --neo4j

Not part of the test suite: timings belong here, not in assertions.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import openpyxl

from analyses.quality import quality_problems
from loaders import load_plans, sample_data
from plangraph.stores.embedded import EmbeddedStore

STRANDS = ("PREVENT", "PURSUE", "PROTECT", "PREPARE")


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    """Median wall time of ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def synthetic_force(folder: Path, plans: int, tasks: int) -> Path:
    """``plans`` workbooks of ``tasks`` tasks each, with links, owners and dates."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in range(plans):
        book = openpyxl.Workbook()
        ws = book.active
        ws.title = f"Workstream {p}"
        ws.append([f"4P plan - Workstream {p}"])
        ws.append(["Strand", None, "Task", None, "How", None, "Who", None, "When", None, "Task No"])
        for t in range(1, tasks + 1):
            how = f"Linked to action ({t - 1}) & ({max(1, t - 3)}) with the CSP and MARAC" if t > 3 else "Through the SET DA Board"
            ws.append([STRANDS[t * 4 // (tasks + 1)], None, f"Task {t} of plan {p}: reduce harm in district {t % 12}",
                       None, how, None, f"DI Person{t % 17} / LPSU", None, f"1st review {1 + t % 28}/6/18", None, t])
        book.save(folder / f"plan-{p:03}.xlsx")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=20, help="synthetic workbooks (default 20)")
    parser.add_argument("--tasks", type=int, default=100, help="tasks per synthetic workbook (default 100)")
    parser.add_argument("--neo4j", action="store_true", help="also time the Neo4j store (NEO4J_* settings)")
    args = parser.parse_args()

    rows = []
    t, result = timed(lambda: load_plans([sample_data()]))
    rows.append(("load Essex (7 workbooks, 212 tasks)", t, len(result.graph)))
    t, _ = timed(lambda: quality_problems(result.graph))
    rows.append(("quality findings, Essex", t, len(result.graph)))
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "graph.json")
        t, _ = timed(lambda: store.save(result.graph))
        rows.append(("embedded save, Essex", t, len(result.graph)))
        t, _ = timed(store.read)
        rows.append(("embedded read, Essex", t, len(result.graph)))
        folder = synthetic_force(Path(tmp) / "force", args.plans, args.tasks)
        t, big = timed(lambda: load_plans([folder]), repeat=1)
        rows.append((f"load synthetic ({args.plans} workbooks, {args.plans * args.tasks} tasks)", t, len(big.graph)))
        if args.neo4j:
            from plangraph.stores.neo4j import Neo4jSettings, Neo4jStore

            neo = Neo4jStore(Neo4jSettings.from_env())
            t, _ = timed(lambda: neo.save(result.graph))
            rows.append(("Neo4j save, Essex", t, len(result.graph)))
            t, _ = timed(neo.read)
            rows.append(("Neo4j read, Essex", t, len(result.graph)))
            t, _ = timed(lambda: neo.save(big.graph), repeat=1)
            rows.append(("Neo4j save, synthetic", t, len(big.graph)))
            neo.close()
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'seconds':>8}  {'nodes':>7}")
    for name, seconds, nodes in rows:
        print(f"{name:<{width}}  {seconds:>8.3f}  {nodes:>7}")


if __name__ == "__main__":
    main()

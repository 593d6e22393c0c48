"""Benchmarks: how long plangraph takes, printed as figures beside their
baselines. Run on demand, never in the tests:

    python benchmarks/run.py                      # x1 and x10, the embedded store
    python benchmarks/run.py --neo4j              # x1, x10 and x100, Neo4j too (NEO4J_* settings)
    python benchmarks/run.py --sizes x1 --markdown BENCHMARKS.md

For each size of synthetic partnerships (``benchmarks.synthetic``): the
load against a bare scan of the same cells (warm, the best of REPEATS runs,
overall and by layout); with ``--neo4j``, the save
against a bare ``UNWIND ... CREATE`` and a naive MERGE loader. At the
largest size: every store question's p50 and p95 latency, each explorer
page's time to render, and the peak memory of the load.

The Neo4j figures **wipe the database** given by NEO4J_URI / NEO4J_DATABASE:
point them at one kept for benchmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the checkout's root on the path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.loading import (LoadFigures, SaveFigures, heap_set_aside, save_embedded, time_loads,  # noqa: E402
                                time_saves)
from benchmarks.memory import peak_mb  # noqa: E402
from benchmarks.pages import page_times  # noqa: E402
from benchmarks.questions import latencies  # noqa: E402
from benchmarks.synthetic import SIZES, generate  # noqa: E402

__all__ = ["main"]


# Runs of each load and scan, the best kept: a small size is quick and noisy.
REPEATS = {"x1": 5, "x10": 3, "x100": 1}


def _machine() -> str:
    cpus = os.cpu_count()
    memory = ""
    try:
        kb = int(next(line for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")).split()[1])
        memory = f", {kb / 1024 / 1024:.1f} GB memory"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{platform.platform()}, Python {platform.python_version()}, {cpus} CPUs{memory}"


def _neo4j():
    from plangraph.stores.neo4j import Neo4jSettings, Neo4jStore

    store = Neo4jStore(Neo4jSettings.from_env())
    return store, store.driver, store.settings.database


def _loads_table(figures: list[LoadFigures]) -> list[str]:
    lines = [f"| size | partnerships | tasks | cells | {_TIMES} |", "|---|---|---|---|---|---|---|---|---|"]
    lines += [f"| {f.size} | {f.partnerships} | {f.tasks:,} | {f.cells:,} | {_times(f.scan, f.load, f.tasks)} |"
              for f in figures]
    lines.append(f"\nEach time is the best of {', '.join(f'{REPEATS[f.size]} ({f.size})' for f in figures)} runs, "
                 "after one untimed scan and load that pay a process's first-load costs.")
    if len(figures) > 1:
        first, last = figures[0], figures[-1]
        load_growth = (last.load / last.tasks) / (first.load / first.tasks)
        scan_growth = (last.scan / last.tasks) / (first.scan / first.tasks)
        lines.append(f"The ratio at {last.size} is {last.ratio / first.ratio:.2f} times the ratio at {first.size}; "
                     f"the load's time a task at {last.size} is {load_growth:.2f} times that at {first.size}, "
                     f"the scan's {scan_growth:.2f} times.")
        shared = [t for t in first.by_template if t in last.by_template]
        lines += [f"Layout for layout ({t}): the ratio at {last.size} is "
                  f"{last.template_ratio(t) / first.template_ratio(t):.2f} times the ratio at {first.size}."
                  for t in shared]
        lines += ["", f"By layout at {last.size}:", "",
                  f"| layout | partnerships | tasks | {_TIMES} |", "|---|---|---|---|---|---|---|---|"]
        lines += [f"| {t} | {n} | {tasks:,} | {_times(scan, load, tasks)} |"
                  for t, (n, tasks, scan, load) in sorted(last.by_template.items())]
    return lines


_TIMES = "bare scan s | load s | load / scan | scan ms a task | load ms a task"


def _times(scan: float, load: float, tasks: int) -> str:
    """The cells under _TIMES."""
    return f"{scan:.2f} | {load:.2f} | {load / scan:.2f}x | {1000 * scan / tasks:.3f} | {1000 * load / tasks:.3f}"


def _saves_table(figures: list[SaveFigures]) -> list[str]:
    lines = ["| size | plangraph save s | bare UNWIND CREATE s | save / bare | naive MERGE s (extrapolated) | "
             "naive / save |", "|---|---|---|---|---|---|"]
    for f in figures:
        lines.append(f"| {f.size} | {f.save:.2f} | {f.bare:.2f} | {f.save / f.bare:.2f}x | {f.naive:.1f} | "
                     f"{f.naive / f.save:.1f}x |")
    return lines


def _latency_table(found: dict[str, dict[str, tuple[float, float, int]]]) -> list[str]:
    stores = list(found)
    lines = ["| question | " + " | ".join(f"{s} p50 ms | {s} p95 ms" for s in stores) + " |",
             "|---|" + "---|---|" * len(stores)]
    for name in next(iter(found.values())):
        cells = " | ".join(f"{found[s][name][0]:.1f} | {found[s][name][1]:.1f}" for s in stores)
        lines.append(f"| {name} | {cells} |")
    calls = min(c for s in stores for _, _, c in found[s].values())
    worst = ", ".join(f"{s} {max(v[1] for v in found[s].values()):.1f} ms" for s in stores)
    lines.append(f"\n{calls} or more calls of each question per store; the worst p95: {worst}.")
    return lines


def _pages_table(found: dict[str, tuple[float, float]]) -> list[str]:
    lines = ["| page | first render s | next render s |", "|---|---|---|"]
    lines += [f"| {page} | {first:.2f} | {again:.2f} |" for page, (first, again) in found.items()]
    return lines


def main(argv: list[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", choices=list(SIZES), help="the sizes to run (default: x1 x10, and "
                        "x100 with --neo4j)")
    parser.add_argument("--neo4j", action="store_true", help="time the Neo4j store too (NEO4J_* settings; the "
                        "database is wiped)")
    parser.add_argument("--no-pages", action="store_true", help="leave out the explorer's pages")
    parser.add_argument("--markdown", type=Path, help="also write the figures to this Markdown file")
    args = parser.parse_args(argv)
    sizes = args.sizes or (["x1", "x10", "x100"] if args.neo4j else ["x1", "x10"])
    started = time.perf_counter()
    out = [f"Run {dt.datetime.now().isoformat(timespec='minutes')} on {_machine()}.", ""]
    neo = _neo4j() if args.neo4j else None
    loads, saves = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            written = generate(Path(tmp) / size, size=size)
            loads.append(time_loads(size, written, repeat=REPEATS[size]))
            print(f"{size}: loaded {loads[-1].tasks:,} tasks in {loads[-1].load:.1f} s", file=sys.stderr)
            if neo:
                saves.append(time_saves(loads[-1], *neo))
                print(f"{size}: saved into Neo4j in {saves[-1].save:.1f} s", file=sys.stderr)
        largest = loads[-1]
        out += ["## Loading", "", *_loads_table(loads), ""]
        if saves:
            out += ["## Saving into Neo4j", "", *_saves_table(saves), ""]
        with heap_set_aside():  # the questions and pages as a server would run them, not amid these plans
            embedded = save_embedded(largest, Path(tmp) / "home" / "graph.json")
            found = {"embedded": latencies(embedded, lambda: embedded.answers()._cache.clear())}
            if neo:
                found["neo4j"] = latencies(neo[0], lambda: setattr(neo[0], "_kept", ("", {})))
            out += [f"## Questions at {largest.size}", "", *_latency_table(found), ""]
            if not args.no_pages:
                start = time.perf_counter()
                embedded._parse()  # what a fresh server does once before its first page (then kept)
                read = time.perf_counter() - start
                out += [f"## Explorer pages at {largest.size} (embedded store)", "",
                        *_pages_table(page_times(Path(tmp) / "home")), "",
                        f"Before its first page a new explorer process reads the embedded store into memory: "
                        f"{read:.1f} s at {largest.size}, once, and again only when the store changes.", ""]
        peak = peak_mb(Path(tmp) / largest.size)
        out += ["## Memory", "", f"Peak resident memory loading the {largest.partnerships} partnerships of "
                f"{largest.size} one after another: {peak:.0f} MB.", ""]
    if neo:
        neo[0].close()
    out.append(f"The whole run took {(time.perf_counter() - started) / 60:.1f} minutes.")
    print("\n".join(out))
    if args.markdown:
        args.markdown.write_text("# Benchmarks\n\nMade by `python benchmarks/run.py "
                                 + " ".join(argv if argv is not None else sys.argv[1:]) + "`.\n\n"
                                 + "\n".join(out) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    main()

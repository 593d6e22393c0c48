"""How a load grows with the cells: load time against a bare scan, per size.

Each partnership's folder is loaded on its own (``load_plans([folder],
partnership=name)``), as a region's partnerships would be, and timed three
ways: the whole load; the part of it spent reading cells
(``cells.open_workbook``, ``cells.read_sheets``, ``csvfile.read_csv``: the
openpyxl parse, which another branch is replacing); and the rest, the text
work of the loaders. The baseline is :func:`benchmarks.baselines.scan_cells`
over the same files. The ratio load / scan should be the same at every size.
Times are CPU seconds of this process (``time.process_time``), so that other
work on the machine moves the ratios less; with ``--repeat`` the fastest load
and the fastest scan of the runs are kept.

Run it from the checkout's root::

    python3 -m benchmarks.scale --sizes x1 x10 x100
    python3 -m benchmarks.scale --sizes x10 --repeat 3      # the fastest of three runs
    python3 -m benchmarks.scale --sizes x10 --profile /tmp/x10.prof

Examples
--------
>>> import tempfile
>>> from benchmarks.synthetic import write_partnership
>>> with tempfile.TemporaryDirectory() as tmp:
...     p = write_partnership(tmp, "register", places={"town": "Westbury", "county": "Marfordshire"}, tasks=30)
...     row = measure([p])
>>> row.tasks_matched == row.tasks_written == 30, row.load >= row.cells > 0, row.scan > 0
(True, True, True)
"""

from __future__ import annotations

import argparse
import cProfile
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from loaders import load_plans
from loaders.workbooks import book

from .accuracy import compare
from .baselines import scan_cells
from .synthetic import Partnership, generate

__all__ = ["Timing", "measure", "main"]


@dataclass
class Timing:
    """One size's figures, in seconds, and how many tasks were read as written."""

    load: float
    cells: float  # of ``load``, reading cells with openpyxl or csv
    scan: float
    tasks_written: int
    tasks_matched: int
    lines: list[str]

    @property
    def ratio(self) -> float:
        return self.load / self.scan

    @property
    def text_ratio(self) -> float:
        """The load without its cell reading, against the scan."""
        return (self.load - self.cells) / self.scan


@contextmanager
def _cell_reading_timed(spent: list[float]) -> Iterator[None]:
    """Time every call ``book`` makes to read cells, adding to ``spent[0]``."""
    names = ("open_workbook", "read_sheets", "read_csv")
    originals = {name: getattr(book, name) for name in names}

    def timed(fn):
        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[0] += time.process_time() - start
        return wrapper

    for name, fn in originals.items():
        setattr(book, name, timed(fn))
    try:
        yield
    finally:
        for name, fn in originals.items():
            setattr(book, name, fn)


def measure(partnerships: list[Partnership], profile: cProfile.Profile | None = None) -> Timing:
    """Load each partnership on its own; time the loads, their cell reading and the scan."""
    spent, load, lines, written, matched = [0.0], 0.0, [], 0, 0
    with _cell_reading_timed(spent):
        for p in partnerships:
            start = time.process_time()
            if profile:
                profile.enable()
            result = load_plans([p.folder], partnership=p.name)
            if profile:
                profile.disable()
            load += time.process_time() - start
            acc = compare(p, result.graph)
            written, matched = written + acc.tasks_written, matched + acc.tasks_matched
            lines.append(f"{p.name} ({p.template}): {acc.line()}")
    start = time.process_time()
    scan_cells([p.folder for p in partnerships])
    return Timing(load, spent[0], time.process_time() - start, written, matched, lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["x1", "x10"], help="x1, x10, x100")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", help="write a cProfile of the loads here (one size only)")
    parser.add_argument("--accuracy", action="store_true", help="print each partnership's accuracy line")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each size; the fastest is kept")
    args = parser.parse_args()
    profile = cProfile.Profile() if args.profile else None
    print(f"{'size':<5} {'load s':>8} {'cells s':>8} {'scan s':>7} {'ratio':>6} {'text ratio':>10} {'tasks':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            partnerships = generate(Path(tmp) / size, size=size, seed=args.seed)
            runs = [measure(partnerships, profile) for _ in range(max(1, args.repeat))]
            row = min(runs, key=lambda r: r.load)
            row.scan = min(r.scan for r in runs)
            print(f"{size:<5} {row.load:8.2f} {row.cells:8.2f} {row.scan:7.2f} {row.ratio:6.2f} "
                  f"{row.text_ratio:10.2f} {row.tasks_matched:>6}/{row.tasks_written:<6}", flush=True)
            if args.accuracy:
                print(*("   " + line for line in row.lines), sep="\n")
    if profile:
        profile.dump_stats(args.profile)


if __name__ == "__main__":
    main()

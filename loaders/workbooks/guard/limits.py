"""How much a workbook may hold before plangraph refuses to read it.

A plan is a few thousand cells; a file that is far bigger is a mistake, a
damaged file or an attack, and a clear "too big" beats a long wait or an
exhausted machine. Every limit sits in one frozen dataclass, with defaults
well above any real plan, so a caller may loosen one for a known file:

>>> limits = Limits()
>>> limits.max_unpacked_bytes // 2**20, limits.max_ratio, limits.max_cells, limits.max_sheets
(200, 100, 1000000, 1000)
>>> Limits(max_cells=5_000_000).max_cells
5000000

A :class:`Deadline` is the time limit of one file: the readers ask it at
every step of their loops (a chunk of the file, a row of a sheet) and it
raises :class:`WorkbookError` once the time is spent.

>>> Deadline("plan.xlsx", 0).check()
Traceback (most recent call last):
...
loaders.workbooks.guard.errors.WorkbookError: plan.xlsx: took longer than 0 seconds to read: too big or too complex to read safely
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from .errors import WorkbookError

__all__ = ["Limits", "Deadline", "DEFAULT_LIMITS"]


@dataclass(frozen=True)
class Limits:
    """The most a file may hold. Sizes are bytes; counts are for the whole workbook."""

    max_file_bytes: int = 100 * 2**20  # the file as stored
    max_unpacked_bytes: int = 200 * 2**20  # every part unpacked, counted as it is read
    max_part_bytes: int = 20 * 2**20  # a part read whole (styles, the list of sheets, a table)
    max_ratio: int = 100  # unpacked : packed, for a part past ratio_grace_bytes
    ratio_grace_bytes: int = 2**20  # small parts may pack very well (a page of blank rows)
    max_entries: int = 10_000  # parts in the package
    max_sheets: int = 1_000
    # Cells written in the file, and again the cells merges may fill. A plan has thousands;
    # a million numbers take about 300 MB to hold (1.9 million took 550 MB).
    max_cells: int = 1_000_000
    max_merged_ranges: int = 100_000
    max_cell_chars: int = 100_000  # Excel's own limit is 32,767 characters in a cell
    max_texts: int = 1_000_000  # entries of the shared text table (no more texts than cells)
    max_text_bytes: int = 64 * 2**20  # the shared text table, which is held in memory
    max_elements_in_part: int = 1_000_000  # XML elements of a part read whole into memory
    max_csv_bytes: int = 50 * 2**20
    max_seconds: float = 120.0  # per file; 0 or less refuses at the first step


DEFAULT_LIMITS = Limits()


class Deadline:
    """The time one file may take, started when it is made."""

    def __init__(self, file: str, seconds: float) -> None:
        self.file = file
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def check(self) -> None:
        """Raise WorkbookError once the file's time is spent."""
        if time.monotonic() >= self._end:
            raise WorkbookError(self.file, f"took longer than {self.seconds:g} seconds to read: "
                                           "too big or too complex to read safely")

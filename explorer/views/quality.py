"""The Data quality page's table: every problem with its file, sheet and cell.

Examples
--------
>>> from graphmodel import Problem
>>> problems_table([Problem("p.xlsx", "W", "B10", "no owner", "warning", "no-owner"),
...                 Problem("p.xlsx", "W", "B9", "unreadable", "error", "bad")])["cell"].tolist()
['B9', 'B10']
"""

from __future__ import annotations

import re
from typing import Iterable

import pandas as pd

from graphmodel import Problem
from graphmodel.problems import kind_words

__all__ = ["problems_table"]

_ORDER = {"error": 0, "warning": 1, "info": 2}


def problems_table(problems: Iterable[Problem]) -> pd.DataFrame:
    """Every problem with its file, sheet and cell, and its kind in words;
    errors first, then in the order of the cells."""
    rows = sorted(({**p.as_dict(), "kind": kind_words(p.code)} for p in problems),
                  key=lambda d: (_ORDER.get(d["severity"], 3), d["file"], d["sheet"], _cell_order(d["cell"])))
    return pd.DataFrame(rows, columns=["severity", "kind", "message", "file", "sheet", "cell", "code"])


def _cell_order(cell: str) -> tuple:
    match = re.fullmatch(r"([A-Z]+)(\d+)", cell or "")
    return (int(match.group(2)), len(match.group(1)), match.group(1)) if match else (0, 0, cell or "")

"""Problems found while reading plans or checking the graph.

A problem always says where: file, sheet and cell, so that a planner can
open the workbook and look.

Examples
--------
>>> p = Problem("plan.xlsx", "Violence - NTE", "G21", "dangling link to task 40",
...             severity="warning", code="dangling-link")
>>> str(p)
'plan.xlsx › Violence - NTE › G21: warning: dangling link to task 40'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .model import where

__all__ = ["Problem", "SEVERITIES"]

# "error": something could not be read and is missing from the graph;
# "warning": read, but probably wrong or worth a look;
# "info": an inference or a choice the loader made, noted so it can be checked.
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    sheet: str
    cell: str
    message: str
    severity: str = "warning"
    code: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")

    def __str__(self) -> str:
        return f"{where(self.file, self.sheet, self.cell)}: {self.severity}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

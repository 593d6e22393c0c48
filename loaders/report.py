"""What a load returns: the graph, the problems, and what each sheet held."""

from __future__ import annotations

from dataclasses import dataclass, field

from graphmodel import PlanGraph, Problem

__all__ = ["SheetSummary", "LoadResult", "ProblemLog"]


@dataclass(frozen=True)
class SheetSummary:
    """What a sheet turned out to be: 'task table', 'leads', 'plan on a page',
    'strategy register', 'hidden', or 'no task table'."""

    file: str
    sheet: str
    kind: str
    tasks: int = 0
    workstream: str | None = None


@dataclass
class LoadResult:
    graph: PlanGraph
    problems: list[Problem] = field(default_factory=list)
    sheets: list[SheetSummary] = field(default_factory=list)
    partnership: str = ""  # the name every node of the graph belongs to
    partnership_named_by: str = ""  # "given", "plangraph.toml", "the strategy register's title", ...

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


class ProblemLog:
    """Collects problems for one workbook, so callers need only say sheet and cell."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def __call__(self, sheet: str, cell: str, message: str, *, severity: str = "warning", code: str = "") -> None:
        self.problems.append(Problem(self.file, sheet, cell, message, severity, code))

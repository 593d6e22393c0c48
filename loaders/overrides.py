"""A planner's corrections to what names alone cannot settle: plangraph.toml.

Put a ``plangraph.toml`` in a folder of workbooks (or pass one with
``--overrides``)::

    [workstreams]
    # workstream name = area name, where the words do not say
    "Organised Crime Groups" = "Serious & Organised Crime"

    [plans]
    # when two workbooks hold the same workstream, the one listed later is
    # current; workbooks not listed are ordered by their saved date
    order = ["old plan.xlsx", "old plan - updated.xlsx"]

    [owners]
    # spellings that are one owner, and spellings that are not
    same = [["PW", "Supt Paul White"]]
    different = [["DI Smith", "Supt Smith"]]

    [links]
    # suggested links accepted (plangraph suggest): the first task depends on the second
    accept = [["Violence - Knife crime#19", "Violence - Gangs#29"]]

Examples
--------
>>> o = Overrides.parse('[workstreams]\\n"Gangs" = "Gangs & Knife Crime"\\n', "plangraph.toml")
>>> o.workstream_areas
{'Gangs': 'Gangs & Knife Crime'}
>>> Overrides.parse('[workstreams\\n', "plangraph.toml").problems[0].message.startswith('not a valid TOML')
True
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from graphmodel import Plan, Problem

__all__ = ["Overrides", "FILE_NAME"]

FILE_NAME = "plangraph.toml"


@dataclass
class Overrides:
    workstream_areas: dict[str, str] = field(default_factory=dict)
    plan_order: list[str] = field(default_factory=list)
    owners_same: list[list[str]] = field(default_factory=list)
    owners_different: list[list[str]] = field(default_factory=list)
    source: str = ""
    problems: list[Problem] = field(default_factory=list)
    links_accept: list[list[str]] = field(default_factory=list)
    partnership: str = ""  # `partnership = "Westmere CSP"`: the name the plans are loaded under

    @classmethod
    def parse(cls, text: str, file: str) -> "Overrides":
        """Read an overrides file's text; a bad file gives an error problem."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            return cls._bad(file, "", f"not a valid TOML file: {exc}")
        areas = data.get("workstreams", {})
        order = data.get("plans", {}).get("order", [])
        if not isinstance(areas, dict) or not all(isinstance(v, str) for v in areas.values()):
            return cls._bad(file, "[workstreams]", "each entry must be \"workstream\" = \"area\"")
        if not isinstance(order, list) or not all(isinstance(v, str) for v in order):
            return cls._bad(file, "[plans] order", "order must be a list of file names")
        owners = data.get("owners", {})
        same, different = owners.get("same", []), owners.get("different", [])
        for name, groups in (("same", same), ("different", different)):
            if not isinstance(groups, list) or not all(isinstance(g, list) and all(isinstance(x, str) for x in g) for g in groups):
                return cls._bad(file, f"[owners] {name}", f"{name} must be a list of lists of spellings")
        links = data.get("links", {})
        accept = links.get("accept", []) if isinstance(links, dict) else None
        if not isinstance(accept, list) or not all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in accept):
            return cls._bad(file, "[links] accept", "accept must be a list of pairs of task keys")
        partnership = data.get("partnership", "")
        if not isinstance(partnership, str):
            return cls._bad(file, "partnership", "partnership must be a name in quotes")
        return cls(dict(areas), list(order), same, different, file, links_accept=accept,
                   partnership=partnership.strip())

    @classmethod
    def _bad(cls, file: str, where: str, message: str) -> "Overrides":
        # A broken overrides file is an error: the planner's corrections would be lost.
        return cls(source=file, problems=[Problem(file, "", where, message, "error", "bad-overrides")])

    @classmethod
    def read(cls, path: Path) -> "Overrides":
        return cls.parse(path.read_text(encoding="utf-8"), path.name)

    @classmethod
    def find(cls, paths: Iterable[Path | str]) -> "Overrides":
        """The plangraph.toml of the folders loaded, if any."""
        found = cls()
        for path in map(Path, paths):
            candidate = (path if path.is_dir() else path.parent) / FILE_NAME
            if candidate.is_file():
                found = found.combine(cls.read(candidate))
        return found

    def combine(self, other: "Overrides") -> "Overrides":
        return Overrides(
            {**self.workstream_areas, **other.workstream_areas},
            self.plan_order + [p for p in other.plan_order if p not in self.plan_order],
            self.owners_same + other.owners_same,
            self.owners_different + other.owners_different,
            ", ".join(s for s in (self.source, other.source) if s),
            self.problems + other.problems,
            self.links_accept + other.links_accept,
            other.partnership or self.partnership,
        )

    def plan_rank(self, plan: Plan) -> tuple:
        """Sort key: higher is more current. A listed workbook beats any
        unlisted one; otherwise the later saved date wins, then the name."""
        listed = self.plan_order.index(plan.key) if plan.key in self.plan_order else -1
        return (listed, plan.date, plan.key)

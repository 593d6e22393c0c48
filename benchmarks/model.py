"""A synthetic partnership's plan as data, before any layout writes it.

The builder (:mod:`benchmarks.plan`) fills these in from vocabularies and a
seeded random generator; a template (:mod:`benchmarks.templates`) gives
each task its ref and writes the files. What was meant is kept beside what
is written (a task's owners as people, and the words their cell says), so
that a load can be compared with it.

Examples
--------
>>> p = Person("Gareth", "Penhallow", "Insp", "Eastvale Police", "Neighbourhood Inspector")
>>> p.name, p.initials
('Insp Gareth Penhallow', 'GP')
>>> Owner(role="Community Safety Analyst").key
'Community Safety Analyst'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .dates import Due
from .vocab_actions import Priority

__all__ = ["Person", "Owner", "Cite", "Task", "Workstream", "Forum", "Plan"]


@dataclass(eq=False)
class Person:
    first: str
    surname: str
    rank: str  # canonical rank, "" for staff
    org: str
    role: str

    @property
    def name(self) -> str:
        return f"{self.rank} {self.first} {self.surname}".strip()

    @property
    def initials(self) -> str:
        return self.first[0] + self.surname[0]


@dataclass(eq=False)
class Owner:
    """Whoever a task's owner cell names: a person, or a post or team."""

    person: Person | None = None
    role: str | None = None

    @property
    def key(self) -> str:
        return self.person.name if self.person else str(self.role)


@dataclass(eq=False)
class Cite:
    """One clause of a cell that points at other tasks (or seems to).

    ``kind`` is the class of its words (need, use, continue, wait, link,
    reverse, bare, weak, essex, cross, hedged, dangling); ``targets`` the
    tasks it names; ``missing`` the ref a dangling cite names."""

    kind: str
    targets: list["Task"]
    field: str
    wording: int
    missing: str = ""


@dataclass(eq=False)
class Task:
    workstream: "Workstream"
    strand: str
    text: str
    measure: str
    how: str
    owners: list[Owner]
    owner_cell: str
    due: Due
    start: dt.date | None
    rag: str | None  # Green / Amber / Red / Complete / None
    partners: list[str] = field(default_factory=list)
    forums: list[str] = field(default_factory=list)
    support: str | None = None
    cites: list[Cite] = field(default_factory=list)
    decoys: list[str] = field(default_factory=list)  # fields holding words that look like refs, no link
    spellings: list[str] = field(default_factory=list)  # each owner as written, in order
    ref: str = ""
    row_id: int = 0  # a project tool's row ID

    def links(self) -> list[tuple["Task", "Task"]]:
        """(depends, depended on) pairs this task's cells mean, inferred ones left out."""
        pairs = []
        for cite in self.cites:
            if cite.kind in ("dangling", "hedged"):
                continue
            for target in cite.targets:
                pairs.append((target, self) if cite.kind == "reverse" else (self, target))
        return pairs


@dataclass(eq=False)
class Workstream:
    """One priority of the plan, with its leads, boards and tasks."""

    priority: Priority
    lead: Person
    deputy: Person | None
    boards: list[str]
    tasks: list[Task] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.priority.name


@dataclass(eq=False)
class Forum:
    name: str
    chair: str
    frequency: str
    covers: list[str]  # priority names, or ["All priorities"]
    members: list[str]


@dataclass(eq=False)
class Plan:
    """A partnership's plan: who, what, with whom, and its places."""

    name: str
    places: dict[str, Any]
    year: int
    people: list[Person]
    workstreams: list[Workstream]
    forums: list[Forum]
    partners: list[str]
    partner_aliases: dict[str, str]
    strategic_lead: Person
    chair: Person

    @property
    def tasks(self) -> list[Task]:
        return [t for ws in self.workstreams for t in ws.tasks]

    @property
    def year_label(self) -> str:
        return f"{self.year}-{(self.year + 1) % 100:02d}"

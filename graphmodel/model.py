"""The things a plan graph holds, as plain dataclasses.

Every node has a ``key`` that is stable across loads of the same files, and
a ``source`` saying where in which workbook it was read. Field values are
plain text, numbers, booleans or lists of text, so that a node round-trips
unchanged through JSON, GraphML and Neo4j.

Examples
--------
>>> src = Source("plan.xlsx", "Violence - Gangs", "E3")
>>> task = Task(key=task_key("Violence - Gangs", "1"), source=src,
...             workstream="Violence - Gangs", area="Gangs & Knife Crime",
...             ref="1", text="Education - Consistent Media Messaging")
>>> task.key
'Violence - Gangs#1'
>>> task.properties()["ref"]
'1'
>>> str(src)
'plan.xlsx › Violence - Gangs › E3'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from .schema import Label

__all__ = [
    "Source",
    "Node",
    "Plan",
    "Area",
    "Workstream",
    "Aim",
    "Theme",
    "Task",
    "Owner",
    "Forum",
    "Partner",
    "Strand",
    "Spelling",
    "WrittenCell",
    "NODE_TYPES",
    "where",
    "task_key",
    "task_order",
]


def where(file: str, sheet: str = "", cell: str = "") -> str:
    """"file › sheet › cell", leaving out the parts not given: how a place
    in the plans is written everywhere (sources, problems, spellings)."""
    return " › ".join(part for part in (file, sheet, cell) if part)


@dataclass(frozen=True, order=True)
class Source:
    """Where a fact was read: a workbook's file name, a sheet and a cell.

    ``sheet`` and ``cell`` are empty for a fact about a whole workbook.
    """

    file: str
    sheet: str = ""
    cell: str = ""

    def __str__(self) -> str:
        return where(self.file, self.sheet, self.cell)

    def as_dict(self) -> dict[str, str]:
        return {"file": self.file, "sheet": self.sheet, "cell": self.cell}


@dataclass(frozen=True, order=True)
class Spelling:
    """One way the plans wrote an owner's name, and the cell it was written in.

    >>> s = Spelling("SS", Source("knife.xlsx", "Violence - Knife crime", "I9"))
    >>> str(s), s.as_dict()["cell"]
    ('SS (knife.xlsx › Violence - Knife crime › I9)', 'I9')
    >>> Spelling.of({"written": "SS", "file": "knife.xlsx", "sheet": "K", "cell": "I9"}).source.sheet
    'K'
    """

    written: str
    source: Source

    def __str__(self) -> str:
        return f"{self.written} ({self.source})"

    def as_dict(self) -> dict[str, str]:
        return {"written": self.written, **self.source.as_dict()}

    @classmethod
    def of(cls, value: "Spelling | dict[str, str] | str") -> "Spelling":
        """A spelling from its plain form (``as_dict``), from text as ``str``
        writes it ("SS (file › sheet › cell)", or a name alone), or itself."""
        if isinstance(value, Spelling):
            return value
        if isinstance(value, str):
            written, _, rest = value.rpartition(" (")
            parts = rest[:-1].split(" › ") if written and rest.endswith(")") and " › " in rest else []
            return cls(written, Source(*parts[:3])) if parts else cls(value, Source(""))
        return cls(value["written"], Source(value.get("file", ""), value.get("sheet", ""), value.get("cell", "")))


@dataclass(frozen=True)
class WrittenCell:
    """One cell of a task's row as the plan wrote it: the header of its
    column (or the label of its line, in a document-style plan), the cell,
    the text shown and, for a merged cell, the cell it was typed in.

    >>> c = WrittenCell("Strand", "C31", "PREPARE", "C25")
    >>> c.as_dict()
    {'column': 'Strand', 'cell': 'C31', 'value': 'PREPARE', 'typed_in': 'C25'}
    >>> WrittenCell.of(c.as_dict()) == c
    True
    """

    column: str
    cell: str
    value: str
    typed_in: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"column": self.column, "cell": self.cell, "value": self.value, "typed_in": self.typed_in}

    @classmethod
    def of(cls, value: "WrittenCell | dict[str, str]") -> "WrittenCell":
        if isinstance(value, WrittenCell):
            return value
        return cls(str(value.get("column", "")), str(value.get("cell", "")), str(value.get("value", "")),
                   str(value.get("typed_in", "")))


@dataclass(kw_only=True)
class Node:
    """Base of every node: a stable key and where it was read. ``key`` is
    unique within its label and ``partnership`` (the partnership whose
    plans it was read from; one store may hold several)."""

    label: ClassVar[Label]
    key: str
    source: Source
    partnership: str = ""

    def properties(self) -> dict[str, Any]:
        """The node's own fields, without key and source, as plain values."""
        return {
            f.name: _plain(getattr(self, f.name))
            for f in fields(self)
            if f.name not in ("key", "source")
        }


@dataclass(kw_only=True)
class Plan(Node):
    """One source workbook. ``current`` is False once a newer version of it
    has been loaded; ``superseded_by`` then names that workbook."""

    label: ClassVar[Label] = Label.PLAN
    title: str
    kind: str  # "delivery plan" or "strategy register"
    date: str  # ISO date of the workbook (its last-modified property)
    current: bool = True
    superseded_by: str | None = None
    reviewed: str | None = None  # ISO date of a "Last reviewed:" line in a title block


@dataclass(kw_only=True)
class Area(Node):
    """A strategy area, such as Domestic Abuse or Hate Crime."""

    label: ClassVar[Label] = Label.AREA
    name: str
    vision: str = ""


@dataclass(kw_only=True)
class Workstream(Node):
    """One delivery-plan table. Its name comes from the table's title,
    which is more telling than the sheet name when the two disagree."""

    label: ClassVar[Label] = Label.WORKSTREAM
    name: str
    area: str | None  # key of its Area, None when no area could be matched
    sheet: str
    plan: str  # file name of the workbook it was read from


@dataclass(kw_only=True)
class Aim(Node):
    """A strategic aim of an area, as the strategy register words it."""

    label: ClassVar[Label] = Label.AIM
    area: str
    text: str
    number: int  # its position among the area's aims, from 1


@dataclass(kw_only=True)
class Theme(Node):
    """A cross-cutting theme of the strategy."""

    label: ClassVar[Label] = Label.THEME
    name: str


@dataclass(kw_only=True)
class Task(Node):
    """One task of a workstream. ``ref`` is its number exactly as the plan
    writes it; ``cells`` lists the Task cell of every row it was read from
    (a task repeated under several strands has one row per strand).

    ``when`` is the When cell as written; ``due`` (an ISO date), ``status``
    and ``recurrence`` are what was read from it, ``due_precision`` says how
    exact the date is (day, month, quarter, season, year) and ``due_is_review``
    that it is a review date ("1st review 15/6/18") rather than a deadline.
    ``due_from`` is the first day the due period could mean ("Jul-25" is due
    by 31 July, ``due_from`` 1 July; for a day it equals ``due``); ``start``
    is a start date where the plan has one.

    ``rag`` is red, amber, green or blue (complete), read from a RAG column,
    status words ("Some slippage"), a cell's fill colour or a percentage;
    ``rag_evidence`` says which and where. ``support`` holds supporting
    officers as written (recorded, not owners), ``partners`` a Partners cell
    as written and ``notes`` a Notes or Comments cell.
    ``dangling_links`` holds the references to tasks that do not exist, with
    the text they were read from."""

    label: ClassVar[Label] = Label.TASK
    workstream: str
    area: str | None
    ref: str
    text: str
    how: str = ""
    who: str = ""
    when: str = ""
    depends: str = ""  # a Dependencies column, where the plan has one
    rag: str = ""  # a RAG or status column, where the plan has one
    due: str | None = None
    due_precision: str = ""
    due_is_review: bool = False
    status: str = "unknown"
    recurrence: str | None = None
    due_from: str | None = None
    start: str | None = None
    rag_evidence: str = ""
    percent_complete: float | None = None
    support: str = ""
    partners: str = ""
    notes: str = ""
    strands: list[str] = field(default_factory=list)
    plan: str = ""
    cells: list[str] = field(default_factory=list)
    dangling_links: list[str] = field(default_factory=list)
    as_written: list[WrittenCell] = field(default_factory=list)  # its row, cell by cell, kept at load

    def __post_init__(self) -> None:
        self.as_written = [WrittenCell.of(c) for c in self.as_written]


@dataclass(kw_only=True)
class Owner(Node):
    """Whoever a task is given to: a person, role, team or group.
    ``spellings`` holds every way the plans wrote them, each with its cell;
    ``evidence`` says why spellings were taken as one owner."""

    label: ClassVar[Label] = Label.OWNER
    name: str
    kind: str = "unknown"
    initials: str | None = None
    role: str = ""  # from a staff list or key contacts, where one names them
    organisation: str = ""
    spellings: list[Spelling] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.spellings = [Spelling.of(s) for s in self.spellings]


@dataclass(kw_only=True)
class Forum(Node):
    """A board, panel, meeting or partnership where agencies meet."""

    label: ClassVar[Label] = Label.FORUM
    name: str
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    chair: str = ""  # as a forums register writes them
    frequency: str = ""


@dataclass(kw_only=True)
class Partner(Node):
    """An organisation outside the force."""

    label: ClassVar[Label] = Label.PARTNER
    name: str
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Strand(Node):
    """Prevent, Pursue, Protect or Prepare."""

    label: ClassVar[Label] = Label.STRAND
    name: str
    order: int


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [v.as_dict() if isinstance(v, (Spelling, WrittenCell)) else v for v in value]
    return value


NODE_TYPES: dict[Label, type[Node]] = {
    cls.label: cls
    for cls in (Plan, Area, Workstream, Aim, Theme, Task, Owner, Forum, Partner, Strand)
}


def task_key(workstream: str, ref: str) -> str:
    """The key of a task: its workstream and its reference as written."""
    return f"{workstream}#{ref}"


def task_order(key: str) -> tuple:
    """Sort key for task keys: by workstream, then by the numbers in the ref
    as numbers (task 2 before 17, 2.3 before 2.10, "row 3" before "row 11")."""
    workstream, _, ref = key.rpartition("#")
    return workstream, [(0, int(part)) if part.isdigit() else (1, part) for part in re.findall(r"\d+|\D+", ref)]

"""What the readers collect for the steps that need every workbook first.

Owners are resolved across all workbooks (initials in one plan are read
from the leads sheet of the same workbook; one person appears in several
plans), and links can point into another workstream. So readers record
owner names and the text of task cells here, and the load resolves them
once every workbook has been read and old versions set aside.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphmodel import Label, NodeId, Source

__all__ = ["OwnerMention", "CellText", "Person", "Governance", "PartnerText", "KnownName", "Collected"]


@dataclass(frozen=True)
class OwnerMention:
    """A name written in a Who cell, a leads sheet or the register."""

    text: str
    source: Source
    target: NodeId  # the task it owns, or the workstream / area it leads
    role: str | None = None  # None for a task's owner; "tactical lead" etc for a lead


@dataclass(frozen=True)
class CellText:
    """The text of one cell of a task's row, where links and mentions hide."""

    task: str  # the task's key
    # What the cell holds, by its header or label: "task", "how", "who",
    # "when", "depends", "notes", "progress", "partners", "support", or
    # "predecessors" (row IDs of a project-tool export: "14FS+5 days;12").
    field: str
    source: Source
    text: str
    previous: str | None = None  # key of the task on the row before, for "As above"


@dataclass(frozen=True)
class Person:
    """Someone a staff list, key contacts, a resource sheet or a leads line
    names, with what it says of them: "Insp Gareth Penhallow (GP)" with the
    role "Priority lead – Hate Crime". Owners' initials and short spellings
    are resolved against these, across every workbook of a load."""

    name: str
    source: Source
    initials: str = ""
    role: str = ""
    organisation: str = ""
    leads_on: str = ""  # the priority or area they lead, where the list says


@dataclass(frozen=True)
class Governance:
    """A forum a plan names, with what it says of it: a forums register's
    row or block (chair, how often, the priorities it covers, its members),
    or a board named for one workstream ("Reports to: ..." in a title block,
    "Overseen by: ..." in a priority's notes, a Board column)."""

    forum: str  # as written
    source: Source
    covers: tuple[str, ...] = ()  # priorities as written: ("DA", "Drugs"), ("All priorities",)
    target: NodeId | None = None  # the workstream or area it was named for
    chair: str = ""
    frequency: str = ""
    members: tuple[str, ...] = ()  # organisations, as written


@dataclass(frozen=True)
class PartnerText:
    """A Partners cell, a "Who else:" line or a "Working with:" note of a
    task: organisations it names, split and read once every workbook of the
    load (and every list of partners) is known."""

    text: str
    source: Source
    target: NodeId  # the task


@dataclass(frozen=True)
class KnownName:
    """An organisation a plan lists ("Partners signed up to this plan"), with
    the short names it gives ("Eastvale Borough Council (Eastvale BC)")."""

    name: str
    source: Source
    aliases: tuple[str, ...] = ()


@dataclass
class Collected:
    mentions: list[OwnerMention] = field(default_factory=list)
    texts: list[CellText] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    # A project-tool export's row IDs: (file, ID as written) -> task key, so
    # that Predecessors ("14FS+5 days") can be resolved to tasks.
    row_ids: dict[tuple[str, str], str] = field(default_factory=dict)
    governance: list[Governance] = field(default_factory=list)
    partners: list[PartnerText] = field(default_factory=list)
    known_partners: list[KnownName] = field(default_factory=list)

    def drop(self, targets: set[NodeId]) -> None:
        """Forget what was collected for nodes that were set aside."""
        tasks = {key for label, key in targets if label == Label.TASK}
        self.mentions = [m for m in self.mentions if m.target not in targets]
        self.texts = [t for t in self.texts if t.task not in tasks]
        self.partners = [p for p in self.partners if p.target not in targets]
        self.governance = [g for g in self.governance if g.target not in targets]
        self.row_ids = {k: v for k, v in self.row_ids.items() if v not in tasks}

    def extend(self, other: "Collected") -> None:
        """Add what another workbook collected."""
        self.mentions += other.mentions
        self.texts += other.texts
        self.people += other.people
        self.row_ids.update(other.row_ids)
        self.governance += other.governance
        self.partners += other.partners
        self.known_partners += other.known_partners

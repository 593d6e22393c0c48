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

__all__ = ["OwnerMention", "CellText", "Collected"]


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
    field: str  # "task", "how", "who", "when", "depends"
    source: Source
    text: str
    previous: str | None = None  # key of the task on the row before, for "As above"


@dataclass
class Collected:
    mentions: list[OwnerMention] = field(default_factory=list)
    texts: list[CellText] = field(default_factory=list)

    def drop(self, targets: set[NodeId]) -> None:
        """Forget what was collected for nodes that were set aside."""
        tasks = {key for label, key in targets if label == Label.TASK}
        self.mentions = [m for m in self.mentions if m.target not in targets]
        self.texts = [t for t in self.texts if t.task not in tasks]

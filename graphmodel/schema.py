"""The schema of a plan graph: node labels, relationship types and keys.

These enums are the single source of the names used in exports, in Neo4j
and in the explorer. Their values are what a person sees in Neo4j Browser,
so they are written in the users' words.

Examples
--------
>>> Label.TASK.value
'Task'
>>> Rel.LINKED_TO.value
'LINKED_TO'
>>> ENDPOINTS[Rel.OWNED_BY]
((<Label.TASK: 'Task'>, <Label.OWNER: 'Owner'>),)
"""

from __future__ import annotations

from enum import Enum

__all__ = ["Label", "Rel", "ENDPOINTS", "STRANDS"]


class Label(str, Enum):
    """What a node is."""

    PLAN = "Plan"  # one source workbook, with its date
    AREA = "Area"  # a strategy area, e.g. Domestic Abuse
    WORKSTREAM = "Workstream"  # one delivery-plan table
    AIM = "Aim"  # a strategic aim of an area
    THEME = "Theme"  # a cross-cutting theme of the strategy
    TASK = "Task"  # one task (action) of a workstream
    OWNER = "Owner"  # a person, role, team or group a task is given to
    FORUM = "Forum"  # a board, panel or partnership where agencies meet
    PARTNER = "Partner"  # an organisation outside the force
    STRAND = "Strand"  # Prevent, Pursue, Protect or Prepare

    def __str__(self) -> str:
        return self.value


class Rel(str, Enum):
    """What a relationship says, read from start node to end node."""

    HAS_AIM = "HAS_AIM"
    HAS_WORKSTREAM = "HAS_WORKSTREAM"
    IN_PLAN = "IN_PLAN"
    HAS_TASK = "HAS_TASK"
    IN_STRAND = "IN_STRAND"
    OWNED_BY = "OWNED_BY"
    LINKED_TO = "LINKED_TO"  # from the citing task to the cited one
    WORKS_THROUGH = "WORKS_THROUGH"
    MENTIONS = "MENTIONS"
    LEADS = "LEADS"

    def __str__(self) -> str:
        return self.value


# Which labels each relationship type joins; a graph that breaks this is
# refused by PlanGraph.relate, so every store can rely on it.
ENDPOINTS: dict[Rel, tuple[tuple[Label, Label], ...]] = {
    Rel.HAS_AIM: ((Label.AREA, Label.AIM),),
    Rel.HAS_WORKSTREAM: ((Label.AREA, Label.WORKSTREAM),),
    Rel.IN_PLAN: ((Label.WORKSTREAM, Label.PLAN),),
    Rel.HAS_TASK: ((Label.WORKSTREAM, Label.TASK),),
    Rel.IN_STRAND: ((Label.TASK, Label.STRAND),),
    Rel.OWNED_BY: ((Label.TASK, Label.OWNER),),
    Rel.LINKED_TO: ((Label.TASK, Label.TASK),),
    Rel.WORKS_THROUGH: ((Label.AREA, Label.FORUM), (Label.AREA, Label.PARTNER)),
    Rel.MENTIONS: ((Label.TASK, Label.FORUM), (Label.TASK, Label.PARTNER)),
    Rel.LEADS: ((Label.OWNER, Label.AREA), (Label.OWNER, Label.WORKSTREAM)),
}

# The four strands of the 4P framework, in the order plans list them.
STRANDS = ("Prevent", "Pursue", "Protect", "Prepare")

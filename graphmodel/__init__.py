"""The plan graph's domain model: what a community-safety partnership's
delivery plans hold, as plain dataclasses and a small schema.

This package is the centre of plangraph: loaders build these objects,
stores save them, analyses read them. It depends on nothing else of ours.
"""

from .graph import NodeId, PlanGraph, Relationship, node_id
from .model import (
    NODE_TYPES,
    Aim,
    Area,
    Forum,
    Node,
    Owner,
    Partner,
    Plan,
    Source,
    Spelling,
    WrittenCell,
    Strand,
    Task,
    Theme,
    Workstream,
    task_key,
    task_order,
    where,
)
from .problems import SEVERITIES, Problem
from .schema import ENDPOINTS, STRANDS, Label, Rel

__all__ = [
    "Aim",
    "Area",
    "ENDPOINTS",
    "Forum",
    "Label",
    "NODE_TYPES",
    "Node",
    "NodeId",
    "Owner",
    "Partner",
    "Plan",
    "PlanGraph",
    "Problem",
    "Rel",
    "Relationship",
    "SEVERITIES",
    "STRANDS",
    "Source",
    "Spelling",
    "WrittenCell",
    "Strand",
    "Task",
    "Theme",
    "Workstream",
    "node_id",
    "task_key",
    "task_order",
    "where",
]

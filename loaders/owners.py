"""Turning the names in Who cells and leads sheets into Owner nodes.

Every spelling an owner was seen under is kept on the node with the cell
it came from, so that a merge can always be checked against the plans.
"""

from __future__ import annotations

from graphmodel import Owner, PlanGraph, Source

from .names import normalise

__all__ = ["add_owner", "owner_key"]


def owner_key(name: str) -> str:
    """The key of an owner: the name folded to lower case and plain words."""
    return normalise(name)


def add_owner(graph: PlanGraph, name: str, source: Source) -> Owner:
    """The Owner node for ``name`` (added if new), with this spelling recorded."""
    owner = graph.add(Owner(key=owner_key(name), name=name.strip(), source=source))
    spelling = f"{name.strip()} ({source})"
    if spelling not in owner.spellings:
        owner.spellings.append(spelling)
    return owner

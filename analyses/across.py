"""Forums and partners several partnerships work through: how a regional
manager sees the boards shared across a store of many partnerships.

A forum or partner is one across partnerships when their plans give it the
same name (each partnership's forums are read on their own; owners and
tasks are never merged across partnerships, only names are compared here).

Examples
--------
>>> from graphmodel import Area, Forum, PlanGraph, Rel, Source
>>> from plangraph.stores.answers import GraphAnswers
>>> def plans(name, areas):
...     g = PlanGraph()
...     hub = g.add(Forum(key="Community Safety Hub", name="Community Safety Hub", source=Source("s"),
...                       partnership=name))
...     for a in areas:
...         area = g.add(Area(key=a, name=a, source=Source("s"), partnership=name))
...         _ = g.relate(Rel.WORKS_THROUGH, area, hub, Source("s"))
...     return g
>>> store = GraphAnswers({"Essex": plans("Essex", ["DA", "Hate"]), "Kent": plans("Kent", ["Gangs"])})
>>> [(s.forum, s.partnerships, s.areas) for s in across_partnerships(store)]
[('Community Safety Hub', ['Essex', 'Kent'], 3)]
"""

from __future__ import annotations

from dataclasses import dataclass

from .common import Source, answers
from .forums import SOURCES

__all__ = ["SharedAcross", "across_partnerships"]


@dataclass(frozen=True)
class SharedAcross:
    """A forum or partner named in two or more partnerships' plans."""

    forum: str
    label: str  # "Forum" or "Partner"
    partnerships: list[str]
    areas: int  # areas that work through it, over all those partnerships


def across_partnerships(plans: Source, *, source: str = "strategy") -> list[SharedAcross]:
    """Forums and partners of one name in several partnerships' plans, the
    most widely shared first: listed for their areas (``source="strategy"``)
    or named in their tasks (``source="tasks"``)."""
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
    q = answers(plans)
    rows = q.get_area_forums(partnership=None) if source == "strategy" else q.get_forum_mentions(partnership=None)
    by_forum: dict[str, dict[str, set[str]]] = {}
    for row in rows:
        if row.get("area"):
            by_forum.setdefault(row["forum"], {}).setdefault(row["partnership"], set()).add(row["area"])
    labels = {row["key"]: row["label"] for row in q.get_forums(partnership=None)}
    found = [SharedAcross(forum, labels.get(forum, "Forum"), sorted(held), sum(len(a) for a in held.values()))
             for forum, held in by_forum.items() if len(held) > 1]
    return sorted(found, key=lambda s: (-len(s.partnerships), -s.areas, s.forum.casefold()))

"""Which partnership a load's plans belong to.

One store can hold many partnerships' plans (a region, several years), and
a load replaces only its own partnership's. The name comes, in order, from:
the load's own choice (``--partnership``), ``partnership = "…"`` in
plangraph.toml, the strategy register's title, a line naming a partnership
at the head of the plans ("Westmere Community Safety Partnership", heading
every sheet), else the folder the plans were loaded from.

Examples
--------
>>> partnership_from_lines([["Westmere Community Safety Partnership", "Priority 1 – ASB"],
...                         ["Westmere Community Safety Partnership", "Priority 2 - Violence"]])
'Westmere Community Safety Partnership'
>>> partnership_from_lines([["Hate Crime – Action Plan"]]) is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterable

from graphmodel import PlanGraph

from ..text.titles import clean_title, normalise, tidy_capitals

__all__ = ["name_partnership", "partnership_from_lines", "set_partnership"]

_NAMES_A_PARTNERSHIP = re.compile(r"\b(?:partnership|csp|community\s+safety|safer\s+communities|safety\s+board"
                                  r"|police|constabulary|council)\b", re.I)


def partnership_from_lines(blocks: Iterable[list[str]]) -> str | None:
    """The line naming a partnership that heads the most title blocks (two at least, or the only one)."""
    blocks = list(blocks)
    counts = Counter(line.strip() for block in blocks for line in dict.fromkeys(block)
                     if _NAMES_A_PARTNERSHIP.search(line) and len(line.split()) <= 8 and ":" not in line)
    if not counts:
        return None
    line, n = counts.most_common(1)[0]
    if n < 2 and len(blocks) > 1:
        return None
    return tidy_capitals(re.split(r"\s+[-–—:|]\s+", line)[0].strip())


def name_partnership(explicit: str | None, configured: str, register_title: str | None,
                     title_lines: Iterable[list[str]], paths: list[Path]) -> tuple[str, str]:
    """(name, how it was chosen)."""
    if explicit:
        return explicit.strip(), "given"
    if configured:
        return configured, "plangraph.toml"
    if register_title:
        return clean_title(register_title), "the strategy register's title"
    heading = partnership_from_lines(title_lines)
    if heading:
        return heading, "the line heading the plans"
    first = paths[0] if paths else Path("plans")
    folder = first if first.is_dir() else first.parent if first.parent.name else first
    name = folder.name or first.stem or "plans"
    return (name.title() if name == name.lower() else name), "the folder's name"


def set_partnership(graph: PlanGraph, name: str) -> None:
    """Every node of the load belongs to the partnership."""
    for node in graph.nodes():
        node.partnership = name


def same_name(a: str, b: str) -> bool:
    return normalise(a) == normalise(b)

"""Forum overlap: which boards, partnerships and partners the areas share.

For partnership managers. A forum (or partner) reaches an area in two ways:
the **strategy** lists it for the area (``Area -WORKS_THROUGH->``), and the
area's **tasks** name it (``Task -MENTIONS->``). Every view here takes
``source="strategy"`` or ``source="tasks"`` to say which; :func:`unlisted`
compares the two.

Examples
--------
>>> from graphmodel import Area, Forum, PlanGraph, Rel, Source, Task
>>> g, src = PlanGraph(), Source("s.xlsx", "Partnership Forums", "B2")
>>> hate, ext = (g.add(Area(key=n, name=n, source=src)) for n in ("Hate Crime", "Extremism"))
>>> iag = g.add(Forum(key="Independent Advisory Group", name="Independent Advisory Group", acronym="IAG",
...                   source=src))
>>> csp = g.add(Forum(key="Community Safety Partnership", name="Community Safety Partnership", acronym="CSP",
...                   source=src))
>>> for area, forum in ((hate, iag), (ext, iag), (ext, csp)):
...     _ = g.relate(Rel.WORKS_THROUGH, area, forum, src)
>>> t = g.add(Task(key="HC#3", workstream="HC", area="Hate Crime", ref="3", text="Attend the CSP",
...                source=Source("p.xlsx", "HC", "E5")))
>>> _ = g.relate(Rel.MENTIONS, t, csp, t.source, evidence="CSP", field="task")
>>> area_forum_matrix(g)["Extremism"]
{'Community Safety Partnership': 1, 'Independent Advisory Group': 1}
>>> [(s.forum, s.areas) for s in shared_forums(g)]
[('Independent Advisory Group', ['Extremism', 'Hate Crime'])]
>>> [(o.area, o.other, o.shared, o.score) for o in area_overlap(g)]
[('Extremism', 'Hate Crime', ['Independent Advisory Group'], 0.5)]
>>> forum_detail(g, "csp").tasks
['HC#3']
>>> [(u.area, u.forum, u.direction) for u in unlisted(g)]  # doctest: +NORMALIZE_WHITESPACE
[('Extremism', 'Community Safety Partnership', 'in the strategy, not named in any task'),
 ('Extremism', 'Independent Advisory Group', 'in the strategy, not named in any task'),
 ('Hate Crime', 'Community Safety Partnership', 'named in tasks, not in the strategy'),
 ('Hate Crime', 'Independent Advisory Group', 'in the strategy, not named in any task')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from graphmodel.graph import PlanGraph
from graphmodel.model import Node, Task
from graphmodel.schema import Label, Rel

__all__ = [
    "SOURCES",
    "NAMED_NOT_LISTED",
    "LISTED_NOT_NAMED",
    "SharedForum",
    "AreaOverlap",
    "ForumDetail",
    "Unlisted",
    "ForumOverview",
    "area_forum_matrix",
    "shared_forums",
    "area_overlap",
    "forum_detail",
    "unlisted",
    "forum_overview",
    "find_area",
]

# Where an area's forums are read from: the strategy register's list, or
# the forums its tasks name.
SOURCES = ("strategy", "tasks")
NAMED_NOT_LISTED = "named in tasks, not in the strategy"
LISTED_NOT_NAMED = "in the strategy, not named in any task"
_FORUM_LABELS = (Label.FORUM, Label.PARTNER)


@dataclass(frozen=True)
class SharedForum:
    """A forum or partner that several areas work through. ``count`` is the
    number of areas listing it (strategy) or of tasks naming it (tasks)."""

    forum: str
    label: str  # "Forum" or "Partner"
    areas: list[str]
    count: int


@dataclass(frozen=True)
class AreaOverlap:
    """Two areas and the forums both work through; ``score`` is the Jaccard
    index of their forum sets (1.0: exactly the same forums)."""

    area: str
    other: str
    shared: list[str]
    score: float


@dataclass(frozen=True)
class ForumDetail:
    """Everything the graph knows of one forum or partner: the areas the
    strategy lists it for, and the tasks (with their areas, workstreams
    and owners) that name it."""

    forum: str
    label: str
    name: str
    acronym: str | None
    aliases: list[str]
    strategy_areas: list[str]
    task_areas: list[str]
    workstreams: list[str]
    tasks: list[str]
    owners: list[str]


@dataclass(frozen=True)
class Unlisted:
    """A forum one source gives an area and the other does not. ``tasks``
    are the area's tasks naming it (empty when no task does)."""

    area: str
    forum: str
    direction: str  # NAMED_NOT_LISTED or LISTED_NOT_NAMED
    tasks: list[str]


@dataclass(frozen=True)
class ForumOverview:
    """What ``plangraph forums`` shows: each area's forums, the forums areas
    share, area-to-area overlap and unlisted forums (for one area, or all)."""

    source: str
    area: str | None
    forums: dict[str, dict[str, int]]
    shared: list[SharedForum] = field(default_factory=list)
    overlap: list[AreaOverlap] = field(default_factory=list)
    unlisted: list[Unlisted] = field(default_factory=list)


def _natural(key: str) -> list:
    # Task 2 before task 10: numbers in a key compare as numbers.
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", key)]


def _check_source(source: str) -> None:
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}, not {source!r}")


def _mentions(graph: PlanGraph) -> dict[str, dict[str, set[str]]]:
    """area -> forum key -> keys of the area's tasks naming it."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for rel in graph.relationships(Rel.MENTIONS):
        task = graph.get(*rel.start)
        if isinstance(task, Task) and task.area:
            found[task.area][rel.end[1]].add(task.key)
    return found


def area_forum_matrix(graph: PlanGraph, *, source: str = "strategy") -> dict[str, dict[str, int]]:
    """Area -> forum or partner key -> count, for every area (an area with
    none has an empty dict). With ``source="strategy"`` the count is 1 for
    each forum the strategy lists for the area; with ``source="tasks"`` it is
    the number of the area's tasks that name the forum."""
    _check_source(source)
    matrix: dict[str, dict[str, int]] = {a.key: {} for a in sorted(graph.nodes(Label.AREA), key=lambda a: a.key)}
    if source == "strategy":
        for rel in graph.relationships(Rel.WORKS_THROUGH):
            matrix.setdefault(rel.start[1], {})[rel.end[1]] = 1
    else:
        for area, forums in _mentions(graph).items():
            matrix.setdefault(area, {}).update({f: len(tasks) for f, tasks in forums.items()})
    return {area: dict(sorted(forums.items())) for area, forums in matrix.items()}


def _label(graph: PlanGraph, key: str) -> str:
    for label in _FORUM_LABELS:
        if graph.get(label, key) is not None:
            return str(label)
    return str(Label.FORUM)


def shared_forums(graph: PlanGraph, *, source: str = "strategy", min_areas: int = 2) -> list[SharedForum]:
    """Forums and partners at least ``min_areas`` areas work through, the
    most shared first (then by name)."""
    by_forum: dict[str, dict[str, int]] = defaultdict(dict)
    for area, forums in area_forum_matrix(graph, source=source).items():
        for forum, n in forums.items():
            by_forum[forum][area] = n
    shared = [
        SharedForum(forum, _label(graph, forum), sorted(areas), sum(areas.values()))
        for forum, areas in by_forum.items() if len(areas) >= min_areas
    ]
    return sorted(shared, key=lambda s: (-len(s.areas), s.forum))


def area_overlap(graph: PlanGraph, *, source: str = "strategy") -> list[AreaOverlap]:
    """Every pair of areas sharing at least one forum, the most alike first
    (then the pair sharing more forums, then by name)."""
    forums = {area: set(row) for area, row in area_forum_matrix(graph, source=source).items()}
    pairs = []
    for area, other in combinations(sorted(forums), 2):
        shared = forums[area] & forums[other]
        if shared:
            score = len(shared) / len(forums[area] | forums[other])
            pairs.append(AreaOverlap(area, other, sorted(shared), score))
    return sorted(pairs, key=lambda p: (-p.score, -len(p.shared), p.area, p.other))


def _forum_node(graph: PlanGraph, name: str) -> Node:
    """The forum or partner called ``name``: by key or name first, then by
    acronym, then by alias (any case). A name fitting two nodes equally is
    refused rather than guessed."""
    wanted = name.strip().casefold()
    nodes = [n for label in _FORUM_LABELS for n in graph.nodes(label)]
    tiers = (
        lambda n: wanted in (n.key.casefold(), n.name.casefold()),  # type: ignore[attr-defined]
        lambda n: wanted == (n.acronym or "").casefold(),  # type: ignore[attr-defined]
        lambda n: wanted in (a.casefold() for a in n.aliases),  # type: ignore[attr-defined]
    )
    for matches in tiers:
        found = [n for n in nodes if matches(n)]
        if len(found) == 1:
            return found[0]
        if found:
            raise KeyError(f"{name!r} could be any of: {', '.join(sorted(n.key for n in found))}")
    raise KeyError(f"no forum or partner called {name!r} (give its name, acronym or an alias; "
                   f"'plangraph forums' lists the forums)")


def forum_detail(graph: PlanGraph, forum: str) -> ForumDetail:
    """One forum or partner, found by key, name, acronym or alias (any case);
    KeyError if no forum is called that."""
    node = _forum_node(graph, forum)
    tasks = [graph.get(*r.start) for r in graph.incoming(node, Rel.MENTIONS)]
    tasks = sorted((t for t in tasks if isinstance(t, Task)), key=lambda t: _natural(t.key))
    owners = {o.name for t in tasks for o in graph.neighbours(t, Rel.OWNED_BY)}  # type: ignore[attr-defined]
    return ForumDetail(
        forum=node.key,
        label=str(node.label),
        name=node.name,  # type: ignore[attr-defined]
        acronym=node.acronym,  # type: ignore[attr-defined]
        aliases=list(node.aliases),  # type: ignore[attr-defined]
        strategy_areas=sorted(r.start[1] for r in graph.incoming(node, Rel.WORKS_THROUGH)),
        task_areas=sorted({t.area for t in tasks if t.area}),
        workstreams=sorted({t.workstream for t in tasks}),
        tasks=[t.key for t in tasks],
        owners=sorted(owners),
    )


def unlisted(graph: PlanGraph) -> list[Unlisted]:
    """For each area, the forums its tasks name that the strategy does not
    list for it, and the forums the strategy lists for it that none of its
    own tasks names (a forum named only by another area's tasks counts as
    not named). By area, the named-but-unlisted first, then by forum."""
    listed = area_forum_matrix(graph, source="strategy")
    named = _mentions(graph)
    found = []
    for area in sorted(set(listed) | set(named)):
        in_strategy, in_tasks = set(listed.get(area, {})), named.get(area, {})
        for forum in sorted(set(in_tasks) - in_strategy):
            found.append(Unlisted(area, forum, NAMED_NOT_LISTED, sorted(in_tasks[forum], key=_natural)))
        for forum in sorted(in_strategy - set(in_tasks)):
            found.append(Unlisted(area, forum, LISTED_NOT_NAMED, []))
    return found


def find_area(graph: PlanGraph, name: str) -> str:
    """The key of the area called ``name`` (any case); KeyError naming the
    areas if there is none."""
    areas = {a.key.casefold(): a.key for a in graph.nodes(Label.AREA)}
    try:
        return areas[name.strip().casefold()]
    except KeyError:
        raise KeyError(f"no area called {name!r}; the areas are: {', '.join(sorted(areas.values()))}") from None


def forum_overview(graph: PlanGraph, *, area: str | None = None, source: str = "strategy") -> ForumOverview:
    """The views ``plangraph forums`` prints, together: each area's forums,
    shared forums, area overlap and unlisted forums; with ``area``, only
    those involving that area (KeyError if there is no such area)."""
    matrix = area_forum_matrix(graph, source=source)
    shared, overlap, missing = shared_forums(graph, source=source), area_overlap(graph, source=source), unlisted(graph)
    if area is not None:
        area = find_area(graph, area)
        matrix = {area: matrix[area]}
        shared = [s for s in shared if area in s.areas]
        overlap = [o for o in overlap if area in (o.area, o.other)]
        missing = [u for u in missing if u.area == area]
    return ForumOverview(source, area, matrix, shared, overlap, missing)

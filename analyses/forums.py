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

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from .common import Source, answers, task_order

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


def _check_source(source: str) -> None:
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}, not {source!r}")


@dataclass(frozen=True)
class _Facts:
    """The rows forum overlap is answered from, asked once. With several
    partnerships asked about together, areas are named with their
    partnership ("Essex › Hate Crime") and forums of one name are one
    column: that is how a region sees the boards its partnerships share."""

    areas: list[str]
    listed: list[tuple[str, str]]  # (area, forum) the plans list
    mentions: list[dict]  # get_forum_mentions rows, "area" named as above
    forums: list[dict]  # get_forums rows


def _facts(plans: Source, partnership: str | None) -> _Facts:
    q = answers(plans)
    many = partnership is None and len(q.get_partnerships()) > 1

    def area(row: dict[str, Any], key: str = "area") -> str | None:
        return f"{row['partnership']} › {row[key]}" if many and row[key] else row[key]

    return _Facts(
        areas=sorted(area(r, "key") for r in q.get_areas(partnership=partnership)),
        listed=[(area(r), r["forum"]) for r in q.get_area_forums(partnership=partnership)],
        mentions=[{**r, "area": area(r)} for r in q.get_forum_mentions(partnership=partnership)],
        forums=q.get_forums(partnership=partnership),
    )


def _mentions(facts: _Facts) -> dict[str, dict[str, set[str]]]:
    """area -> forum key -> keys of the area's tasks naming it."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in facts.mentions:
        if row["area"]:
            found[row["area"]][row["forum"]].add(row["task"])
    return found


def area_forum_matrix(plans: Source, *, source: str = "strategy",
                      partnership: str | None = None) -> dict[str, dict[str, int]]:
    """Area -> forum or partner key -> count, for every area (an area with
    none has an empty dict). With ``source="strategy"`` the count is 1 for
    each forum the plans list for the area; with ``source="tasks"`` it is
    the number of the area's tasks that name the forum."""
    return _matrix(_facts(plans, partnership), source)


def _matrix(facts: _Facts, source: str) -> dict[str, dict[str, int]]:
    _check_source(source)
    matrix: dict[str, dict[str, int]] = {a: {} for a in facts.areas}
    if source == "strategy":
        for area, forum in facts.listed:
            matrix.setdefault(area, {})[forum] = 1
    else:
        for area, forums in _mentions(facts).items():
            matrix.setdefault(area, {}).update({f: len(tasks) for f, tasks in forums.items()})
    return {area: dict(sorted(forums.items())) for area, forums in matrix.items()}


def _label(facts: _Facts, key: str) -> str:
    return next((f["label"] for f in facts.forums if f["key"] == key), "Forum")


def shared_forums(plans: Source, *, source: str = "strategy", min_areas: int = 2,
                  partnership: str | None = None) -> list[SharedForum]:
    """Forums and partners at least ``min_areas`` areas work through, the
    most shared first (then by name)."""
    return _shared(_facts(plans, partnership), source, min_areas)


def _shared(facts: _Facts, source: str, min_areas: int = 2) -> list[SharedForum]:
    by_forum: dict[str, dict[str, int]] = defaultdict(dict)
    for area, forums in _matrix(facts, source).items():
        for forum, n in forums.items():
            by_forum[forum][area] = n
    shared = [
        SharedForum(forum, _label(facts, forum), sorted(areas), sum(areas.values()))
        for forum, areas in by_forum.items() if len(areas) >= min_areas
    ]
    return sorted(shared, key=lambda s: (-len(s.areas), s.forum))


def area_overlap(plans: Source, *, source: str = "strategy", partnership: str | None = None) -> list[AreaOverlap]:
    """Every pair of areas sharing at least one forum, the most alike first
    (then the pair sharing more forums, then by name)."""
    return _overlap(_facts(plans, partnership), source)


def _overlap(facts: _Facts, source: str) -> list[AreaOverlap]:
    forums = {area: set(row) for area, row in _matrix(facts, source).items()}
    pairs = []
    for area, other in combinations(sorted(forums), 2):
        shared = forums[area] & forums[other]
        if shared:
            score = len(shared) / len(forums[area] | forums[other])
            pairs.append(AreaOverlap(area, other, sorted(shared), score))
    return sorted(pairs, key=lambda p: (-p.score, -len(p.shared), p.area, p.other))


def _forum_row(facts: _Facts, name: str) -> dict:
    """The forum or partner called ``name``: by key or name first, then by
    acronym, then by alias (any case). A name fitting two nodes equally is
    refused rather than guessed."""
    wanted = name.strip().casefold()
    tiers = (
        lambda f: wanted in (f["key"].casefold(), f["name"].casefold()),
        lambda f: wanted == (f["acronym"] or "").casefold(),
        lambda f: wanted in (a.casefold() for a in f["aliases"]),
    )
    for matches in tiers:
        found = {f["key"]: f for f in facts.forums if matches(f)}
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            raise KeyError(f"{name!r} could be any of: {', '.join(sorted(found))}")
    raise KeyError(f"no forum or partner called {name!r} (give its name, acronym or an alias; "
                   f"'plangraph forums' lists the forums)")


def forum_detail(plans: Source, forum: str, *, partnership: str | None = None) -> ForumDetail:
    """One forum or partner, found by key, name, acronym or alias (any case);
    KeyError if no forum is called that."""
    q = answers(plans)
    facts = _facts(plans, partnership)
    node = _forum_row(facts, forum)
    keys = sorted({r["task"] for r in facts.mentions if r["forum"] == node["key"]}, key=task_order)
    tasks = q.get_tasks(partnership=partnership, keys=keys) if keys else []
    return ForumDetail(
        forum=node["key"], label=node["label"], name=node["name"], acronym=node["acronym"],
        aliases=list(node["aliases"]),
        strategy_areas=sorted(area for area, f in facts.listed if f == node["key"]),
        task_areas=sorted({r["area"] for r in facts.mentions if r["forum"] == node["key"] and r["area"]}),
        workstreams=sorted({t["workstream"] for t in tasks}),
        tasks=keys,
        owners=sorted({o for t in tasks for o in t["owners"]}),
    )


def unlisted(plans: Source, *, partnership: str | None = None) -> list[Unlisted]:
    """For each area, the forums its tasks name that the plans do not list
    for it, and the forums listed for it that none of its own tasks names (a
    forum named only by another area's tasks counts as not named). By area,
    the named-but-unlisted first, then by forum."""
    return _unlisted(_facts(plans, partnership))


def _unlisted(facts: _Facts) -> list[Unlisted]:
    listed = _matrix(facts, "strategy")
    named = _mentions(facts)
    found = []
    for area in sorted(set(listed) | set(named)):
        in_strategy, in_tasks = set(listed.get(area, {})), named.get(area, {})
        for forum in sorted(set(in_tasks) - in_strategy):
            found.append(Unlisted(area, forum, NAMED_NOT_LISTED, sorted(in_tasks[forum], key=task_order)))
        for forum in sorted(in_strategy - set(in_tasks)):
            found.append(Unlisted(area, forum, LISTED_NOT_NAMED, []))
    return found


def find_area(plans: Source, name: str, *, partnership: str | None = None) -> str:
    """The key of the area called ``name`` (any case); KeyError naming the
    areas if there is none."""
    return _find_area(_facts(plans, partnership), name)


def _find_area(facts: _Facts, name: str) -> str:
    areas = {a.casefold(): a for a in facts.areas}
    try:
        return areas[name.strip().casefold()]
    except KeyError:
        raise KeyError(f"no area called {name!r}; the areas are: {', '.join(sorted(areas.values()))}") from None


def forum_overview(plans: Source, *, area: str | None = None, source: str = "strategy",
                   partnership: str | None = None) -> ForumOverview:
    """The views ``plangraph forums`` prints, together: each area's forums,
    shared forums, area overlap and unlisted forums; with ``area``, only
    those involving that area (KeyError if there is no such area)."""
    which = source
    facts = _facts(plans, partnership)
    matrix, shared = _matrix(facts, which), _shared(facts, which)
    overlap, missing = _overlap(facts, which), _unlisted(facts)
    if area is not None:
        area = _find_area(facts, area)
        matrix = {area: matrix[area]}
        shared = [s for s in shared if area in s.areas]
        overlap = [o for o in overlap if area in (o.area, o.other)]
        missing = [u for u in missing if u.area == area]
    return ForumOverview(which, area, matrix, shared, overlap, missing)

"""Strategy coverage: does the delivery work cover what the strategy promises?

For leadership and planners. Two views:

- the **strand grid**: for each area, how many tasks sit in each of the four
  strands (Prevent, Pursue, Protect, Prepare). A task repeated under several
  strands counts in each. A cell with no task is a **gap**. An area the
  strategy names but no plan delivers (no workstream) has a gap in all four
  strands: it is listed, because that is the widest gap of all.
- **aims**: for each strategic aim, the tasks of the same area whose rows
  (Task and How text) share the most telling words with it
  (:func:`loaders.text.words.similarity`, words weighted by rarity). These are
  suggestions for a person to confirm, not facts: an aim with no task above
  the threshold is *unserved* as far as the words show ("Removing proceeds
  of crime" is not served by a task that never says so).

Tasks of a workstream placed in no area are not counted (``plangraph check``
reports the workstream). A task the loader found to duplicate another is
represented by that other.

Examples
--------
>>> from graphmodel import Aim, Area, PlanGraph, Rel, Source, Strand, Task
>>> g, src = PlanGraph(), Source("p.xlsx", "Hate Crime", "E3")
>>> hate = g.add(Area(key="Hate Crime", name="Hate Crime", source=src))
>>> _ = g.add(Area(key="Fraud", name="Fraud", source=src))
>>> prevent = g.add(Strand(key="Prevent", name="Prevent", order=1, source=src))
>>> t = g.add(Task(key="HC#3", workstream="HC", area="Hate Crime", ref="3", strands=["Prevent"],
...                text="Support third party reporting centres", source=src))
>>> _ = g.relate(Rel.IN_STRAND, t, prevent, src)
>>> aim = g.add(Aim(key="Hate Crime / aim 1", area="Hate Crime", number=1, source=src,
...                 text="More reporting through third party reporting centres"))
>>> strand_grid(g)["Hate Crime"]
{'Prevent': 1, 'Pursue': 0, 'Protect': 0, 'Prepare': 0}
>>> gaps(g)[:4]
[('Fraud', 'Prevent'), ('Fraud', 'Pursue'), ('Fraud', 'Protect'), ('Fraud', 'Prepare')]
>>> [(m.task, m.shared) for m in aim_coverage(g)[0].tasks]
[('HC#3', ['centre', 'party', 'reporting', 'third'])]
>>> unserved_aims(g)
[]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphmodel import STRANDS
from loaders.text.words import rarity, similarity

from .common import Source, answers, partnership_asked, task_order

__all__ = [
    "AimMatch",
    "AimCoverage",
    "CoverageOverview",
    "MIN_AIM_SCORE",
    "strand_grid",
    "gaps",
    "aim_coverage",
    "unserved_aims",
    "coverage_overview",
]

# Below this word overlap a task is not taken to serve an aim. Read off the
# Essex plans: above it the best task is the one a planner would name
# ("Drug Market - better understanding of drug market in County" for the
# county-lines aim), below it the words shared are generic ("crime").
MIN_AIM_SCORE = 0.08


@dataclass(frozen=True)
class AimMatch:
    """A task that looks as if it serves an aim, and the words that say so."""

    task: str
    score: float
    shared: list[str]


@dataclass(frozen=True)
class AimCoverage:
    """An aim and its likeliest tasks (of its own area), best first."""

    aim: str
    area: str
    text: str
    tasks: list[AimMatch]


@dataclass(frozen=True)
class CoverageOverview:
    """What ``plangraph coverage`` shows: the grid and its gaps, the areas
    with no workstream, every aim with its likely tasks, the unserved aims."""

    grid: dict[str, dict[str, int]]
    gaps: list[tuple[str, str]]
    no_workstream: list[str]
    aims: list[AimCoverage] = field(default_factory=list)
    unserved: list[AimCoverage] = field(default_factory=list)


@dataclass(frozen=True)
class _Facts:
    areas: list[dict]
    workstreams: list[dict]
    tasks: list[dict]
    links: list[dict]
    aims: list[dict]


def _facts(plans: Source, partnership: str | None) -> _Facts:
    q = answers(plans)
    where = partnership_asked(q, partnership)
    return _Facts(q.get_areas(partnership=where), q.get_workstreams(partnership=where),
                  q.get_tasks(partnership=where), q.get_links(partnership=where), q.get_aims(partnership=where))


def strand_grid(plans: Source, *, partnership: str | None = None) -> dict[str, dict[str, int]]:
    """Area -> strand -> number of tasks, for every area and all four
    strands (0 where there is none)."""
    return _grid(_facts(plans, partnership))


def _grid(facts: _Facts) -> dict[str, dict[str, int]]:
    grid = {a["key"]: dict.fromkeys(STRANDS, 0) for a in sorted(facts.areas, key=lambda a: a["key"])}
    for task in facts.tasks:
        for strand in task["strands"]:
            if task["area"] and strand in STRANDS:
                grid.setdefault(task["area"], dict.fromkeys(STRANDS, 0))[strand] += 1
    return grid


def _without_workstream(facts: _Facts) -> list[str]:
    placed = {w["area"] for w in facts.workstreams}
    return sorted(a["key"] for a in facts.areas if a["key"] not in placed)


def gaps(plans: Source, *, partnership: str | None = None) -> list[tuple[str, str]]:
    """(area, strand) pairs with no task, by area then in strand order. An
    area with no workstream at all has all four."""
    return _gaps(_facts(plans, partnership))


def _gaps(facts: _Facts) -> list[tuple[str, str]]:
    return [(area, strand) for area, row in _grid(facts).items() for strand in STRANDS if not row[strand]]


def _tasks_by_area(facts: _Facts) -> dict[str, list[dict]]:
    copies = {r["start"] for r in facts.links if r["kind"] == "duplicate"}
    by_area: dict[str, list[dict]] = {}
    for task in facts.tasks:
        if task["area"] and task["key"] not in copies:
            by_area.setdefault(task["area"], []).append(task)
    return by_area


def _match(aim: dict, task: dict, weights: dict[str, float]) -> AimMatch:
    # A Task cell alone often says what the work is ("Drug Market ..."); the
    # How cell adds the programme it runs through. The better of the two counts.
    score, shared = max(similarity(aim["text"], task["text"], weights),
                        similarity(aim["text"], f"{task['text']} {task['how']}", weights))
    return AimMatch(task["key"], round(score, 3), list(shared))


def aim_coverage(plans: Source, *, top: int = 3, min_score: float = MIN_AIM_SCORE,
                 partnership: str | None = None) -> list[AimCoverage]:
    """Every aim, by area and number, with at most ``top`` tasks of its area
    scoring at least ``min_score``, best first. Suggestions, not facts."""
    return _aim_coverage(_facts(plans, partnership), top, min_score)


def _aim_coverage(facts: _Facts, top: int, min_score: float) -> list[AimCoverage]:
    by_area = _tasks_by_area(facts)
    aims = sorted(facts.aims, key=lambda a: (a["area"], a["number"]))
    texts = [f"{t['text']} {t['how']}" for tasks in by_area.values() for t in tasks] + [a["text"] for a in aims]
    weights = rarity(texts)
    found = []
    for aim in aims:
        matches = [_match(aim, t, weights) for t in by_area.get(aim["area"], [])]
        best = sorted((m for m in matches if m.score >= min_score), key=lambda m: (-m.score, task_order(m.task)))
        found.append(AimCoverage(aim["key"], aim["area"], aim["text"], best[:top]))
    return found


def unserved_aims(plans: Source, **kw) -> list[AimCoverage]:
    """The aims no task appears to serve (``kw`` as for :func:`aim_coverage`)."""
    return [a for a in aim_coverage(plans, **kw) if not a.tasks]


def coverage_overview(plans: Source, *, top: int = 3, min_score: float = MIN_AIM_SCORE,
                      partnership: str | None = None) -> CoverageOverview:
    """The views ``plangraph coverage`` prints, together."""
    facts = _facts(plans, partnership)
    aims = _aim_coverage(facts, top, min_score)
    return CoverageOverview(_grid(facts), _gaps(facts), _without_workstream(facts), aims,
                            [a for a in aims if not a.tasks])

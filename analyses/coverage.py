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

import re
from dataclasses import dataclass, field

from graphmodel.graph import PlanGraph
from graphmodel.model import Aim, Task
from graphmodel.schema import STRANDS, Label, Rel
from loaders.text.words import rarity, similarity

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


def _natural(key: str) -> list:
    # Task 2 before task 10: numbers in a key compare as numbers.
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", key)]


def strand_grid(graph: PlanGraph) -> dict[str, dict[str, int]]:
    """Area -> strand -> number of tasks, for every area and all four
    strands (0 where there is none)."""
    grid = {a.key: dict.fromkeys(STRANDS, 0) for a in sorted(graph.nodes(Label.AREA), key=lambda a: a.key)}
    for rel in graph.relationships(Rel.IN_STRAND):
        task = graph.get(*rel.start)
        if isinstance(task, Task) and task.area and rel.end[1] in STRANDS:
            grid.setdefault(task.area, dict.fromkeys(STRANDS, 0))[rel.end[1]] += 1
    return grid


def _without_workstream(graph: PlanGraph) -> list[str]:
    return sorted(a.key for a in graph.nodes(Label.AREA) if not graph.neighbours(a, Rel.HAS_WORKSTREAM))


def gaps(graph: PlanGraph) -> list[tuple[str, str]]:
    """(area, strand) pairs with no task, by area then in strand order. An
    area with no workstream at all has all four."""
    return [(area, strand) for area, row in strand_grid(graph).items() for strand in STRANDS if not row[strand]]


def _tasks_by_area(graph: PlanGraph) -> dict[str, list[Task]]:
    copies = {r.start[1] for r in graph.relationships(Rel.LINKED_TO) if r.props.get("kind") == "duplicate"}
    by_area: dict[str, list[Task]] = {}
    for task in graph.nodes(Label.TASK):
        if isinstance(task, Task) and task.area and task.key not in copies:
            by_area.setdefault(task.area, []).append(task)
    return by_area


def _match(aim: Aim, task: Task, weights: dict[str, float]) -> AimMatch:
    # A Task cell alone often says what the work is ("Drug Market ..."); the
    # How cell adds the programme it runs through. The better of the two counts.
    score, shared = max(similarity(aim.text, task.text, weights),
                        similarity(aim.text, f"{task.text} {task.how}", weights))
    return AimMatch(task.key, round(score, 3), list(shared))


def aim_coverage(graph: PlanGraph, *, top: int = 3, min_score: float = MIN_AIM_SCORE) -> list[AimCoverage]:
    """Every aim, by area and number, with at most ``top`` tasks of its area
    scoring at least ``min_score``, best first. Suggestions, not facts."""
    by_area = _tasks_by_area(graph)
    aims = sorted((a for a in graph.nodes(Label.AIM) if isinstance(a, Aim)), key=lambda a: (a.area, a.number))
    texts = [f"{t.text} {t.how}" for tasks in by_area.values() for t in tasks] + [a.text for a in aims]
    weights = rarity(texts)
    found = []
    for aim in aims:
        matches = [_match(aim, t, weights) for t in by_area.get(aim.area, [])]
        best = sorted((m for m in matches if m.score >= min_score), key=lambda m: (-m.score, _natural(m.task)))
        found.append(AimCoverage(aim.key, aim.area, aim.text, best[:top]))
    return found


def unserved_aims(graph: PlanGraph, **kw) -> list[AimCoverage]:
    """The aims no task appears to serve (``kw`` as for :func:`aim_coverage`)."""
    return [a for a in aim_coverage(graph, **kw) if not a.tasks]


def coverage_overview(graph: PlanGraph, *, top: int = 3, min_score: float = MIN_AIM_SCORE) -> CoverageOverview:
    """The views ``plangraph coverage`` prints, together."""
    aims = aim_coverage(graph, top=top, min_score=min_score)
    return CoverageOverview(strand_grid(graph), gaps(graph), _without_workstream(graph), aims,
                            [a for a in aims if not a.tasks])

"""Suggested links: tasks in different workstreams whose rows say they do the
same, or dependent, work, and that no link joins yet.

For planners. A task's row here is its Task text and its How text (the How
cell often names the programme or the forum the work runs through:
"Gangsline", "MARAC"). Two rows are compared by the telling words they
share (:func:`loaders.text.words.similarity`), each word weighted by how rare
it is among all the tasks: "Gangsline" counts for more than "partners".

Short rows make weighted overlap noisy: two five-word tasks sharing "media"
and "strategy" overlap as much as two long rows sharing six rare words. So a
pair whose shared words weigh less than :data:`EVIDENCE_WORDS` words found in
a single task each keeps only that share of its overlap. The shared words
are always returned: they are the evidence, for a person to judge.

Suggestions are never added to the graph. A planner accepts one by listing
it in ``plangraph.toml`` (``[links] accept``); the next ``plangraph load``
then draws the link (``loaders.joining.accepted_links``).

Examples
--------
>>> from graphmodel import PlanGraph, Source, Task
>>> g = PlanGraph()
>>> def task(ws, ref, text, how=""):
...     return g.add(Task(key=f"{ws}#{ref}", workstream=ws, area="Violence", ref=ref, text=text, how=how,
...                       source=Source("p.xlsx", ws, f"E{ref}")))
>>> _ = task("Gangs", "21", "Diversionary Pathways - how do we provide an exit pathway?", "Gangsline contract")
>>> _ = task("Gangs", "4", "Crimestoppers campaign")
>>> _ = task("Knife", "19", "Develop an exit pathway for young people", "Refer to Gangsline")
>>> _ = task("Knife", "3", "Test purchases of knives with Trading Standards")
>>> [(s.task, s.other, s.shared) for s in suggest_links(g, min_score=0.1)]
[('Gangs#21', 'Knife#19', ['exit', 'gangsline', 'pathway'])]
>>> suggest_links(g, min_score=0.1)[0].reason
'both Task cells say exit, pathway; both rows also name gangsline'
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Iterator

from loaders.text.words import content_words, rarity, similarity

from .common import Source, answers, partnership_asked

__all__ = ["Suggestion", "suggest_links", "row_text", "MIN_SCORE", "EVIDENCE_WORDS"]

# Below this score a pair shares too little to be worth a planner's time.
MIN_SCORE = 0.05
# A pair's shared words must weigh as much as this many words each found in
# a single task before its overlap counts in full.
EVIDENCE_WORDS = 4
_REASON_WORDS = 5  # words a reason names, of each kind


@dataclass(frozen=True)
class Suggestion:
    """Two tasks that look linked: ``score`` (0 to 1) says how strongly,
    ``shared`` the telling words both rows use, ``reason`` where."""

    task: str
    other: str
    score: float
    shared: list[str]
    reason: str


Task = dict[str, Any]  # a row of get_tasks
# Above this many tasks, only pairs sharing a rare word are weighed: a region's
# every pair is hundreds of millions, and pairs sharing only common words score low.
ALL_PAIRS_UP_TO = 2000


def row_text(task: Task) -> str:
    """What a task's row says it does: its Task and How text."""
    return f"{task['text']} {task['how']}"


def _same_text(a: Task, b: Task) -> bool:
    # The loader links identical texts of one plan as duplicates already.
    norm = lambda t: re.sub(r"\W+", " ", t.casefold()).strip()  # noqa: E731
    return a["plan"] == b["plan"] and norm(a["text"]) == norm(b["text"])


def _reason(a: Task, b: Task, shared: list[str], weights: dict[str, float]) -> str:
    """Which shared words both Task cells use, and which only the rows do
    (the rarest few of each: ``shared`` has them all)."""
    def rarest(words: set[str]) -> str:
        ranked = sorted(words, key=lambda w: (-weights.get(w, 1.0), w))
        more = f" and {len(ranked) - _REASON_WORDS} more" if len(ranked) > _REASON_WORDS else ""
        return ", ".join(ranked[:_REASON_WORDS]) + more

    in_tasks = set(shared) & content_words(a["text"]) & content_words(b["text"])
    rest = set(shared) - in_tasks
    if not in_tasks:
        return f"both rows (Task or How) name {rarest(rest)}"
    return f"both Task cells say {rarest(in_tasks)}" + (f"; both rows also name {rarest(rest)}" if rest else "")


def _pairs(tasks: list[Task], words: dict[str, set[str]]) -> Iterator[tuple[Task, Task]]:
    """Every pair of a plan's tasks; in a region's, the pairs sharing a rare word."""
    if len(tasks) <= ALL_PAIRS_UP_TO:
        yield from combinations(tasks, 2)
        return
    holders: dict[str, list[int]] = defaultdict(list)
    for i, task in enumerate(tasks):
        for word in words[task["key"]]:
            holders[word].append(i)
    rare = max(20, len(tasks) // 100)
    seen: set[tuple[int, int]] = set()
    for held in holders.values():
        if len(held) <= rare:
            for i, j in combinations(held, 2):
                if (i, j) not in seen:
                    seen.add((i, j))
                    yield tasks[i], tasks[j]


def suggest_links(plans: Source, *, top: int | None = 20, min_score: float = MIN_SCORE,
                  include_same_workstream: bool = False, partnership: str | None = None) -> list[Suggestion]:
    """Pairs of tasks that look linked but are not, the likeliest first.

    Pairs already linked either way (inferred links included), pairs of one
    workstream (unless ``include_same_workstream``), and pairs with the same
    text in one plan are left out; a task the loader found to duplicate
    another is represented by that other. ``top=None`` returns every pair
    scoring at least ``min_score``. The plans are not changed.
    """
    q = answers(plans)
    where = partnership_asked(q, partnership)
    tasks = sorted(q.get_tasks(partnership=where), key=lambda t: t["key"])
    weights = rarity(row_text(t) for t in tasks)
    full_weight = EVIDENCE_WORDS * max(weights.values(), default=1.0)
    links = q.get_links(partnership=where)
    linked = {frozenset((r["start"], r["end"])) for r in links}
    copies = {r["start"] for r in links if r["kind"] == "duplicate"}
    words = {t["key"]: content_words(row_text(t)) for t in tasks}
    weigh = lambda ws: sum(weights.get(w, 1.0) for w in ws)  # noqa: E731
    found = []
    for a, b in _pairs([t for t in tasks if t["key"] not in copies], words):
        common = words[a["key"]] & words[b["key"]]
        if not common or frozenset((a["key"], b["key"])) in linked or _same_text(a, b):
            continue
        if a["workstream"] == b["workstream"] and not include_same_workstream:
            continue
        # similarity() reads the words of both rows again; over some 20,000
        # pairs that is most of the time, so a pair that cannot reach
        # min_score (on the words read once) is passed over first.
        if weigh(common) / weigh(words[a["key"]] | words[b["key"]]) * min(1.0, weigh(common) / full_weight) < min_score:
            continue
        overlap, shared = similarity(row_text(a), row_text(b), weights)
        score = overlap * min(1.0, weigh(shared) / full_weight)
        if score >= min_score:
            found.append(Suggestion(a["key"], b["key"], round(score, 3), list(shared),
                                    _reason(a, b, list(shared), weights)))
    found.sort(key=lambda s: (-s.score, s.task, s.other))
    return found if top is None else found[:top]

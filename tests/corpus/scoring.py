"""Scoring a loaded plan graph against a partnership's truth file.

``score(graph, truth)`` reads a ``graphmodel.PlanGraph`` the way the
loaders promise to write it (the contract below) and compares it, measure
by measure, with a truth dict in the schema of ``tests/corpus/*/expected.json``;
``format_scores`` prints one line per measure, marked against ``BARS``.

The contract: a truth priority is an ``Area`` (matched by name or alias,
else by shared words); tasks are ``Task`` nodes (``ref`` as written, ``area``
the area's key); links are ``LINKED_TO`` from the task that depends to the
task it depends on; dangling refs are in the citing task's
``dangling_links``; owners are ``OWNED_BY`` Task -> ``Owner``, each Owner
keeping its ``spellings``; forums and partners of a priority are
``WORKS_THROUGH`` Area -> ``Forum`` / ``Partner``; ``Task.due`` is ISO and
``due_precision`` "day" only when a day was written; ``Task.strands`` lists
strand names; ``Task.rag`` is green / amber / red / blue.

Examples
--------
>>> from graphmodel import Area, Source, Task
>>> g = PlanGraph()
>>> src = Source("plan.xlsx", "P1", "A5")
>>> area = g.add(Area(key="Hate Crime", name="Hate Crime", source=src))
>>> task = g.add(Task(key="Hate Crime#1", source=src, workstream="Hate Crime", area="Hate Crime",
...                   ref="1", text="Reporting centres", due="2025-09-30", due_precision="day",
...                   strands=["Prevent"], rag="green"))
>>> truth = {"priorities": {"Hate Crime": {"aliases": ["Hate crime"]}},
...          "tasks": {"Hate Crime": {"refs": ["1"]}}, "links": [], "owners": {}, "forums": {},
...          "partners_by_priority": {}, "due_dates": {"1": "2025-09-30"},
...          "strands": {"1": "Prevent"}, "rag": {"1": "Green"}}
>>> scores = score(g, truth)
>>> scores["tasks exact"].share, scores["due dates"].share, scores["status"].share
(1.0, 1.0, 1.0)
>>> scores.shortfalls()
[]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

from graphmodel import Label, PlanGraph, Rel, Task

from matching import (NameMatcher, OwnerMatcher, PriorityMatcher, ref_key, resolve_ref, truth_refs,
                      truth_tasks)

__all__ = ["Measure", "Scores", "BARS", "score", "format_scores"]

# The bars every partnership's plan must reach (README: "Scoring").
BARS: dict[str, float] = {
    "tasks exact": 1.0,
    "links precision": 0.97,
    "links recall": 0.95,
    "owner attribution": 0.95,
    "owner precision": 0.95,
    "merged people": 1.0,
    "forums precision": 0.95,
    "forums recall": 0.95,
    "partners precision": 0.95,
    "partners recall": 0.95,
    "due dates": 1.0,
    "strands": 1.0,
    "status": 1.0,
}
Ident = tuple  # (canonical priority or None, ref_key)


@dataclass(frozen=True)
class Measure:
    """``right`` of ``total`` were as the truth says; ``misses`` says which
    were not. ``empty`` is the share when there was nothing to count (a
    precision of nothing found is 0 when something was to be found)."""

    name: str
    right: int
    total: int
    misses: tuple[str, ...] = ()
    note: str = ""
    empty: float = 1.0

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else self.empty


@dataclass
class Scores:
    """Every measure by name, and the truth priorities no Area matched."""

    measures: dict[str, Measure] = field(default_factory=dict)
    unmatched_priorities: list[str] = field(default_factory=list)

    def __getitem__(self, name: str) -> Measure:
        return self.measures[name]

    def add(self, measure: Measure) -> None:
        self.measures[measure.name] = measure

    def shortfalls(self, bars: Mapping[str, float] = BARS) -> list[str]:
        """The measures below their bar, as 'name 0.912 < 0.95'."""
        return [f"{name} {self[name].share:.3f} < {bar}" for name, bar in bars.items()
                if name in self.measures and self[name].share < bar]


class _Reading:
    """What score() needs from the graph, read once: each Area's truth
    priority, and each task's identity (truth priority, ref).

    A task in an Area that matches no priority is still known by its ref
    where only one truth task has that ref, so that a wrong workstream name
    costs "tasks exact" but not every other measure too."""

    def __init__(self, graph: PlanGraph, truth: dict):
        self.graph, self.truth = graph, truth
        matcher = PriorityMatcher(truth["priorities"])
        self.area_priority = {a.key: matcher.match(a.name) for a in graph.nodes(Label.AREA)}
        self.wanted = {(p, ref) for p, refs in truth_refs(truth).items() for ref in refs}
        self.display = _display(truth)
        repeats = Counter(ref for _, ref in self.wanted)
        self._only = {ref: p for p, ref in self.wanted if repeats[ref] == 1}
        self.placed: dict[Ident, list[Task]] = {}  # by the task's own area
        self.tasks: dict[Ident, list[Task]] = {}  # by the task's identity
        self.ident: dict[str, Ident] = {}
        for task in graph.nodes(Label.TASK):
            placed = (self.area_priority.get(task.area or ""), ref_key(task.ref))
            self.placed.setdefault(placed, []).append(task)
            ident = placed
            if placed not in self.wanted and placed[0] is None and placed[1] in self._only:
                ident = (self._only[placed[1]], placed[1])
            self.ident[task.key] = ident
            self.tasks.setdefault(ident, []).append(task)

    def show(self, ident: Ident) -> str:
        return self.display.get(ident) or f"{ident[0] or '?'}#{ident[1]}"

    def task_name(self, task: Task) -> str:
        return self.show(self.ident[task.key])

    def truth_name(self, key: str) -> str:
        return self.show(resolve_ref(key, self.truth))


def _display(truth: dict) -> dict[Ident, str]:
    """Truth tasks as the truth file writes them ('E1.10', 'Youth Violence#3')."""
    tasks = truth_tasks(truth)
    repeats = Counter(ref_key(ref) for _, ref in tasks)
    return {(p, ref_key(ref)): ref if repeats[ref_key(ref)] == 1 else f"{p}#{ref}" for p, ref in tasks}


def score(graph: PlanGraph, truth: dict) -> Scores:
    """Compare ``graph`` with ``truth`` on every measure of ``BARS`` and a few
    more (priorities matched, dangling links, delivery leads)."""
    reading = _Reading(graph, truth)
    matched = set(reading.area_priority.values())
    scores = Scores(unmatched_priorities=[p for p in truth["priorities"] if p not in matched])
    scores.add(Measure("priorities matched", len(truth["priorities"]) - len(scores.unmatched_priorities),
                       len(truth["priorities"]), tuple(scores.unmatched_priorities), "unmatched"))
    scores.add(_tasks_exact(reading))
    for measure in (*_links(reading), _dangling(reading), *_owners(reading), *_works_through(reading),
                    _due_dates(reading), _strands(reading), _status(reading), _leads(reading)):
        scores.add(measure)
    return scores


def _pair_measures(name: str, found: set, wanted: set) -> tuple[Measure, Measure]:
    """Precision and recall of found pairs against wanted pairs."""
    hit = found & wanted
    show = lambda pairs: tuple(sorted(" -> ".join(map(str, p)) for p in pairs))[:8]  # noqa: E731
    return (Measure(f"{name} precision", len(hit), len(found), show(found - wanted), "wrong",
                    empty=0.0 if wanted else 1.0),
            Measure(f"{name} recall", len(hit), len(wanted), show(wanted - found), "missing"))


def _tasks_exact(r: _Reading) -> Measure:
    found = {ident for ident in r.placed if ident in r.wanted}
    extra = [t.key for ident, ts in r.placed.items() for t in (ts if ident not in r.wanted else ts[1:])]
    missing = sorted(r.wanted - found, key=str)
    misses = tuple(f"missing {r.show(i)}" for i in missing) + tuple(f"extra {k}" for k in extra)
    return Measure("tasks exact", len(found), len(r.wanted) + len(extra), misses[:10],
                   f"{len(missing)} missing, {len(extra)} extra")


def _links(r: _Reading) -> tuple[Measure, Measure]:
    found = set()
    for rel in r.graph.relationships(Rel.LINKED_TO):
        start, end = r.graph.get(*rel.start), r.graph.get(*rel.end)
        found.add((r.task_name(start), r.task_name(end)))
    wanted = {(r.truth_name(link["from"]), r.truth_name(link["to"]))
              for link in r.truth["links"]}
    return _pair_measures("links", found, wanted)


def _dangling(r: _Reading) -> Measure:
    wanted = r.truth.get("dangling_links", [])
    misses = []
    for item in wanted:
        cited = item["to"].rpartition("#")[2]
        pattern = re.compile(rf"(?<![\w.]){re.escape(cited)}(?![\w]|\.\d)", re.I)
        texts = [t for task in r.tasks.get(resolve_ref(item["from"], r.truth), []) for t in task.dangling_links]
        if not any(pattern.search(t) for t in texts):
            misses.append(f"{item['from']} -> {item['to']}")
    return Measure("dangling links", len(wanted) - len(misses), len(wanted), tuple(misses), "not reported")


def _owner_matcher(truth: dict) -> OwnerMatcher:
    others = [spec.get(k) for spec in truth["priorities"].values()
              for k in ("delivery_lead", "senior_responsible_officer")]
    return OwnerMatcher(truth["owners"], others)


def _owners(r: _Reading) -> tuple[Measure, Measure, Measure]:
    matcher = _owner_matcher(r.truth)
    mapped, merged = {}, []
    for node in r.graph.nodes(Label.OWNER):
        mapped[node.key] = matcher.match(node.name, node.spellings) or f"?{node.name}"
        people = matcher.owners_spelled(node.spellings)
        if len(people) > 1:
            merged.append(f"{node.name}: {' + '.join(sorted(people))}")
    _one_node_a_person(r, mapped)
    found = set()
    for rel in r.graph.relationships(Rel.OWNED_BY):
        task, owner = r.graph.get(*rel.start), r.graph.get(*rel.end)
        found.add((r.task_name(task), mapped[owner.key]))
    wanted = {(r.truth_name(ref), canonical)
              for canonical, spec in r.truth["owners"].items() for ref in spec["refs"]}
    precision, recall = _pair_measures("owner", found, wanted)
    owners = len(mapped)
    return (Measure("owner attribution", recall.right, recall.total, recall.misses, "missing"),
            Measure("owner precision", precision.right, precision.total, precision.misses, "wrong",
                    precision.empty),
            Measure("merged people", owners - len(merged), owners, tuple(merged), f"{len(merged)} merged"))


def _one_node_a_person(r: _Reading, mapped: dict[str, str]) -> None:
    """A person split over several Owner nodes is one node with some of their
    tasks and strangers holding the rest: only the node holding most of
    their tasks counts as them."""
    load = Counter(rel.end[1] for rel in r.graph.relationships(Rel.OWNED_BY))
    primary: dict[str, str] = {}
    for key, canonical in sorted(mapped.items(), key=lambda kv: (-load[kv[0]], kv[0])):
        if canonical.startswith("?"):
            continue
        if canonical in primary:
            mapped[key] = f"?{key} (split from {canonical})"
        else:
            primary[canonical] = key


def _works_through(r: _Reading) -> tuple[Measure, ...]:
    out: list[Measure] = []
    for name, label, key, alias_key in (("forums", Label.FORUM, "forums", "forum_aliases"),
                                        ("partners", Label.PARTNER, "partners_by_priority", "partner_aliases")):
        truth_pairs = r.truth.get(key, {})
        matcher = NameMatcher(truth_pairs, r.truth.get(alias_key))
        found = set()
        for rel in r.graph.relationships(Rel.WORKS_THROUGH):
            area, node = r.graph.get(*rel.start), r.graph.get(*rel.end)
            if node.label == label:
                canonical = matcher.match(node.name, getattr(node, "acronym", None), *getattr(node, "aliases", []))
                found.add((r.area_priority.get(area.key) or f"?{area.name}", canonical or f"?{node.name}"))
        wanted = {(p, n) for n, priorities in truth_pairs.items() for p in priorities}
        out.extend(_pair_measures(name, found, wanted))
    return tuple(out)


def _per_task(r: _Reading, name: str, key: str, judge) -> Measure:
    """One truth value per task (due date, strand, status): right where
    ``judge(task, truth value)`` holds for the task loaded with that ident."""
    values = r.truth.get(key, {})
    misses = []
    for ref, value in values.items():
        tasks = r.tasks.get(resolve_ref(ref, r.truth), [])
        if not tasks:
            misses.append(f"{ref}: no task")
        elif not judge(tasks[0], value):
            misses.append(f"{ref}: {_got(tasks[0], key)}, truth {value}")
    return Measure(name, len(values) - len(misses), len(values), tuple(misses[:10]), "wrong")


def _got(task: Task, key: str) -> str:
    if key == "due_dates":
        return f"due {task.due} ({task.due_precision or 'no precision'})"
    if key == "strands":
        return f"strands {task.strands}"
    return f"rag {task.rag!r} status {task.status!r}"


def _due_dates(r: _Reading) -> Measure:
    def judge(task: Task, iso: str | None) -> bool:
        return task.due == iso if iso else task.due_precision != "day"
    return _per_task(r, "due dates", "due_dates", judge)


def _strands(r: _Reading) -> Measure:
    def judge(task: Task, strand: str | None) -> bool:
        return sorted({s.casefold() for s in task.strands}) == ([strand.casefold()] if strand else [])
    return _per_task(r, "strands", "strands", judge)


def _status(r: _Reading) -> Measure:
    def judge(task: Task, rag: str | None) -> bool:
        colour, done = (task.rag or "").casefold(), task.status == "completed"
        if rag == "Complete":
            return colour == "blue" or done
        if rag is None:
            return colour == "" and not done
        return colour == rag.casefold()
    return _per_task(r, "status", "rag", judge)


def _leads(r: _Reading) -> Measure:
    """Informational: each priority's delivery lead LEADS its Area or one of its workstreams."""
    matcher = _owner_matcher(r.truth)
    found = set()
    for rel in r.graph.relationships(Rel.LEADS):
        owner, led = r.graph.get(*rel.start), r.graph.get(*rel.end)
        area = led.key if led.label == Label.AREA else getattr(led, "area", None)
        found.add((r.area_priority.get(area or ""), matcher.match(owner.name, owner.spellings)))
    wanted = {(p, spec["delivery_lead"]) for p, spec in r.truth["priorities"].items() if spec.get("delivery_lead")}
    missing = tuple(f"{p}: {lead}" for p, lead in sorted(wanted - found))
    return Measure("delivery leads", len(wanted & found), len(wanted), missing, "missing")


def format_scores(scores: Scores, bars: Mapping[str, float] = BARS, *, title: str = "") -> str:
    """One line per measure: a mark (ok / LOW against its bar, blank for
    measures without a bar), the share, right of total, and what was wrong."""
    lines = [title] if title else []
    for name, m in scores.measures.items():
        bar = bars.get(name)
        mark = "  " if bar is None else ("ok" if m.share >= bar else "LOW")
        bar_text = f" (bar {bar:.2f})" if bar is not None else ""
        detail = f"  {m.note}: {'; '.join(m.misses)}" if m.misses else ""
        lines.append(f"{mark:>3} {name:<20} {m.share:7.1%}  {m.right}/{m.total}{bar_text}{detail}")
    return "\n".join(lines)

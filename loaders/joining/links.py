"""Task-to-task links, read from what planners wrote in a task's row.

Every link keeps its evidence (the exact words read), the cell, and a
confidence:

==================  =================================================  ==========
kind                read from                                          confidence
==================  =================================================  ==========
reference           "Linked to Actions (1) (2) (8)", "see 3.2"         1.0
dependency          "Depends on 1.3", "Pre-req: 3.4", a Dependencies   1.0
                    column
duplicate           "This is a duplicate of task no.11"; identical     1.0
                    task text in one plan
as above            "As above": the task on the row before             0.9
by name             'linked to "Crimestoppers" action in Prevent'      0.8
cross-workstream    "This MAY be linked to work in USG area re         word overlap,
                    diversionary activity": the best matching task     at most 0.5
                    of that workstream (``inferred`` is True)
==================  =================================================  ==========

A hedged phrase ("may be linked", "(as above)" mid-sentence) halves the
confidence. A reference to a task that does not exist is kept on the citing
task as a dangling link and reported, never dropped.
"""

from __future__ import annotations

from collections import defaultdict

from graphmodel import Label, PlanGraph, Problem, Rel, Task, Workstream, task_key
from graphmodel.words import content_words, rarity, similarity

from ..collected import CellText
from ..text.titles import best_match, normalise
from ..text.references import Reference, find_references

__all__ = ["add_links", "MIN_CROSS_WORKSTREAM_SCORE"]

# Below this word overlap a "linked to work in X" names no task of X well
# enough to draw a link; it is reported instead.
MIN_CROSS_WORKSTREAM_SCORE = 0.05
_KINDS = {"number": "reference", "previous": "as above", "duplicate": "duplicate", "name": "by name"}
_CONFIDENCE = {"reference": 1.0, "dependency": 1.0, "duplicate": 1.0, "as above": 0.9, "by name": 0.8}


def add_links(graph: PlanGraph, texts: list[CellText], problems: list[Problem]) -> None:
    """Add LINKED_TO relationships for every reference in ``texts``, and
    duplicate links between tasks of one plan with identical text."""
    for cell in texts:
        task = graph.get(Label.TASK, cell.task)
        if not isinstance(task, Task):
            continue
        for ref in find_references(cell.text, bare=cell.field == "depends"):
            _link(graph, task, cell, ref, problems)
    _link_identical_texts(graph)


def _link(graph: PlanGraph, task: Task, cell: CellText, ref: Reference, problems: list[Problem]) -> None:
    # A number in a Dependencies column is a dependency, whatever the words.
    depends = ref.relation == "depends" or cell.field == "depends"
    kind = "dependency" if depends and ref.kind == "number" else _KINDS.get(ref.kind, ref.kind)
    if ref.kind == "workstream":
        _link_workstream(graph, task, cell, ref, problems)
        return
    target = _target(graph, task, cell, ref)
    if target is None:
        _dangling(task, cell, ref, problems)
        return
    if target.key == task.key:
        problems.append(Problem(cell.source.file, cell.source.sheet, cell.source.cell,
                                f"task {task.ref} cites itself ({ref.evidence!r}); no link drawn", "info",
                                "self-link"))
        return
    confidence = _CONFIDENCE[kind] * (0.5 if ref.hedged else 1.0)
    graph.relate(Rel.LINKED_TO, task, target, cell.source, kind=kind, evidence=ref.evidence,
                 confidence=confidence, inferred=False)


def _target(graph: PlanGraph, task: Task, cell: CellText, ref: Reference) -> Task | None:
    if ref.kind in ("number", "duplicate"):
        found = graph.get(Label.TASK, task_key(task.workstream, ref.target))
    elif ref.kind == "previous":
        found = graph.get(Label.TASK, cell.previous) if cell.previous else None
    else:
        found = _by_name(graph, task, ref)
    return found if isinstance(found, Task) else None


def _by_name(graph: PlanGraph, task: Task, ref: Reference) -> Task | None:
    """The one task of the workstream whose text holds every word of the name."""
    wanted = content_words(ref.target)
    candidates = [
        t for t in _tasks_of(graph, task.workstream)
        if t.key != task.key and wanted and wanted <= content_words(t.text)
        and (ref.strand is None or ref.strand.title() in t.strands)
    ]
    return candidates[0] if len(candidates) == 1 else None


def _link_workstream(graph: PlanGraph, task: Task, cell: CellText, ref: Reference, problems: list[Problem]) -> None:
    """'linked to work in USG area re diversionary activity': the best match there."""
    names = [w.name for w in graph.nodes(Label.WORKSTREAM) if isinstance(w, Workstream) and w.key != task.workstream]
    match = best_match(ref.target, names)
    # The citing row says what the work is about (its How cell names the
    # programme: "Gangsline", "Pan Essex Strategic Governance"); a candidate's
    # task text says what it is. Rare words count for more than common ones.
    about = " ".join(filter(None, (ref.topic, task.text, task.how)))
    scored = []
    if match is not None:
        weights = rarity(f"{t.text} {t.how}" for t in graph.nodes(Label.TASK) if isinstance(t, Task))
        scored = sorted(((similarity(about, t.text, weights), t) for t in _tasks_of(graph, match.name)),
                        key=lambda pair: -pair[0][0])
    if not scored or scored[0][0][0] < MIN_CROSS_WORKSTREAM_SCORE:
        where = f"workstream {match.name!r}" if match else f"no workstream matches {ref.target!r}"
        problems.append(Problem(cell.source.file, cell.source.sheet, cell.source.cell,
                                f"{ref.evidence!r} names other work, but {where} has no task that matches "
                                "it well; no link drawn", "info", "cross-workstream-unmatched"))
        return
    (score, shared), target = scored[0]
    graph.relate(Rel.LINKED_TO, task, target, cell.source, kind="cross-workstream", evidence=ref.evidence,
                 confidence=round(min(0.5, score) * (0.5 if ref.hedged else 1.0), 3), inferred=True,
                 matched_words=", ".join(shared))


def _dangling(task: Task, cell: CellText, ref: Reference, problems: list[Problem]) -> None:
    what = f"task {ref.target}" if ref.kind in ("number", "duplicate") else (ref.target or "the row above")
    note = f"{what}: {ref.evidence!r} ({cell.source.sheet} {cell.source.cell})"
    if note not in task.dangling_links:
        task.dangling_links.append(note)
    problems.append(Problem(cell.source.file, cell.source.sheet, cell.source.cell,
                            f"task {task.ref} cites {what} ({ref.evidence!r}), which is not in workstream "
                            f"{task.workstream!r}", "warning", "dangling-link"))


def _tasks_of(graph: PlanGraph, workstream: str) -> list[Task]:
    return [t for t in graph.nodes(Label.TASK) if isinstance(t, Task) and t.workstream == workstream]


def _link_identical_texts(graph: PlanGraph) -> None:
    """Tasks of one plan with the same text: the later is a duplicate of the first."""
    by_text: dict[tuple[str, str], list[Task]] = defaultdict(list)
    for task in graph.nodes(Label.TASK):
        assert isinstance(task, Task)
        by_text[(task.plan, normalise(task.text))].append(task)
    for same in by_text.values():
        first, *later = same
        for task in later:
            graph.relate(Rel.LINKED_TO, task, first, task.source, kind="duplicate",
                         evidence=f"same text as task {first.ref} ({first.source.sheet} {first.source.cell})",
                         confidence=1.0, inferred=False)

"""Task-to-task links, read from what planners wrote in a task's row.

Once every workbook is read the load knows every task's ref and
workstream, so refs are resolved against the refs that exist
(:class:`~loaders.text.references.RefIndex`): "PT6", "PT 6" and "PT-6" are
one ref; a ref names the task of the citing task's own workstream first,
then the one task of the load with that ref; "Gangs action 5" names a task
of another workstream by the workstream's name.

Three readers feed it:

* the lead phrases of :func:`~loaders.text.references.find_references`
  ("Linked to Actions (1) (2) (8)", "As above", "duplicate of task no.11",
  'linked to "Crimestoppers" action', "linked to work in USG area");
* the grammar of :func:`~loaders.text.references.read_mentions`, which
  judges every ref a cell names by its words ("Relies on the route from
  E3.6", "PT-4 waits on this", "Room E1.12" is no ref). A ref it finds that
  the lead phrases already read is not read twice;
* a project tool's Predecessors column (row IDs with link types and lags,
  "14FS+5 days;12"), resolved through the export's row IDs.

Every link keeps its evidence (the exact words read), the cell, and a
confidence:

==================  =================================================  ==========
kind                read from                                          confidence
==================  =================================================  ==========
reference           "Linked to Actions (1) (2) (8)", "see 3.2"         1.0
dependency          "Depends on 1.3", "Relies on the route from E3.6", 1.0
                    a Dependencies column
pointer             a pointing word or the word action/task, and no    0.9
                    link or dependency word: "kept under E2.7",
                    "Action (1) will be fundamental to this area"
in notes            a ref alone in a Notes cell                        0.8
predecessor         a Predecessors column: "14FS+5 days" (with         1.0
                    ``link_type`` and ``lag``)
duplicate           "This is a duplicate of task no.11"; identical     1.0
                    task text in one plan
as above            "As above": the task on the row before             0.9
by name             'linked to "Crimestoppers" action in Prevent'      0.8
cross-workstream    "This MAY be linked to work in USG area re         word overlap,
                    diversionary activity": the best matching task     at most 0.5
                    of that workstream (``inferred`` is True)
==================  =================================================  ==========

A link runs from the task that depends to the task it depends on. Words
that point the other way ("The route built here will be used by E3.7",
"PT-4 waits on this") turn it round, and the link keeps ``reversed=True``.
A link written on both tasks is one link; the second cell's words are kept
as ``also_written``. A hedged phrase ("may be linked", "(as above)"
mid-sentence) halves the confidence. A reference to a task that does not
exist is kept on the citing task as a dangling link and reported, never
dropped; a task citing itself is noted. A real ref named without a link
("Shares a budget line with E2.6") and a real ref's shape that is something
else ("Room E1.12") are noted too, with the reason.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import Iterable, Mapping

from graphmodel import Label, PlanGraph, Problem, Rel, Task, Workstream
from loaders.text.words import content_words, rarity, similarity

from ..collected import CellText, Collected
from ..text.references import (BARE_FIELDS, POINTED_FIELDS, Mention, RefIndex, Reference, find_references,
                               read_mentions, read_predecessors, ref_form)
from ..text.titles import best_match, normalise

__all__ = ["add_links", "ref_index", "MIN_CROSS_WORKSTREAM_SCORE"]

# Below this word overlap a "linked to work in X" names no task of X well
# enough to draw a link; it is reported instead.
MIN_CROSS_WORKSTREAM_SCORE = 0.05
_KINDS = {"number": "reference", "previous": "as above", "duplicate": "duplicate", "name": "by name"}
_CONFIDENCE = {"reference": 1.0, "dependency": 1.0, "duplicate": 1.0, "as above": 0.9, "by name": 0.8}
# Cells the lead phrases are not read in: row IDs, and lists of names.
_NO_PHRASES = {"predecessors", "partners", "support"}


def add_links(graph: PlanGraph, collected: Collected, problems: list[Problem], *,
              aliases: Mapping[str, Iterable[str]] | None = None) -> None:
    """Add LINKED_TO relationships for every reference in ``collected.texts``
    (Predecessors resolved through ``collected.row_ids``), and duplicate
    links between tasks of one plan with identical text. ``aliases`` gives
    other names of workstreams ("NTE"), for "NTE action 3"."""
    index = ref_index(graph, aliases)
    tasks = _Tasks(graph)
    # The same words in the same column of one workstream cite the same refs:
    # read once ("Ongoing", "As above", an owner's name, row after row).
    readings: dict[tuple, list[Mention]] = {}
    for cell in collected.texts:
        task = graph.get(Label.TASK, cell.task)
        if not isinstance(task, Task):
            continue
        if cell.field == "predecessors":
            _link_predecessors(graph, task, cell, collected.row_ids, problems)
            continue
        mentions = []
        if cell.field in BARE_FIELDS | POINTED_FIELDS:
            key = (type(cell.text), cell.text, cell.field, task.workstream)
            if key not in readings:
                readings[key] = read_mentions(cell.text, cell.field, index, task.workstream)
            mentions = readings[key]
        read = _link_phrases(graph, index, tasks, task, cell, mentions, problems)
        for mention in mentions:
            if not any(a <= mention.start < b for a, b in read):
                _link_mention(graph, task, cell, mention, problems, index)
    _link_identical_texts(graph)


def ref_index(graph: PlanGraph, aliases: Mapping[str, Iterable[str]] | None = None) -> RefIndex:
    """Every task's ref and workstream, to resolve what cells cite."""
    tasks = [(t.key, t.ref, t.workstream) for t in graph.nodes(Label.TASK) if isinstance(t, Task)]
    return RefIndex(tasks, aliases)


class _Tasks:
    """The load's tasks by workstream, and how telling each word of their text
    is: read once per load, not once per reference that needs them (links
    add no tasks)."""

    def __init__(self, graph: PlanGraph) -> None:
        self.graph = graph
        self.by_workstream: dict[str, list[Task]] = defaultdict(list)
        for t in graph.nodes(Label.TASK):
            if isinstance(t, Task):
                self.by_workstream[t.workstream].append(t)

    def of(self, workstream: str) -> list[Task]:
        return self.by_workstream.get(workstream, [])

    @cached_property
    def weights(self) -> dict[str, float]:
        return rarity(f"{t.text} {t.how}" for t in self.graph.nodes(Label.TASK) if isinstance(t, Task))

    @cached_property
    def workstream_names(self) -> list[tuple[str, str]]:
        return [(w.key, w.name) for w in self.graph.nodes(Label.WORKSTREAM) if isinstance(w, Workstream)]


# --- the lead phrases ----------------------------------------------------------


def _link_phrases(graph: PlanGraph, index: RefIndex, tasks: _Tasks, task: Task, cell: CellText,
                  mentions: list[Mention], problems: list[Problem]) -> list[tuple[int, int]]:
    """Links from the lead phrases; returns the spans of text they read."""
    if cell.field in _NO_PHRASES:
        return []
    spans = []
    for ref in find_references(cell.text, bare=cell.field == "depends"):
        if not _overruled(ref, mentions):
            _link(graph, index, tasks, task, cell, ref, mentions, problems)
            spans.append((ref.start, ref.start + len(ref.evidence)))
    return spans


# What the grammar knows that a lead phrase does not: "Not linked to 2.3",
# "linked to task 12 in the 2024 plan".
_OVERRULING = {"negated", "another plan", "code", "quantity"}


def _overruled(ref: Reference, mentions: list[Mention]) -> bool:
    """Whether the grammar read the ref a lead phrase cites as no link."""
    end, form = ref.start + len(ref.evidence), ref_form(ref.target)
    return any(m.because in _OVERRULING and ref.start <= m.start < end and ref_form(m.ref) == form
               for m in mentions)


def _link(graph: PlanGraph, index: RefIndex, tasks: _Tasks, task: Task, cell: CellText, ref: Reference,
          mentions: list[Mention], problems: list[Problem]) -> None:
    # A number in a Dependencies column is a dependency, whatever the words.
    depends = ref.relation == "depends" or cell.field == "depends"
    kind = "dependency" if depends and ref.kind == "number" else _KINDS.get(ref.kind, ref.kind)
    if ref.kind == "workstream":
        _link_workstream(graph, tasks, task, cell, ref, problems)
        return
    target = _target(graph, index, tasks, task, cell, ref, mentions)
    if target is None:
        _dangling(task, cell, ref.target if ref.kind in ("number", "duplicate") else None,
                  ref.target or "the row above", ref.evidence, problems)
        return
    if target.key == task.key:
        _self_link(task, cell, ref.evidence, problems)
        return
    confidence = _CONFIDENCE[kind] * (0.5 if ref.hedged else 1.0)
    graph.relate(Rel.LINKED_TO, task, target, cell.source, kind=kind, evidence=ref.evidence,
                 confidence=confidence, inferred=False)


def _target(graph: PlanGraph, index: RefIndex, tasks: _Tasks, task: Task, cell: CellText, ref: Reference,
            mentions: list[Mention]) -> Task | None:
    if ref.kind in ("number", "duplicate"):
        found = graph.get(Label.TASK, _resolve(index, task, ref, mentions) or "")
    elif ref.kind == "previous":
        found = graph.get(Label.TASK, cell.previous) if cell.previous else None
    else:
        found = _by_name(tasks, task, ref)
    return found if isinstance(found, Task) else None


def _resolve(index: RefIndex, task: Task, ref: Reference, mentions: list[Mention]) -> str | None:
    """The key of the task a numbered reference names; where the grammar saw
    a workstream named for the same ref ("Linked to Gangs action 5"), there."""
    form = ref_form(ref.target)
    end = ref.start + len(ref.evidence)
    for m in mentions:
        if m.workstream and ref.start <= m.start < end and ref_form(m.ref) == form:
            return m.task
    return index.resolve(form, task.workstream) if form else None


def _by_name(tasks: _Tasks, task: Task, ref: Reference) -> Task | None:
    """The one task of the workstream whose text holds every word of the name."""
    wanted = content_words(ref.target)
    candidates = [
        t for t in tasks.of(task.workstream)
        if t.key != task.key and wanted and wanted <= content_words(t.text)
        and (ref.strand is None or ref.strand.title() in t.strands)
    ]
    return candidates[0] if len(candidates) == 1 else None


def _link_workstream(graph: PlanGraph, tasks: _Tasks, task: Task, cell: CellText, ref: Reference,
                     problems: list[Problem]) -> None:
    """'linked to work in USG area re diversionary activity': the best match there."""
    names = [name for key, name in tasks.workstream_names if key != task.workstream]
    match = best_match(ref.target, names)
    # The citing row says what the work is about (its How cell names the
    # programme: "Gangsline", "Pan Essex Strategic Governance"); a candidate's
    # task text says what it is. Rare words count for more than common ones.
    about = " ".join(filter(None, (ref.topic, task.text, task.how)))
    scored = []
    if match is not None:
        scored = sorted(((similarity(about, t.text, tasks.weights), t) for t in tasks.of(match.name)),
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


# --- the grammar ----------------------------------------------------------------


def _link_mention(graph: PlanGraph, task: Task, cell: CellText, mention: Mention, problems: list[Problem],
                  index: RefIndex) -> None:
    if mention.verdict != "link":
        _note_non_link(task, cell, mention, problems)
        return
    target = graph.get(Label.TASK, mention.task or "")
    if not isinstance(target, Task):
        form = ref_form(mention.ref)
        could_be = index.candidates(form, task.workstream, named=mention.workstream) if form else []
        if len(could_be) > 1:
            _ambiguous(task, cell, mention, could_be, problems)
        else:
            _dangling(task, cell, mention.ref, mention.ref, mention.evidence, problems)
        return
    if target.key == task.key:
        _self_link(task, cell, mention.evidence, problems)
        return
    tier = 1.0 if mention.explicit else 0.9 if mention.words else 0.8
    start, end = (target, task) if mention.reversed else (task, target)
    held = graph.relate(Rel.LINKED_TO, start, end, cell.source, kind=mention.kind, evidence=mention.evidence,
                        confidence=tier * (0.5 if mention.hedged else 1.0), inferred=False,
                        reversed=mention.reversed, words=mention.words)
    if held.source != cell.source and held.props.get("evidence") != mention.evidence:
        also = f"{cell.source.sheet} {cell.source.cell}: {mention.evidence!r}"
        held.props["also_written"] = "; ".join(filter(None, (held.props.get("also_written"), also)))


def _note_non_link(task: Task, cell: CellText, mention: Mention, problems: list[Problem]) -> None:
    """A real ref named without a link, or a real ref's shape that is
    something else: noted with the reason, never dropped silently."""
    if mention.task is None:
        return
    code = "mention-not-link" if mention.verdict == "mention" else "not-a-reference"
    what = "names" if mention.verdict == "mention" else "has a ref's shape in"
    problems.append(Problem(cell.source.file, cell.source.sheet, cell.source.cell,
                            f"task {task.ref} {what} {mention.ref!r} ({mention.evidence!r}) but no link is drawn: "
                            f"{mention.reason}", "info", code))


# --- predecessors ----------------------------------------------------------------


def _link_predecessors(graph: PlanGraph, task: Task, cell: CellText, row_ids: Mapping[tuple[str, str], str],
                       problems: list[Problem]) -> None:
    """'14FS+5 days;12': each entry a row ID of the export, with its type and lag."""
    for entry in read_predecessors(cell.text):
        if entry.row_id is None:
            problems.append(Problem(cell.source.file, cell.source.sheet, cell.source.cell,
                                    f"task {task.ref}: predecessor {entry.entry!r} is not a row ID; no link drawn",
                                    "warning", "unreadable-predecessor"))
            continue
        target = graph.get(Label.TASK, row_ids.get((cell.source.file, entry.row_id), ""))
        if not isinstance(target, Task):
            _dangling(task, cell, None, f"row ID {entry.row_id}", cell.text, problems)
            continue
        if target.key == task.key:
            _self_link(task, cell, cell.text, problems)
            continue
        graph.relate(Rel.LINKED_TO, task, target, cell.source, kind="predecessor",
                     evidence=f"Predecessors {cell.text!r}", confidence=1.0, inferred=False,
                     entry=entry.entry, link_type=entry.link_type, lag=entry.lag or "")


# --- reporting -----------------------------------------------------------------------


def _dangling(task: Task, cell: CellText, number: str | None, what: str, evidence: str,
              problems: list[Problem]) -> None:
    what = f"task {number}" if number is not None else what
    note = f"{what}: {evidence!r} ({cell.source.sheet} {cell.source.cell})"
    if note not in task.dangling_links:
        task.dangling_links.append(note)
    problems.append(Problem(cell.source.file, cell.source.sheet, cell.source.cell,
                            f"task {task.ref} cites {what} ({evidence!r}), which is not in workstream "
                            f"{task.workstream!r} nor anywhere else in the plans loaded", "warning", "dangling-link"))


def _ambiguous(task: Task, cell: CellText, mention: Mention, could_be: list[str], problems: list[Problem]) -> None:
    """A ref several tasks answer to: asked, not guessed."""
    problems.append(Problem(cell.source.file, cell.source.sheet, cell.source.cell,
                            f"task {task.ref} cites {mention.ref!r} ({mention.evidence!r}), which could be any of "
                            f"{', '.join(could_be)}; no link drawn (to choose, add to plangraph.toml: [links] "
                            f'accept = [["{task.key}", "{could_be[0]}"]])', "warning", "ambiguous-link"))


def _self_link(task: Task, cell: CellText, evidence: str, problems: list[Problem]) -> None:
    problems.append(Problem(cell.source.file, cell.source.sheet, cell.source.cell,
                            f"task {task.ref} cites itself ({evidence!r}); no link drawn", "info", "self-link"))


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

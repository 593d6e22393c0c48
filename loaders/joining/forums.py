"""Forums and partners: those the strategy lists for each area, and those
named in task text, as one node each however they are written.

The gazetteer (``loaders/data/gazetteer.csv``) knows each forum and partner
by name, acronym and aliases, so "SET DA Board" in a task and "Southend
Essex Thurrock Domestic Abuse Board" in the strategy are one forum.
"""

from __future__ import annotations

from graphmodel import Forum, Label, Node, Partner, PlanGraph, Problem, Rel, Source, Task

from ..collected import CellText
from ..text.forum_names import canonical_forum, looks_like_forum, split_forum_cell
from ..text.gazetteer import Entry, Gazetteer

__all__ = ["add_register_forums", "add_mentions", "MENTION_FIELDS"]

# Cells where a task names the forums and partners it works through.
MENTION_FIELDS = ("task", "how")


def _node(graph: PlanGraph, entry: Entry | None, written: str, source: Source) -> Node:
    """The Forum or Partner node of a gazetteer entry (or of an unknown forum)."""
    if entry is None:
        node: Node = graph.add(Forum(key=written, name=written, source=source))
    else:
        cls = Partner if entry.kind == "partner" else Forum
        node = graph.add(cls(key=entry.name, name=entry.name, acronym=entry.acronym,
                             aliases=list(entry.aliases), source=source))
    if written != node.name and written not in node.aliases:  # type: ignore[attr-defined]
        node.aliases.append(written)  # type: ignore[attr-defined]
    return node


def add_register_forums(graph: PlanGraph, area: Node, cell_text: str, source: Source,
                        problems: list[Problem]) -> None:
    """WORKS_THROUGH from an area to each forum a register cell names
    ("Essex Faith Leaders/Community Forums" names two)."""
    gazetteer = Gazetteer.bundled()
    parts = split_forum_cell(cell_text, gazetteer=gazetteer)
    for part in parts:
        entry, evidence = canonical_forum(part, gazetteer)
        if entry is None and not looks_like_forum(part):
            problems.append(Problem(source.file, source.sheet, source.cell,
                                    f"forum {part!r} is not in the gazetteer; kept as written", "info",
                                    "unknown-forum"))
        node = _node(graph, entry, part, source)
        graph.relate(Rel.WORKS_THROUGH, area, node, source, written_as=part,
                     split_from=cell_text if len(parts) > 1 else "")


def add_mentions(graph: PlanGraph, texts: list[CellText], gazetteer: Gazetteer | None = None) -> None:
    """MENTIONS from a task to each forum or partner its Task or How cell names,
    by ``gazetteer`` (the bundled one, with the load's own lists)."""
    gazetteer = gazetteer or Gazetteer.bundled()
    for cell in texts:
        task = graph.get(Label.TASK, cell.task)
        if cell.field not in MENTION_FIELDS or not isinstance(task, Task):
            continue
        for mention in gazetteer.find_mentions(cell.text):
            node = _node(graph, mention.entry, mention.evidence, cell.source)
            graph.relate(Rel.MENTIONS, task, node, cell.source, evidence=mention.evidence, field=cell.field)

"""Forums and partners of each area, from registers, title blocks, notes and
Partners cells, as one node each however they are written.

A forum is named by a forums register (with the priorities it covers, its
chair, how often it meets and its members), by a title block ("Reports to:
..."), by a priority's notes ("Overseen by: ...") or by a Board column. Each
becomes an area's WORKS_THROUGH a Forum; a forum's members are partners of
the areas it covers. A task's Partners cell ("Who else:", "Working with:")
names organisations: each is a Partner (or a Forum, where the plans know it
as one) that the task MENTIONS (field "partners") and its area WORKS_THROUGH.

Names are resolved through the bundled gazetteer plus what this load's
plans list themselves (a "Partners signed up to this plan" list, with its
short names; the forums of its registers). A cell is split where the known
names end and on ; , / and new lines; an unknown piece is kept as a partner
when it reads as an organisation's name (its words capitalised: "Southbay
Schools Alliance"), and not when it is ordinary words ("GP surgeries",
"local schools", "Police only").
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphmodel import Area, Forum, Label, Node, NodeId, Partner, PlanGraph, Problem, Rel, Source, Task, Workstream

from ..collected import Collected, Governance, PartnerText
from ..text.gazetteer import Entry, Gazetteer
from ..text.titles import best_match, normalise

__all__ = ["add_governance", "add_partners", "local_gazetteer", "organisations_in"]

_ALL = re.compile(r"^\s*(?:all|every|each)\b(?:\s+\w+)?\s*(?:priorities|priority|areas?|themes?|workstreams?)?\s*$"
                  r"|^\s*all\s*$", re.I)
_SMALL = {"and", "of", "the", "for", "in", "on", "at", "&", "de", "du", "la", "le", "upon", "on-sea"}


def local_gazetteer(collected: Collected) -> Gazetteer:
    """The bundled gazetteer plus the partners and forums this load's plans list."""
    bundled = Gazetteer.bundled()
    entries = list(bundled.entries())
    seen: set[str] = set()

    def add(name: str, kind: str, aliases: tuple[str, ...] = ()) -> None:
        names = [name, *aliases]
        if not name.strip() or any(bundled.lookup(n) or normalise(n) in seen for n in names):
            return
        try:
            entries.append(Entry(name, kind, None, tuple(a for a in aliases if normalise(a) != normalise(name)), ""))
        except ValueError:
            return
        seen.update(normalise(n) for n in names)

    for known in collected.known_partners:
        add(known.name, "partner", known.aliases)
    for g in collected.governance:
        add(g.forum, "forum")
        for member in g.members:
            add(member, "partner")
    try:
        return Gazetteer(entries)
    except ValueError:
        return bundled


def _node(graph: PlanGraph, gazetteer: Gazetteer, written: str, source: Source, default: type = Partner) -> Node:
    entry = gazetteer.lookup(written)
    if entry is None:
        node: Node = graph.add(default(key=written.strip(), name=written.strip(), source=source))
    else:
        cls = Partner if entry.kind == "partner" else Forum
        node = graph.add(cls(key=entry.name, name=entry.name, acronym=entry.acronym, aliases=list(entry.aliases),
                             source=source))
    if written.strip() != node.name and written.strip() not in node.aliases:  # type: ignore[attr-defined]
        node.aliases.append(written.strip())  # type: ignore[attr-defined]
    return node


def add_governance(graph: PlanGraph, collected: Collected, gazetteer: Gazetteer, problems: list[Problem]) -> None:
    """WORKS_THROUGH from each area to the forums (and their members) the plans name for it."""
    areas = [a for a in graph.nodes(Label.AREA) if isinstance(a, Area)]  # once: a Board column names one a row
    for g in collected.governance:
        forum = _node(graph, gazetteer, g.forum, g.source, default=Forum)
        if isinstance(forum, Forum):
            forum.chair = forum.chair or g.chair
            forum.frequency = forum.frequency or g.frequency
        for area in _areas_of(graph, g, areas, problems):
            graph.relate(Rel.WORKS_THROUGH, area, forum, g.source, written_as=g.forum, split_from="")
            for member in g.members:
                partner = _node(graph, gazetteer, member, g.source)
                graph.relate(Rel.WORKS_THROUGH, area, partner, g.source, written_as=member,
                             split_from=f"members of {forum.name}")  # type: ignore[attr-defined]


def _areas_of(graph: PlanGraph, g: Governance, areas: list[Area], problems: list[Problem]) -> list[Node]:
    found: list[Node] = []
    if g.target is not None:
        found += [a for a in [area_of(graph, g.target)] if a is not None]
    for written in g.covers:
        if _ALL.match(written):
            return areas
        match = best_match(written, {a.key: a for a in areas})
        if match is None:
            problems.append(Problem(g.source.file, g.source.sheet, g.source.cell,
                                    f"forum {g.forum!r} is said to cover {written!r}, which matches no area (or "
                                    "more than one); not linked", "info", "forum-area-unmatched"))
            continue
        area = graph.get(Label.AREA, match.name)
        if area is not None and area not in found:
            found.append(area)
    return found


def area_of(graph: PlanGraph, target: NodeId) -> Node | None:
    """The area of a task, a workstream, or an area named as written."""
    node = graph.get(*target)
    if isinstance(node, (Task, Workstream)) and node.area:
        return graph.get(Label.AREA, node.area)
    if isinstance(node, Area):
        return node
    if target[0] == Label.AREA:
        match = best_match(target[1], {a.key: a for a in graph.nodes(Label.AREA)})
        return graph.get(Label.AREA, match.name) if match else None
    return None


def add_partners(graph: PlanGraph, collected: Collected, gazetteer: Gazetteer) -> None:
    """Partners and forums named in Partners cells: the task MENTIONS them, its area WORKS_THROUGH them."""
    for written in collected.partners:
        task = graph.get(*written.target)
        area = area_of(graph, written.target)
        for name in organisations_in(written.text, gazetteer):
            node = _node(graph, gazetteer, name, written.source)
            if isinstance(task, Task):
                graph.relate(Rel.MENTIONS, task, node, written.source, evidence=name, field="partners")
            if area is not None:
                graph.relate(Rel.WORKS_THROUGH, area, node, written.source, written_as=name,
                             split_from=_via(task, written))


def _via(task: Node | None, written: PartnerText) -> str:
    return f"partners of task {task.ref}" if isinstance(task, Task) else written.text  # type: ignore[attr-defined]


def organisations_in(text: str, gazetteer: Gazetteer) -> list[str]:
    """The organisations a Partners cell names, as written, in order.

    The cell is split on ; , / and new lines; a piece is split again on
    "and" or "&" only where every part is an organisation in its own right
    ("Eastvale Borough Council and Meadowvale Homes", but not "Westmere &
    Downs NHS Trust"). A piece the gazetteer knows is that entry; a piece
    that reads as an organisation's name is kept whole, even where a known
    name sits inside it ("NHS" in "Westmere & Downs NHS Trust"); otherwise
    the known names inside it are taken ("GP surgeries and Eastvale
    Hospital Trust" names the Trust).

    >>> g = Gazetteer([Entry("Eastvale Fire and Rescue Service", "partner", None, (), "")])
    >>> organisations_in("Eastvale Fire and Rescue Service, GP surgeries and Southbay Schools Alliance", g)
    ['Eastvale Fire and Rescue Service', 'Southbay Schools Alliance']
    >>> organisations_in("Westmere BC; Westmere & Downs NHS Trust\\nYouth Justice Service", Gazetteer.bundled())
    ['Westmere BC', 'Westmere & Downs NHS Trust', 'Youth Justice Service']
    """
    if not isinstance(text, str):
        return []
    return list(_organisations(text, gazetteer))


@lru_cache(maxsize=4096)
def _organisations(text: str, gazetteer: Gazetteer) -> tuple[str, ...]:
    """:func:`organisations_in`, once per text and gazetteer (Partners cells repeat)."""
    names: list[str] = []
    for piece in re.split(r"\s*(?:[;,/\n]|\.\s)\s*", text):
        names += _names_in(re.sub(r"^\s*(?:and|the|with|also)\s+", "", piece).strip(" .:;-–"), gazetteer)
    return tuple(dict.fromkeys(names))


def _names_in(piece: str, gazetteer: Gazetteer) -> list[str]:
    if not piece:
        return []
    if gazetteer.lookup(piece):
        return [piece]
    parts = _and_parts(piece, gazetteer)
    if len(parts) > 1:
        return [name for part in parts for name in _names_in(part, gazetteer)]
    if _is_organisation(piece):
        return [piece]
    # Ordinary words and names mixed ("GP surgeries and Southbay Schools Alliance"):
    # the parts that are names, and the known names inside the rest.
    found = []
    for part in re.split(r"\s+(?:and|&)\s+", piece):
        if _is_organisation(part.strip()) and len(part.split()) >= 2:
            found.append(part.strip())
        else:
            found += [m.evidence for m in gazetteer.find_mentions(part)]
    return found


def _and_parts(piece: str, gazetteer: Gazetteer) -> list[str]:
    """A piece split on "and"/"&" where each side is a whole organisation;
    known names are kept whole ("Eastvale Fire and Rescue Service")."""
    known = gazetteer.find_mentions(piece)
    masked = piece
    for i, m in enumerate(reversed(known)):
        masked = masked[: m.start] + f"\x00{len(known) - 1 - i}\x00" + masked[m.start + len(m.evidence):]
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", masked)]
    restored = [re.sub(r"\x00(\d+)\x00", lambda g: known[int(g.group(1))].evidence, p) for p in parts]
    if len(parts) > 1 and all(_stands_alone(p, r, i == len(parts) - 1, gazetteer)
                              for i, (p, r) in enumerate(zip(parts, restored))):
        return restored
    return [piece]


# The last word of most organisations' names: "Borough Council", "Women's Aid".
_ORG_HEADS = {"council", "trust", "service", "services", "police", "homes", "housing", "network", "college",
              "university", "association", "partnership", "board", "group", "forum", "society", "support", "aid",
              "agency", "authority", "team", "unit", "hub", "centre", "center", "charity", "foundation", "alliance",
              "ltd", "limited", "union", "commission", "office", "department", "panel", "committee", "project",
              "watch", "angels", "cic", "academy", "school", "schools", "church", "mosque", "fund", "practice",
              "pharmacy", "hospital", "library", "libraries", "zone", "advice", "commissioner", "company"}


def _stands_alone(masked: str, part: str, last: bool, gazetteer: Gazetteer) -> bool:
    """Whether one side of an "and" is a whole organisation, not half of one's name:
    a known name, an acronym, or capitalised words ending in an organisation's
    head noun (the last side need only be capitalised words)."""
    if re.fullmatch(r"\x00\d+\x00", masked) or gazetteer.lookup(part):
        return True
    words = part.split()
    if len(words) == 1:
        return part.isupper() and len(part) > 1
    head_ok = last or words[-1].lower().strip("'’s") in _ORG_HEADS or words[-1].lower() in _ORG_HEADS
    return head_ok and _is_organisation(part)


@lru_cache(maxsize=4096)
def _is_organisation(name: str) -> bool:
    """Whether words read as an organisation's name: each word capitalised (small
    words aside), at least one that is not an acronym, and not a sentence."""
    words = name.split()
    if not words or len(words) > 8 or any(ch.isdigit() for ch in name):
        return False
    significant = [w for w in words if w.lower() not in _SMALL]
    if not significant or not all(w[0].isupper() or w[0] in "'(" for w in significant):
        return False
    if len(words) >= 2 or words[0].isupper():
        return len(name) >= 2
    return len(name) >= 5 and name.lower() not in _GENERIC


# Single words that name no one organisation.
_GENERIC = {"police", "council", "councils", "schools", "health", "partners", "others", "various", "none", "all",
            "community", "communities", "residents", "businesses", "public", "volunteers", "staff", "officers",
            "youth", "internal", "external", "agencies", "colleges", "universities", "charities", "tbc", "later"}

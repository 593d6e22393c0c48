"""Resolving the names in Who cells, leads and lists of people into owners.

One person is written many ways: "Ch/Supt Wilson", "C/Supt Ewen Wilson";
"Insp Gareth Penhallow", "Inspector Penhallow", "Insp. G. Penhallow", "GP";
"JF" in a Who cell where the same workbook's leads sheet names "DCI Jasmine
Frost". The steps:

1. split each cell into owners ("SK / LPSU" is two) and read each name
   (`loaders.text.owner_names`); read each entry of the load's lists of
   people (a staff sheet, key contacts, a resource sheet), which say who
   exists, their initials, role and organisation;
2. group the names of one person, most complete first (`grouping`): a list
   entry gives the owner its display name ("PS Fiona Tamsett"), initials
   are read from lists across the load or from the leads of the same
   workbook; two people sharing a surname stay apart when a given name,
   initial or rank disagrees;
3. a planner's plangraph.toml can say which spellings are, or are not, the
   same owner: ``[owners] same = [["JF", "DCI Jasmine Frost"]]``; every
   question left open is a problem ending with such a line (`asking`).

Every Owner keeps all its spellings with their cells, and the evidence of
each merge; a project tool's allocation ("[50%]") is kept on the OWNED_BY
relationship.

Examples
--------
>>> from graphmodel import Label, Source, Task
>>> graph, cell = PlanGraph(), Source("plan.xlsx", "Protect", "E9")
>>> task = graph.add(Task(key="Protect#5", source=cell, workstream="Protect", area=None, ref="PT-5",
...                       text="Shopwatch radios"))
>>> staff = [Person("PS Fiona Tamsett", Source("plan.xlsx", "Staff", "B6"), initials="FT"),
...          Person("Glen Tamsett", Source("plan.xlsx", "Staff", "B4"), initials="GT", role="Retail Crime Coordinator")]
>>> problems = []
>>> resolve_owners(graph, [OwnerMention("FT/GT", cell, (Label.TASK, "Protect#5"))], staff, problems, Overrides())
>>> sorted((o.name, o.role) for o in graph.nodes(Label.OWNER)), problems
([('Glen Tamsett', 'Retail Crime Coordinator'), ('PS Fiona Tamsett', '')], [])
"""

from __future__ import annotations

from graphmodel import Owner, PlanGraph, Problem, Rel
from graphmodel import Spelling as ModelSpelling

from ...collected import OwnerMention, Person
from ...overrides import Overrides
from ...text.owner_names import initials_of
from ...text.titles import normalise
from .grouping import Grouping
from .spellings import Group, listed, override_seeds, owner_key, written

__all__ = ["resolve_owners", "owner_key"]


def resolve_owners(graph: PlanGraph, mentions: list[OwnerMention], people: list[Person],
                   problems: list[Problem], overrides: Overrides) -> None:
    """Add Owner nodes and OWNED_BY / LEADS relationships for every mention.

    Parameters
    ----------
    graph : PlanGraph
        Holds the tasks, workstreams and areas the mentions point at.
    mentions : list of OwnerMention
        Who cells and leads, as written.
    people : list of Person
        Every list of people of the load; may be empty.
    problems : list of Problem
        Where questions left open are reported.
    overrides : Overrides
        The planner's ``[owners] same / different``.
    """
    spellings = [s for m in mentions for s in written(m)]
    entries = listed(people)
    entries += override_seeds(overrides, entries + spellings)
    grouping = Grouping(overrides, problems, report=False)
    grouping.place_all(entries)
    grouping.report = True
    grouping.place_all(spellings)
    keys: set[str] = set()
    order = {id(s): i for i, s in enumerate(spellings)}
    for group in grouping.groups:
        if group.mentioned:
            _add_owner(graph, group, keys, order)


def _add_owner(graph: PlanGraph, group: Group, keys: set[str], order: dict[int, int]) -> None:
    best = group.best
    key = _unique(owner_key(best) or normalise(group.display) or "owner", keys)
    # Spellings in the order the load read them, cell by cell.
    cells = sorted((s for s in group.spellings if s.mention), key=lambda s: order[id(s)])
    first = min(cells, key=lambda s: s.source)
    people = group.people
    owner = graph.add(Owner(key=key, name=group.display, kind=best.kind, source=first.source,
                            initials=_initials(group),
                            role=next((p.role for p in people if p.role), ""),
                            organisation=next((p.organisation for p in people if p.organisation), "")))
    held = set(owner.spellings)  # an owner named on hundreds of rows: no list scan per spelling
    for s in cells:
        spelling = ModelSpelling(s.name.raw, s.source)
        if spelling not in held:
            held.add(spelling)
            owner.spellings.append(spelling)
    evidence = group.evidence + [f"listed as {p.name!r} in {p.source}" for p in people]
    owner.evidence.extend(dict.fromkeys(e for e in evidence if e not in owner.evidence))
    for s in cells:
        assert s.mention is not None
        target = graph.get(*s.mention.target)
        if target is None:
            continue  # its task or workstream was set aside
        if s.mention.role:
            graph.relate(Rel.LEADS, owner, target, s.source, role=s.mention.role)
        else:
            shares = {"allocation": s.allocation} if s.allocation else {}
            graph.relate(Rel.OWNED_BY, target, owner, s.source, written_as=s.name.raw, joint=s.joint > 1,
                         **shares)


def _initials(group: Group) -> str | None:
    """Initials a list states first, then those the best name states or has."""
    listed_codes = [s.name.initials for s in group.spellings if s.listed and s.name.initials]
    best = group.best
    return next(iter(listed_codes), None) or best.initials or initials_of(best)


def _unique(key: str, keys: set[str]) -> str:
    """Two owners never share a key (two people with one name kept apart)."""
    found, n = key, 2
    while found in keys:
        found, n = f"{key} ({n})", n + 1
    keys.add(found)
    return found

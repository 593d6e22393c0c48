"""Resolving the names in Who cells, leads sheets and the register into owners.

One person is written many ways: "Ch/Supt Wilson", "C/Supt Ewen Wilson";
"DI Kirby", "Di Kirby", "DI Rob Kirby"; "JF" in a Who cell where the same
workbook's leads sheet names "DCI Jasmine Frost". The steps:

1. split each cell into owners ("SK / LPSU" is two) and read each name;
2. read initials from the leads of the same workbook, where exactly one
   lead has those initials;
3. group the names of one person, most complete names first, joining a
   name to a group only on strong evidence ("same") and never where any
   name of the group differs; weak evidence ("candidate") is reported, not
   merged;
4. a planner's plangraph.toml can say which spellings are, or are not, the
   same owner: ``[owners] same = [["JF", "DCI Jasmine Frost"]]``.

Every Owner keeps all its spellings with their cells, and the evidence of
each merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from graphmodel import Owner, PlanGraph, Problem, Rel

from ..collected import OwnerMention
from ..text.titles import normalise
from ..overrides import Overrides
from ..text.owner_names import NameMatch, OwnerName, compare_owners, initials_of, parse_owner, split_owners

__all__ = ["resolve_owners", "owner_key"]


@dataclass
class _Written:
    """One owner as written in one cell."""

    name: OwnerName
    mention: OwnerMention
    joint: int  # how many owners the cell names
    resolved_by: str = ""  # evidence, where initials were read from a leads sheet


@dataclass
class _Group:
    names: list[_Written] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    @property
    def best(self) -> OwnerName:
        """The most complete name: given and family name, then a rank."""
        return max((w.name for w in self.names), key=_completeness)


def _completeness(name: OwnerName) -> tuple:
    return (name.kind == "person", bool(name.given), bool(name.family), bool(name.rank), len(name.display))


def owner_key(name: OwnerName) -> str:
    """A person's given and family name, else their initials or surname with
    rank; a role or team's name; folded to plain lower-case words."""
    if name.kind == "person" and name.family:
        return normalise(" ".join(p for p in (name.given or name.rank, name.family) if p))
    return normalise(name.display or name.raw)


def resolve_owners(graph: PlanGraph, mentions: list[OwnerMention], problems: list[Problem],
                   overrides: Overrides) -> None:
    """Add Owner nodes and OWNED_BY / LEADS relationships for every mention."""
    written = [w for m in mentions for w in _read(m)]
    _read_initials(written, problems)
    groups = _group(written, problems, overrides)
    for group in groups:
        _add_owner(graph, group)


def _read(mention: OwnerMention) -> list[_Written]:
    pieces = split_owners(mention.text)
    return [_Written(parse_owner(p), mention, len(pieces)) for p in pieces]


def _is_initials(name: OwnerName) -> bool:
    return name.kind == "person" and bool(name.initials) and not name.family


def _read_initials(written: list[_Written], problems: list[Problem]) -> None:
    """Replace initials by the one lead of the same workbook who has them."""
    leads: dict[tuple[str, str], list[_Written]] = {}
    for w in written:
        if w.mention.role and initials_of(w.name):
            leads.setdefault((w.mention.source.file, initials_of(w.name)), []).append(w)
    reported = set()
    for w in written:
        if not _is_initials(w.name) or w.name.given:
            continue
        file = w.mention.source.file
        people = {owner_key(lead.name): lead for lead in leads.get((file, w.name.initials), [])}
        if len(people) == 1:
            lead = next(iter(people.values()))
            w.resolved_by = (f"{w.name.raw} read as {lead.name.display}, {lead.mention.role} "
                             f"in {lead.mention.source.sheet} {lead.mention.source.cell} of the same workbook")
            w.name = _with_initials(lead.name, w.name)
        elif (file, w.name.initials) not in reported:
            reported.add((file, w.name.initials))
            why = "no lead of this workbook has them" if not people else \
                f"{len(people)} leads have them: {', '.join(p.name.display for p in people.values())}"
            problems.append(Problem(file, w.mention.source.sheet, w.mention.source.cell,
                                    f"initials {w.name.initials!r} not resolved: {why}", "info",
                                    "unresolved-initials"))


def _with_initials(person: OwnerName, written: OwnerName) -> OwnerName:
    return replace(person, raw=written.raw, initials=written.initials)


def _group(written: list[_Written], problems: list[Problem], overrides: Overrides) -> list[_Group]:
    # Names written identically are one owner without asking; comparing only
    # distinct names keeps grouping fast on a force's hundreds of Who cells.
    by_name: dict[OwnerName, list[_Written]] = {}
    for w in written:
        by_name.setdefault(w.name, []).append(w)
    groups: list[_Group] = []
    reported: set[tuple[str, str]] = set()
    for name in sorted(by_name, key=_completeness, reverse=True):
        ws = by_name[name]
        verdicts = [(g, _verdict(name, g, overrides)) for g in groups]
        same = [(g, v) for g, v in verdicts if v.verdict == "same"]
        if len(same) == 1:
            group, verdict = same[0]
            if owner_key(name) != owner_key(group.best):
                group.evidence.append(f"{name.raw}: {verdict.reason}")
            _join(group, ws)
            continue
        group = _Group()
        _join(group, ws)
        groups.append(group)
        for other, verdict in verdicts:
            if verdict.verdict == "candidate" or (verdict.verdict == "same" and len(same) > 1):
                _report_candidate(ws[0], other, verdict, problems, reported)
    return groups


def _join(group: _Group, ws: list[_Written]) -> None:
    group.names.extend(ws)
    group.evidence.extend(e for e in dict.fromkeys(w.resolved_by for w in ws) if e and e not in group.evidence)


def _verdict(name: OwnerName, group: _Group, overrides: Overrides) -> NameMatch:
    """Same only if every name of the group agrees and none differs."""
    verdicts = [_compare(name, other, overrides) for other in dict.fromkeys(w.name for w in group.names)]
    if any(v.verdict == "different" for v in verdicts):
        return next(v for v in verdicts if v.verdict == "different")
    same = [v for v in verdicts if v.verdict == "same"]
    if same:
        return same[0]
    return verdicts[0]


def _compare(a: OwnerName, b: OwnerName, overrides: Overrides) -> NameMatch:
    pair = {normalise(a.raw), normalise(b.raw)}
    if any(pair <= {normalise(x) for x in names} for names in overrides.owners_same):
        return NameMatch("same", f"{overrides.source} says they are the same owner")
    if any(pair <= {normalise(x) for x in names} for names in overrides.owners_different):
        return NameMatch("different", f"{overrides.source} says they are different owners")
    if a.kind != b.kind and "person" in (a.kind, b.kind):
        return NameMatch("different", "a person and a role or team")
    if a.kind != "person":
        same = owner_key(a) == owner_key(b)
        return NameMatch("same" if same else "different", "same name" if same else "different names")
    return compare_owners(a, b)


def _report_candidate(w: _Written, group: _Group, verdict: NameMatch, problems: list[Problem],
                      reported: set[tuple[str, str]]) -> None:
    pair = (owner_key(w.name), owner_key(group.best))
    if pair in reported or pair[0] == pair[1]:
        return
    reported.add(pair)
    src = w.mention.source
    problems.append(Problem(src.file, src.sheet, src.cell,
                            f"{w.name.raw!r} may be the same owner as {group.best.display!r} ({verdict.reason}); "
                            "kept apart: confirm in plangraph.toml [owners] same", "info", "candidate-owner-merge"))


def _add_owner(graph: PlanGraph, group: _Group) -> None:
    best = group.best
    first = min(group.names, key=lambda w: w.mention.source)
    owner = graph.add(Owner(key=owner_key(best), name=best.display, kind=best.kind, source=first.mention.source,
                            initials=best.initials or initials_of(best)))
    for w in group.names:
        spelling = f"{w.name.raw} ({w.mention.source})"
        if spelling not in owner.spellings:
            owner.spellings.append(spelling)
    owner.evidence.extend(e for e in group.evidence if e not in owner.evidence)
    for w in group.names:
        target = graph.get(*w.mention.target)
        if target is None:
            continue  # its task or workstream was set aside
        if w.mention.role:
            graph.relate(Rel.LEADS, owner, target, w.mention.source, role=w.mention.role)
        else:
            graph.relate(Rel.OWNED_BY, target, owner, w.mention.source, written_as=w.name.raw,
                         joint=w.joint > 1)

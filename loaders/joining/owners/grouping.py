"""Sorting spellings into owners: merge on evidence, ask where it is weak.

Spellings are placed most complete first (a full name before an initial and
surname, before initials), into the groups made so far. A spelling joins a
group only if no name in the group differs from it, and:

1. the planner's plangraph.toml says they are the same; or
2. exactly one group is the "same" by `compare_owners`; where several are,
   the one whose rank agrees ("PS Harrow" beside "Sgt Lucy Harrow" and the
   civilian "Dan Harrow") or whose whole name matches, if only one does; or
3. the only evidence is a given name shortened ("G Tamsett", "Bea" /
   "Beatrice") and the group is the only owner in the load the spelling
   fits at all: nothing says otherwise;
4. for initials: exactly one owner whose initials a list or bracket of the
   same workbook states ("Insp Gareth Penhallow (GP)", a staff sheet's
   Initials column), else of any workbook of the load, else exactly one
   lead or listed person of the same workbook whose name has those
   initials.

Owners named in one cell are different owners ("FT/GT", "PS Harrow and D.
Harrow"). Everything else stays apart and is reported: a name that fits two
owners equally, a weak match, initials that fit nobody or several.

A name is weighed only against the owners it could be (:mod:`.candidates`),
not against every owner of the load; where plangraph.toml names spellings,
against every owner, since those lines can join any two.

Examples
--------
>>> from graphmodel import Label, Source
>>> from loaders.collected import OwnerMention
>>> from loaders.joining.owners.spellings import written
>>> def cell(text, row):
...     return written(OwnerMention(text, Source("plan.xlsx", "Plan", f"C{row}"), (Label.TASK, f"Plan#{row}")))
>>> grouping = Grouping(Overrides(), problems=[])
>>> grouping.place_all([*cell("Sgt Lucy Harrow", 2), *cell("Dan Harrow", 3), *cell("PS Harrow", 4),
...                     *cell("D. Harrow", 5), *cell("Mr Harrow", 6)])
>>> [sorted(s.name.raw for s in g.spellings) for g in grouping.groups]
[['PS Harrow', 'Sgt Lucy Harrow'], ['D. Harrow', 'Dan Harrow'], ['Mr Harrow']]
>>> [p.code for p in grouping.problems]
['ambiguous-owner']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from graphmodel import Problem

from ...overrides import Overrides
from ...text.owner_names import NameMatch, OwnerName, compare_owners, initials_of
from ...text.owner_names.cleaning import split_bracket, tidy
from ...text.owner_names.words import is_acronym
from ...text.titles import normalise
from . import asking
from .candidates import Candidates
from .spellings import Group, Spelling, completeness, is_initials, owner_key

__all__ = ["Grouping"]

# Evidence that names the owner outright, stronger than an agreeing rank.
_WHOLE = {"text", "title", "full-name", "stated-initials", "same-initials", "override"}
# Weak fits that show another owner shares the family name.
_FAMILY_RIVALS = {"ranks-differ", "family-only", "short-given"}


@dataclass
class Grouping:
    """The owners found so far, and the problems raised finding them."""

    overrides: Overrides
    problems: list[Problem]
    groups: list[Group] = field(default_factory=list)
    report: bool = True
    _asked: set = field(default_factory=set)
    _index: Candidates = field(default_factory=Candidates)
    _place_of: dict[int, int] = field(default_factory=dict)  # id(group) -> its place in groups

    def place_all(self, spellings: list[Spelling]) -> None:
        """Place spellings, identical readings together, most complete first."""
        batches: dict[tuple, list[Spelling]] = {}
        for s in spellings:
            # Initials are read per workbook: "SK" may be two people in two plans.
            batches.setdefault((s.name, s.source.file if is_initials(s.name) else ""), []).append(s)
        for batch in sorted(batches.values(), key=lambda b: completeness(b[0].name), reverse=True):
            if is_initials(batch[0].name):
                self._place_initials(batch)
            else:
                self._place(batch)

    # ----------------------------------------------------------- names

    def _place(self, batch: list[Spelling]) -> None:
        name = batch[0].name
        if self._place_code(batch):
            return
        cells = _cells(batch)
        verdicts = [(g, self._verdict(batch, g, cells)) for g in self._could_be(self._index.of(name))]
        fits = [(g, v) for g, v in verdicts if v.verdict != "different"]
        same = _strongest(name, [(g, v) for g, v in fits if v.verdict == "same"], fits)
        if len(same) == 1:
            group, verdict = same[0]
            note = f"{name.raw}: {verdict.reason}"
            if len(fits) > 1:
                note += f"; of {len(fits)} owners it fits, the only one named as surely"
            self._add(group, batch, note if verdict.basis != "text" and owner_key(name) != owner_key(group.best)
                      else "")
            return
        if not same and len(fits) == 1 and fits[0][1].basis == "short-given":
            group, verdict = fits[0]
            self._add(group, batch, f"{name.raw}: {verdict.reason}; the only owner in the load it fits")
            return
        self._new_group(batch)
        if len(same) > 1:
            self._ask(asking.ambiguous(batch[0], [g for g, _ in same]))
        for group, verdict in fits if not same else []:
            self._ask(asking.candidate(batch[0], group, verdict))

    def _place_code(self, batch: list[Spelling]) -> bool:
        """A code a list gives one owner ("LIC" for Licensing, "JHP" for a
        person with three initials) is that owner."""
        code = batch[0].name.display
        if " " in code or not is_acronym(code):
            return False
        cells = _cells(batch)
        found = [g for g in self._in_order(self._index.coded(code)) if g.cells.isdisjoint(cells)]
        if len(found) != 1:
            return False
        for s in batch:
            s.resolved_by = asking.resolved(s, found[0], code, "stated")
        self._add(found[0], batch)
        return True

    def _verdict(self, batch: list[Spelling], group: Group, cells: set[tuple]) -> NameMatch:
        """Same only if every name of the group agrees and none differs."""
        if not group.cells.isdisjoint(cells):
            return NameMatch("different", "named beside it in the same cell", "same-cell")
        name = batch[0].name
        verdicts = [self._compare(name, other) for other in group.names]
        for v in verdicts:
            if v.verdict == "different":
                return v
        same = [v for v in verdicts if v.verdict == "same"]
        if same:
            return max(same, key=lambda v: v.basis in _WHOLE)
        return next((v for v in verdicts if v.basis != "short-given"), verdicts[0])

    def _compare(self, a: OwnerName, b: OwnerName) -> NameMatch:
        told = self._told(a, b)
        if told is not None:
            return told
        if a.kind != b.kind and "person" in (a.kind, b.kind):
            return NameMatch("different", "a person and a role or team", "kinds")
        if a.kind != "person":
            same = owner_key(a) == owner_key(b)
            return NameMatch("same" if same else "different", "same name" if same else "different names",
                             "title" if same else "names")
        return compare_owners(a, b)

    def _told(self, a: OwnerName, b: OwnerName) -> NameMatch | None:
        """What plangraph.toml says of two spellings, if anything."""
        if not (self.overrides.owners_same or self.overrides.owners_different):
            return None
        ka, kb = _keys(a), _keys(b)
        source = self.overrides.source or "plangraph.toml"
        for names, verdict, words in ((self.overrides.owners_different, "different", "different owners"),
                                      (self.overrides.owners_same, "same", "the same owner")):
            for group in names:
                keys = {normalise(x) for x in group}
                # Both named in one entry of the list, by different spellings.
                if ka & keys and kb & keys and len(keys & (ka | kb)) > 1:
                    return NameMatch(verdict, f"{source} says they are {words}", "override")
        return None

    # -------------------------------------------------------- initials

    def _place_initials(self, batch: list[Spelling]) -> None:
        """Initials: told, stated on a list, or the one lead of the workbook."""
        first = batch[0]
        letters, file = first.name.initials or "", first.source.file
        cells = _cells(batch)
        # Only owners with these initials stated or in their names can be them.
        pool = self._could_be(self._index.coded(letters) | self._index.with_initials(letters))
        free = [g for g in pool if g.cells.isdisjoint(cells) and not self._told_apart(first.name, g)]
        told = [g for g in free if any(_says(self._told(first.name, n), "same") for n in g.names)]
        stated = [g for g in free if letters in g.codes]
        # A list in the same workbook speaks for it before lists elsewhere in the load.
        stated_here = [g for g in stated if (file, letters) in g.stated]
        local = [g for g in free if any(_local(s, file, letters) for s in g.anchors)]
        for found, why in ((told, "told"), (stated_here, "stated"), (stated, "stated"), (local, "local")):
            if len(found) == 1:
                for s in batch:
                    s.resolved_by = asking.resolved(s, found[0], letters, why)
                self._add(found[0], batch)
                return
            if len(found) > 1:
                self._unresolved(batch, found, ambiguous=True)
                return
        self._unresolved(batch, [g for g in free if initials_of(g.best) == letters], ambiguous=False)

    def _unresolved(self, batch: list[Spelling], fits: list[Group], ambiguous: bool) -> None:
        letters = batch[0].name.initials
        kept = next((g for g in self.groups if letters and g.only_initials == letters), None)
        if kept is None:
            self._new_group(batch)
        else:
            self._add(kept, batch)
        self._ask(asking.unresolved(batch[0], fits, ambiguous))

    # ---------------------------------------------------------- helpers

    def _told_apart(self, name: OwnerName, group: Group) -> bool:
        return any(_says(self._told(name, n), "different") for n in group.names)

    def _new_group(self, batch: list[Spelling]) -> None:
        group = Group()
        self._place_of[id(group)] = len(self.groups)
        self.groups.append(group)
        self._add(group, batch)

    def _add(self, group: Group, batch: list[Spelling], evidence: str = "") -> None:
        """Add spellings to an owner, and index the names and codes it gains."""
        known, codes = set(group.names), set(group.codes)
        group.add(batch, evidence)
        self._index.note(self._place_of[id(group)], [n for n in group.names if n not in known],
                         group.codes - codes)

    def _could_be(self, places: set[int]) -> list[Group]:
        """The owners a name could be, in the order found; every owner where
        plangraph.toml names spellings (its lines can join any two names)."""
        if self.overrides.owners_same or self.overrides.owners_different:
            return self.groups
        return self._in_order(places)

    def _in_order(self, places: set[int]) -> list[Group]:
        return [self.groups[i] for i in sorted(places)]

    def _ask(self, problem: Problem | None) -> None:
        """Report once per question, and not while reading lists of people."""
        if problem is None or not self.report:
            return
        if problem.message not in self._asked:
            self._asked.add(problem.message)
            self.problems.append(problem)


def _strongest(name: OwnerName, same: list[tuple[Group, NameMatch]],
               fits: list[tuple[Group, NameMatch]]) -> list[tuple[Group, NameMatch]]:
    """Of the groups a name is the same as, those named most surely.

    Where other owners share the family name (a weak fit: another rank, a
    shortened given name), a match on the family name alone settles nothing:
    "Sgt Shah" beside "DC Amira Shah" and "Rafiq Shah" could be either.
    """
    def strength(group: Group, verdict: NameMatch) -> int:
        if verdict.basis in _WHOLE:
            return 3
        if name.rank and any(n.rank == name.rank for n in group.names):
            return 2
        return 1

    if not same:
        return []
    top = max(strength(g, v) for g, v in same)
    rivals = [v for _, v in fits if v.verdict == "candidate" and v.basis in _FAMILY_RIVALS]
    if top == 1 and rivals:
        return [(g, v) for g, v in same] + [(g, v) for g, v in fits if v.verdict == "candidate"
                                           and v.basis in _FAMILY_RIVALS]
    return [(g, v) for g, v in same if strength(g, v) == top]


def _cells(batch: list[Spelling]) -> set[tuple]:
    """The cells a batch was written in: owners named in one cell differ."""
    return {s.cell for s in batch if s.cell}


def _says(match: NameMatch | None, verdict: str) -> bool:
    return match is not None and match.verdict == verdict


def _local(s: Spelling, file: str, letters: str) -> bool:
    """A lead or listed person of the same workbook whose name has these initials."""
    return (s.is_lead or s.listed) and s.source.file == file and initials_of(s.name) == letters


@lru_cache(maxsize=4096)
def _keys(name: OwnerName) -> frozenset[str]:
    """The spellings plangraph.toml may use for a name: as written, tidied,
    without its bracket."""
    return frozenset({normalise(name.raw), normalise(name.display), normalise(tidy(split_bracket(name.raw)[0]))} - {""})

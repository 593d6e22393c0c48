"""The spellings of owners a load gathers, and the groups they are sorted into.

A spelling is one name as written: a piece of a Who cell or a leads line (a
mention, which the owner gets a relationship for), or an entry of a list of
people (a staff sheet, key contacts, a resource sheet, a title block's
"Priority lead: X (GP)"), which only says who exists and how they are
written. A group is one owner: every spelling of one person, role or team.

Examples
--------
>>> from graphmodel import Source
>>> from loaders.collected import Person
>>> [s] = listed([Person("Insp Gareth Penhallow (GP)", Source("plan.xlsx", "About", "A12"),
...                      role="Priority lead")])
>>> s.name.initials, s.display, s.person.role
('GP', 'Insp Gareth Penhallow', 'Priority lead')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from graphmodel import Source

from ...collected import OwnerMention, Person
from ...overrides import Overrides
from ...text.owner_names import OwnerName, initials_of, parse_owner, split_allocated
from ...text.owner_names.cleaning import split_allocation, split_bracket, strip_prefixes, tidy
from ...text.titles import normalise

__all__ = ["Spelling", "Group", "written", "listed", "override_seeds", "completeness", "owner_key", "is_initials"]


@dataclass
class Spelling:
    """One name as written, in a cell (``mention``) or on a list (``person``)."""

    name: OwnerName
    source: Source
    mention: OwnerMention | None = None
    person: Person | None = None
    joint: int = 1  # how many owners the cell names
    allocation: str | None = None  # a project tool's share ("50%"), kept as evidence
    resolved_by: str = ""  # evidence, where initials were read from a list or lead
    display: str = ""  # the name as a list writes it, for listed spellings

    @property
    def listed(self) -> bool:
        return self.person is not None

    @property
    def is_lead(self) -> bool:
        return self.mention is not None and bool(self.mention.role)

    @property
    def cell(self) -> tuple:
        """The cell a mention was written in: owners named in one cell are different owners."""
        return (self.source, self.mention.text) if self.mention else ()


@dataclass
class Group:
    """One owner: its spellings and why they were taken as one."""

    spellings: list[Spelling] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    # Kept as spellings are added, since every placing asks for them.
    names: dict[OwnerName, None] = field(default_factory=dict)  # distinct readings, in order
    cells: set[tuple] = field(default_factory=set)  # the cells its mentions were written in
    anchors: list[Spelling] = field(default_factory=list)  # its leads and list entries
    # Initials or codes that lists or brackets state for this owner, and the
    # workbooks that state each: (file, code).
    codes: set[str] = field(default_factory=set)
    stated: set[tuple[str, str]] = field(default_factory=set)
    # The initials every spelling is, while every spelling is the same initials ("" once not).
    only_initials: str | None = None
    # The display name, until spellings are added: messages ask for it once per spelling.
    _display: str | None = field(default=None, repr=False, compare=False)

    @property
    def best(self) -> OwnerName:
        """The most complete name, a list's own on a tie."""
        listed = {s.name for s in self.anchors if s.listed}
        return max(self.names, key=lambda n: (completeness(n), n in listed))

    @property
    def display(self) -> str:
        """The name to show: as a list writes it when the list's is the most
        complete ("PS Fiona Tamsett"), else the tidied best reading."""
        if self._display is None:
            best = max(self.spellings, key=lambda s: (completeness(s.name)[:4], s.listed))
            self._display = best.display if best.listed and best.display else self.best.display
        return self._display

    @property
    def people(self) -> list[Person]:
        ranked = sorted((s for s in self.spellings if s.person), key=lambda s: completeness(s.name), reverse=True)
        return [s.person for s in ranked if s.person]

    @property
    def mentioned(self) -> bool:
        return any(s.mention for s in self.spellings)

    def add(self, spellings: list[Spelling], evidence: str = "") -> None:
        self._display = None
        self.spellings.extend(spellings)
        for s in spellings:
            self.names.setdefault(s.name)
            if s.cell:
                self.cells.add(s.cell)
            if s.is_lead or s.listed:
                self.anchors.append(s)
            if s.name.initials and (s.listed or s.name.family):
                self.codes.add(s.name.initials)
                self.stated.add((s.source.file, s.name.initials))
            letters = s.name.initials if is_initials(s.name) else ""
            self.only_initials = letters if self.only_initials in (None, letters) else ""
        for note in [evidence, *(s.resolved_by for s in spellings)]:
            if note and note not in self.evidence:
                self.evidence.append(note)


def is_initials(name: OwnerName) -> bool:
    """A person written as initials only ("JF")."""
    return name.kind == "person" and bool(name.initials) and not name.family


def completeness(name: OwnerName) -> tuple:
    """Sort key: a person, a full given name, an initial, a family name, a rank, length."""
    given = name.given or ""
    return (name.kind == "person", len(given) > 1, bool(given), bool(name.family), bool(name.rank),
            len(name.display))


def owner_key(name: OwnerName) -> str:
    """A person's given and family name, else their initials or surname with
    rank; a role or team's name; folded to plain lower-case words.

    >>> owner_key(parse_owner("C/Supt Ewen Wilson")), owner_key(parse_owner("DI Kirby"))
    ('ewen wilson', 'di kirby')
    """
    if name.kind == "person" and name.family:
        return normalise(" ".join(p for p in (name.given or name.rank, name.family) if p))
    return normalise(name.display or name.raw)


def written(mention: OwnerMention) -> list[Spelling]:
    """The owners one mention names, each with its allocation."""
    pieces = split_allocated(mention.text)
    return [Spelling(parse_owner(piece), mention.source, mention=mention, joint=len(pieces), allocation=share)
            for piece, share in pieces]


def listed(people: list[Person]) -> list[Spelling]:
    """The entries of lists of people, each read as one name.

    Entries written only as initials ("DH" on a resource sheet, where a tool
    made a resource of every spelling typed) name nobody new and are left
    out; placeholders too. Stated initials are kept when they fit the name.
    """
    found = []
    for person in people:
        name = parse_owner(split_allocation(person.name)[0])
        if name.kind == "none" or (name.kind == "person" and not name.family):
            continue
        code = _stated_code(name, person.initials)
        if code and not name.initials:
            name = replace(name, initials=code)
        found.append(Spelling(name, person.source, person=person, display=_as_listed(person.name, name)))
    return found


def override_seeds(overrides: Overrides, spellings: list[Spelling]) -> list[Spelling]:
    """Names a planner gave in plangraph.toml ``[owners] same`` that no cell
    or list writes: "PW" = "Supt Paul White" tells who PW is."""
    known = {normalise(s.name.raw) for s in spellings} | {normalise(s.name.display) for s in spellings}
    seeds = []
    for names in overrides.owners_same:
        for text in names:
            name = parse_owner(text)
            if normalise(text) in known or name.kind == "none" or (name.kind == "person" and not name.family):
                continue
            known.add(normalise(text))
            person = Person(text, Source(overrides.source or "plangraph.toml", "[owners]", "same"))
            seeds.append(Spelling(name, person.source, person=person, display=name.display))
    return seeds


def _stated_code(name: OwnerName, stated: str) -> str | None:
    """A list's initials for an entry, if they can be its initials.

    One letter is a tool's default, not initials; a person's initials end
    with the first letter of the family name.
    """
    letters = re.sub(r"[\s.]", "", stated or "")
    if not re.fullmatch(r"[A-Z]{2,5}", letters):
        return None
    if name.kind == "person" and name.family and letters[-1] != name.family.split()[-1][0].upper():
        return None
    if name.kind == "person" and initials_of(name) and letters[0] != initials_of(name)[0]:
        return None
    return letters


def _as_listed(text: str, name: OwnerName) -> str:
    """A person's name as the list writes it, without brackets or allocation:
    "Insp Gareth Penhallow (GP)" -> "Insp Gareth Penhallow"."""
    if name.kind != "person":
        return name.display
    body = tidy(split_bracket(tidy(strip_prefixes(split_allocation(text)[0])))[0])
    return body if body and not body.islower() else name.display

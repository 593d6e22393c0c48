"""Ref-shaped tokens in text, and the index of the refs a load holds.

A plan writes one ref several ways. "PT-6" is also "PT6", "PT 6" and
"pt-6"; "DA-4" is "DA-004"; "E1.4" is "e1.4". Each is reduced to one
*form*: the prefix in capitals, then each number without its leading zeros
("PT6", "DA4", "E1.4", "1.10"). "1.10" is never "1.1": the parts are
numbers, not a decimal.

:func:`find_ref_tokens` finds every token of a text shaped like a ref: a
number ("7", "2.3", "1.2.3", "3a"), or a prefix of one to four letters
joined to one ("PV-3", "E1.4", "BUSS2"). A prefix may be followed by a
space ("PU 2") only when it is written in capitals and is the prefix of a
known ref; otherwise "Phase 2" would read as a ref. Parts of longer tokens
are never tokens: not the "18" of "13-18yr", the "450" of "£450k", the "6"
of "6-weekly", the "1" of "1,000" or the "3" of "2.3".

:class:`RefIndex` holds the refs of every task of a load with their
workstreams. It resolves a form to exactly one task: first in the citing
task's own workstream, then, for a distinctive ref (one with a prefix or a
dot), anywhere in the load where it is unique. A bare number ("7") is not
distinctive: most plans number every workstream from 1, so a "7" found only
in another workstream is a coincidence, not a reference. It also finds a
workstream named before a ref ("Gangs action 5", "Knife crime 3") by the
words of its name, an alias, or the initials of its name ("NTE").

Examples
--------
>>> ref_form("PT-6"), ref_form("pt-6"), ref_form("DA-004"), ref_form("1.10")
('PT6', 'PT6', 'DA4', '1.10')
>>> [t.text for t in find_ref_tokens("Needs PT-4 live, then PU 2 and 3.1", {"PU"})]
['PT-4', 'PU 2', '3.1']
>>> index = RefIndex([("A#1.1", "1.1", "A"), ("B#1.1", "1.1", "B"), ("B#PV-3", "PV-3", "B")])
>>> index.resolve("1.1", "A"), index.resolve("PV3", "A"), index.resolve("1.1", None)
('A#1.1', 'B#PV-3', None)
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..titles import normalise

__all__ = ["RefToken", "ref_form", "find_ref_tokens", "RefIndex"]

# A ref as a plan writes it. The look-arounds keep parts of longer tokens
# out: money (£450k), shares (67%), ranges (13-18), "6-weekly", "1,000",
# the "3" of "2.3", ordinals (4th), codes glued to words.
_TOKEN = re.compile(
    r"""
    (?=[A-Za-z\d])                                 # a quick first test: a ref starts with a letter or digit
    (?<![\w£$€@&\\'’]) (?<!\d[.:/-]) (?<![A-Za-z][-–])
    (?:(?<!\d,)|(?!\d{3}(?!\d)))                    # not the "000" of "1,000"
    (?:(?P<prefix>[A-Za-z]{1,4}) (?P<sep>[-–‐]|\ (?=\d))?)?
    (?P<numbers>\d{1,3}(?:\.\d{1,3}){0,2})
    (?P<suffix>[a-c](?![a-z]))?                     # "3a"; not "3h" or "5d"
    (?![\w%£$€]|[.:/]\d|,\d{3}(?!\d)|-\w)
    """,
    re.X,
)

_DIGIT = re.compile(r"\d")
_FORM = re.compile(r"\s*([A-Za-z]{0,4})(\s*[-–‐]?\s*)(\d{1,3}(?:\.\d{1,3}){0,3})([a-h]?)\s*")


@dataclass(frozen=True)
class RefToken:
    """A ref-shaped token: ``text`` as written at ``start``, its ``form``."""

    text: str
    start: int
    form: str
    prefix: str  # in capitals; "" for a plain number
    parts: int  # how many numbers: 1 for "7" and "PV-3", 2 for "E1.4"

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def plain(self) -> bool:
        """A bare whole number ("7"): the weakest sign of a ref."""
        return not self.prefix and self.parts == 1


def ref_form(ref: object) -> str | None:
    """The one form of every way of writing a ref, or None for text that is
    not a ref ("row 3", "", None).

    >>> ref_form("E01.04"), ref_form(" pv-3a "), ref_form("row 3")
    ('E1.4', 'PV3a', None)
    """
    if not isinstance(ref, str):
        return None
    m = _FORM.fullmatch(ref)
    if not m:
        return None
    prefix, gap, numbers, suffix = m.groups()
    if gap.strip() == "" and gap and not prefix.isupper():
        return None  # "row 3": a word and a number, not a ref
    return prefix.upper() + ".".join(str(int(n)) for n in numbers.split(".")) + suffix.lower()


def find_ref_tokens(text: object, prefixes: Iterable[str] = ()) -> list[RefToken]:
    """Every ref-shaped token of ``text``, in order. ``prefixes`` are the
    known prefixes that may stand apart from their number ("PU 2"). Never
    raises.

    >>> [t.form for t in find_ref_tokens("£450k for 13-18yr olds, 67%, 1,000 people, 6-weekly, 4th, 24/7")]
    []
    >>> [t.form for t in find_ref_tokens("Room E1.12, beats SB-04 and (7); Phase 2")]
    ['E1.12', 'SB4', '7', '2']
    """
    if not isinstance(text, str) or not _DIGIT.search(text):
        return []  # every ref has a number: most task texts have none
    known = {p.upper() for p in prefixes}
    tokens = []
    for m in _TOKEN.finditer(text):
        prefix, start = m.group("prefix") or "", m.start()
        if prefix and m.group("sep") == " " and not (prefix.isupper() and prefix in known):
            # "Phase 2", "to 2": a word, then a number that stands alone.
            prefix, start = "", m.start("numbers")
        numbers = m.group("numbers")
        suffix = m.group("suffix") or ""
        form = prefix.upper() + ".".join(str(int(n)) for n in numbers.split(".")) + suffix
        tokens.append(RefToken(text[start : m.end()], start, form, prefix.upper(), numbers.count(".") + 1))
    return tokens


@dataclass(frozen=True)
class _Entry:
    key: str
    workstream: str


class RefIndex:
    """The refs of a load's tasks, to resolve what a cell cites.

    ``tasks`` are (task key, ref as written, workstream); ``aliases`` other
    names of workstreams (a priority's short names). Refs that are not refs
    ("row 3", for a table without numbers) are left out.
    """

    def __init__(self, tasks: Iterable[tuple[str, str, str]], aliases: Mapping[str, Iterable[str]] | None = None):
        self._by_form: dict[str, list[_Entry]] = defaultdict(list)
        self._shapes: set[tuple[bool, int]] = set()
        self.prefixes: frozenset[str] = frozenset()
        prefixes = set()
        workstreams = set()
        for key, ref, workstream in tasks:
            workstreams.add(workstream)
            form = ref_form(ref)
            if form is None:
                continue
            self._by_form[form].append(_Entry(key, workstream))
            prefix = re.match(r"[A-Z]*", form).group()  # type: ignore[union-attr]
            self._shapes.add((bool(prefix), form.count(".") + 1))
            prefixes.add(prefix)
        self.prefixes = frozenset(p for p in prefixes if p)
        self._names = _name_words(workstreams, aliases or {})
        # What mentions.read_mentions read of each (text, column) against these
        # refs, before resolving: the same words are read once per load.
        self.readings: dict[tuple[str, str], list] = {}

    def __contains__(self, form: object) -> bool:
        return form in self._by_form

    def resolve(self, form: str, workstream: str | None, *, named: str | None = None) -> str | None:
        """The key of the one task ``form`` names, seen from ``workstream``;
        only in ``named`` when the text names a workstream. None when no task
        or several match."""
        entries = self._by_form.get(form, [])
        if named is not None:
            return _only(e for e in entries if e.workstream == named)
        own = _only(e for e in entries if e.workstream == workstream)
        if own is not None or not _distinctive(form):
            return own
        return _only(entries)

    def candidates(self, form: str, workstream: str | None, *, named: str | None = None) -> list[str]:
        """Every task ``form`` could name when :meth:`resolve` finds no one:
        several in the workstream named or in the citing one, or, for a
        distinctive ref, several anywhere. Empty when none."""
        entries = self._by_form.get(form, [])
        scope = named or workstream
        here = [e.key for e in entries if e.workstream == scope]
        if here or named is not None or not _distinctive(form):
            return here
        return [e.key for e in entries]

    def knows_shape(self, token: RefToken) -> bool:
        """Whether some ref of the load is written like ``token``: with or
        without a prefix, with as many numbers. A token with a prefix no ref
        has ("SB-04" beside "PV-3") is still of the shape; whether it cites a
        task of this load is for the caller to judge."""
        if token.prefix:
            return (True, token.parts) in self._shapes
        if token.parts > 1:
            # "2.1" beside refs like "2.1.3": dotted numbers are one scheme.
            return any(not has and parts > 1 for has, parts in self._shapes)
        return (False, 1) in self._shapes

    def workstream_named(self, words: str, *, whole: bool = False) -> str | None:
        """The one workstream whose name the last words of ``words`` give
        ("see Hate Crime plan action" -> "Hate Crime"), or None. With
        ``whole``, every word must be of the name ("Knife crime")."""
        found = re.findall(r"[A-Za-z][\w'’&-]*", words) if isinstance(words, str) else []
        while found and found[-1].lower() in _FILLER:
            found.pop()
        sizes = [len(found)] if whole else range(1, min(4, len(found)) + 1)
        best = None
        for size in sizes:
            lowered = [normalise(w) for w in found[-size:]] if size else []
            if not lowered or any(w not in self._names.vocabulary for w in lowered):
                break
            if found[-size][0].isupper():
                best = self._only_name(lowered) or best
        return best

    def _only_name(self, lowered: list[str]) -> str | None:
        """The one workstream with all these words in a name; of several,
        the one whose name is just these words ("Hate Crime" beside "Hate
        Crime & Community Cohesion")."""
        wanted = [w for w in lowered if w not in _JOINERS]
        matches = {ws for ws, names in self._names.names.items() if any(all(w in n for w in wanted) for n in names)}
        if len(matches) > 1:
            matches = {ws for ws in matches if any(n == set(wanted) for n in self._names.names[ws])}
        return matches.pop() if len(matches) == 1 else None


# Words between a workstream's name and the ref: "Gangs plan action 5".
_FILLER = {"plan", "plans", "workstream", "priority", "strand", "section", "area", "tab", "sheet", "s",
           "action", "actions", "task", "tasks", "no", "nos", "number", "ref", "item"}
_JOINERS = {"and", "&", "-"}


@dataclass
class _Names:
    names: dict[str, list[set[str]]]  # workstream -> the word sets of its names
    vocabulary: set[str]


def _name_words(workstreams: Iterable[str], aliases: Mapping[str, Iterable[str]]) -> _Names:
    names: dict[str, list[set[str]]] = {}
    for ws in workstreams:
        spellings = [ws, *aliases.get(ws, ())]
        sets = [set(normalise(s).split()) for s in spellings]
        sets += [{initials} for s in spellings for initials in _initials(s)]
        names[ws] = [s for s in sets if s]
    vocabulary = {w for sets in names.values() for s in sets for w in s}
    return _Names(names, vocabulary)


def _initials(name: str) -> list[str]:
    """The initials of a name and of each part of it: 'Violence - Night Time
    Economy' gives 'vnte' and 'nte'. A part of one word has none."""
    found = []
    for part in [name, *re.split(r"\s[-–:/]\s|[():]", name)]:
        telling = [w for w in normalise(part).split() if w not in {"and", "of", "the", "a"}]
        if len(telling) > 1:
            found.append("".join(w[0] for w in telling))
    return found


def _distinctive(form: str) -> bool:
    return not form[:1].isdigit() or "." in form


def _only(entries: Iterable[_Entry]) -> str | None:
    keys = {e.key for e in entries}
    return keys.pop() if len(keys) == 1 else None

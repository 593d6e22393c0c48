"""Recognise partnership forums and partner organisations named in plan text.

The 4P delivery plans name the boards, panels and outside organisations a
task depends on in free text ("contributing to the sub group of the SET DA
Board", "JF to task link with Crimstoppers").  A gazetteer lists each such
forum or partner once, under its canonical full name, with the acronym and
the other spellings the plans use, so that every spelling becomes one node
in the graph.

The bundled list (``loaders/data/gazetteer.csv``) covers the Essex plans and
the 2018-21 strategy register; another force can load its own with
:meth:`Gazetteer.from_csv`.  The file has one row per forum or partner and
the columns ``name,kind,acronym,aliases,note``; ``aliases`` is a
``|``-separated list.

Matching rules (:meth:`Gazetteer.find_mentions`):

* Whole words only: letters and digits are word characters, so "CPS" is
  not found in "CPSO" or "ECPS", nor "MASH" in "smashed".
* A plural or possessive ending ("IAGs", "CSP's", "YOTS") is allowed.
* Acronym-like terms, one word with two or more capitals ("MACE", "CoP",
  "CiSP"), match case-sensitively, because many are ordinary words when
  lower-cased ("mace", "mash", "cop").  Every other name or alias matches
  case-insensitively.
* Whitespace, hyphens and commas between words, curly or straight or
  missing apostrophes, and "&" or "and" are interchangeable.
* Where terms overlap the leftmost, then longest, wins, so "SET DA Board"
  is one mention and "Essex Hate Crime Strategic Partnership" is the SHCP.
* "health and safety" is a topic, not the NHS, and is never a mention.

Only the terms whose first word the text holds are tried
(:mod:`loaders.text.first_words`), not every spelling of every entry.

Examples
--------
>>> gazetteer = Gazetteer.bundled()
>>> text = "Work with the OPCC and wider SET DA board; refer to MARAT and MASH."
>>> [(m.entry.acronym, m.evidence) for m in gazetteer.find_mentions(text)]
[('OPFCC', 'OPCC'), ('SET DA Board', 'SET DA board'), ('MARAT', 'MARAT'), ('MASH', 'MASH')]
>>> gazetteer.lookup("Crimstoppers").name
'Crimestoppers'
>>> gazetteer.lookup("mace") is None
True
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .first_words import FirstWords, first_words

__all__ = ["COLUMNS", "KINDS", "Entry", "Gazetteer", "Mention"]

#: The kinds of thing a gazetteer lists (police units and processes are not
#: listed: they are owners or activities, not forums or partners).
KINDS = ("forum", "partner")

#: The header of a gazetteer CSV file, in order.
COLUMNS = ("name", "kind", "acronym", "aliases", "note")

# Characters that separate the words of a name.  Commas and hyphens count so
# that "Multi Agency" finds "Multi-Agency" and "Police Fire" finds "Police,
# Fire"; the text may use any of them where the gazetteer uses a space.
_SEP = r"[\s,\-\u2010-\u2015]+"
_SEP_RE = re.compile(_SEP)
_AMPERSAND_RE = re.compile(r"\s*&\s*")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"'})
_APOSTROPHE = "['\u2018\u2019]?"

# A letter or digit, the only characters that may not touch a mention.
# Underscore is excluded on purpose: "\w" alone would count it as a letter.
_NOT_AFTER_WORD = r"(?<![^\W_])"
_NOT_BEFORE_WORD = r"(?![^\W_])"

# Plural or possessive ending: "IAGs", "CSP's", "YOTS", "Boards".
_PLURAL = r"(?:['\u2018\u2019]?[sS])?"

# Phrases that contain a term but are never a mention of its entry.
_NOT_MENTIONS = re.compile(r"(?<![^\W_])health\s*(?:and|&)\s*safety(?![^\W_])",
                           re.IGNORECASE)

_bundled: Gazetteer | None = None


@dataclass(frozen=True)
class Entry:
    """One forum or partner.

    Parameters
    ----------
    name : str
        Canonical full name, e.g. "Crown Prosecution Service".
    kind : str
        One of :data:`KINDS`.
    acronym : str or None
        The short form used most, e.g. "CPS".
    aliases : tuple of str
        Other spellings found in the plans, typos included.
    note : str
        A short meaning.

    Raises
    ------
    ValueError
        If the name is blank, the kind unknown, or a term has no letter or
        digit to match on.

    Examples
    --------
    >>> Entry("Crown Prosecution Service", "partner", "CPS", ("RASSO",), "").acronym
    'CPS'
    >>> Entry("CPS", "unit", None, (), "")
    Traceback (most recent call last):
    ...
    ValueError: kind must be one of forum, partner, not 'unit'
    """

    name: str
    kind: str
    acronym: str | None
    aliases: tuple[str, ...]
    note: str

    def __post_init__(self) -> None:
        # A list of aliases is accepted but stored as a tuple so the entry
        # stays hashable and immutable.
        object.__setattr__(self, "aliases", tuple(self.aliases))
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if not isinstance(self.note, str):
            raise ValueError(f"note must be text, not {self.note!r}")
        _check_term("name", self.name)
        if self.acronym is not None:
            _check_term("acronym", self.acronym)
        for alias in self.aliases:
            _check_term("alias", alias)


@dataclass(frozen=True)
class Mention:
    """Where a text names an entry.

    Parameters
    ----------
    entry : Entry
        The forum or partner named.
    evidence : str
        The exact substring of the text that matched.
    start : int
        Its offset: ``text[start:start + len(evidence)] == evidence``.
    """

    entry: Entry
    evidence: str
    start: int


@dataclass(frozen=True)
class _Term:
    """One spelling of an entry, its pattern, and the words of a text it can
    start at (casefolded; empty when any word might do)."""

    entry: Entry
    regex: str
    starts: frozenset[str] = frozenset()

    @property
    def pattern(self) -> re.Pattern[str]:
        # Compiled when first tried: a load's own names are many, and most
        # never meet a text holding their first word.
        return _compiled(self.regex)


class Gazetteer:
    """A list of forums and partners that can be found in text.

    Parameters
    ----------
    entries : iterable of Entry
        The forums and partners, in the order :meth:`entries` returns them.

    Raises
    ------
    ValueError
        If one spelling (name, acronym or alias, compared after
        normalisation) belongs to two entries, so a mention would be
        ambiguous.

    Examples
    --------
    >>> mash = Entry("Multi-Agency Safeguarding Hub", "forum", "MASH", (), "")
    >>> gazetteer = Gazetteer([mash])
    >>> [m.evidence for m in gazetteer.find_mentions("MASH, not smashed")]
    ['MASH']
    >>> Gazetteer([mash, Entry("Mash Board", "forum", "MASH", (), "")])
    Traceback (most recent call last):
    ...
    ValueError: 'MASH' names both 'Mash Board' and 'Multi-Agency Safeguarding Hub'
    """

    def __init__(self, entries) -> None:
        self._entries = tuple(entries)
        clash = _find_clash(self._entries)
        if clash is not None:
            index, term, other = clash
            raise ValueError(f"{term!r} names both {self._entries[index].name!r}"
                             f" and {self._entries[other].name!r}")
        self._index = _build_index(self._entries)
        self._terms = _compile_terms(self._entries)
        self._first_words = FirstWords(term.starts for term in self._terms)

    def __repr__(self) -> str:
        return f"<Gazetteer of {len(self._entries)} entries>"

    @classmethod
    def bundled(cls) -> Gazetteer:
        """Return the gazetteer shipped in ``loaders/data/gazetteer.csv``.

        It is read once and shared, since compiling it is the slow part.

        Examples
        --------
        >>> Gazetteer.bundled() is Gazetteer.bundled()
        True
        """
        global _bundled
        if _bundled is None:
            resource = resources.files("loaders").joinpath("data", "gazetteer.csv")
            with resource.open("r", encoding="utf-8-sig", newline="") as handle:
                _bundled = cls._read(handle, str(resource))
        return _bundled

    @classmethod
    def from_csv(cls, path) -> Gazetteer:
        """Read a gazetteer from a UTF-8 CSV file, e.g. a force's own list.

        Parameters
        ----------
        path : str or os.PathLike
            A file with the header ``name,kind,acronym,aliases,note``.

        Returns
        -------
        Gazetteer

        Raises
        ------
        ValueError
            If the file is not UTF-8 CSV, the header is wrong, or a row is
            bad; the message names the file and the line.
        OSError
            If the file cannot be opened.

        Examples
        --------
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> good = folder / "good.csv"
        >>> _ = good.write_text("name,kind,acronym,aliases,note\\n"
        ...                     "Kent Police,partner,,Kent Constabulary,A force\\n")
        >>> Gazetteer.from_csv(good).lookup("kent constabulary").name
        'Kent Police'
        >>> bad = folder / "bad.csv"
        >>> _ = bad.write_text("name,kind,acronym,aliases,note\\n"
        ...                    "Kent Police,force,,,A force\\n")
        >>> Gazetteer.from_csv(bad)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        ValueError: .../bad.csv, line 2: kind must be one of forum, partner, not 'force'
        """
        source = str(path)
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                return cls._read(handle, source)
        except UnicodeDecodeError as error:
            raise ValueError(f"{source}: not UTF-8 text (byte {error.start})") from None

    @classmethod
    def _read(cls, handle, source: str) -> Gazetteer:
        """Parse CSV lines from ``handle``; ``source`` names it in errors."""
        reader = csv.reader(handle, strict=True)
        entries: list[Entry] = []
        lines: list[int] = []
        try:
            header = next(reader, None)
            if header is None or tuple(cell.strip() for cell in header) != COLUMNS:
                raise ValueError(f"{source}, line 1: the header must be {','.join(COLUMNS)}")
            last_line = reader.line_num
            for row in reader:
                # A quoted field may span lines: report where the row starts.
                line, last_line = last_line + 1, reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                try:
                    entries.append(_entry_from_row(row))
                except ValueError as error:
                    raise ValueError(f"{source}, line {line}: {error}") from None
                lines.append(line)
        except csv.Error as error:
            raise ValueError(f"{source}, line {reader.line_num}: {error}") from None
        clash = _find_clash(entries)
        if clash is not None:
            index, term, other = clash
            raise ValueError(f"{source}, line {lines[index]}: {term!r} already names"
                             f" {entries[other].name!r} (line {lines[other]})")
        return cls(entries)

    def entries(self) -> list[Entry]:
        """Return every entry, in file order.

        Examples
        --------
        >>> kinds = {entry.kind for entry in Gazetteer.bundled().entries()}
        >>> sorted(kinds)
        ['forum', 'partner']
        """
        return list(self._entries)

    def lookup(self, name: str) -> Entry | None:
        """Return the entry one of whose spellings is exactly ``name``.

        Whitespace, quotes, "&"/"and" and a plural ending are normalised;
        case is ignored except for acronym-like spellings.

        Parameters
        ----------
        name : str
            A name, acronym or alias.

        Returns
        -------
        Entry or None
            None if nothing is spelt so, or ``name`` is not a string.

        Examples
        --------
        >>> gazetteer = Gazetteer.bundled()
        >>> gazetteer.lookup("Community  Safety Partnerships").acronym
        'CSP'
        >>> gazetteer.lookup("Children’s Social Care").acronym
        'CSC'
        >>> gazetteer.lookup("cps") is None
        True
        """
        if not isinstance(name, str):
            return None
        key = _key(name)
        entry = self._lookup_key(key)
        singular = re.sub(r"(?<=\w)[sS]$", "", key)
        if entry is None and singular != key:
            entry = self._lookup_key(singular)
        return entry

    def _lookup_key(self, key: str) -> Entry | None:
        for entry, exact_key, case_sensitive in self._index.get(key.lower(), ()):
            if not case_sensitive or exact_key == key:
                return entry
        return None

    def find_mentions(self, text: object) -> list[Mention]:
        """Return every entry the text names, once each, in text order.

        Parameters
        ----------
        text : object
            A cell value; anything but a string (None, a date, a number)
            names nothing.

        Returns
        -------
        list of Mention
            The first mention of each entry, ordered by position.

        Examples
        --------
        >>> gazetteer = Gazetteer.bundled()
        >>> text = "Work with CPS and the CPSO; CSPs and the CSP's hub tasking"
        >>> for mention in gazetteer.find_mentions(text):
        ...     print(mention.start, mention.evidence, "->", mention.entry.name)
        10 CPS -> Crown Prosecution Service
        28 CSPs -> Community Safety Partnership
        47 hub tasking -> Community Safety Hub
        >>> gazetteer.find_mentions(None)
        []
        """
        if not isinstance(text, str) or not text:
            return []
        return list(_mentions_in(self, text))

    def _candidates(self, text: str) -> list[tuple[int, int, Entry]]:
        """Every match of every term, overlaps included, bar non-mentions."""
        blocked = [match.span() for match in _NOT_MENTIONS.finditer(text)]
        found = []
        for number in self._first_words.candidates(text):
            term = self._terms[number]
            for match in term.pattern.finditer(text):
                start, end = match.span()
                if not any(start < stop and begin < end for begin, stop in blocked):
                    found.append((start, end, term.entry))
        return found


def _check_term(what: str, term: object) -> None:
    """Raise ValueError unless ``term`` is text with something to match."""
    if not isinstance(term, str) or not any(ch.isalnum() for ch in term):
        raise ValueError(f"{what} must contain a letter or digit, not {term!r}")
    if "|" in term:
        raise ValueError(f"{what} must not contain '|': {term!r}")


def _entry_from_row(row: list[str]) -> Entry:
    """Build an entry from the five fields of a CSV row."""
    if len(row) != len(COLUMNS):
        raise ValueError(f"expected {len(COLUMNS)} fields ({','.join(COLUMNS)}),"
                         f" found {len(row)}")
    name, kind, acronym, aliases, note = (cell.strip() for cell in row)
    # An empty cell means "no aliases", but an empty part between two bars
    # is almost certainly a typo, so it is refused rather than skipped.
    parts = tuple(part.strip() for part in aliases.split("|")) if aliases else ()
    if any(not part for part in parts):
        raise ValueError(f"empty alias in {aliases!r}")
    return Entry(name=name, kind=kind, acronym=acronym or None, aliases=parts, note=note)


def _terms(entry: Entry) -> list[str]:
    """Every spelling of an entry: name, acronym, aliases."""
    acronym = [entry.acronym] if entry.acronym else []
    return [entry.name, *acronym, *entry.aliases]


def _tidy(text: str) -> str:
    """Straighten quotes, spell "&" as "and", and make separators one space."""
    text = _AMPERSAND_RE.sub(" and ", text.translate(_QUOTES))
    return _SEP_RE.sub(" ", text).strip()


def _key(text: str) -> str:
    """The form two spellings share when they are the same term."""
    # Apostrophes are optional when matching, so they are dropped here.
    return _tidy(text).replace("'", "")


def _is_case_sensitive(term: str) -> bool:
    """Whether a term is acronym-like: one word with two or more capitals."""
    tidy = _tidy(term)
    return " " not in tidy and sum(ch.isupper() for ch in tidy) >= 2


def _folded_key(term: str) -> str:
    return _key(term).lower()


def _build_index(entries: tuple[Entry, ...]) -> dict[str, list[tuple[Entry, str, bool]]]:
    """Map each lower-cased key to (entry, exact key, case-sensitive?)."""
    index: dict[str, list[tuple[Entry, str, bool]]] = {}
    for entry in entries:
        for term in _terms(entry):
            index.setdefault(_folded_key(term), []).append(
                (entry, _key(term), _is_case_sensitive(term)))
    return index


def _find_clash(entries) -> tuple[int, str, int] | None:
    """Find a spelling two entries share: (entry index, term, other index).

    Case is ignored and a plural counts as the same spelling, because
    either way the text could not say which entry it meant.
    """
    owner: dict[str, int] = {}
    for index, entry in enumerate(entries):
        for term in _terms(entry):
            key = _folded_key(term)
            for variant in (key, key + "s", key[:-1] if key.endswith("s") else key):
                other = owner.get(variant)
                if other is not None and other != index:
                    return index, term, other
            owner.setdefault(key, index)
    return None


def _word_regex(word: str, fold: bool) -> str:
    """A regex for one word; ``fold`` makes ASCII letters match either case."""
    # Case is folded by hand, letter by letter, rather than with
    # re.IGNORECASE: that flag also folds characters such as the long s and
    # the Kelvin sign onto ASCII letters, which no plan means.
    out = []
    for ch in word:
        if ch == "'":
            out.append(_APOSTROPHE)
        elif fold and ch.isascii() and ch.isalpha():
            out.append(f"[{ch.upper()}{ch.lower()}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _term_regex(term: str) -> str:
    """A whole-word regex for one spelling, plural ending allowed."""
    fold = not _is_case_sensitive(term)
    words = _tidy(term).split(" ")
    parts = [_word_regex(words[0], fold)]
    rest = iter(words[1:])
    for word in rest:
        following = next(rest, None) if word.lower() == "and" else None
        if following is not None:
            # "X and Y" is also written "X & Y", "X&Y".
            parts.append(rf"(?:{_SEP}{_word_regex('and', fold)}{_SEP}|\s*&\s*)")
            parts.append(_word_regex(following, fold))
        else:
            parts.append(_SEP + _word_regex(word, fold))
    return _NOT_AFTER_WORD + "".join(parts) + _PLURAL + _NOT_BEFORE_WORD


def _compile_terms(entries: tuple[Entry, ...]) -> list[_Term]:
    """Compile every distinct spelling of every entry."""
    terms = []
    for entry in entries:
        seen = set()
        for term in _terms(entry):
            regex = _term_regex(term)
            if regex not in seen:
                seen.add(regex)
                terms.append(_Term(entry, regex, first_words(_tidy(term))))
    return terms


@lru_cache(maxsize=8192)
def _mentions_in(gazetteer: Gazetteer, text: str) -> tuple[Mention, ...]:
    """A text's mentions, once per gazetteer and text: plans repeat their
    stock phrases and Partners cells row after row (a Mention is frozen)."""
    return tuple(_first_per_entry(_leftmost_longest(gazetteer._candidates(text)), text))


@lru_cache(maxsize=8192)
def _compiled(regex: str) -> re.Pattern[str]:
    """A term's pattern, compiled once for every gazetteer that holds it (each
    load builds its own, the bundled terms and its plans' own)."""
    return re.compile(regex)


def _leftmost_longest(candidates: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """Keep non-overlapping matches, preferring the earliest, then longest.

    This drops the "DA Board" inside "SET DA Board".  Ties keep file order
    (the sort is stable and candidates come in file order).
    """
    kept, end = [], 0
    for candidate in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
        if candidate[0] >= end:
            kept.append(candidate)
            end = candidate[1]
    return kept


def _first_per_entry(matches: list[tuple[int, int, Entry]], text: str) -> list[Mention]:
    """Turn matches in ``text`` into mentions, keeping each entry's first."""
    seen: set[Entry] = set()
    mentions = []
    for start, end, entry in matches:
        if entry not in seen:
            seen.add(entry)
            mentions.append(Mention(entry, text[start:end], start))
    return mentions

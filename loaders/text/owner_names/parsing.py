"""Reading one owner: person, role, team or group, with rank and name parts.

Readings that need a decision
-----------------------------
- "Di" written in title case is the rank DI only when one capitalised word
  follows ("Di Kirby" is DI Kirby); otherwise it is a given name ("Di Anna
  Granger"). "Ps" is read the same way; "PS" in capitals is a Sergeant
  before any name, but "PS" alone is initials.
- Two capital letters that are not a rank are initials ("JF", "SK"); three or
  more are a unit ("OSG"), or a role for a few role acronyms ("LRO").
  Two-letter ranks ("DI", "DS", "PC", "CI") alone are roles.
- A single letter before a family name is an initial standing for the given
  name ("G Tamsett", "Insp. G. Penhallow", "Det Sgt M Kovac").
- Gold, Silver and Bronze after a ranked name are the command role, not a
  surname: "Ch/Supt Wells Gold." reads as Ch/Supt Wells. The raw text is
  kept. The cost: a real "DI Rob Gold" would read as DI Rob.
- "Covered by ERSOU" reads as the team ERSOU. ERSOU is a partner outside the
  force (see the glossary); telling partners from force units is the
  caller's job.
- Acting and temporary ranks ("A/DI", "ADI", "Acting DI", "T/Supt") read as
  the substantive rank; the raw text keeps "acting".
- Honorifics (Mr, Mrs, Ms, Cllr, ...) are kept in the display name but give
  no rank.
- A bracket after a person's name is a job title or an organisation
  ("Marion Feltham (Hate Crime Coordinator, Eastvale BC)"), left out of the
  display, unless it states the name's initials ("Jason Hendy (JH)"). A
  bracket after a role or team is part of its name ("Licensing (Northgate
  BC)", "Intelligence Analyst (CSP)").
- A project tool's allocation ("Youth Team[50%]") is not part of the name.
- For roles and groups, ``rank`` is the rank the title names, if any
  ("Divisional Supt." has rank "Supt", "DCIs" has rank "DCI").

The head word of a title is the last word before its first "of", "for",
comma or bracket: "Head of Operations Centre, Crime and Public Protection
Command" is headed by "Head" (a role), "Prison Intelligence Unit" by "Unit".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .cleaning import as_text, is_placeholder, split_allocation, split_bracket, strip_prefixes, tidy
from .vocabulary import (AMBIGUOUS_RANK_KEYS, COMMAND_ROLES, EDGE_PUNCT, GROUP_WORDS, HONORIFICS,
                         NAME_PARTICLES, NOT_NAME, ROLE_ACRONYMS, ROLE_NOUNS, TEAM_NOUNS, match_rank_prefix,
                         rank_key, rank_of, rank_suffix)
from .words import fold_word, initials_in, is_acronym, is_lower_word, is_name_word, join, tidy_case

__all__ = ["OwnerName", "parse_owner", "read_owner", "Reading"]

# The head of a title ends at its first preposition, comma, dash or bracket.
_HEAD_END = re.compile(r",|\s+(?:of|for|to|at|in|on|with|within|from)\s+|\s+[-\u2013\u2014]\s+|\(",
                       re.I)


@dataclass(frozen=True)
class OwnerName:
    """One owner as read from a piece of a "Who" cell or a leads sheet.

    Attributes
    ----------
    raw : str
        The piece of text as written, stripped ("C/Supt Ewen Wilson").
    kind : str
        "person", "role", "team", "group", or "none" for blanks and
        placeholders such as TBC.
    rank : str or None
        The canonical rank (one of `RANKS`), also for roles and groups whose
        title names a rank ("Divisional Supt." -> "Supt").
    given, family : str or None
        The given name(s) and family name of a person.
    initials : str or None
        Upper-case initials when the text is initials ("JF") or states them
        in brackets ("Jason Hendy (JH)").
    display : str
        A clean display name: "Ch/Supt Ewen Wilson", "JF", "LPSU".

    Examples
    --------
    >>> parse_owner("Jason Hendy (JH)")
    OwnerName(raw='Jason Hendy (JH)', kind='person', rank=None, given='Jason', family='Hendy', initials='JH', display='Jason Hendy')
    """

    raw: str
    kind: str
    rank: str | None
    given: str | None
    family: str | None
    initials: str | None
    display: str


@dataclass(frozen=True)
class Reading:
    """What the text says, and on what basis (the basis decides splitting)."""

    kind: str
    basis: str
    display: str
    rank: str | None = None
    given: str | None = None
    family: str | None = None
    initials: str | None = None


def parse_owner(text: str) -> OwnerName:
    """Read one owner from a piece of text (a piece from `split_owners`).

    Parameters
    ----------
    text : str
        One owner as written; other values are read as their text.

    Returns
    -------
    OwnerName
        The reading; kind "none" for a blank or a placeholder.

    Examples
    --------
    >>> parse_owner("C/Supt Ewen Wilson")
    OwnerName(raw='C/Supt Ewen Wilson', kind='person', rank='Ch/Supt', given='Ewen', family='Wilson', initials=None, display='Ch/Supt Ewen Wilson')
    >>> parse_owner("Di Kirby").display
    'DI Kirby'
    >>> parse_owner("PW ")
    OwnerName(raw='PW', kind='person', rank=None, given=None, family=None, initials='PW', display='PW')
    >>> parse_owner("Divisional Supt.")
    OwnerName(raw='Divisional Supt.', kind='role', rank='Supt', given=None, family=None, initials=None, display='Divisional Supt')
    >>> parse_owner("Prison Intelligence Unit").kind
    'team'
    >>> parse_owner("DCIs").kind, parse_owner("DCIs").rank
    ('group', 'DCI')
    >>> parse_owner("Ch/Supt Wells Gold.").display
    'Ch/Supt Wells'
    >>> parse_owner("Insp. G. Penhallow").given, parse_owner("Det Sgt M Kovac").rank
    ('G', 'DS')
    >>> parse_owner("Marion Feltham (Hate Crime Coordinator, Eastvale BC)").display
    'Marion Feltham'
    >>> parse_owner("Licensing (Northgate BC)[30%]").display
    'Licensing (Northgate BC)'
    >>> parse_owner("G. Penhallow (Insp)").display, parse_owner("PC 4412 Smith").display
    ('Insp G Penhallow', 'PC Smith')
    >>> parse_owner("Jo Ames - Hillshire Council").display, parse_owner("Liz Ward, Probation").display
    ('Jo Ames', 'Liz Ward')
    >>> parse_owner("TBC").kind, parse_owner("To be confirmed").kind
    ('none', 'none')
    """
    raw = as_text(text).strip()
    reading = read_owner(raw)
    return OwnerName(raw=raw, kind=reading.kind, rank=reading.rank, given=reading.given,
                     family=reading.family, initials=reading.initials, display=reading.display)


@lru_cache(maxsize=8192)
def read_owner(text: str) -> Reading:
    """Read a piece of text: a placeholder, a person, or else a non-person.
    Cached by text: the same owners are written on row after row."""
    body, _ = split_allocation(tidy(strip_prefixes(text.strip())))
    body = tidy(body)
    body = _dash_as_bracket(body)
    name_part, bracket = split_bracket(body)
    core = tidy(name_part) if name_part.strip() else tidy(bracket or "")
    if is_placeholder(core):
        return Reading("none", "placeholder", display=tidy(text))
    person = _read_person(core)
    if person is not None:
        return _add_bracket_initials(person, bracket if name_part.strip() else None)
    reading = _read_non_person(core, display=body)
    if bracket and name_part.strip() and reading.basis in {"single", "fallback"}:
        # "Licensing (Northgate BC)": a function qualified by who runs it
        # names one owner as surely as a head noun does.
        return Reading(reading.kind, "qualified", display=body, rank=reading.rank)
    return reading


def _dash_as_bracket(body: str) -> str:
    """ "Jo Ames - Hillshire Council" and "Liz Ward, Probation" say what a
    bracket would: the person, then where they work. A role or team keeps its dash ("Head of Service -
    Housing" is one title)."""
    parts = re.split(r"\s+[-–—]\s+|,\s+", body, maxsplit=1)
    if len(parts) == 2 and "(" not in body and _read_person(tidy(parts[0])) is not None \
            and initials_in(tidy(parts[0])) is None:
        return f"{parts[0]} ({parts[1]})"
    return body


def _read_person(core: str) -> Reading | None:
    """A person: initials, a ranked name, an honorific and name, or a plain name."""
    initials = initials_in(core)
    if initials:
        return Reading("person", "initials", display=initials, initials=initials)
    words = core.split()
    for reader in (_read_ranked, _read_honorific, _read_plain_name):
        reading = reader(words)
        if reading is not None:
            return reading
    return None


def _read_ranked(words: list[str]) -> Reading | None:
    """A rank followed by one to four name words: "DI Rob Kirby"."""
    found = match_rank_prefix(words)
    if found is None:
        return None
    rank, used = found
    rest = words[used:]
    first = " ".join(words[:used])
    if rank_key(first) in AMBIGUOUS_RANK_KEYS and first != first.upper():
        # "Di Kirby" is DI Kirby; "Di Anna Granger" is a woman called Di.
        if not (len(rest) == 1 and is_name_word(rest[0])):
            return None
    if len(rest) >= 2 and rest[-1].lower() in COMMAND_ROLES:
        rest = rest[:-1]  # "Ch/Supt Wells Gold": Gold is the command role
    if len(rest) >= 2 and rest[0].isdigit():
        rest = rest[1:]  # "PC 4412 Smith": a collar number, not a name
    parts = _name_parts(rest, lenient=True)
    if parts is None:
        return None
    given, family = parts
    return Reading("person", "ranked", display=join(rank, given, family), rank=rank,
                   given=given, family=family)


def _read_honorific(words: list[str]) -> Reading | None:
    """An honorific and a name: "Mr Smith" (no rank, honorific kept for display)."""
    if len(words) < 2 or words[0].lower().rstrip(".") not in HONORIFICS:
        return None
    parts = _name_parts(words[1:], lenient=True)
    if parts is None:
        return None
    given, family = parts
    return Reading("person", "honorific", display=join(words[0].rstrip("."), given, family),
                   given=given, family=family)


def _read_plain_name(words: list[str]) -> Reading | None:
    """Two to four capitalised words that are not plan vocabulary: "Jason Hendy"."""
    if len(words) < 2:
        return None  # a lone word is more often a unit ("Analytical") than a surname
    parts = _name_parts(words, lenient=False)
    if parts is None:
        return None
    given, family = parts
    return Reading("person", "name", display=join(given, family), given=given, family=family)


def _name_parts(words: list[str], lenient: bool) -> tuple[str | None, str] | None:
    """(given, family) if the words are a name, else None.

    ``lenient`` (after a rank or honorific) allows a lone family name and
    lower-case words, since the rank already says this is a person.
    """
    if not 1 <= len(words) <= 4:
        return None
    kept = []
    for index, word in enumerate(words):
        last = index == len(words) - 1
        if not last and re.fullmatch(r"[A-Z]\.?", word):
            kept.append(word[0])  # an initial standing for a given name: "J Hendy"
        elif not last and (index > 0 or lenient) and word in NAME_PARTICLES:
            kept.append(word)
        elif fold_word(word) in NOT_NAME:
            return None
        elif is_name_word(word) or (lenient and is_lower_word(word)):
            kept.append(tidy_case(word))
        else:
            return None
    family_start = len(kept) - 1
    while family_start > 0 and kept[family_start - 1] in NAME_PARTICLES:
        family_start -= 1
    given = " ".join(kept[:family_start]) or None
    return given, " ".join(kept[family_start:])


def _add_bracket_initials(person: Reading, bracket: str | None) -> Reading:
    """Take initials stated in brackets, if they agree with the name, else a
    rank: "G. Penhallow (Insp)"; "Paul Smith (PS)" states initials.

    Initials that do not fit the name ("Jason Hendy (SK)") are not taken: they
    would make a wrong "same" verdict against "SK".
    """
    if not bracket or person.initials or not person.family:
        return person
    letters = re.sub(r"[\s.]", "", bracket)
    fits = (re.fullmatch(r"[A-Z]{2,4}", letters) is not None
            and letters[-1] == person.family.split()[-1][0].upper()
            and (not person.given or letters[0] == person.given[0].upper()))
    if fits:
        return Reading(person.kind, person.basis, display=person.display, rank=person.rank,
                       given=person.given, family=person.family, initials=letters)
    rank = rank_of(bracket)
    if rank and not person.rank:
        return Reading(person.kind, person.basis, display=join(rank, person.given, person.family), rank=rank,
                       given=person.given, family=person.family)
    return person


def _read_non_person(core: str, display: str) -> Reading:
    """A role, team or group, judged mainly by the head word of the title."""
    words = core.split() or [""]
    first = fold_word(words[0])
    if first in {"op", "operation"} and len(words) > 1:
        return Reading("team", "op", display=display)
    if first in {"all", "everyone", "everybody"}:
        return Reading("group", "all", display=display)
    if len(words) == 1 and first in COMMAND_ROLES:
        return Reading("role", "head", display=display)
    head = _HEAD_END.split(core, maxsplit=1)[0].split()
    reading = _read_head(head, display) if head else None
    if reading is not None:
        return reading
    if all(is_acronym(word) for word in words):
        return Reading("team", "acronym", display=display)
    ranked = match_rank_prefix(words)
    if ranked is not None:
        # A rank followed by something other than a name ("Insp Local
        # Policing") names a post: a role, with that rank.
        return Reading("role", "fallback", display=display, rank=ranked[0])
    return Reading("team", "single" if len(words) == 1 else "fallback", display=display)


def _read_head(head: list[str], display: str) -> Reading | None:
    """Classify by the head word: role noun, rank, unit noun or plural."""
    last = head[-1].strip(EDGE_PUNCT) or head[-1]
    low = last.lower()
    if last in ROLE_ACRONYMS or low in ROLE_NOUNS:
        return Reading("role", "head", display=display)
    rank = rank_suffix(head)
    if rank:
        return Reading("role", "head", display=display, rank=rank)
    if low in TEAM_NOUNS:
        return Reading("team", "head", display=display)
    if low in GROUP_WORDS:
        return Reading("group", "head", display=display)
    plural = _plural_of(head)
    if plural is not None:
        return Reading("group", "head", display=display, rank=plural or None)
    if is_acronym(last):
        kind_basis = "acronym" if all(is_acronym(w) for w in head) else "head"
        return Reading("team", kind_basis, display=display)
    return None


def _plural_of(head: list[str]) -> str | None:
    """For a plural head word, the rank it names or "" (None if not a plural)."""
    last = head[-1]
    if len(last) < 3 or not last.endswith("s") or last.endswith("ss") or last.isupper():
        return None
    stem_words = head[:-1] + [last[:-1]]
    rank = rank_suffix(stem_words)
    if rank:
        return rank  # "DCIs", "D/Insps", "Chief Inspectors"
    stem = last[:-1]
    if stem.lower() in ROLE_NOUNS or stem.lower() in TEAM_NOUNS:
        return ""  # "Analysts", "PREVENT officers", "Night Marshals"
    if stem.isupper() and stem.isalpha():
        return ""  # "CPTs"
    return None

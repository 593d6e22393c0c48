"""Reading the owners named in the "Who" column and in leads sheets.

A "Who" cell names one owner or several ("SK / LPSU"), as initials ("JF"),
a ranked name ("C/Supt Ewen Wilson"), a plain name ("Jason Hendy"), a unit
("LPSU"), a role ("LPP Inspector") or a group ("DCIs"). These functions split
a cell into owners, read each one, and weigh whether two readings name the
same person. They are pure text functions: standard library only, no I/O,
and they never raise, whatever they are given.

Kinds
-----
``person``
    initials ("JF"), a rank followed by a name ("DI Kirby"), or two to four
    capitalised words that are not policing vocabulary ("Jason Hendy").
``role``
    a post rather than a person: a title whose head word is a role noun
    (Lead, Manager, Officer, Co-ordinator, Head, ...), a role acronym (LRO,
    SIO, SPOC) or a rank with no name ("Divisional Supt.", "LPP Inspector").
``team``
    a unit: all-capital acronyms ("SCD OCGMU"), a head word such as Unit,
    Team, Command, Centre or Hub, an operation ("Op Juno"), and, as the
    fallback, any text that is none of the others ("Analytical").
``group``
    a plural of a rank, role or unit ("DCIs", "PREVENT officers"), or
    "All ...".
``none``
    blank cells and placeholders (TBC, TBA, N/A). This fifth kind exists so
    that parse_owner has an honest answer for them; split_owners drops them,
    so a caller that splits first never sees it.

The head word of a title is the last word before its first "of", "for",
comma or bracket: "Head of Operations Centre, Crime and Public Protection
Command" is headed by "Head" (a role), "Domestic Abuse Lead for Safeguarding
and Partnerships" by "Lead" (a role), "Prison Intelligence Unit" by "Unit".

Splitting rule
--------------
1. Newlines and semicolons always separate owners.
2. Commas separate owners only when every part between them is a complete
   owner (see below), so "Head of Operations Centre, Crime and Public
   Protection Command" stays whole.
3. "/", "&", "and", "and/or" and "+" separate two owners only when the text
   before the separator is a complete owner that has no "of", "for" or comma
   in it (otherwise the conjunction sits inside a title, as in "Lead for
   Safeguarding and Partnerships") and the text after it is a complete owner.
   A slash is read as "or" inside a rank ("Ch/Supt", "D/Insps", "A/DI")
   and never separates there. After a slash, a lone capitalised word is also
   accepted on the right ("SK / Analytical"): a word after the last
   separator cannot be a modifier shared with the left side, whereas a lone
   word before a slash can ("Burglary/Robbery Lead" stays whole). "&" with
   no space on either side is part of an acronym ("C&PP").
4. "Covered by X" and labels such as "Strategic Lead:" are dropped, leaving
   the owner; placeholders are dropped.

A complete owner is initials, a ranked or plain personal name, an
all-capitals acronym, an operation, a placeholder, or a title recognised by
its head word (a role noun, rank, unit noun or plural). A single ordinary
word ("Crime", "Partnerships") is not complete, which is what keeps "Crime
and Public Protection" whole. Cells longer than 500 characters are notes,
not lists of owners, and are only split at rule 1.

Readings that need a decision
-----------------------------
- "Di" written in title case is the rank DI only when one capitalised word
  follows ("Di Kirby" is DI Kirby); otherwise it is a given name ("Di Anna
  Granger"). "Ps" is read the same way; "PS" in capitals is a Sergeant
  before any name, but "PS" alone is initials.
- Two capital letters that are not a rank are initials ("JF", "SK"); three or
  more are a unit ("OSG"), or a role for a few role acronyms ("LRO").
  Two-letter ranks ("DI", "DS", "PC", "CI") alone are roles.
- Gold, Silver and Bronze after a ranked name are the command role, not a
  surname: "Ch/Supt Wells Gold." reads as Ch/Supt Wells. The raw text is
  kept. The cost: a real "DI Rob Gold" would read as DI Rob.
- "Covered by ERSOU" reads as the team ERSOU. ERSOU is a partner outside the
  force (see the glossary); telling partners from force units is the
  caller's job.
- Acting and temporary ranks ("A/DI", "ADI", "Acting DI", "T/Supt") read as
  the substantive rank, so that an acting DI and the same DI later compare
  as the same person; the raw text keeps "acting".
- Honorifics (Mr, Mrs, Ms, Cllr, ...) are kept in the display name but give
  no rank.
- For roles and groups, ``rank`` is the rank the title names, if any
  ("Divisional Supt." has rank "Supt", "DCIs" has rank "DCI").

Examples
--------
>>> split_owners("SK / LPSU")
['SK', 'LPSU']
>>> split_owners("Domestic Abuse Lead for Safeguarding and Partnerships")
['Domestic Abuse Lead for Safeguarding and Partnerships']
>>> parse_owner("C/Supt Ewen Wilson").display
'Ch/Supt Ewen Wilson'
>>> compare_owners(parse_owner("Ch/Supt Wilson"), parse_owner("C/Supt Ewen Wilson")).verdict
'same'
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "KINDS",
    "RANKS",
    "OwnerName",
    "NameMatch",
    "split_owners",
    "parse_owner",
    "compare_owners",
    "initials_of",
]

KINDS = ("person", "role", "team", "group", "none")

# Canonical ranks, most junior first, and every spelling the plans (or the
# glossary) use for each. Spellings are compared as rank keys: lower case,
# full stops removed, slashes read as spaces ("C/Supt" -> "c supt").
_RANK_SPELLINGS: dict[str, tuple[str, ...]] = {
    "PC": ("pc", "police constable", "constable"),
    "PCSO": ("pcso", "police community support officer"),
    "DC": ("dc", "det con", "det constable", "detective constable"),
    "DS": ("ds", "det sgt", "d sgt", "det sergeant", "detective sergeant"),
    "Sgt": ("sgt", "sergeant", "police sergeant", "ps"),
    "Insp": ("insp", "inspector", "police inspector"),
    "DI": ("di", "det insp", "d insp", "det inspector", "detective inspector"),
    "CI": ("ci", "c insp", "ch insp", "chief insp", "chief inspector", "cinsp"),
    "DCI": ("dci", "d ci", "det ci", "d c insp", "d ch insp", "det c insp", "det ch insp",
            "det chief insp", "det chief inspector", "detective chief inspector"),
    "Supt": ("supt", "superintendent"),
    "D/Supt": ("d supt", "dsupt", "det supt", "det superintendent", "detective superintendent"),
    "Ch/Supt": ("ch supt", "c supt", "chsupt", "csupt", "chief supt", "ch superintendent",
                "chief superintendent"),
    "Det Ch/Supt": ("dcs", "d c supt", "d ch supt", "det c supt", "det ch supt", "det chief supt",
                    "det chief superintendent", "detective chief superintendent"),
    "ACC": ("acc", "assistant chief constable"),
    "DCC": ("dcc", "deputy chief constable"),
    "CC": ("cc", "chief constable"),
    "Dr": ("dr", "doctor"),
}
RANKS = tuple(_RANK_SPELLINGS)
_RANK_BY_KEY = {key: rank for rank, keys in _RANK_SPELLINGS.items() for key in keys}

# "Di" is also a given name and "PS" also initials: these two count as ranks
# only when written in capitals or, for "Di"/"Ps", before exactly one name.
_AMBIGUOUS_RANK_KEYS = {"di", "ps"}
# Acting ranks written as one word; kept to the two seen in policing papers,
# since longer run-together forms collide with acronyms.
_COMPACT_ACTING = {"adi": "DI", "adci": "DCI"}
_ACTING_WORDS = {"acting", "temp", "temporary"}
# Two-letter ranks that are never read as initials on their own.
_RANK_PAIRS = {"DI", "DS", "DC", "PC", "CI", "CC"}
# Two capital letters that are well-known abbreviations, not initials.
_NOT_INITIALS = {"FI", "HR", "IT", "UK", "QA"}

_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "prof", "professor", "rev",
               "revd", "cllr", "councillor"}
_COMMAND_ROLES = {"gold", "silver", "bronze"}
_NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "du", "la", "le", "del", "della", "dos"}

_ROLE_NOUNS = {
    "lead", "manager", "officer", "co-ordinator", "coordinator", "head", "director", "chair",
    "chairman", "chairperson", "analyst", "investigator", "adviser", "advisor", "supervisor",
    "commander", "champion", "owner", "practitioner", "specialist", "deputy", "secretary",
    "representative", "rep", "liaison", "sponsor", "controller", "administrator", "planner",
    "researcher", "worker", "assistant", "mentor", "trainer", "navigator", "commissioner",
    "detective", "lawyer", "solicitor", "partner",
}
_ROLE_ACRONYMS = {"LRO", "SIO", "SPOC", "OIC", "FI", "FLO", "IDVA", "ISVA", "SRO", "PCC", "PFCC",
                  "DPFCC", "DPCC"}
_TEAM_NOUNS = {
    "unit", "team", "department", "dept", "directorate", "command", "centre", "center", "hub",
    "section", "branch", "division", "desk", "bureau", "service", "services", "squad", "group",
    "board", "partnership", "panel", "cell", "function", "network", "office", "college", "room",
    "agency", "council", "committee", "forum", "authority", "force", "police", "constabulary",
    "trust", "charity", "project", "programme", "secretariat",
}
_GROUP_WORDS = {"all", "everyone", "everybody", "partners", "agencies", "colleagues", "staff"}
# Words of the plans' own vocabulary: two capitalised words made of these are
# a title ("Public Protection"), never a person's name.
_NON_NAME_WORDS = {
    "crime", "crimes", "public", "protection", "policing", "local", "safety", "community",
    "communities", "abuse", "domestic", "serious", "organised", "organized", "support",
    "operations", "operational", "intelligence", "safeguarding", "prevention", "prevent",
    "pursue", "protect", "prepare", "investigation", "investigations", "investigative",
    "analytical", "analysis", "divisional", "district", "county", "regional", "national",
    "violence", "exploitation", "child", "children", "sexual", "hate", "gang", "gangs", "knife",
    "fraud", "digital", "economic", "prison", "youth", "offender", "offenders", "management",
    "strategic", "tactical", "night", "economy", "burglary", "robbery", "victim", "victims",
    "essex", "southend", "thurrock", "licensing", "training", "criminal", "justice", "health",
    "response", "neighbourhood", "rural", "engagement", "review", "audit", "inspection",
    "control", "contact", "partnerships", "trading", "standards", "watch", "cyber", "economic",
    "tasking", "acquisitive", "extremism", "radicalisation", "counter", "terrorism", "specials",
    "volunteers", "volunteer", "custody", "firearms", "roads", "traffic", "missing", "persons",
    "the", "and", "or", "of", "for", "by", "with", "to", "in", "at", "on", "op", "operation",
    "tbc", "tba", "covered", "strand", "area", "plan", "task", "action",
}
_NOT_NAME = (
    _NON_NAME_WORDS | _ROLE_NOUNS | {n + "s" for n in _ROLE_NOUNS} | _TEAM_NOUNS | _GROUP_WORDS
    | {key for key in _RANK_BY_KEY if " " not in key} | {a.lower() for a in _ROLE_ACRONYMS}
) - {"di"}  # "Di" is a given name as well as a rank (see the module notes)

_PLACEHOLDERS = {"", "tbc", "tba", "tbd", "tbc tba", "na", "n a", "nan", "nat", "none", "null",
                 "nil", "unknown", "vacant", "to be confirmed", "to be agreed", "to be decided",
                 "to be allocated", "not applicable", "not known"}

# "Covered by ERSOU", "Led by SCD": the owner is what follows.
_BY_PREFIX = re.compile(r"(?:covered|led|owned|delivered|managed)\s+by\s+(?=\S)", re.I)
# "Strategic Lead: C/Supt Ewen Wilson" in leads sheets.
_LABEL_PREFIX = re.compile(
    r"(?:(?:strategic|tactical|operational|strand|task|action|area|joint)\s+)?"
    r"(?:lead|leads|owner|owners|who)\s*:\s*", re.I)
# Separators that may join two owners inside one cell.
_JOINT_SEP = re.compile(r"\s+and/or\s+|\s*/\s*|\s+&\s*|\s*&\s+|\s+and\s+|\s+\+\s+", re.I)
_HARD_SEP = re.compile(r"[\n\r;]+")
# The head of a title ends at its first preposition, comma, dash or bracket.
_HEAD_END = re.compile(r",|\s+(?:of|for|to|at|in|on|with|within|from)\s+|\s+[-\u2013\u2014]\s+|\(",
                       re.I)
_OF_FOR = re.compile(r",|\b(?:of|for)\b", re.I)
_EDGE_PUNCT = " \t\r\n.,;:-\u2013\u2014\u2022*\u00b7"
_MAX_JOINT_LEN = 500  # longer cells are notes, not lists of owners

# Readings that count as a complete owner when deciding whether to split.
_COMPLETE_BASES = {"initials", "ranked", "name", "honorific", "op", "all", "head", "acronym",
                   "placeholder"}


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
class NameMatch:
    """The verdict on whether two owners are the same.

    Attributes
    ----------
    verdict : str
        "same" (strong evidence: the caller may merge), "candidate" (weak
        evidence: report it, never merge) or "different".
    reason : str
        The evidence, for a person to check.

    Examples
    --------
    >>> compare_owners(parse_owner("DI Kirby"), parse_owner("DI Rob Kirby"))
    NameMatch(verdict='same', reason='same family name (Kirby); given name only in one (Rob); same rank (DI)')
    """

    verdict: str
    reason: str


@dataclass(frozen=True)
class _Reading:
    """What the text says, and on what basis (the basis decides splitting)."""

    kind: str
    basis: str
    display: str
    rank: str | None = None
    given: str | None = None
    family: str | None = None
    initials: str | None = None


# ---------------------------------------------------------------- splitting


def split_owners(text: object) -> list[str]:
    """Split a "Who" cell into the pieces that each name one owner.

    The rule is in the module notes: newlines and semicolons always split;
    commas, "/", "&", "and" and "+" split only between complete owners.

    Parameters
    ----------
    text : object
        The cell value; None, NaN and non-text values are tolerated.

    Returns
    -------
    list of str
        Stripped pieces, each a substring of the text, in order; blanks and
        placeholders (TBC, TBA) are dropped, and so are "Covered by" and
        "Strategic Lead:" prefixes.

    Examples
    --------
    >>> split_owners("SS/PW")
    ['SS', 'PW']
    >>> split_owners("LPP Inspector and CSP Manager")
    ['LPP Inspector', 'CSP Manager']
    >>> split_owners("SCD OCGMU & ROCTA")
    ['SCD OCGMU', 'ROCTA']
    >>> split_owners("Crime and Public Protection")
    ['Crime and Public Protection']
    >>> split_owners("Ch/Supt Wilson")
    ['Ch/Supt Wilson']
    >>> split_owners("Covered by ERSOU")
    ['ERSOU']
    >>> split_owners("TBC"), split_owners(None)
    ([], [])
    """
    cell = _as_text(text)
    pieces = []
    for start, end in _hard_spans(cell):
        for c_start, c_end in _comma_spans(cell, start, end):
            for j_start, j_end in _joint_spans(cell, c_start, c_end):
                piece = _strip_prefixes(cell[j_start:j_end].strip()).strip()
                if piece and _read(piece).kind != "none":
                    pieces.append(piece)
    return pieces


def _hard_spans(cell: str) -> list[tuple[int, int]]:
    """Spans between newlines and semicolons, which always separate owners."""
    spans, start = [], 0
    for match in _HARD_SEP.finditer(cell):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(cell)))
    return spans


def _comma_spans(cell: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at commas only if every part is a complete owner (or a list of them)."""
    if "," not in cell[start:end] or end - start > _MAX_JOINT_LEN:
        return [(start, end)]
    parts, part_start = [], start
    for index in range(start, end):
        if cell[index] == ",":
            parts.append((part_start, index))
            part_start = index + 1
    parts.append((part_start, end))
    for p_start, p_end in parts:
        subpieces = _joint_spans(cell, p_start, p_end)
        if not all(_is_complete(cell[a:b], strict=True) for a, b in subpieces):
            return [(start, end)]
    return parts


def _joint_spans(cell: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at "/", "&", "and", "+" between complete owners, left to right.

    Each separator is judged on the owner built up so far on its left and the
    next piece on its right; a refused separator joins the two, so a title
    such as "Lead for Safeguarding and Partnerships" stays whole.
    """
    if end - start > _MAX_JOINT_LEN:
        return [(start, end)]
    seps = [m for m in _JOINT_SEP.finditer(cell, start, end) if not _inside_rank(cell, start, end, m)]
    if not seps:
        return [(start, end)]
    atoms = [(start, seps[0].start())]
    atoms += [(seps[i].end(), seps[i + 1].start()) for i in range(len(seps) - 1)]
    atoms.append((seps[-1].end(), end))
    spans = []
    cur_start, cur_end = atoms[0]
    for sep, (next_start, next_end) in zip(seps, atoms[1:]):
        is_slash = "/" in sep.group() and "and" not in sep.group().lower()
        if _may_split(cell[cur_start:cur_end], cell[next_start:next_end], is_slash):
            spans.append((cur_start, cur_end))
            cur_start = next_start
        cur_end = next_end
    spans.append((cur_start, cur_end))
    return spans


def _inside_rank(cell: str, start: int, end: int, sep: re.Match) -> bool:
    """Whether a slash is part of a rank ("Ch/Supt", "A/DI", "D/Insps")."""
    if "/" not in sep.group() or "and" in sep.group().lower():
        return False
    before = cell[start:sep.start()].split()
    after = cell[sep.end():end].split()
    if not before or not after:
        return True  # a slash at an edge separates nothing
    joined = f"{before[-1]}/{after[0]}"
    if _lookup_rank(joined) or _lookup_rank(joined.rstrip(",.")):
        return True
    return joined.endswith("s") and _lookup_rank(joined[:-1]) is not None


def _may_split(left: str, right: str, is_slash: bool) -> bool:
    """Whether a separator between ``left`` and ``right`` joins two owners."""
    left, right = left.strip(), right.strip()
    if not left or not right:
        return False
    if not _is_complete(left, strict=True):
        return False
    if _is_complete(right, strict=False):
        return True
    # After a slash a lone unit word ("SK / Analytical") is an owner too.
    return is_slash and _is_lone_word(right)


def _is_complete(piece: str, strict: bool) -> bool:
    """Whether a piece is an owner on its own (see the module notes).

    ``strict`` also refuses "of", "for" and commas, which mean a conjunction
    after the piece belongs to a title.
    """
    body = _tidy(_strip_prefixes(piece))
    if _is_placeholder(body):
        return True
    if (strict and _OF_FOR.search(body)) or "," in body:
        return False
    return _read(piece).basis in _COMPLETE_BASES


def _is_lone_word(piece: str) -> bool:
    word = _tidy(piece)
    return " " not in word and word[:1].isupper() and word.replace("-", "").isalpha()


# ------------------------------------------------------------------ reading


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
    >>> parse_owner("TBC").kind
    'none'
    """
    raw = _as_text(text).strip()
    reading = _read(raw)
    return OwnerName(raw=raw, kind=reading.kind, rank=reading.rank, given=reading.given,
                     family=reading.family, initials=reading.initials, display=reading.display)


def _read(text: str) -> _Reading:
    """Read a piece of text: a placeholder, a person, or else a non-person."""
    body = _tidy(_strip_prefixes(text.strip()))
    name_part, bracket = _split_bracket(body)
    core = _tidy(name_part) if name_part.strip() else _tidy(bracket or "")
    if _is_placeholder(core):
        return _Reading("none", "placeholder", display=_tidy(text))
    person = _read_person(core)
    if person is not None:
        return _add_bracket_initials(person, bracket if name_part.strip() else None)
    return _read_non_person(core, display=body)


def _read_person(core: str) -> _Reading | None:
    """A person: initials, a ranked name, an honorific and name, or a plain name."""
    initials = _initials_in(core)
    if initials:
        return _Reading("person", "initials", display=initials, initials=initials)
    words = core.split()
    for reader in (_read_ranked, _read_honorific, _read_plain_name):
        reading = reader(words)
        if reading is not None:
            return reading
    return None


def _read_ranked(words: list[str]) -> _Reading | None:
    """A rank followed by one to four name words: "DI Rob Kirby"."""
    found = _match_rank_prefix(words)
    if found is None:
        return None
    rank, used = found
    rest = words[used:]
    first = " ".join(words[:used])
    if _rank_key(first) in _AMBIGUOUS_RANK_KEYS and first != first.upper():
        # "Di Kirby" is DI Kirby; "Di Anna Granger" is a woman called Di.
        if not (len(rest) == 1 and _is_name_word(rest[0])):
            return None
    if len(rest) >= 2 and rest[-1].lower() in _COMMAND_ROLES:
        rest = rest[:-1]  # "Ch/Supt Wells Gold": Gold is the command role
    parts = _name_parts(rest, lenient=True)
    if parts is None:
        return None
    given, family = parts
    return _Reading("person", "ranked", display=_join(rank, given, family), rank=rank,
                    given=given, family=family)


def _read_honorific(words: list[str]) -> _Reading | None:
    """An honorific and a name: "Mr Smith" (no rank, honorific kept for display)."""
    if len(words) < 2 or words[0].lower().rstrip(".") not in _HONORIFICS:
        return None
    parts = _name_parts(words[1:], lenient=True)
    if parts is None:
        return None
    given, family = parts
    return _Reading("person", "honorific", display=_join(words[0].rstrip("."), given, family),
                    given=given, family=family)


def _read_plain_name(words: list[str]) -> _Reading | None:
    """Two to four capitalised words that are not plan vocabulary: "Jason Hendy"."""
    if len(words) < 2:
        return None  # a lone word is more often a unit ("Analytical") than a surname
    parts = _name_parts(words, lenient=False)
    if parts is None:
        return None
    given, family = parts
    return _Reading("person", "name", display=_join(given, family), given=given, family=family)


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
        elif not last and (index > 0 or lenient) and word in _NAME_PARTICLES:
            kept.append(word)
        elif _fold_word(word) in _NOT_NAME:
            return None
        elif _is_name_word(word) or (lenient and _is_lower_word(word)):
            kept.append(_tidy_case(word))
        else:
            return None
    family_start = len(kept) - 1
    while family_start > 0 and kept[family_start - 1] in _NAME_PARTICLES:
        family_start -= 1
    given = " ".join(kept[:family_start]) or None
    return given, " ".join(kept[family_start:])


def _add_bracket_initials(person: _Reading, bracket: str | None) -> _Reading:
    """Take initials stated in brackets, if they agree with the name.

    Initials that do not fit the name ("Jason Hendy (SK)") are not taken: they
    would make a wrong "same" verdict against "SK".
    """
    if not bracket or person.initials or not person.family:
        return person
    letters = re.sub(r"[\s.]", "", bracket)
    if not re.fullmatch(r"[A-Z]{2,4}", letters):
        return person
    if letters[-1] != person.family.split()[-1][0].upper():
        return person
    if person.given and letters[0] != person.given[0].upper():
        return person
    return _Reading(person.kind, person.basis, display=person.display, rank=person.rank,
                    given=person.given, family=person.family, initials=letters)


def _read_non_person(core: str, display: str) -> _Reading:
    """A role, team or group, judged mainly by the head word of the title."""
    words = core.split()
    first = _fold_word(words[0])
    if first in {"op", "operation"} and len(words) > 1:
        return _Reading("team", "op", display=display)
    if first in {"all", "everyone", "everybody"}:
        return _Reading("group", "all", display=display)
    if len(words) == 1 and first in _COMMAND_ROLES:
        return _Reading("role", "head", display=display)
    head = _HEAD_END.split(core, maxsplit=1)[0].split()
    reading = _read_head(head, display) if head else None
    if reading is not None:
        return reading
    if all(_is_acronym(word) for word in words):
        return _Reading("team", "acronym", display=display)
    ranked = _match_rank_prefix(words)
    if ranked is not None:
        # A rank followed by something other than a name ("Insp Local
        # Policing") names a post: a role, with that rank.
        return _Reading("role", "fallback", display=display, rank=ranked[0])
    return _Reading("team", "single" if len(words) == 1 else "fallback", display=display)


def _read_head(head: list[str], display: str) -> _Reading | None:
    """Classify by the head word: role noun, rank, unit noun or plural."""
    last = head[-1].strip(_EDGE_PUNCT) or head[-1]
    low = last.lower()
    if last in _ROLE_ACRONYMS or low in _ROLE_NOUNS:
        return _Reading("role", "head", display=display)
    rank = _rank_suffix(head)
    if rank:
        return _Reading("role", "head", display=display, rank=rank)
    if low in _TEAM_NOUNS:
        return _Reading("team", "head", display=display)
    if low in _GROUP_WORDS:
        return _Reading("group", "head", display=display)
    plural = _plural_of(head)
    if plural is not None:
        return _Reading("group", "head", display=display, rank=plural or None)
    if _is_acronym(last):
        kind_basis = "acronym" if all(_is_acronym(w) for w in head) else "head"
        return _Reading("team", kind_basis, display=display)
    return None


def _plural_of(head: list[str]) -> str | None:
    """For a plural head word, the rank it names or "" (None if not a plural)."""
    last = head[-1]
    if len(last) < 3 or not last.endswith("s") or last.endswith("ss") or last.isupper():
        return None
    stem_words = head[:-1] + [last[:-1]]
    rank = _rank_suffix(stem_words)
    if rank:
        return rank  # "DCIs", "D/Insps", "Chief Inspectors"
    stem = last[:-1]
    if stem.lower() in _ROLE_NOUNS or stem.lower() in _TEAM_NOUNS:
        return ""  # "Analysts", "PREVENT officers", "Teams"
    if stem.isupper() and stem.isalpha():
        return ""  # "CPTs"
    return None


# -------------------------------------------------------------------- ranks


def _rank_key(text: str) -> str:
    """A spelling of a rank as a lookup key: "Ch/Supt." -> "ch supt"."""
    return " ".join(text.lower().replace(".", "").replace("/", " ").split())


def _lookup_rank(text: str) -> str | None:
    """The canonical rank a spelling stands for, acting forms included."""
    key = _rank_key(text)
    if key in _RANK_BY_KEY:
        return _RANK_BY_KEY[key]
    if key in _COMPACT_ACTING:
        return _COMPACT_ACTING[key]
    first, _, rest = key.partition(" ")
    # "A/DI" and "T/Supt" only with the slash: "A DI" is not a rank.
    slashed = re.match(r"[AaTt]\s*/", text.strip()) is not None
    if rest and (first in _ACTING_WORDS or (first in {"a", "t"} and slashed)):
        return _RANK_BY_KEY.get(rest)
    return None


def _match_rank_prefix(words: list[str]) -> tuple[str, int] | None:
    """The longest rank at the start of the words, and how many words it uses."""
    for used in range(min(4, len(words)), 0, -1):
        rank = _lookup_rank(" ".join(words[:used]))
        if rank:
            return rank, used
    return None


def _rank_suffix(words: list[str]) -> str | None:
    """The longest rank at the end of a title: "Divisional Supt" -> "Supt"."""
    for used in range(min(4, len(words)), 0, -1):
        spelling = " ".join(words[-used:]).strip(_EDGE_PUNCT)
        rank = _lookup_rank(spelling)
        if rank and not (_rank_key(spelling) in _AMBIGUOUS_RANK_KEYS and spelling != spelling.upper()):
            return rank
    return None


# ------------------------------------------------------------------ comparing


def compare_owners(a: OwnerName, b: OwnerName) -> NameMatch:
    """Weigh whether two owners are the same, never merging on a guess.

    Rules for two persons:

    - same family and given name: "same", whatever the ranks (people are
      promoted);
    - same family name, given name in only one: "same" if the ranks are equal
      or one is missing, else "candidate";
    - same family name, no given names: "same" if both have the same rank,
      else "candidate";
    - given names where one starts the other ("Rob", "Robert"; "J",
      "Jason"): "candidate"; other different given names: "different";
    - initials against a name: "same" if the name states those initials in
      brackets, "candidate" if they are only the name's initials;
    - initials against initials: "same" if equal.

    Text that differs only in case, spacing or punctuation is "same". Two
    non-persons of the same kind are "candidate" when one is the acronym of
    the other ("PIU", "Prison Intelligence Unit"). Placeholders are never the
    same as anything. Everything else is "different".

    Parameters
    ----------
    a, b : OwnerName
        Readings from `parse_owner` (text is parsed first).

    Returns
    -------
    NameMatch

    Examples
    --------
    >>> def verdict(x, y):
    ...     return compare_owners(parse_owner(x), parse_owner(y)).verdict
    >>> verdict("C/Supt Ewen Wilson", "Chief Superintendent Ewen Wilson")
    'same'
    >>> verdict("DCI Huddleston", "Rob Huddleston")
    'same'
    >>> verdict("DI Smith", "Supt Smith")
    'candidate'
    >>> verdict("JH", "Jason Hendy (JH)"), verdict("JF", "Jasmine Frost")
    ('same', 'candidate')
    >>> verdict("DI Rob Kirby", "DI Tom Kirby")
    'different'
    """
    a, b = _as_owner(a), _as_owner(b)
    if a.kind == "none" or b.kind == "none":
        return NameMatch("different", "no owner named (blank or placeholder)")
    if _same_text(a, b):
        return NameMatch("same", "same text apart from case, spacing or punctuation")
    if a.kind != b.kind:
        return NameMatch("different", f"different kinds ({a.kind}, {b.kind})")
    if a.kind != "person":
        return _compare_titles(a, b)
    if a.family and b.family:
        return _compare_full_names(a, b)
    return _compare_initials(a, b)


def _same_text(a: OwnerName, b: OwnerName) -> bool:
    # The raw text, not the display: "C/Supt Ewen Wilson" and "Chief
    # Superintendent Ewen Wilson" share a display but the evidence is the name.
    return _text_key(a.raw) == _text_key(b.raw)


def _compare_titles(a: OwnerName, b: OwnerName) -> NameMatch:
    """Roles, teams or groups: same name once tidied, or an acronym of the other."""
    if _text_key(a.display) == _text_key(b.display):
        return NameMatch("same", f"same name once tidied ({a.display})")
    for short, long in ((a.display, b.display), (b.display, a.display)):
        if _is_acronym(short) and " " not in short and short == _acronym_of(long):
            return NameMatch("candidate", f"{short} matches the initial letters of {long}")
    return NameMatch("different", "different names")


def _compare_full_names(a: OwnerName, b: OwnerName) -> NameMatch:
    """Two persons with family names: the rules in `compare_owners`."""
    if _name_key(a.family) != _name_key(b.family):
        return NameMatch("different", f"different family names ({a.family}, {b.family})")
    if a.initials and b.initials and a.initials != b.initials:
        return NameMatch("different", f"stated initials differ ({a.initials}, {b.initials})")
    family = f"same family name ({a.family})"
    given_a, given_b = _first_given(a), _first_given(b)
    if given_a and given_b:
        return _compare_given(a, b, given_a, given_b, family)
    ranks = _rank_evidence(a.rank, b.rank)
    compatible = a.rank is None or b.rank is None or a.rank == b.rank
    if given_a or given_b:
        given = f"given name only in one ({a.given or b.given})"
        verdict = "same" if compatible else "candidate"
        return NameMatch(verdict, f"{family}; {given}; {ranks}")
    if a.rank and a.rank == b.rank:
        return NameMatch("same", f"same rank and family name ({a.rank} {a.family})")
    return NameMatch("candidate", f"{family}; no given names; {ranks}")


def _compare_given(a: OwnerName, b: OwnerName, given_a: str, given_b: str, family: str) -> NameMatch:
    if given_a == given_b:
        reason = f"same given and family name ({a.given} {a.family})"
        if a.rank and b.rank and a.rank != b.rank:
            reason += f"; ranks differ ({a.rank}, {b.rank})"
        return NameMatch("same", reason)
    if given_a.startswith(given_b) or given_b.startswith(given_a):
        # "Rob"/"Robert", "J"/"Jason": likely, but a guess.
        return NameMatch("candidate", f"{family}; one given name may shorten the other "
                                      f"({a.given}, {b.given})")
    return NameMatch("different", f"{family} but different given names ({a.given}, {b.given})")


def _compare_initials(a: OwnerName, b: OwnerName) -> NameMatch:
    """At least one side is initials only (a person with no family name)."""
    if not a.family and not b.family:
        if a.initials and a.initials == b.initials:
            return NameMatch("same", f"same initials ({a.initials})")
        return NameMatch("different", "different initials")
    short, full = (a, b) if not a.family else (b, a)
    if not short.initials:
        return NameMatch("different", "nothing to compare")
    if full.initials == short.initials:
        return NameMatch("same", f"{full.display} states the initials {short.initials}")
    if initials_of(full) == short.initials:
        return NameMatch("candidate", f"{short.initials} are the initials of {full.display}, "
                                      "but the name does not state them")
    return NameMatch("different", f"{short.initials} are not the initials of {full.display}")


def _rank_evidence(rank_a: str | None, rank_b: str | None) -> str:
    if rank_a and rank_b:
        return f"same rank ({rank_a})" if rank_a == rank_b else f"ranks differ ({rank_a}, {rank_b})"
    if rank_a or rank_b:
        return f"rank only in one ({rank_a or rank_b})"
    return "no ranks"


def initials_of(name: OwnerName) -> str | None:
    """The initials a person's name would be written as.

    Stated initials win ("Jason Hendy (JH)"); otherwise the first letters of
    the first given name and of the family name. Middle names are left out,
    as the plans write two-letter initials.

    Parameters
    ----------
    name : OwnerName
        A reading from `parse_owner` (text is parsed first).

    Returns
    -------
    str or None
        Upper-case initials, or None unless the name has a given and a
        family name.

    Examples
    --------
    >>> initials_of(parse_owner("DCI Jasmine Frost"))
    'JF'
    >>> initials_of(parse_owner("DI Kirby")) is None, initials_of(parse_owner("JF")) is None
    (True, True)
    """
    name = _as_owner(name)
    if name.kind != "person" or not name.given or not name.family:
        return None
    if name.initials:
        return name.initials
    given = name.given.split()[0]
    family = name.family.split()[-1]
    return (given[0] + family[0]).upper()


# ------------------------------------------------------------------ helpers


def _as_text(value: object) -> str:
    """Any cell value as text; None, NaN and unprintable objects as ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and math.isnan(value):
        return ""
    try:
        return str(value)
    except Exception:  # an object whose __str__ fails: not an owner
        return ""


def _as_owner(value: object) -> OwnerName:
    return value if isinstance(value, OwnerName) else parse_owner(_as_text(value))


def _strip_prefixes(text: str) -> str:
    """Drop "Strategic Lead:" and "Covered by" from the front (a substring remains)."""
    while True:  # until none is left, so that stripping twice changes nothing
        stripped = text.lstrip()
        match = _LABEL_PREFIX.match(stripped) or _BY_PREFIX.match(stripped)
        if match is None:
            return text
        text = stripped[match.end():]


def _split_bracket(body: str) -> tuple[str, str | None]:
    """Split off a final bracket: "Jason Hendy (JH)" -> ("Jason Hendy", "JH")."""
    if not body.endswith(")"):
        return body, None
    opening = body.rfind("(")
    if opening < 0 or ")" in body[opening + 1:-1]:
        return body, None
    return body[:opening], body[opening + 1:-1].strip()


def _tidy(text: str) -> str:
    """Whitespace collapsed, stray punctuation and bullets off the edges."""
    return " ".join(text.split()).strip(_EDGE_PUNCT)


def _is_placeholder(core: str) -> bool:
    key = " ".join(re.sub(r"[\W_]+", " ", core.casefold()).split())
    return key in _PLACEHOLDERS


def _initials_in(core: str) -> str | None:
    """Initials when the whole text is initials: "JF", "J.F.", "J. F."."""
    if re.fullmatch(r"[A-Z]{2}", core):
        return None if core in _RANK_PAIRS or core in _NOT_INITIALS else core
    if re.fullmatch(r"[A-Z](?:\.\s?[A-Z]){1,3}\.?", core):
        return re.sub(r"[^A-Z]", "", core)
    return None


def _is_name_word(word: str) -> bool:
    """A capitalised word of letters, hyphens or apostrophes: "O'Brien", "McDonald"."""
    parts = re.split(r"[-'\u2019]", word)
    return (len(word) >= 2 and word[0].isupper() and not word.isupper()
            and all(part.isalpha() for part in parts))


def _is_lower_word(word: str) -> bool:
    return word.islower() and all(part.isalpha() for part in re.split(r"[-'\u2019]", word))


def _is_acronym(word: str) -> bool:
    word = word.strip(_EDGE_PUNCT)
    return (re.fullmatch(r"[A-Z][A-Z0-9&]*[A-Z0-9]", word) is not None
            and sum(ch.isalpha() for ch in word) >= 2)


def _acronym_of(title: str) -> str:
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", title)
    return "".join(w[0].upper() for w in words if w.lower() not in {"of", "and", "for", "the"})


def _tidy_case(word: str) -> str:
    """Capitalise a lower-case name word ("huddleston" -> "Huddleston")."""
    if not word.islower():
        return word
    return re.sub(r"(^|[-'\u2019])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)


def _fold_word(word: str) -> str:
    return word.lower().strip(_EDGE_PUNCT + "'\u2019")


def _join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def _text_key(text: str) -> str:
    """Text folded for equality: accents, case and punctuation gone."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w\s]|_", "", text).split())


def _name_key(name: str | None) -> str:
    return _text_key(name or "").replace(" ", "")


def _first_given(person: OwnerName) -> str:
    return _name_key((person.given or "").split()[0]) if person.given else ""

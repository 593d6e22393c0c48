"""References from one task to another, written by hand in a plan's cells.

Planners link tasks in free text: "Linked to Actions (1) (2) (8)", "This is a
duplicate of task no.11", "As above", 'linked to "Crimestoppers" action in
Prevent section', "This MAY be linked to work in USG area". This module reads
those lead phrases and nothing else: it does not know which tasks exist, so a
caller matches each :class:`Reference` to a task (by its ref, by name, or to
the task on the row above; see :mod:`loaders.joining.links`) and keeps the
evidence. The refs a cell names without a lead phrase are judged by
:mod:`.mentions`, which knows the refs of the load.

How a cell is read
------------------
A reference is a *lead phrase* followed by what it cites:

* link phrases: "linked to", "link(s) to", "linked with", "tied to", and,
  before a task number or name only, "related to", "connected to" (relation
  ``"linked"``);
* dependency phrases: "depends on", "dependent/dependant on", "depending on",
  "dependencies", "pre-req", "prerequisite" (relation ``"depends"``);
* weaker phrases: "see", "see also", "as per", "refer to", "cf.";
* "duplicate of", "same as" (kind ``"duplicate"``).

What follows the lead is one of

* a list of task numbers ("7", "2.3", "3a", "DA-04"), each optionally written
  "action 7", "task no.11" or "(7)", joined by spaces, commas, semicolons,
  "&", "+", "/", "and", "or" -> kind ``"number"`` (or ``"duplicate"``);
* a task cited by its name in double quotes, optionally "in Prevent section"
  -> kind ``"name"``;
* work in another workstream: "work in/under USG (area)", or an acronym on its
  own at the end of a clause ("possibly linked to USG)") -> kind
  ``"workstream"``, with the words after "re"/"regarding" as its topic. Only
  link and dependency phrases lead to a workstream. A lone acronym is a
  guess ("linked to OPFCC." reads as workstream OPFCC): the caller should
  match the target against the workstreams it knows.

Two forms need no lead phrase: a bracketed "(action 14)" / "(task 3)"
anywhere, and "as above" / "same as above" / "see above" / "ditto" (kind
``"previous"``: the task on the row above). "As above" that opens a cell is
certain; one in the middle of a sentence, "Once
Best Practice is established (as above) ...", probably points at the row
above but may only mean "as said earlier in this cell", so it is ``hedged``.

A reference is ``hedged`` when the lead is preceded by "may (be)", "might",
"could", "possibly", "perhaps", "potentially", "probably" or "maybe", or when
the cited list ends with a question mark ("linked to action 3?"). "Can be
linked to" is not hedged: it states that a link exists.

What is not a reference
-----------------------
Numbers in plans are mostly not task numbers: money (£450k), shares (67%),
dates (15/6/18, 23.02.18), durations (3 month, 5 years), ranges (13-18yr),
years (2018), ordinals (4th), codes (BUSS2, C28, P360), "Phase 2",
"section 47", "Op Encircle 2". None of these follows a lead phrase, and the
token rules below reject them even when one does:

* a plain task number has at most three digits and is not glued to letters,
  "£", "%", or a hyphen and digits; a coded number needs a hyphen (DA-04),
  so BUSS2 or PP57 never match;
* a three-part date (15/6/18, 23.02.18, 2018-06-15) and "24/7" are masked;
* a list followed by a unit (%, k, m, years, months, weeks, days, hours,
  times, ...) is dropped;
* a list with no "action"/"task" word, no brackets and no code must end its
  clause ("linked to 10 & 15." but not "linked to 2 other plans" or "linked
  to 10.30 meeting"); after a weak lead ("see", "as per") an undotted number
  must be followed by punctuation or the end of the text ("see 3.2 for
  details" but not "we will see 2 new hubs");
* such a list reading "14/5" is a day and month as much as two tasks, and is
  left out.

Ranges ("actions 3-5") are not expanded: "13-18yr olds" looks the same.

In the default mode only text with a lead phrase is read. A cell of a
Dependencies column often holds nothing but numbers ("1.3, 2.4", "3", "2; 5");
``find_references(cell, bare=True)`` also reads a cell made only of
references. Such references carry relation ``"linked"``: only the caller knows
which column the cell came from, and can set ``relation="depends"`` with
:func:`dataclasses.replace`.

One :class:`Reference` is returned per cited target, in the order they appear;
a target cited twice in one cell (same kind and target) is returned once, with
the first evidence.

Examples
--------
>>> [r.target for r in find_references("Linked to Actions (1) (2) (8)")]
['1', '2', '8']
>>> find_references("Depends on 1.3")[0].relation
'depends'
>>> find_references("As above - implementation anticipated Oct 2018.")[0].kind
'previous'
>>> find_references("Crystallise 15 strands of work, phase 2, £450k")
[]
>>> [r.target for r in find_references("1.3, 2.4", bare=True)]
['1.3', '2.4']
"""

from __future__ import annotations

import numbers
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Reference", "find_references", "KINDS", "RELATIONS"]

KINDS = ("number", "previous", "duplicate", "name", "workstream")
RELATIONS = ("linked", "depends")


@dataclass(frozen=True)
class Reference:
    """One task cited by another task's cell.

    Attributes
    ----------
    kind : str
        One of :data:`KINDS`: ``"number"`` (a task number), ``"previous"``
        (the task on the row above), ``"duplicate"`` (the cell's task repeats
        the cited one), ``"name"`` (a task cited by its name) or
        ``"workstream"`` (work in another workstream, no task named).
    target : str
        The task number exactly as written ("7", "2.3", "DA-04"), the name or
        workstream words; ``""`` for ``"previous"``.
    evidence : str
        The exact part of the cell that was read, e.g.
        ``"Linked to Actions (1) (2) (8)"``.
    start : int
        Offset of ``evidence`` in the cell's text.
    hedged : bool
        True where the text hedges ("MAY be linked", "possibly linked").
    strand : str or None
        The 4P strand a named task is said to be in ("Prevent").
    topic : str or None
        What a workstream reference is about ("diversionary activity").
    relation : str
        ``"linked"``, or ``"depends"`` for "depends on", "pre-req" and the
        like.
    """

    kind: str
    target: str
    evidence: str
    start: int
    hedged: bool = False
    strand: str | None = None
    topic: str | None = None
    relation: str = "linked"


# --- Grammar ---------------------------------------------------------------
# Every pattern below is compiled case-insensitive; parts that must keep their
# case (acronyms, codes, names) switch it off locally with (?-i:...).

# A task number: "7", "2.3", "1.2.3", "3a"; or a code with a hyphen, "DA-04".
# The look-arounds stop a number being read out of a longer token: "2018",
# "£450k", "67%", "13-18yr", "BUSS2", "1st", the "3" of "2.3".
_TASK_NUMBER = r"""
    (?<![\w£$€-])(?<!\d\.)
    (?: (?-i:[A-Z]{1,4})-\d{1,3}                 # coded: DA-04
      | \d{1,3}(?:\.\d{1,3}){0,2}(?-i:[a-h])?    # numbered: 7, 2.3, 3a
    )
    (?![\w%£$€]|[.-]\d)
"""

# The words that announce a task number: "action", "tasks", "task no.",
# "action number", "task #".
_KEYWORD = r"\b(?:actions?|tasks?)\s*(?:(?:no|nos|number)\b\.?\s*|\#\s*)?"

# One cited task: "7", "action 7", "(7)", "Action (7)", "(action 7)".
_ITEM = rf"""
    (?:{_KEYWORD})?
    (?: \(\s*(?:{_KEYWORD})?{_TASK_NUMBER}\s*\) | {_TASK_NUMBER} )
"""

# Between cited tasks: a joining word or sign, or plain spaces before a
# bracket or an "action" word ("(11) (9)", "Action (10) and Action (1)").
_JOIN = r"""
    (?: \s*(?:[,;&+/]|\band/or\b|\band\b|\bor\b)\s*
      | \s+(?=\(|\b(?:actions?|tasks?)\b)
    )
"""

# In a Dependencies cell spaces and line breaks alone also separate numbers.
_BARE_JOIN = rf"(?:{_JOIN}|\s+)"

_TASK_LIST = re.compile(rf"{_ITEM}(?:{_JOIN}{_ITEM})*", re.I | re.X)

_TASK_NUMBER_RE = re.compile(_TASK_NUMBER, re.I | re.X)

_BARE_CELL = re.compile(
    rf"\s*(?P<list>{_ITEM}(?:{_BARE_JOIN}{_ITEM})*)\s*[.;,]?\s*", re.I | re.X
)

# The phrase that says a reference follows. Group names give its meaning.
_LEAD = re.compile(
    r"""
    (?=[acdlmprst])  # a quick first test: the letters every phrase below starts with
    (?P<hedge>\b(?:may|might|could|possibly|perhaps|potentially|probably|maybe)
        \s+(?:also\s+)?(?:be\s+)?(?:also\s+)?)?
    \b(?:
        (?P<depends> depend(?:s|ent|ant|ing)?\s+(?:up)?on
                   | dependenc(?:y|ies)(?:\s+on)?
                   | pre-?req(?:uisite)?s? | prerequisites?)
      | (?P<duplicate> duplicate\s+of | duplicates | same\s+as)
      | (?P<weak> see(?:\s+also)? | as\s+per | refers?\s+to | cf\.?)
      | (?P<linked> linked\s+(?:to|with) | links?\s+to | linking\s+to
                  | tied\s+(?:in\s+)?(?:to|with) | ties\s+in\s+with)
      | (?P<related> relate[sd]?\s+to | connected\s+to)
    )(?!\w)
    \s*:?\s*(?:the\s+)?
    """,
    re.I | re.X,
)

# 'linked to "Crimestoppers" action in Prevent section'. A quoted name followed
# by a bracket ('the "Pan Essex Governance" (Action 5)') is only the title of
# the numbered task, which the bracket form reads.
_NAMED_TASK = re.compile(
    r"""
    ["“”](?P<name>[^"“”\n]{2,80}?)["“”]
    (?!\s*\()
    (?:\s+(?:action|task|work(?:stream)?|activity))?
    (?:\s+(?:in|under|within|of)\s+(?:the\s+)?
        (?P<strand>prevent|pursue|protect|prepare)\b
        (?:\s+(?:section|strand|plan|quadrant))?)?
    """,
    re.I | re.X,
)

# What the work is about: "re diversionary activity". Stops at the end of the
# clause or at a spaced dash.
_TOPIC = r"""
    (?:\s+(?:re|regarding|concerning|around|about)\s+
       (?P<topic>(?:(?!\s[-–]\s)[^.;:!?()\n"])+))?
"""

# "work in USG area", "work under Knife Crime": a workstream named by its
# acronym or capitalised words, after "work in/under/within".
_WORK_IN = re.compile(
    rf"""
    (?:work|activity|activities)\s+(?:in|under|within|on|for|of)\s+(?:the\s+)?
    (?P<workstream>(?-i:[A-Z][A-Za-z&'-]*(?:\ [A-Z][A-Za-z&'-]*){{0,3}}))
    (?:\s+(?:area|workstream|work-?stream|strand|plan|group|section|team))?
    {_TOPIC}
    """,
    re.I | re.X,
)

# "(possibly linked to USG)": an acronym alone, ending the clause or followed
# by its topic. "Linked to EP Media ?" names no workstream, so the acronym must
# not run on into other words.
_ACRONYM = re.compile(
    rf"""
    (?P<workstream>(?-i:[A-Z][A-Z&]{{1,7}}))(?![\w&])
    (?=\s*(?:$|[).;,!?:\n]|[-–]\s)|\s+(?:re|regarding|concerning|around|about)\s)
    {_TOPIC}
    """,
    re.I | re.X,
)

# "(action 14)", "(see task 3)": a bracketed task number needs no lead phrase.
_BRACKETED = re.compile(
    rf"\(\s*(?:see\s+(?:also\s+)?)?(?P<list>(?={_KEYWORD}){_TASK_LIST.pattern})\s*\)",
    re.I | re.X,
)

# "As above", "(as above)", "same as above", "see above", "ditto".
_AS_ABOVE = re.compile(
    r"(?=[(sad])"  # a quick first test: the letters every form below starts with
    r"(?:\(\s*(?:same\s+as|see|as)\s+above\s*\)|\b(?:same\s+as|see|as)\s+above\b|\bditto\b)",
    re.I,
)

# Dates and "24/7" look like lists of numbers joined by "/" or ".".
_DATE_LIKE = re.compile(
    r"(?<!\d)\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})(?!\d)"
    r"|(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)"
    r"|\b24/7\b"
)

# A unit after a list means the numbers were amounts, not tasks.
_UNIT_AFTER = re.compile(
    r"""\s*(?: % | per\s*cent\b | percent\b | k\b | m\b | bn\b | million\b
             | thousand\b | y(?:ea)?rs?\b | months?\b | mths?\b | weeks?\b
             | wks?\b | days?\b | hours?\b | hrs?\b | min(?:ute)?s?\b
             | times\b | x\b | [ap]\.?m\b)""",
    re.I | re.X,
)

# Where a list of plain numbers may stop after a link or dependency phrase:
# the end of the text, punctuation, or a word that cannot count anything.
_CLAUSE_END = re.compile(
    r"""\s*(?: $ | [^\w\s%£$€]
             | (?:above|below|for|in|on|re|which|where|when|to|as|but|so|also
                 |too|respectively|is|are|was|has|have|will|must|should|being
                 |first|then|and|or)\b)""",
    re.I | re.X,
)

# After "see" or "as per", plain numbers must end at punctuation or the end.
_HARD_END = re.compile(r"\s*(?:$|[^\w\s%£$€])")

_QUESTION_AFTER = re.compile(r"\s*\?")

_STRANDS = {"prevent": "Prevent", "pursue": "Pursue", "protect": "Protect", "prepare": "Prepare"}


# --- Reading ---------------------------------------------------------------


def find_references(text: object, *, bare: bool = False) -> list[Reference]:
    """Find the tasks a cell refers to.

    Parameters
    ----------
    text : object
        The cell's value. Anything that is not a string gives no references,
        except numbers when ``bare`` is set (a Dependencies cell holding 3).
    bare : bool, optional
        Also read a cell made only of task numbers, with no lead phrase
        ("1.3, 2.4", "3", "2; 5"), as a Dependencies column holds. Default
        False: elsewhere a lone number is an amount, not a task.

    Returns
    -------
    list of Reference
        In order of appearance, one per distinct kind and target. Never raises.

    Examples
    --------
    >>> refs = find_references("Linked to Action (10) and Action (1) - what legislation")
    >>> [(r.kind, r.target) for r in refs]
    [('number', '10'), ('number', '1')]
    >>> refs[0].evidence
    'Linked to Action (10) and Action (1)'
    >>> find_references("This is a duplicate of task no.11.")[0]
    Reference(kind='duplicate', target='11', evidence='duplicate of task no.11', start=10, hedged=False, strand=None, topic=None, relation='linked')
    >>> ref = find_references("This MAY be linked to work in USG area re diversionary activity.")[0]
    >>> (ref.kind, ref.target, ref.topic, ref.hedged)
    ('workstream', 'USG', 'diversionary activity', True)
    >>> ref = find_references('linked to "Crimestoppers" action in Prevent section.')[0]
    >>> (ref.kind, ref.target, ref.strand)
    ('name', 'Crimestoppers', 'Prevent')
    >>> find_references("1st review 15/6/18")
    []
    >>> find_references(3), [r.target for r in find_references(3, bare=True)]
    ([], ['3'])
    """
    cell = _cell_text(text, bare)
    if not cell:
        return []
    return list(_references(cell, bare))


@lru_cache(maxsize=8192)
def _references(cell: str, bare: bool) -> tuple[Reference, ...]:
    """:func:`find_references` of a text, once per text: "As above", "Ongoing"
    and a plan's stock phrases are written on row after row."""
    found = _find_as_above(cell) + _find_after_leads(cell) + _find_bracketed(cell)
    if bare:
        found += _find_bare(cell)
    return tuple(_drop_repeats(found))


def _cell_text(value: object, bare: bool) -> str:
    """The text to read; numbers count only in a Dependencies cell."""
    if isinstance(value, str):
        return value
    if bare and isinstance(value, numbers.Real) and not isinstance(value, bool):
        # Excel stores "3" typed in a cell as the number 3.0.
        return str(int(value)) if _is_whole(value) else str(value)
    return ""


def _is_whole(value: numbers.Real) -> bool:
    try:
        return float(value).is_integer()
    except (OverflowError, ValueError):
        return False


def _find_as_above(cell: str) -> list[Reference]:
    """'As above': the row above. Certain only when it opens the cell."""
    refs = []
    for m in _AS_ABOVE.finditer(cell):
        opens_cell = not cell[: m.start()].strip(" \t\n\r(")
        refs.append(Reference("previous", "", m.group(), m.start(), hedged=not opens_cell))
    return refs


def _find_after_leads(cell: str) -> list[Reference]:
    """Read what follows each lead phrase: numbers, else a name, else work
    in another workstream."""
    refs: list[Reference] = []
    for lead in _LEAD.finditer(cell):
        refs += (
            _read_numbers_after(cell, lead)
            or _read_name_after(cell, lead)
            or _read_workstream_after(cell, lead)
        )
    return refs


def _read_numbers_after(cell: str, lead: re.Match) -> list[Reference]:
    listed = _TASK_LIST.match(cell, lead.end())
    if not listed or _UNIT_AFTER.match(cell, listed.end()):
        return []
    if not _is_plain_list_clear(cell, lead, listed):
        return []
    kind = "duplicate" if lead.group("duplicate") else "number"
    hedged = bool(lead.group("hedge")) or bool(_QUESTION_AFTER.match(cell, listed.end()))
    evidence = cell[lead.start() : listed.end()]
    return [
        Reference(kind, target, evidence, lead.start(), hedged=hedged, relation=_relation(lead))
        for target in _task_numbers(cell, listed.start(), listed.end())
    ]


def _is_plain_list_clear(cell: str, lead: re.Match, listed: re.Match) -> bool:
    """Whether a list after a lead phrase cites tasks rather than amounts.

    A list that says 'action', uses brackets or cites a code (DA-04) is
    plainly a list of tasks. Plain numbers must end their clause: "linked to
    10 & 15." cites tasks, "linked to 2 other plans" does not, and after "see"
    only punctuation may follow ("see 3.2" but not "we will see 2 new hubs").
    Dotted numbers are rarely counts, so "see 3.2 for details" is accepted,
    but "linked to 10.30 meeting" is a time. "14/5" reads as a day and month
    as well as two tasks, so it is not taken without 'action'.
    """
    text = listed.group()
    if re.search(r"[(-]|\b(?:action|task)", text, re.I):
        return True
    if re.fullmatch(r"\d{1,2}/\d{1,2}", text):
        return False
    dotted = "." in text
    ending = _HARD_END if lead.group("weak") and not dotted else _CLAUSE_END
    return bool(ending.match(cell, listed.end()))


def _task_numbers(cell: str, start: int, end: int) -> list[str]:
    """The task numbers in cell[start:end], leaving out any inside a date."""
    dates = [m.span() for m in _DATE_LIKE.finditer(cell, max(0, start - 10), end + 10)]
    return [
        m.group()
        for m in _TASK_NUMBER_RE.finditer(cell, start, end)
        if not any(a < m.end() and m.start() < b for a, b in dates)
    ]


def _read_name_after(cell: str, lead: re.Match) -> list[Reference]:
    named = _NAMED_TASK.match(cell, lead.end())
    if not named or not named.group("name").strip() or lead.group("duplicate"):
        return []
    strand = named.group("strand")
    return [
        Reference(
            "name",
            named.group("name").strip(),
            cell[lead.start() : named.end()],
            lead.start(),
            hedged=bool(lead.group("hedge")),
            strand=_STRANDS[strand.lower()] if strand else None,
            relation=_relation(lead),
        )
    ]


def _read_workstream_after(cell: str, lead: re.Match) -> list[Reference]:
    if not (lead.group("linked") or lead.group("depends")):
        # "see USG" or "same as CSE" cite no work, and "intelligence related
        # to SAC" only describes the task.
        return []
    work = _WORK_IN.match(cell, lead.end()) or _ACRONYM.match(cell, lead.end())
    if not work:
        return []
    topic = (work.group("topic") or "").strip() or None
    # The evidence ends where the words read end, not at trailing spaces.
    end = work.end() - (len(work.group()) - len(work.group().rstrip()))
    return [
        Reference(
            "workstream",
            work.group("workstream"),
            cell[lead.start() : end],
            lead.start(),
            hedged=bool(lead.group("hedge")),
            topic=topic,
            relation=_relation(lead),
        )
    ]


def _relation(lead: re.Match) -> str:
    return "depends" if lead.group("depends") else "linked"


def _find_bracketed(cell: str) -> list[Reference]:
    """'(action 14)' anywhere in the text."""
    refs = []
    for m in _BRACKETED.finditer(cell):
        if _UNIT_AFTER.match(cell, m.end("list")):
            continue
        for target in _task_numbers(cell, m.start("list"), m.end("list")):
            refs.append(Reference("number", target, m.group(), m.start()))
    return refs


def _find_bare(cell: str) -> list[Reference]:
    """A cell of nothing but task numbers: '1.3, 2.4', '3', '2; 5'."""
    m = _BARE_CELL.fullmatch(cell)
    if not m:
        return []
    evidence = m.group("list")
    return [
        Reference("number", target, evidence, m.start("list"))
        for target in _task_numbers(cell, m.start("list"), m.end("list"))
    ]


def _drop_repeats(refs: list[Reference]) -> list[Reference]:
    """First citation of each kind and target, in order of appearance."""
    seen: set[tuple[str, str]] = set()
    kept = []
    # sorted() is stable, so the numbers of one list keep their written order.
    for ref in sorted(refs, key=lambda r: r.start):
        key = (ref.kind, ref.target.casefold())
        if key not in seen:
            seen.add(key)
            kept.append(ref)
    return kept

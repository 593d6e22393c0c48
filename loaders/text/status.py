"""How a task is going, read from the words a plan uses instead of a colour.

Teams write the meaning of a RAG colour rather than the colour, usually as
the phrase that opens a progress cell, with a comment after a dash, colon or
full stop: "Good progress – nine of 14 schools visited". :func:`parse_status`
reads such a cell with a small lexicon of progress vocabulary, not a list of
phrases: a **head** word says which way things are going, and the words just
before or after it (**negation** and **degree**) turn or sharpen it.

Rules
-----
The cell is cut into clauses at " - ", a dash, ":", ";", "." and a new line,
and read clause by clause; the first clause that says something decisive
wins, so a comment after the opening phrase never outvotes it. A head counts
only among the first six words of its clause (the status opens the cell),
and not inside a hyphenated word ("late-night", "high-risk"). "At risk"
and "to plan/target" are the work's: "at risk of exclusion" and "ability to
target offenders" say nothing. A lone RAG letter is read only as the whole
cell or after a label ("RAG: G"), never the initial in "Insp. G. Holt".

==================  ==============================  ===========================
head                plain / mild / strong           negated ("not", "no",
                                                    "no longer", "low")
==================  ==============================  ===========================
going well: on      green; "some progress",         red ("not on track", "no
track/target/       "slow progress" amber;          progress"); amber when
schedule, as        "little/poor progress" red      softened ("not quite on
planned, ahead,                                     track")
good progress
going badly: delay, amber; "slight(ly)", "some",    green ("no delays", "not
slippage, behind,   "minor" amber; "serious(ly)",   behind", "low risk")
late, at risk       "significant(ly)", "major",
                    "well" red
stopped: stalled,   red; "slightly off track"       green
blocked, off track, amber
off target, overdue
paused: on hold,    no colour, status under review: put aside on purpose is
paused, suspended,  neither going well nor failing
deferred
worries: issues,    only with a degree or negation: "some issues" amber, "major
concerns, risk      concerns" red, "no issues" green
finished: complete  blue, status completed; not after "to be", "will", "once",
(d), done,          "not yet" ...; "nearly/almost complete" green; "partially
delivered,          complete", "3 of 5 delivered", "60% complete" ongoing
achieved, closed,   with no colour; "Complete by March" is a deadline,
finished            "Complete the audit" a task
not begun: not      no colour, status planned
(yet) started/
assessed, not due
to start, yet to
start, pending
under way: ongoing, no colour, status ongoing; read only when no clause says
in progress,        more ("Ongoing – some delay" is amber)
progressing
a colour: Green,    that colour (via :func:`parse_rag`, mixed ratings take the
A, Red/Amber, A/R   worse); Blue/B/Complete is blue
==================  ==============================  ===========================

A bare percentage ("100%") is read by :func:`percent_complete`: 100 is
complete (blue), 0 is not started, anything between is under way; no colour
is inferred from a percentage.

Examples
--------
>>> parse_status("Good progress – nine of the 14 schools visited so far.")
Status(rag='green', status='ongoing', evidence='Good progress')
>>> parse_status("Some slippage: letter wording still with legal").rag
'amber'
>>> parse_status("Not on track").rag, parse_status("No significant delays").rag
('red', 'green')
>>> parse_status("Not started yet – needs E1.5 first")
Status(rag=None, status='planned', evidence='Not started yet')
>>> parse_rag("Red/Amber", mixed=True), rag_from_percent("100%")
('red', 'blue')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Status", "parse_status", "parse_rag", "rag_from_percent", "percent_complete",
           "STATUSES", "RAG_COLOURS", "find_completion"]

STATUSES = ("completed", "ongoing", "recurring", "planned", "under review", "unknown")
RAG_COLOURS = ("red", "amber", "green", "blue")


@dataclass(frozen=True)
class Status:
    """How a task is going: ``rag`` ("red", "amber", "green", "blue" for
    complete, or None), ``status`` (one of :data:`STATUSES`) and
    ``evidence``, the words read."""

    rag: str | None
    status: str
    evidence: str


# --- RAG words ---------------------------------------------------------------

_RAG = {
    "r": "red", "red": "red",
    "a": "amber", "amber": "amber",
    "g": "green", "green": "green",
    "b": "blue", "blue": "blue", "complete": "blue", "completed": "blue",
}

# Worst first: a mixed rating "A/R" is as bad as its worse part.
_WORST_FIRST = ("red", "amber", "green", "blue")

_MIXED_JOIN = re.compile(r"\s*(?:/|\\|-|–|&|\+|,|\bto\b|\band\b)\s*", re.I)


def parse_rag(value: object, *, mixed: bool = False) -> str | None:
    """Read a RAG status cell as "red", "amber", "green" or "blue".

    Blue is the colour plans give finished work, so "Complete(d)" is blue.
    A mixed rating ("A/G", "Red/Amber") is None unless ``mixed`` is True,
    when it is its worse part. Anything else is None.

    Examples
    --------
    >>> [parse_rag(v) for v in ["R", " green ", "AMBER", "Completed", "A/G", None]]
    ['red', 'green', 'amber', 'blue', None, None]
    >>> [parse_rag(v, mixed=True) for v in ["A/R", "Red/Amber", "amber - green", "G/B", "A/X"]]
    ['red', 'red', 'amber', 'green', None]
    """
    if not isinstance(value, str):
        return None
    text = value.strip().casefold()
    if text in _RAG or not mixed:
        return _RAG.get(text)
    parts = [p for p in _MIXED_JOIN.split(text) if p]
    colours = {_RAG.get(p) for p in parts}
    if len(parts) < 2 or None in colours:
        return None
    return next(c for c in _WORST_FIRST if c in colours)


# --- Percentages ----------------------------------------------------------------

_PERCENT = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*(%?)\s*(?:complete[d]?|done)?\s*$", re.I)


def percent_complete(value: object, number_format: str | None = None) -> float | None:
    """A % Complete cell as a percentage from 0 to 100, or None.

    "60%" and 60 are 60. A number in a cell formatted as a percentage
    (``number_format`` holds "%") is a fraction: 0.6 is 60. Without a
    format, a float from 0 to 1 that is not a whole number, or exactly 1.0,
    is taken as a fraction too; a whole number (1) is a percentage (1%).

    Examples
    --------
    >>> [percent_complete(v) for v in ["60%", 60, 0.6, 1.0, 1, "100% complete", "n/a", 140, True]]
    [60.0, 60.0, 60.0, 100.0, 1.0, 100.0, None, None, None]
    >>> percent_complete(1, "0%")
    100.0
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        m = _PERCENT.match(value)
        number = float(m.group(1)) if m else None
    elif isinstance(value, (int, float)) and value == value:
        fraction = "%" in (number_format or "") or (isinstance(value, float) and 0 <= value <= 1
                                                     and (value < 1 and not value.is_integer() or value == 1.0))
        number = float(value) * 100 if fraction else float(value)
    else:
        number = None
    return number if number is not None and 0 <= number <= 100 else None


def rag_from_percent(value: object, number_format: str | None = None) -> str | None:
    """"blue" (complete) for 100% complete, else None: no colour is inferred
    from a percentage.

    Examples
    --------
    >>> [rag_from_percent(v) for v in [100, "100%", 1.0, 60, "60%", 0, None]]
    ['blue', 'blue', 'blue', None, None, None, None]
    """
    return "blue" if percent_complete(value, number_format) == 100 else None


# --- Progress words ---------------------------------------------------------------

_NEGATION = re.compile(r"\b(?:not|no|never|nothing|without|nil|zero|none|low|cannot)\b|n['’]t\b", re.I)
_SOFTENED = re.compile(r"\b(?:quite|fully|entirely|completely|wholly|totally|all|always)\b", re.I)
_MILD = re.compile(
    r"\b(?:slight(?:ly)?|some|minor|small|bit|little\s+bit|limited|modest|minimal|partial(?:ly)?"
    r"|marginal(?:ly)?|somewhat|short|brief|few|mixed|slow(?:er|ly)?)\b", re.I)
_STRONG = re.compile(
    r"\b(?:serious(?:ly)?|significant(?:ly)?|major|severe(?:ly)?|well|very|considerabl[ey]"
    r"|substantial(?:ly)?|badly|far|critical(?:ly)?|high|extreme(?:ly)?|long|lengthy|huge|large"
    r"|big|great(?:ly)?|much|really|considerable)\b", re.I)
# How much progress: "good progress" is green, "little progress" red.
_GOOD = re.compile(
    r"\b(?:good|great|excellent|strong|steady|steadily|significant|substantial|positive|real|solid"
    r"|encouraging|satisfactory|satisfactorily|reasonable|sound|rapid|fast|considerable|notable"
    r"|continued|further|sustained|well|smoothly|nicely|making)\b", re.I)
_POOR = re.compile(r"\b(?:little|poor|insufficient|inadequate|negligible)\b", re.I)

# "to be completed", "once complete", "not yet done": a plan, not a fact.
NOT_YET = re.compile(
    r"\b(?:to|be|being|will|once|when|until|not|if|awaiting|pending|expected|anticipated"
    r"|due|before|after|should|must|shall)\b(?:\W+\w+){0,3}\W*$",
    re.I,
)
_PARTIAL = re.compile(r"\b(?:partial(?:ly)?|partly|part|half|\d+)\b|%", re.I)
_NEARLY = re.compile(r"\b(?:nearly|almost|largely|mostly|substantially|near)\b", re.I)
# "Complete the audit": the verb with its object, an instruction.
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|all|this|these|that|those|our|their|its|each|every|any)\b", re.I)
_SO_FAR = re.compile(r"\s+(?:so\s+far|to\s+date|thus\s+far)\b", re.I)
# "Complete by March 2019", "Delivered by end of Q2": an instruction with a deadline.
_DEADLINE_AFTER = re.compile(r"\s+(?:by|before|within|no\s+later\s+than|in|during)\b", re.I)
_DATED_AFTER = re.compile(
    r"\s+(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+)?"
    r"(?:\d|Q\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|early|mid|late)",
    re.I)

# Head words, each with which way it points: "good", "bad" (amber unless
# sharpened), "stopped" (red unless softened), "worry" (needs a degree),
# "progress" (needs a quantity), "done", "todo", "ongoing".
_HEADS = [(re.compile(p, re.I), kind) for p, kind in [
    (r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:started|begun|commenced|assessed|rated|scored|due(?:\s+to\s+start)?)\b"
     r"|\byet\s+to\s+(?:start|begin|commence|be\s+(?:assessed|rated|started))\b"
     r"|\bdue\s+to\s+(?:start|begin|commence)\b|\bawaiting\s+start\b|\bpending\b|\bplanned\s+for\b"
     r"|\bnot\s+yet\s+(?:live|in\s+place|under\s?way)\b", "todo"),
    (r"\bon[\s-]?going\b|\bin\s+progress\b|\bunder\s?way\b|\bcontinuing\b|\bBAU\b", "ongoing"),
    (r"\bon[\s-](?:track|target|schedule|course|plan|time|programme)\b"
     # "to target" at the end: "Going to plan", not "ability to target offenders"
     r"|\bto[\s-](?:plan|schedule|time|target|programme)(?=\s*$|\s+(?:so\s+far|overall|currently|now)\b)"
     r"|\bas\s+(?:planned|expected|scheduled|agreed|intended)\b|\baccording\s+to\s+plan\b"
     r"|\bin\s+line\s+with\s+(?:the\s+)?(?:plan|schedule|timescales?)\b|\bgoing\s+(?:well|to\s+plan)\b"
     r"|\bin\s+hand\b|\bunder\s+control\b|\bahead\b|\bwell\s+advanced\b|\bexceed(?:ing|ed)\b"
     r"|\bmeeting\s+(?:all\s+)?(?:targets?|milestones?|deadlines?)\b", "good"),
    (r"\bslip(?:page|ped|ping|s)?\b|\bdelay(?:s|ed)?\b|\bbehind\b|\blate\b|\bunder\s+pressure\b"
     r"|\bslow(?:er)?\b|\blagging\b"
     # The work at risk, not people "at risk of exclusion" or "At Risk Locations".
     r"|\bat[\s-]risk(?=\s*$|\s+(?:of\s+(?:slipp|delay|not\b|miss|fail|being|non)|due|because|as|owing|given)\b)"
     r"|\brisks?\s+(?:to\s+(?:the\s+)?(?:delivery|completion|timescales?|deadlines?|progress|plan|targets?)"
     r"|of\s+(?:slipp|delay|not\b|miss|fail|non))", "bad"),
    (r"\bstall(?:ed|ing)?\b|\bstuck\b|\bblock(?:ed|ages?|ers?)\b|\boff[\s-](?:track|target|course|schedule|plan)\b"
     r"|\bhalted\b|\bstopped\b|\bfail(?:ed|ing)\b|\bmissed\b"
     r"|\boverdue\b", "stopped"),
    # Put aside on purpose: neither going well nor failing, so no colour.
    (r"\bon\s+hold\b|\bpaused\b|\bsuspended\b|\bdeferred\b|\bpostponed\b|\bparked\b", "paused"),
    (r"\b(?:issues?|concerns?|problems?|challenges?|difficult(?:y|ies)|risks?|barriers?|obstacles?)\b", "worry"),
    (r"\bprogress(?:ing|ed)?\b", "progress"),
    (r"\bcomplete[d]?\b|\bdone\b|\bdelivered\b|\bachieved\b|\bclosed\b|\bfinished\b", "done"),
]]

_BREAK = re.compile(r"\s+[-–—]+\s+|\s*[–—]\s*|\s*[:;]\s*|\.(?=\s|$)|[!?]|\n+|\s*[()]\s*"
                    r"|,?\s+\b(?:but|however|although|though|whilst|while)\b\s*")
_LABEL = re.compile(r"^(?:overall\s+)?(?:rag|status|rating|rated|rag\s+(?:status|rating))\s*[=:-]?\s*|"
                    r"\s*\b(?:rag|status|rating|rated)$", re.I)
_WORD = re.compile(r"[\w'’%]+")
_COMPOUND_BEFORE = re.compile(r"[A-Za-z]-$")
_COMPOUND_AFTER = re.compile(r"-[A-Za-z]")
_MAX_WORDS_BEFORE = 6


def parse_status(text: object) -> Status | None:
    """How a task is going, from a progress or status cell's words.

    Returns None when the words say nothing about progress. Never raises.
    See the module's rules.

    Examples
    --------
    >>> [parse_status(t).rag for t in ["On target", "Slightly behind", "Significantly delayed", "Done"]]
    ['green', 'amber', 'red', 'blue']
    >>> parse_status("Progress: 3 visits") is None
    True
    """
    if not isinstance(text, str):
        return None
    fallback, clauses = None, _clauses(text)
    for i, clause in enumerate(clauses):
        letters = len(clauses) == 1 or (i > 0 and not _LABEL.sub("", clauses[i - 1]))
        reading = _read_clause(clause, letters)
        if reading is None:
            continue
        if reading.rag or reading.status in ("completed", "planned"):
            return reading
        fallback = fallback or reading
    return fallback


def _clauses(text: str) -> list[str]:
    return [c.strip(" \t,.'\"") for c in _BREAK.split(text[:2000]) if c and c.strip(" \t,.'\"")]


def _read_clause(clause: str, letters: bool) -> Status | None:
    """The first head that decides, or the first that says work is under way.
    A lone RAG letter counts only where ``letters`` (not "G" of "Insp. G. Holt")."""
    rating = _LABEL.sub("", clause)
    colour = parse_rag(rating, mixed=True) if letters or len(rating) > 1 else None
    if colour:
        return Status(colour, "completed" if colour == "blue" else "ongoing", clause)
    percent = percent_complete(clause) if "%" in clause else None
    if percent is not None:
        return _from_percent(percent, clause)
    heads = sorted(((m, kind) for pattern, kind in _HEADS for m in pattern.finditer(clause)),
                   key=lambda h: (h[0].start(), -h[0].end()))
    fallback = None
    for m, kind in heads:
        if len(_WORD.findall(clause[: m.start()])) > _MAX_WORDS_BEFORE:
            break
        if _COMPOUND_BEFORE.search(clause, 0, m.start()) or _COMPOUND_AFTER.match(clause, m.end()):
            continue  # "late-night", "high-risk": part of another word
        reading = _READERS[kind](clause, m)
        if reading is None:
            continue
        rag, status = reading
        if rag or status != "ongoing":
            return Status(rag, status, clause)
        fallback = fallback or Status(rag, status, clause)
    return fallback


def _from_percent(percent: float, clause: str) -> Status:
    if percent == 100:
        return Status("blue", "completed", clause)
    return Status(None, "planned" if percent == 0 else "ongoing", clause)


def _around(clause: str, m: re.Match, after_words: int = 2) -> tuple[str, str]:
    """Up to three words before the head and ``after_words`` after it."""
    before = " ".join(_WORD.findall(clause[: m.start()])[-3:])
    after = " ".join(_WORD.findall(clause[m.end():])[:after_words])
    return before, after


def _going_well(clause: str, m: re.Match) -> tuple[str | None, str] | None:
    before, _ = _around(clause, m)
    if _NEGATION.search(before):
        return ("amber" if _SOFTENED.search(before) else "red"), "ongoing"
    return "green", "ongoing"


def _going_badly(severity: str):
    def read(clause: str, m: re.Match) -> tuple[str | None, str] | None:
        before, after = _around(clause, m)
        if _NEGATION.search(before):
            return "green", "ongoing"
        if _STRONG.search(before) or _STRONG.search(after):
            return "red", "ongoing"
        if _MILD.search(before) or _MILD.search(after):
            return "amber", "ongoing"
        return severity, "ongoing"
    return read


def _worry(clause: str, m: re.Match) -> tuple[str | None, str] | None:
    before, _ = _around(clause, m)
    if not (_NEGATION.search(before) or _STRONG.search(before) or _MILD.search(before)):
        return None  # "Issues log updated" says nothing
    return _going_badly("amber")(clause, m)


def _progress(clause: str, m: re.Match) -> tuple[str | None, str] | None:
    before, after = _around(clause, m, after_words=1)  # "progressing well", "... slowly"
    if _NEGATION.search(before) or _POOR.search(before):
        return "red", "ongoing"
    if _MILD.search(before) or _MILD.search(after):
        return "amber", "ongoing"
    if _GOOD.search(before) or (m.group().lower() != "progress" and _GOOD.search(after)):
        return "green", "ongoing"
    # "Progressing" alone is under way; "Progress" alone is a label.
    return (None, "ongoing") if m.group().lower() != "progress" else None


def _done(clause: str, m: re.Match) -> tuple[str | None, str] | None:
    before = clause[: m.start()]
    if "%" in before and not re.search(r"\d", before):
        return None  # "% Complete": a heading
    if NOT_YET.search(before[-60:]):
        # "Not yet complete" is under way; "to be completed" says nothing yet.
        return (None, "ongoing") if _NEGATION.search(_around(clause, m)[0]) else None
    if _is_deadline(clause, m):
        return None  # "Complete by March 2019" is a deadline, "Complete the audit" a task
    if _NEARLY.search(before):
        return "green", "ongoing"
    if _SO_FAR.match(clause, m.end()):
        return None, "ongoing"  # "Work done so far"
    if _PARTIAL.search(before) and percent_complete(before.strip()) != 100:
        return None, "ongoing"
    return "blue", "completed"


_READERS = {
    "todo": lambda clause, m: (None, "planned"),
    "ongoing": lambda clause, m: (None, "ongoing"),
    "good": _going_well,
    "bad": _going_badly("amber"),
    "stopped": _going_badly("red"),
    "paused": lambda clause, m: (None, "under review"),
    "worry": _worry,
    "progress": _progress,
    "done": _done,
}


# In a When cell only the plain words of finishing count: "delivered" and
# "achieved" there are as often in a sentence about the work as a status.
_FINISHED = re.compile(r"\bcomplete[d]?\b|\bdone\b|\bfinished\b|\bclosed\b", re.I)


def find_completion(text: str) -> re.Match | None:
    """The first words saying work is finished ("Completed in March 2018"),
    not a plan or deadline ("to be completed", "Complete by March 2019")."""
    for m in _FINISHED.finditer(text):
        if NOT_YET.search(text[max(0, m.start() - 60): m.start()]):
            continue
        if _is_deadline(text, m):
            continue
        return m
    return None


def _is_deadline(text: str, m: re.Match) -> bool:
    """'Complete by ...', 'Complete the audit', 'Delivered by March 2026':
    an instruction, not a report."""
    after = m.end()
    if m.group().lower() == "complete" and (_DEADLINE_AFTER.match(text, after) or _OBJECT_AFTER.match(text, after)):
        return True
    return bool(_DATED_AFTER.match(text, m.end()))

"""The When (due date) column of a task: its window, start and status.

Planners fill the When column with whatever says "when" to them: a real Excel
date, "Sep-18", "1st review 15/6/18", "Spring 2019", "Q3 2024/25", "w/c
14/07/25", "Ongoing until Sept 2018", "Monthly", "COMPLETED", "TBC".
:func:`parse_when` reads one cell into a :class:`When`: the due date (the
last day the words allow), the earliest day they could mean, how precise
they are, when work starts, and the task's status, keeping the cell's text
and the part that was read. The date forms and their windows are listed in
:mod:`loaders.text.dates`; how a task is going, from progress words, RAG
letters and percentages, is in :mod:`loaders.text.status` (re-exported here).

Rules
-----
**Excel dates.** A real Excel date (``datetime`` or ``date``) is read with
its cell's number format where the caller has it: a format that shows no day
("mmm-yy", "mmmm yyyy", "[$-809]mmmm yyyy;@", "yyyy-mm") makes it a month,
whatever day is stored; a format that shows a day ("dd/mm/yyyy", "d mmmm
yyyy", "dd/mm/yyyy hh:mm") or no date ("General") makes it that day, its
time dropped (project tools store 08:00 starts and 17:00 finishes). ``raw``
is then the date as the cell shows it ("Jul-25"). Without a format, a date
on the 1st of a month is read as the month (openpyxl gives
``datetime(2018, 10, 1)`` for a cell shown as "Oct-18"), any other day as
that day, and ``raw`` is the ISO date. A date typed as text ("01/10/2018")
is taken at its word, as a day.

**Reviews, starts and spans.** A date after "review" ("1st review 15/6/18",
"Next review: June 2018") is a review date rather than a deadline:
``review`` is True, and the date is still ``due``. A date after "from",
"since", "starting", "commenced" or "w.e.f.", or before "onwards", is when
work starts (``start``), not when it is due: ``due`` is the next date written, if any
("From June 2018 until March 2019"). Two dates joined by "-", "to" or
"until" are a span: work starts on the first and is due by the second.

**Status**, read from words, first match in this order:

* ``"completed"``: "Complete", "Completed", "Done", "Delivered", "Achieved",
  "Finished", "Closed", but not a deadline or a plan ("Complete by March
  2019", "to be completed");
* ``"under review"``: "Process under review", "In development under SCD
  review", "being reviewed";
* ``"recurring"``: "Monthly", "Quarterly", "Weekly", "Fortnightly", "Daily",
  "Annually"/"Annual", "Six-monthly", "Every 6 weeks", "6-weekly", with
  ``recurrence`` set to "monthly", "every 6 weeks" and so on;
* ``"ongoing"``: "Ongoing", "On-going", "In progress", "Continuous",
  "Underway", "BAU", "Throughout 2025-26", and "Effective
  immediate"/"Immediate(ly)": work that started at once with no end date;
* otherwise ``"planned"`` when a due date was read, else ``"unknown"`` ("TBC",
  "TBA", "?", blank, or text that says neither).

Examples
--------
>>> parse_when("Ongoing until Sept 2018")
When(raw='Ongoing until Sept 2018', due=datetime.date(2018, 9, 30), status='ongoing', precision='month', evidence='Ongoing until Sept 2018', review=False, recurrence=None, earliest=datetime.date(2018, 9, 1), start=None)
>>> parse_when("1st review 15/6/18").review
True
>>> w = parse_when("Throughout 2025-26")
>>> (w.earliest, w.due, w.status)
(datetime.date(2025, 4, 1), datetime.date(2026, 3, 31), 'ongoing')
>>> import datetime
>>> w = parse_when(datetime.datetime(2025, 7, 1), "mmm-yy")
>>> (w.raw, w.earliest, w.due, w.precision)
('Jul-25', datetime.date(2025, 7, 1), datetime.date(2025, 7, 31), 'month')
>>> parse_rag(" Amber ")
'amber'
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import PRECISIONS, DateSpan, find_dates, month_end
from .number_formats import date_precision, shown_date
from .status import (RAG_COLOURS, STATUSES, Status, find_completion, parse_rag, parse_status,
                     percent_complete, rag_from_percent)

__all__ = ["When", "parse_when", "parse_rag", "parse_status", "Status", "rag_from_percent",
           "percent_complete", "STATUSES", "PRECISIONS", "RAG_COLOURS"]


@dataclass(frozen=True)
class When:
    """When a task is due, as its plan says.

    Attributes
    ----------
    raw : str
        The cell as text; ``""`` for a blank cell; an Excel date as its cell
        shows it ("Jul-25") when the number format is known, else as its ISO
        date ("2018-10-01").
    due : datetime.date or None
        The due date: the last day of the period written (see
        :mod:`loaders.text.dates`), or None when no date could be read.
    status : str
        One of :data:`STATUSES`.
    precision : str
        One of :data:`PRECISIONS`: how precisely ``due`` was written; ``""``
        when there is no due date.
    evidence : str
        The part of ``raw`` the date and status were read from; ``""`` if none.
    review : bool
        True when the date is a review date ("1st review 15/6/18") rather than
        a deadline.
    recurrence : str or None
        How often recurring work happens: "weekly", "monthly", "quarterly",
        "annually", "every 6 weeks", ...
    earliest : datetime.date or None
        The first day the due words could mean: a month's 1st, a quarter's
        first day, 1 April of a financial year, a day itself. None exactly
        when ``due`` is None.
    start : datetime.date or None
        When work starts, where the cell says ("from June 2018", "June to
        Sept 2025"): the first day of the start period.
    """

    raw: str
    due: datetime.date | None
    status: str
    precision: str
    evidence: str
    review: bool = False
    recurrence: str | None = None
    earliest: datetime.date | None = None
    start: datetime.date | None = None


@dataclass(frozen=True)
class _Found:
    """A status found in the text, with where it was written."""

    start: int
    end: int
    status: str = ""
    recurrence: str | None = None


# A review date: "1st review 15/6/18", "Next review due: June 2018".
_REVIEW_BEFORE = re.compile(
    r"""(?:\b\d{1,2}(?:st|nd|rd|th)\s+|\b(?:next|first|second|final|last)\s+)?
        \breview(?:ed)?\b(?:\s+(?:date|due|on|by|in|at|of))*\s*[:\-–]?\s*$""",
    re.I | re.X,
)

# A start date: "from June 2018", "commenced 4/6/18".
_START_BEFORE = re.compile(
    r"""\b(?P<word>from|since|starting|started|commencing|commenced|began|begun
               |w\.?e\.?f\.?|with\s+effect\s+from)\s+(?:on\s+)?(?:the\s+)?$""",
    re.I | re.X,
)

# A start date written before its cue: "Sept 2025 onwards".
_START_AFTER = re.compile(r"\s*(?P<word>onwards?|and\s+(?:beyond|after))\b", re.I)

# Between the two dates of a span: "June 2025 - March 2026", "15/6 to 30/6/18".
_SPAN_BETWEEN = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru)\s*", re.I)

# Between a start and the date work is due: "from June 2018 until March
# 2019", "starting w/c 14/07/25, finish by Q3". Other dates after a start
# ("with further course dates of ...") are not the deadline.
_DUE_AFTER_START = re.compile(
    r"^[\s,;]*(?:and\s+|then\s+)?(?:-|–|—|to|until|till|through|thru|by|ending|end(?:ing)?(?:\s+by)?"
    r"|finish(?:ing|es)?(?:\s+by)?|complet(?:e|ed|es|ing)(?:\s+by)?|due(?:\s+by)?|deadline:?)\s*$",
    re.I,
)


# --- Statuses --------------------------------------------------------------

_UNDER_REVIEW = re.compile(
    r"\bunder\s+(?:[\w&-]+\s+){0,3}?review\b|\bbeing\s+reviewed\b|\bin\s+review\b"
    r"|\breview\s+(?:ongoing|underway|in\s+progress)\b|\bunder\s+consideration\b",
    re.I,
)

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "eight": 8, "twelve": 12}

_EVERY = re.compile(
    r"\bevery\s+(?:(?P<count>\d{1,2}|one|two|three|four|five|six|eight|twelve)\s+)?"
    r"(?P<unit>day|week|month|quarter|year)s?\b",
    re.I,
)

# 6-weekly, 2 weekly, six monthly, 3-monthly
_N_LY = re.compile(
    r"\b(?P<count>\d{1,2}|two|three|four|six|twelve)[\s-]?(?P<unit>week|month|year)ly\b", re.I
)

_EVERY_WORD = re.compile(
    r"\b(?P<word>daily|weekly|fortnightly|monthly|quarterly|annually|annual|yearly"
    r"|bi-?annual(?:ly)?|half[\s-]?yearly|twice\s+(?:a\s+)?year(?:ly)?)\b",
    re.I,
)

_RECURRENCE_WORDS = {
    "daily": "daily", "weekly": "weekly", "fortnightly": "fortnightly",
    "monthly": "monthly", "quarterly": "quarterly", "annually": "annually",
    "annual": "annually", "yearly": "annually",
}

# How often, from a count and a unit: (1, "week") -> "weekly".
_NAMED_INTERVALS = {
    (1, "day"): "daily", (1, "week"): "weekly", (2, "week"): "fortnightly",
    (1, "month"): "monthly", (3, "month"): "quarterly", (1, "quarter"): "quarterly",
    (6, "month"): "six-monthly", (1, "year"): "annually", (12, "month"): "annually",
}

_ONGOING = re.compile(
    r"\bon[\s-]?going\b|\bthroughout\b|\bin\s+progress\b|\bcontinu(?:ous|ing|al|ally)\b|\bunder\s?way\b"
    r"|\bbusiness\s+as\s+usual\b|\bBAU\b|\b(?:effective\s+|with\s+)?immediate(?:ly)?(?:\s+effect)?\b",
    re.I,
)

_UNKNOWN = re.compile(
    r"\bTB[CAD]\b|\bto\s+be\s+(?:confirmed|agreed|decided|determined|arranged)\b"
    r"|^\W*\?[\s?]*$|^\s*(?:n/?a|unknown|not\s+known)\s*$",
    re.I,
)


def _find_completed(text: str) -> _Found | None:
    m = find_completion(text)
    return _Found(m.start(), m.end(), status="completed") if m else None


def _find_recurring(text: str) -> _Found | None:
    """'Monthly', 'Every 6 weeks', '6-weekly', with how often."""
    found = []
    for m in _EVERY_WORD.finditer(text):
        word = m.group("word").lower()
        how_often = _RECURRENCE_WORDS.get(word, "six-monthly")  # the rest are twice a year
        found.append(_Found(m.start(), m.end(), status="recurring", recurrence=how_often))
    for m in (*_EVERY.finditer(text), *_N_LY.finditer(text)):
        how_often = _describe_interval(m.group("count"), m.group("unit").lower())
        found.append(_Found(m.start(), m.end(), status="recurring", recurrence=how_often))
    return min(found, key=lambda f: f.start, default=None)


def _describe_interval(count: str | None, unit: str) -> str:
    """(6, 'week') -> 'every 6 weeks'; (1, 'month') -> 'monthly'."""
    if count is None:
        n = 1
    elif count.isdigit():
        n = int(count)
    else:
        n = _NUMBER_WORDS[count.lower()]
    return _NAMED_INTERVALS.get((n, unit)) or f"every {n} {unit}s"


def _find_matching(pattern: re.Pattern, status: str, text: str) -> _Found | None:
    m = pattern.search(text)
    return _Found(m.start(), m.end(), status=status) if m else None


def _find_status(text: str) -> _Found | None:
    """The status words, first in order: completed, under review, recurring,
    ongoing, then the words that say it is not known."""
    return (
        _find_completed(text)
        or _find_matching(_UNDER_REVIEW, "under review", text)
        or _find_recurring(text)
        or _find_matching(_ONGOING, "ongoing", text)
        or _find_matching(_UNKNOWN, "unknown", text)
    )


# --- Reading a cell --------------------------------------------------------


def parse_when(value: object, number_format: str | None = None, *,
               plan_start: datetime.date | None = None) -> When:
    """Read a task's When cell.

    Parameters
    ----------
    value : object
        The cell's value: text, a ``datetime``/``date`` from openpyxl, None for
        a blank cell, or anything else (read as its text).
    number_format : str, optional
        The cell's number format ("mmm-yy"), which says whether an Excel
        date shows a day or only a month. None keeps the reading of a date on
        the 1st as its month.
    plan_start : datetime.date, optional
        The first day of the period the plan covers, to place a quarter or
        month written without a year ("end of Q2").

    Returns
    -------
    When
        Never raises; text that says nothing readable gives status
        ``"unknown"`` and no due date.

    Examples
    --------
    >>> import datetime
    >>> w = parse_when(datetime.datetime(2018, 10, 1))
    >>> (w.raw, w.due, w.precision, w.status)
    ('2018-10-01', datetime.date(2018, 10, 31), 'month', 'planned')
    >>> w = parse_when(datetime.datetime(2025, 9, 1), "d mmmm yyyy")
    >>> (w.raw, w.due, w.precision)
    ('1 September 2025', datetime.date(2025, 9, 1), 'day')
    >>> w = parse_when("1st review 15/6/18")
    >>> (w.due, w.precision, w.status, w.evidence, w.review)
    (datetime.date(2018, 6, 15), 'day', 'planned', '1st review 15/6/18', True)
    >>> w = parse_when("w/c 14/07/25")
    >>> (w.earliest, w.due, w.precision)
    (datetime.date(2025, 7, 14), datetime.date(2025, 7, 20), 'week')
    >>> w = parse_when("From June 2018 until March 2019")
    >>> (w.start, w.due, w.status)
    (datetime.date(2018, 6, 1), datetime.date(2019, 3, 31), 'planned')
    >>> w = parse_when("Every 6 weeks")
    >>> (w.status, w.recurrence, w.due)
    ('recurring', 'every 6 weeks', None)
    >>> parse_when(None)
    When(raw='', due=None, status='unknown', precision='', evidence='', review=False, recurrence=None, earliest=None, start=None)
    >>> parse_when("31/02/19").due is None
    True
    """
    if isinstance(value, datetime.date):  # datetime too
        try:
            day = datetime.date(value.year, value.month, value.day)
        except (TypeError, ValueError):
            return _read_text("", plan_start)  # pandas' NaT: a blank date cell
        return _read_excel_date(day, value, number_format)
    return _read_text(_as_text(value), plan_start)


def _as_text(value: object) -> str:
    """The cell as text; None and NaN (a blank cell read by pandas) as ''."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    try:
        return value if isinstance(value, str) else str(value)
    except Exception:  # a value whose str() fails is no date
        return ""


@lru_cache(maxsize=4096)
def _read_excel_date(day: datetime.date, moment: datetime.date, number_format: str | None) -> When:
    """A date cell: a month when its format shows none of the day (or, with
    no format, when it is on the 1st, as 'Oct-18' is stored)."""
    if number_format is None:
        raw = day.isoformat()
        precision = "month" if day.day == 1 else "day"
    else:
        raw = shown_date(moment, number_format)
        precision = date_precision(number_format) or "day"
    if precision == "month":
        return When(raw, month_end(day.year, day.month), "planned", "month", raw, earliest=day.replace(day=1))
    if precision == "year":
        return When(raw, day.replace(month=12, day=31), "planned", "year", raw, earliest=day.replace(month=1, day=1))
    return When(raw, day, "planned", "day", raw, earliest=day)


@lru_cache(maxsize=8192)
def _read_text(raw: str, plan_start: datetime.date | None = None) -> When:
    # Cached: a plan writes the same few When texts on many rows, and a When is frozen.
    dates = find_dates(raw, plan_start)
    status = _find_status(raw)
    spans = [(status.start, status.end)] if status else []
    due, start, review = (dates[0] if dates else None), None, False
    if due:
        spans.append((due.start, due.end))
        before = raw[: due.start]
        cue = _REVIEW_BEFORE.search(before)
        if cue:
            review = True
            spans.append((cue.start(), due.end))
        started = _START_BEFORE.search(before) or _START_AFTER.match(raw, due.end)
        later = dates[1] if len(dates) > 1 else None
        if started:
            spans.append((min(started.start(), due.start), max(started.end(), due.end)))
            start = due.earliest
            due, status = _due_after_start(raw, due, later, started, status)
        elif later and _SPAN_BETWEEN.fullmatch(raw[due.end : later.start]) and later.due >= due.earliest:
            start, due = due.earliest, DateSpan(due.start, later.end, due.earliest, later.due, later.precision, True)
        elif due.span:
            start = due.earliest
        if due:
            spans.append((due.start, due.end))
    return _when(raw, due, status, spans, review, start)


def _due_after_start(raw: str, first: DateSpan, later: DateSpan | None, started: re.Match,
                     status: _Found | None) -> tuple[DateSpan | None, _Found | None]:
    """Work starting on a date is not due then, but by the end of a span it
    opens ("from June to Sept 2025") or a date said to end it."""
    if first.span:
        return first, status
    if later and _DUE_AFTER_START.match(raw[max(first.end, started.end()) : later.start]) \
            and later.due >= first.earliest:  # an end before the start is a typo, not a deadline
        return later, status
    if status is None or status.status == "unknown":
        # Past tense says it is already under way.
        past = started.group("word").lower() in {"since", "started", "commenced", "began", "begun"}
        status = _Found(started.start(), started.end(), status="ongoing" if past else "planned")
    return None, status


def _when(raw: str, due: DateSpan | None, status: _Found | None, spans: list[tuple[int, int]],
          review: bool, start: datetime.date | None) -> When:
    if status and status.status != "unknown":
        name = status.status
    else:
        name = "planned" if due else "unknown"
    evidence = raw[min(a for a, _ in spans) : max(b for _, b in spans)] if spans else ""
    return When(
        raw=raw,
        due=due.due if due else None,
        status=name,
        precision=due.precision if due else "",
        evidence=evidence,
        review=review,
        recurrence=status.recurrence if status else None,
        earliest=due.earliest if due else None,
        start=start,
    )

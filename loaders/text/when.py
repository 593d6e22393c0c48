"""The When (due date) column of a task, and its RAG status.

Planners fill the When column with whatever says "when" to them: a real Excel
date, "Sep-18", "1st review 15/6/18", "Spring 2019", "Q3 2024/25", "Ongoing
until Sept 2018", "Monthly", "COMPLETED", "TBC". :func:`parse_when` reads one
cell into a :class:`When`: the due date, how precise it is, and the task's
status, keeping the cell's text and the part that was read.

Rules
-----
Dates are UK, day first: 5/6/18 is 5 June 2018. Two-digit years pivot at 70:
00-69 are 2000-2069, 70-99 are 1970-1999.

A date that names a period is due at the **end** of the period, because a
deadline "by Oct 2018" is met until the month is out:

=============================  ===========  ===================================
written                        precision    due
=============================  ===========  ===================================
15/6/18, 15.6.18, 2018-06-15,  day          that day
15 June 2018, 4th Dec 2017
Sep-18, Sept 2018, March 2025, month        last day of the month
End July 2018, 06/2018
Q3 2024/25 (financial year)    quarter      Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec,
                                            Q4 Jan-Mar: Q3 2024/25 is
                                            2024-12-31, Q4 is 2025-03-31
Q1 2025 (calendar year)        quarter      Q1 Jan-Mar ... Q4 Oct-Dec
Spring/Summer/Autumn/Winter    season       meteorological seasons: spring 31
2019                                        May, summer 31 Aug, autumn 30 Nov;
                                            winter 2018 (or 2018/19) runs Dec
                                            2018 - Feb 2019, so ends 28 Feb 2019
2019                           year         31 December
2018/19, 2018-19               year         financial year: 31 March 2019
2018-2021                      year         31 December of the later year
=============================  ===========  ===================================

A month written with a two-digit year needs a hyphen, slash or apostrophe
("Sep-18", "Jun'18"): "June 30" is more likely a day than the year 2030. A
day or month without a year ("4th May", "w/c 4 June") gives no date: the
year cannot be known from the cell. Impossible dates (31/02/19, 45/13/18) give
no date, nor do the dates inside them ("Summer 2018/19" is not the financial
year 2018/19). Where a cell holds several dates the first one written is read.

A real Excel date (``datetime`` or ``date``) is the planner's choice of
format, not of precision: openpyxl gives ``datetime(2018, 10, 1)`` for a cell
shown as "Oct-18". So a date on the 1st of a month is read as the month
(precision ``"month"``, due on its last day); any other day as that day. A
date typed as text ("01/10/2018") is taken at its word, as a day.

A date after "review" ("1st review 15/6/18", "Next review: June 2018") is a
review date rather than a deadline: ``review`` is True, and the date is still
``due``, the next point the task is looked at. A date after "from", "since",
"starting", "commenced" or "w.e.f." is when work starts, not when it is due:
``due`` stays None.

The status is read from words, first match in this order:

* ``"completed"``: "Complete", "Completed", "Done", "Finished", "Closed", but
  not a deadline or a plan ("Complete by March 2019", "to be completed");
* ``"under review"``: "Process under review", "In development under SCD
  review", "being reviewed";
* ``"recurring"``: "Monthly", "Quarterly", "Weekly", "Fortnightly", "Daily",
  "Annually"/"Annual", "Six-monthly", "Every 6 weeks", "6-weekly", with
  ``recurrence`` set to "monthly", "every 6 weeks" and so on;
* ``"ongoing"``: "Ongoing", "On-going", "In progress", "Continuous",
  "Underway", "BAU", and "Effective immediate"/"Immediate(ly)": work that
  started at once with no end date is ongoing;
* otherwise ``"planned"`` when a due date was read, else ``"unknown"`` ("TBC",
  "TBA", "?", blank, or text that says neither).

Examples
--------
>>> parse_when("Ongoing until Sept 2018")
When(raw='Ongoing until Sept 2018', due=datetime.date(2018, 9, 30), status='ongoing', precision='month', evidence='Ongoing until Sept 2018', review=False, recurrence=None)
>>> parse_when("1st review 15/6/18").review
True
>>> parse_when("Q3 2024/25").due
datetime.date(2024, 12, 31)
>>> parse_rag(" Amber ")
'amber'
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

__all__ = ["When", "parse_when", "parse_rag", "STATUSES", "PRECISIONS", "RAG_COLOURS"]

STATUSES = ("completed", "ongoing", "recurring", "planned", "under review", "unknown")
PRECISIONS = ("day", "month", "quarter", "season", "year", "")
RAG_COLOURS = ("red", "amber", "green", "blue")


@dataclass(frozen=True)
class When:
    """When a task is due, as its plan says.

    Attributes
    ----------
    raw : str
        The cell as text; ``""`` for a blank cell; an Excel date as its ISO
        date ("2018-10-01").
    due : datetime.date or None
        The due date: the last day of the period written (see the module's
        rules), or None when no date could be read.
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
    """

    raw: str
    due: datetime.date | None
    status: str
    precision: str
    evidence: str
    review: bool = False
    recurrence: str | None = None


@dataclass(frozen=True)
class _Found:
    """A date or a status found in the text, with where it was written."""

    start: int
    end: int
    due: datetime.date | None = None
    precision: str = ""
    status: str = ""
    recurrence: str | None = None


# --- Dates -----------------------------------------------------------------

_MONTH_NAMES = r"""
    (?P<month> jan(?:uary)? | feb(?:ruary)? | mar(?:ch)? | apr(?:il)? | may
             | june? | july? | aug(?:ust)? | sep(?:t(?:ember)?)? | oct(?:ober)?
             | nov(?:ember)? | dec(?:ember)? )(?![a-z])\.?
"""

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

# 15/6/18, 15.06.2018, 15-6-18: the same separator twice.
_DAY_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<year>\d{4}|\d{2})(?!\d|[/.-]\d)"
)

# 2018-06-15
_DAY_ISO = re.compile(r"(?<![\d/.-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d/.-]\d|\d)")

# 15 June 2018, 4th December 2017, 15-Jun-18, 1st of May 2019
_DAY_NAMED = re.compile(
    rf"""(?<![\d/.])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?[-\s]?{_MONTH_NAMES}
         ,?[-\s]+'?(?P<year>\d{{4}}|\d{{2}})(?!\d)""",
    re.I | re.X,
)

# Sep-18, Sept 2018, March 2025, End July 2018, Jun'18, Mar/19
_MONTH_NAMED = re.compile(
    rf"""(?:\b(?:by\s+)?(?:the\s+)?end\s+(?:of\s+)?)?\b{_MONTH_NAMES}
         (?: ,?\s*[-/']\s*'?(?P<short>\d{{2}}) | ,?\s*[-/\s]\s*(?P<year>\d{{4}}) )
         (?![\d/])""",
    re.I | re.X,
)

# 06/2018
_MONTH_NUMERIC = re.compile(r"(?<![\d/.-])(?P<month>\d{1,2})/(?P<year>\d{4})(?![\d/])")

# Q3 2024/25 (financial), Q1 2025 (calendar), Quarter 2 FY24/25
_QUARTER = re.compile(
    r"""(?:\bQ|\bquarter\s*)(?P<quarter>[1-4])\b\s*(?:of\s+)?(?:FY\s*)?'?
        (?P<year>\d{4}|\d{2})(?:\s*[/-]\s*(?P<next>\d{4}|\d{2}))?(?![\d/])""",
    re.I | re.X,
)

# Spring 2019, Winter 2018/19
_SEASON = re.compile(
    r"""\b(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?'?
        (?P<year>\d{4}|\d{2})(?:\s*[/-]\s*(?P<next>\d{4}|\d{2}))?(?![\d/])""",
    re.I | re.X,
)

# 2018/19, 2018-19, 2018/2019 (financial year); 2018-2021 (a span of years)
_YEAR_SPAN = re.compile(
    r"(?<![\d/.£$-])(?P<year>(?:19|20)\d{2})\s*[/-]\s*(?P<next>(?:19|20)?\d{2})(?![\d/%]|[.-]\d)"
)

# 2019
_YEAR = re.compile(r"(?<![\d/.£$-])(?P<year>(?:19|20)\d{2})(?![\d%]|[/.-]\d)")

# The last month of each season; winter ends in February of the next year.
_SEASON_END_MONTH = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}

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


def _expand_year(digits: str) -> int:
    """Four digits as written; two digits pivot at 70 (18 -> 2018, 85 -> 1985)."""
    year = int(digits)
    if len(digits) == 4:
        return year
    return 2000 + year if year < 70 else 1900 + year


def _month_end(year: int, month: int) -> datetime.date | None:
    if not (1 <= month <= 12 and datetime.MINYEAR <= year <= datetime.MAXYEAR):
        return None
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _is_next_year(year: int, written: str | None) -> bool:
    """Whether '25' or '2025' in '2024/25' is the year after ``year``."""
    if written is None:
        return False
    if len(written) == 2:
        return int(written) == (year + 1) % 100
    return int(written) == year + 1


def _read_day(m: re.Match) -> tuple[datetime.date, str] | None:
    month = m.group("month")
    month_number = _MONTH_NUMBERS[month[:3].lower()] if month.isalpha() else int(month)
    try:
        day = datetime.date(_expand_year(m.group("year")), month_number, int(m.group("day")))
    except ValueError:
        return None  # 31/02/19, 45/13/18: no such day.
    return day, "day"


def _read_named_month(m: re.Match) -> tuple[datetime.date, str] | None:
    year = _expand_year(m.group("year") or m.group("short"))
    due = _month_end(year, _MONTH_NUMBERS[m.group("month")[:3].lower()])
    return (due, "month") if due else None


def _read_numeric_month(m: re.Match) -> tuple[datetime.date, str] | None:
    due = _month_end(int(m.group("year")), int(m.group("month")))
    return (due, "month") if due else None


def _read_quarter(m: re.Match) -> tuple[datetime.date, str] | None:
    quarter = int(m.group("quarter"))
    year = _expand_year(m.group("year"))
    if m.group("next") is None:
        return _month_end(year, 3 * quarter), "quarter"  # calendar quarters
    if not _is_next_year(year, m.group("next")):
        return None
    # Financial year from April: Q1 ends June, Q3 December, Q4 next March.
    month = 3 * quarter + 3
    return _month_end(year + month // 13, (month - 1) % 12 + 1), "quarter"


def _read_season(m: re.Match) -> tuple[datetime.date, str] | None:
    season = m.group("season").lower()
    year = _expand_year(m.group("year"))
    if season == "winter":
        if m.group("next") is not None and not _is_next_year(year, m.group("next")):
            return None
        return _month_end(year + 1, 2), "season"
    if m.group("next") is not None:
        return None  # "Summer 2018/19" names no one summer.
    return _month_end(year, _SEASON_END_MONTH[season]), "season"


def _read_year_span(m: re.Match) -> tuple[datetime.date, str] | None:
    year, later = int(m.group("year")), m.group("next")
    if _is_next_year(year, later):
        return _month_end(year + 1, 3), "year"  # financial year to March
    if len(later) == 4 and int(later) > year:
        return _month_end(int(later), 12), "year"
    return None


def _read_year(m: re.Match) -> tuple[datetime.date, str] | None:
    return _month_end(int(m.group("year")), 12), "year"


_DATE_FORMS = (
    (_DAY_NUMERIC, _read_day),
    (_DAY_ISO, _read_day),
    (_DAY_NAMED, _read_day),
    (_QUARTER, _read_quarter),
    (_SEASON, _read_season),
    (_MONTH_NAMED, _read_named_month),
    (_MONTH_NUMERIC, _read_numeric_month),
    (_YEAR_SPAN, _read_year_span),
    (_YEAR, _read_year),
)


def _find_date(text: str) -> _Found | None:
    """The first date written; of dates starting at the same place, the
    longest ("15 June 2018" rather than its "June 2018").

    A date that cannot be ("31/02/19", "Summer 2018/19") hides the dates
    inside it: "2018/19" there is not a financial year.
    """
    found = []
    for pattern, read in _DATE_FORMS:
        for m in pattern.finditer(text):
            date = read(m)
            due, precision = date if date else (None, "")
            found.append(_Found(m.start(), m.end(), due=due, precision=precision if due else ""))
    hidden_until = -1
    for candidate in sorted(found, key=lambda f: (f.start, -f.end)):
        if candidate.start < hidden_until:
            continue
        if candidate.due:
            return candidate
        hidden_until = candidate.end
    return None


# --- Statuses --------------------------------------------------------------

_COMPLETED = re.compile(r"\b(?:complete[d]?|done|finished|closed)\b", re.I)

# "to be completed", "once complete", "will be done": a plan, not a fact.
_NOT_YET_BEFORE = re.compile(
    r"\b(?:to|be|will|once|when|until|not|if|awaiting|pending|expected|anticipated"
    r"|due|before|after|should|must|shall)\b(?:\W+\w+){0,3}\W*$",
    re.I,
)

# "Complete by March 2019": an instruction with a deadline.
_DEADLINE_AFTER = re.compile(r"\s+(?:by|before|within|no\s+later\s+than|in|during)\b", re.I)

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
    r"\bon[\s-]?going\b|\bin\s+progress\b|\bcontinu(?:ous|ing|al|ally)\b|\bunder\s?way\b"
    r"|\bbusiness\s+as\s+usual\b|\bBAU\b|\b(?:effective\s+|with\s+)?immediate(?:ly)?(?:\s+effect)?\b",
    re.I,
)

_UNKNOWN = re.compile(
    r"\bTB[CAD]\b|\bto\s+be\s+(?:confirmed|agreed|decided|determined|arranged)\b"
    r"|^\W*\?[\s?]*$|^\s*(?:n/?a|unknown|not\s+known)\s*$",
    re.I,
)


def _find_completed(text: str) -> _Found | None:
    for m in _COMPLETED.finditer(text):
        # A few words back is enough, and keeps long notes quick to read.
        if _NOT_YET_BEFORE.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        if m.group().lower() == "complete" and _DEADLINE_AFTER.match(text, m.end()):
            continue
        return _Found(m.start(), m.end(), status="completed")
    return None


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


def parse_when(value: object) -> When:
    """Read a task's When cell.

    Parameters
    ----------
    value : object
        The cell's value: text, a ``datetime``/``date`` from openpyxl, None for
        a blank cell, or anything else (read as its text).

    Returns
    -------
    When
        Never raises; text that says nothing readable gives status
        ``"unknown"`` and no due date.

    Examples
    --------
    >>> import datetime
    >>> parse_when(datetime.datetime(2018, 10, 1))
    When(raw='2018-10-01', due=datetime.date(2018, 10, 31), status='planned', precision='month', evidence='2018-10-01', review=False, recurrence=None)
    >>> w = parse_when("1st review 15/6/18")
    >>> (w.due, w.precision, w.status, w.evidence, w.review)
    (datetime.date(2018, 6, 15), 'day', 'planned', '1st review 15/6/18', True)
    >>> w = parse_when("Spring 2019")
    >>> (w.due, w.precision)
    (datetime.date(2019, 5, 31), 'season')
    >>> w = parse_when("Every 6 weeks")
    >>> (w.status, w.recurrence, w.due)
    ('recurring', 'every 6 weeks', None)
    >>> parse_when("Process under review").status
    'under review'
    >>> parse_when(None)
    When(raw='', due=None, status='unknown', precision='', evidence='', review=False, recurrence=None)
    >>> parse_when("31/02/19").due is None
    True
    """
    if isinstance(value, datetime.date):  # datetime too
        try:
            day = datetime.date(value.year, value.month, value.day)
        except (TypeError, ValueError):
            return _read_text("")  # pandas' NaT: a blank date cell
        return _read_excel_date(day)
    return _read_text(_as_text(value))


def _as_text(value: object) -> str:
    """The cell as text; None and NaN (a blank cell read by pandas) as ''."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    try:
        return value if isinstance(value, str) else str(value)
    except Exception:  # a value whose str() fails is no date
        return ""


def _read_excel_date(day: datetime.date) -> When:
    """An Excel date on the 1st is a month typed as 'Oct-18'."""
    raw = day.isoformat()
    if day.day == 1:
        return When(raw, _month_end(day.year, day.month), "planned", "month", raw)
    return When(raw, day, "planned", "day", raw)


def _read_text(raw: str) -> When:
    date = _find_date(raw)
    status = _find_status(raw)
    review = False
    spans = [f for f in (date, status) if f]
    if date:
        before = raw[: date.start]
        cue = _REVIEW_BEFORE.search(before)
        if cue:
            review = True
            spans.append(_Found(cue.start(), date.end))
        started = _START_BEFORE.search(before)
        if started:
            # Work starting on a date is not due then; past tense says it is
            # already under way.
            spans.append(_Found(started.start(), date.end))
            date = None
            if status is None or status.status == "unknown":
                past = started.group("word").lower() in {"since", "started", "commenced", "began", "begun"}
                status = _Found(started.start(), started.end(), status="ongoing" if past else "planned")
    if status and status.status != "unknown":
        name = status.status
    else:
        name = "planned" if date else "unknown"
    evidence = raw[min(f.start for f in spans) : max(f.end for f in spans)] if spans else ""
    return When(
        raw=raw,
        due=date.due if date else None,
        status=name,
        precision=date.precision if date else "",
        evidence=evidence,
        review=review,
        recurrence=status.recurrence if status else None,
    )


# --- RAG -------------------------------------------------------------------

_RAG = {
    "r": "red", "red": "red",
    "a": "amber", "amber": "amber",
    "g": "green", "green": "green",
    "b": "blue", "blue": "blue", "complete": "blue", "completed": "blue",
}


def parse_rag(value: object) -> str | None:
    """Read a RAG status cell as "red", "amber", "green" or "blue".

    Blue is the colour plans give finished work, so "Complete(d)" is blue.
    Anything else, mixed ratings such as "A/G" included, is None.

    Examples
    --------
    >>> [parse_rag(v) for v in ["R", " green ", "AMBER", "Completed", "A/G", None]]
    ['red', 'green', 'amber', 'blue', None, None]
    """
    if not isinstance(value, str):
        return None
    return _RAG.get(value.strip().casefold())

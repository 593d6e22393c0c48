"""Dates and periods as planners write them, each with a window.

A date that names a period is due at the **end** of the period, because a
deadline "by Oct 2018" is met until the month is out; ``earliest`` is the
first day the words could mean. Dates are UK, day first: 5/6/18 is 5 June
2018. Two-digit years pivot at 70: 00-69 are 2000-2069, 70-99 are 1970-1999.
Day dates are read by python-dateutil, but only from a span this grammar has
found: dateutil left to itself finds dates in "Phase 2" or "3 schools".

Rules
-----
=================================  ============  ===============================
written                            precision     earliest .. due
=================================  ============  ===============================
15/6/18, 14.07.25, 2025-07-14,     day           that day
30 Sep 25, 30th September 2025,
Tues 14 Oct 2025, July 14, 2025
w/c 14/07/25, WC 14.7.25,          week          the day named .. six days later
week commencing 14 July 2025
week ending 18/7/25, w/e 18.7.25   week          six days before .. the day named
Sep-18, March 2025, 06/2018,       month         1st .. last day of the month
by end of June 2025, mid-June
2025, early/late June 2025
Jun-Sep 2025, June to Sept 2025,   month         1 June .. 30 September;
Sept/Oct 2025, Nov - Feb 2026                    Nov - Feb 2026 starts Nov 2025
Summer term 2025                   term          school terms: autumn Sep-Dec,
                                                 spring Jan-Apr, summer Apr-Jul;
                                                 "Summer term 2025/26" is in 2026
Q3 2025/26, Q3 25/26, Qtr 3        quarter       financial year from April: Q1
2025-26, Quarter 3 FY25/26,                      Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec,
3rd quarter 2025/26, 2025/26 Q3                  Q4 Jan-Mar (Q3 2025/26 is
                                                 1 Oct .. 31 Dec 2025)
Q1 2025 (calendar year)            quarter       Q1 Jan-Mar ... Q4 Oct-Dec
Spring/Summer/Autumn/Winter 2019   season        meteorological: spring Mar-May,
                                                 summer Jun-Aug, autumn Sep-Nov,
                                                 winter Dec-Feb, so winter 2025
                                                 (or 2025/26) ends Feb 2026
H1 2025/26, first half of 2025/26  half          financial: H1 Apr-Sep, H2 Oct-Mar;
H2 2025 (calendar year)                          calendar: H1 Jan-Jun, H2 Jul-Dec
early/mid/late 2026                part of year  Jan-Apr, May-Aug, Sep-Dec
2019, by end of 2025               year          1 Jan .. 31 Dec
2025/26, 2025-26, 2025-2026,       year          financial year: 1 Apr 2025 ..
FY 2025/26, FY25-26, Throughout                  31 Mar 2026
2025-26, during 2025/26
2018-2021                          year          1 Jan 2018 .. 31 Dec 2021
=================================  ============  ===============================

Not dates: a day or month without a year ("4th May", "w/c 4 June"); "June
30" (more likely a day than the year 2030, so a month with a two-digit year
needs a hyphen, slash or apostrophe: "Sep-18", "Jun'18"); impossible dates
("31/02/19"), nor the dates inside them ("Summer 2018/19" is not the
financial year 2018/19); "FY2026" (which financial year is that?); numbers
in words ("Phase 2", "3 schools", "Q2 10 schools": after a quarter or half
a two-digit year needs an apostrophe, "Q4 '25", or its pair, "Q4 25/26");
"4 June, 13 Aug" (13 is the next day, not 2013).

Given ``plan_start`` (the first day of the period a plan covers), a quarter
or a month written without a year ("end of Q2", "by end of June") is the
first one that ends on or after it; a yearless quarter is a financial one.

Examples
--------
>>> d = find_date("Deadline: week commencing 14 July 2025")
>>> (d.earliest, d.due, d.precision)
(datetime.date(2025, 7, 14), datetime.date(2025, 7, 20), 'week')
>>> d = find_date("Q3 25/26")
>>> (d.earliest, d.due, d.precision)
(datetime.date(2025, 10, 1), datetime.date(2025, 12, 31), 'quarter')
>>> find_date("Phase 2 in 3 schools") is None
True
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Callable

from dateutil import parser as _dateutil

__all__ = ["DateSpan", "find_date", "find_dates", "PRECISIONS", "month_end"]

PRECISIONS = ("day", "week", "month", "term", "quarter", "season", "half", "part of year", "year", "")

D = datetime.date


@dataclass(frozen=True)
class DateSpan:
    """A date or period found in text: where it is written (``start``,
    ``end``), the first and last day it can mean, and how precise it is."""

    start: int
    end: int
    earliest: datetime.date
    due: datetime.date
    precision: str
    span: bool = False  # the words name both ends: "June to Sept 2025", "2018-2021"


# A reading: (earliest, due, precision[, span]), or None for a date that cannot be.
Reading = tuple | None


class _UK(_dateutil.parserinfo):
    """dateutil's words, day first, UK weekday spellings, our year pivot."""

    WEEKDAYS = [("Mon", "Monday"), ("Tue", "Tues", "Tuesday"), ("Wed", "Weds", "Wednesday"),
                ("Thu", "Thur", "Thurs", "Thursday"), ("Fri", "Friday"), ("Sat", "Saturday"),
                ("Sun", "Sunday")]

    def __init__(self) -> None:
        super().__init__(dayfirst=True)

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        if year < 100 and not century_specified:
            return expand_year(f"{year:02d}")
        return year


_UK_WORDS = _UK()


def expand_year(digits: str) -> int:
    """Four digits as written; two digits pivot at 70 (18 -> 2018, 85 -> 1985)."""
    year = int(digits)
    if len(digits) == 4:
        return year
    return 2000 + year if year < 70 else 1900 + year


def month_end(year: int, month: int) -> D | None:
    """The last day of a month, or None for no such month."""
    if not (1 <= month <= 12 and datetime.MINYEAR <= year <= datetime.MAXYEAR):
        return None
    return D(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, count: int, precision: str) -> Reading:
    """``count`` months from month ``first`` of ``year`` (months past 12 run
    into the next year)."""
    start_year, start_month = year + (first - 1) // 12, (first - 1) % 12 + 1
    last = first + count - 1
    end = month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)
    if end is None or not (datetime.MINYEAR <= start_year <= datetime.MAXYEAR):
        return None
    return D(start_year, start_month, 1), end, precision


def _is_next_year(year: int, written: str | None) -> bool:
    """Whether '25' or '2025' in '2024/25' is the year after ``year``."""
    if written is None:
        return False
    if len(written) == 2:
        return int(written) == (year + 1) % 100
    return int(written) == year + 1


_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name[:3].lower()]


# --- The forms --------------------------------------------------------------

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")

# A year, or a financial (or academic) year: 2025, '25, 2025/26, 25-26. Two
# digits alone need an apostrophe: in "Q2 10 schools" the 10 is no year.
_YEARS = (r"(?P<year>\d{4}|'\d{2}|\d{2}(?=\s*[/-]\s*'?\d{2}))"
          r"(?:\s*[/-]\s*'?(?P<next>\d{4}|\d{2}))?(?![\d/])")
# Seasons and terms are words no count follows, so "Spring 19" is 2019.
_YEARS_LOOSE = r"'?(?P<year>\d{4}|\d{2})(?:\s*[/-]\s*'?(?P<next>\d{4}|\d{2}))?(?![\d/])"
_FY = r"(?P<fy>FY\s*|F/Y\s*|fin(?:ancial|\.)?\s+year\s+)?"

# 15/6/18, 15.06.2018, 15-6-18: the same separator twice.
_DAY_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<year>\d{4}|\d{2})(?!\d|[/.-]\d)"
)

# 2018-06-15
_DAY_ISO = re.compile(r"(?<![\d/.-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d/.-]\d|\d)")

# Tues 14 Oct 2025, 15 June 2018, 4th December 2017, 15-Jun-18, 1st of May 2019;
# in "4 June, 13 Aug" and "4 June 13 Aug" the 13 is the next day, not 2013.
_DAY_NAMED = re.compile(
    rf"""(?:\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+
            (?:the\s+)?)?
         (?<![\d/.])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?[-\s]?(?P<month>{_MONTH})
         (?:,\s*(?=\d{{4}})|[-\s]+'?)(?P<year>\d{{4}}|\d{{2}})(?!\d)(?!\s*{_MONTH})""",
    re.I | re.X,
)

# July 14, 2025; Sept 14th 2025 (a four-digit year: "June 30" is no date)
_DAY_MONTH_FIRST = re.compile(
    rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?![\d/])", re.I
)

_DAY_FORMS = (_DAY_NUMERIC, _DAY_ISO, _DAY_NAMED, _DAY_MONTH_FIRST)

# w/c 14/07/25, WC 14.7.25, week commencing 14 July 2025; week ending 18/7/25
_WEEK_CUE = re.compile(
    r"""\b(?: (?P<commencing> w\s*/\s*[cb] | w\.c\.? | wc | wb
                         | (?:week|wk\.?)\s+(?:commencing|comm\.?|beginning|beg\.?|starting|of) )
            | (?P<ending> w\s*/\s*e | (?:week|wk\.?)\s+ending ) )
        (?![a-z])\s*[:\-]?\s*(?:on\s+)?""",
    re.I | re.X,
)

# Sep-18, Sept 2018, March 2025, by the end of March 2019, mid-June 2025, Jun'18
_MONTH_NAMED = re.compile(
    rf"""(?:\b(?:by\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle)\s+(?:of\s+)?|(?:early|mid|late)[\s-]*))?
         \b(?P<month>{_MONTH})
         (?: ,?\s*[-/']\s*'?(?P<short>\d{{2}}) | ,?\s*[-/\s]\s*(?P<year>\d{{4}}) )(?![\d/])""",
    re.I | re.X,
)

# Jun-Sep 2025, June to Sept 2025, Sept/Oct 2025, Nov - Feb 2026
_MONTH_RANGE = re.compile(
    rf"""\b(?P<first>{_MONTH})\s*(?:-|–|—|/|to|until|till|through|thru)\s*(?P<month>{_MONTH})
         ,?\s*(?:(?P<year>\d{{4}})|'(?P<short>\d{{2}}))(?![\d/])""",
    re.I | re.X,
)

# by end of June, before March: a month with no year, read only within a plan's years.
_MONTH_YEARLESS = re.compile(
    rf"""\b(?:by|before|until|till|during|(?:by\s+)?(?:the\s+)?end\s+of|mid|early|late)[\s-]+
         (?P<month>{_MONTH})(?!\s*[-/',]?\s*'?\d)""",
    re.I | re.X,
)

# 06/2018
_MONTH_NUMERIC = re.compile(r"(?<![\d/.-])(?P<month>\d{1,2})/(?P<year>\d{4})(?![\d/])")

# Q3 2025/26, Qtr 3 2025-26, Quarter 3 FY25/26, 3rd quarter of 2025/26, Q1 2025, end of Q2
_QUARTER = re.compile(
    rf"""(?:\bQ(?:tr|uarter)?\.?\s*(?P<quarter>[1-4])\b
          | \b(?P<ordinal>1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:quarter|qtr)\b)
         (?:\s*(?:of\s+|in\s+)?(?:the\s+)?{_FY}{_YEARS})?""",
    re.I | re.X,
)

# 2025/26 Q3
_QUARTER_AFTER = re.compile(
    r"""(?<![\d/.£$-])(?P<fy>FY\s*)?(?P<year>(?:19|20)\d{2})\s*[/-]\s*(?P<next>\d{4}|\d{2})
        \s*[,:-]?\s*Q(?:tr)?\.?\s*(?P<quarter>[1-4])\b""",
    re.I | re.X,
)

# Spring 2019, Winter 2018/19
_SEASON = re.compile(rf"\b(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEARS_LOOSE}", re.I)

# Summer term 2025, autumn term 2025/26
_TERM = re.compile(rf"\b(?P<term>autumn|spring|summer)\s+term\s+(?:of\s+)?{_YEARS_LOOSE}", re.I)

# H1 2025/26, second half of 2025
_HALF = re.compile(
    rf"""(?:\bH(?P<half>[12])\b|\b(?P<which>first|second|1st|2nd)\s+half\s+(?:of\s+)?(?:the\s+)?)
         \s*{_FY}{_YEARS}""",
    re.I | re.X,
)

# early 2026, mid-2025, late 2025/26, the start of 2026
_PART = re.compile(
    r"""\b(?:(?P<part>early|mid|late)[\s-]*|(?:the\s+)?(?P<named>start|beginning|middle)\s+of\s+)
        (?:in\s+)?(?P<year>(?:19|20)\d{2})(?:\s*[/-]\s*(?P<next>\d{4}|\d{2}))?(?![\d/%])""",
    re.I | re.X,
)

# FY 2025/26, FY25-26, financial year 2025-26 (and FY2026, which names no one year)
_FINANCIAL_YEAR = re.compile(rf"\b(?P<fy>FY|F/Y|fin(?:ancial|\.)?\s+year)\s*:?\s*{_YEARS}", re.I)

# 2018/19, 2018-19, 2018/2019 (financial year); 2018-2021 (a span of years)
_YEAR_SPAN = re.compile(
    r"(?<![\d/.£$-])(?P<year>(?:19|20)\d{2})\s*[/-]\s*(?P<next>(?:19|20)?\d{2})(?![\d/%]|[.-]\d)"
)

# 2019
_YEAR = re.compile(r"(?<![\d/.£$-])(?P<year>(?:19|20)\d{2})(?![\d%]|[/.-]\d)")


# --- Reading what the forms found -------------------------------------------

def _year(m: re.Match) -> int:
    return expand_year(m.group("year").lstrip("'"))


def _financial(m: re.Match) -> bool | None:
    """True for a financial year written "2025/26"; False for a calendar year
    "2025"; None for no one year ("2024/26", or "FY2026")."""
    if m.group("next") is not None:
        return True if _is_next_year(_year(m), m.group("next")) else None
    fy = m.groupdict().get("fy")
    return None if fy else False


def _read_day(m: re.Match, plan_start: D | None = None) -> Reading:
    """A day date by dateutil, checked against the numbers the form found
    (dateutil would swap an impossible day and month)."""
    iso = m.re is _DAY_ISO  # 2025-10-06 is year, month, day, never year, day, month
    try:
        moment = _dateutil.parse(m.group(0), parserinfo=_UK_WORDS, default=datetime.datetime(2000, 1, 1),
                                 dayfirst=not iso, yearfirst=iso)
    except (ValueError, OverflowError, TypeError):
        return None  # 31/02/19, 45/13/18: no such day
    day = moment.date()
    month = m.group("month")
    if day.day != int(m.group("day")) or (month.isdigit() and int(month) != day.month):
        return None
    return day, day, "day"


def _read_named_month(m: re.Match, plan_start: D | None = None) -> Reading:
    year = expand_year(m.group("year") or m.group("short"))
    return _months(year, _month_number(m.group("month")), 1, "month")


def _read_month_range(m: re.Match, plan_start: D | None = None) -> Reading:
    year = expand_year(m.group("year") or m.group("short"))
    first, last = _month_number(m.group("first")), _month_number(m.group("month"))
    if first > last:
        year -= 1  # Nov - Feb 2026 starts in November 2025
    reading = _months(year, first, (last - first) % 12 + 1, "month")
    return (*reading, True) if reading else None


def _read_yearless_month(m: re.Match, plan_start: D | None = None) -> Reading:
    if plan_start is None:
        return None
    month = _month_number(m.group("month"))
    year = plan_start.year if month >= plan_start.month else plan_start.year + 1
    return _months(year, month, 1, "month")


def _read_numeric_month(m: re.Match, plan_start: D | None = None) -> Reading:
    month, year = int(m.group("month")), int(m.group("year"))
    if not (1 <= month <= 12 and _PLAUSIBLE_YEARS[0] <= year <= _PLAUSIBLE_YEARS[1]):
        return None  # "0/0010" is no month of any plan
    return _months(year, month, 1, "month")


# Years a plan's dates fall in; "0010" or "9999" written in a cell is a typo or a code.
_PLAUSIBLE_YEARS = (1900, 2199)


_ORDINALS = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4, "fourth": 4}


def _read_quarter(m: re.Match, plan_start: D | None = None) -> Reading:
    quarter = int(m.group("quarter") or _ORDINALS[m.group("ordinal").lower()])
    if m.group("year") is None:
        return _yearless_quarter(quarter, plan_start)
    financial = _financial(m)
    if financial is None:
        return None
    if financial:  # Q1 is April to June
        return _months(_year(m), 3 * quarter + 1, 3, "quarter")
    return _months(_year(m), 3 * quarter - 2, 3, "quarter")


def _yearless_quarter(quarter: int, plan_start: D | None) -> Reading:
    """'end of Q2' within a plan: the financial quarter next to end."""
    if plan_start is None:
        return None
    year = plan_start.year if plan_start.month >= 4 else plan_start.year - 1
    reading = _months(year, 3 * quarter + 1, 3, "quarter")
    if reading and reading[1] < plan_start:
        reading = _months(year + 1, 3 * quarter + 1, 3, "quarter")
    return reading


_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _read_season(m: re.Match, plan_start: D | None = None) -> Reading:
    season = m.group("season").lower()
    financial = _financial(m)
    if financial and season != "winter" or financial is None:
        return None  # "Summer 2018/19" names no one summer
    return _months(_year(m), _SEASON_FIRST_MONTH[season], 3, "season")


# School terms: (first month, months, in the academic year's second calendar year).
_TERMS = {"autumn": (9, 4, False), "spring": (1, 4, True), "summer": (4, 4, True)}


def _read_term(m: re.Match, plan_start: D | None = None) -> Reading:
    first, count, later = _TERMS[m.group("term").lower()]
    academic = _financial(m)
    if academic is None:
        return None
    return _months(_year(m) + (1 if academic and later else 0), first, count, "term")


def _read_half(m: re.Match, plan_start: D | None = None) -> Reading:
    half = 1 if (m.group("half") or m.group("which") or "").lower() in {"1", "first", "1st"} else 2
    financial = _financial(m)
    if financial is None:
        return None
    return _months(_year(m), (4 if financial else 1) + 6 * (half - 1), 6, "half")


_PART_OF = {"early": 0, "start": 0, "beginning": 0, "mid": 1, "middle": 1, "late": 2}


def _read_part(m: re.Match, plan_start: D | None = None) -> Reading:
    third = _PART_OF[(m.group("part") or m.group("named")).lower()]
    financial = _financial(m)
    if financial is None:
        return None
    return _months(_year(m), (4 if financial else 1) + 4 * third, 4, "part of year")


def _read_financial_year(m: re.Match, plan_start: D | None = None) -> Reading:
    return _months(_year(m), 4, 12, "year") if _financial(m) else None


def _read_year_span(m: re.Match, plan_start: D | None = None) -> Reading:
    year, later = int(m.group("year")), m.group("next")
    if _is_next_year(year, later):
        return _months(year, 4, 12, "year")  # financial year, April to March
    if len(later) == 4 and int(later) > year:
        return D(year, 1, 1), D(int(later), 12, 31), "year", True
    return None


def _read_year(m: re.Match, plan_start: D | None = None) -> Reading:
    return _months(int(m.group("year")), 1, 12, "year")


# (start, end, reading) of each candidate a finder sees.
Candidate = tuple[int, int, Reading]


def _find_weeks(text: str, plan_start: D | None) -> list[Candidate]:
    """A week named by the day it starts or ends."""
    found = []
    for cue in _WEEK_CUE.finditer(text):
        for form in _DAY_FORMS:
            m = form.match(text, cue.end())
            if m:
                found.append((cue.start(), m.end(), _week(_read_day(m), ending=bool(cue.group("ending")))))
                break
    return found


def _week(day: Reading, ending: bool) -> Reading:
    if day is None:
        return None
    try:
        if ending:
            return day[0] - datetime.timedelta(days=6), day[0], "week"
        return day[0], day[0] + datetime.timedelta(days=6), "week"
    except OverflowError:
        return None


def _each(pattern: re.Pattern, read: Callable[[re.Match, D | None], Reading]):
    def finder(text: str, plan_start: D | None) -> list[Candidate]:
        return [(m.start(), m.end(), read(m, plan_start)) for m in pattern.finditer(text)]
    return finder


_FINDERS = (
    _find_weeks,
    *(_each(form, _read_day) for form in _DAY_FORMS),
    _each(_QUARTER, _read_quarter),
    _each(_QUARTER_AFTER, _read_quarter),
    _each(_TERM, _read_term),
    _each(_SEASON, _read_season),
    _each(_HALF, _read_half),
    _each(_PART, _read_part),
    _each(_MONTH_RANGE, _read_month_range),
    _each(_MONTH_NAMED, _read_named_month),
    _each(_MONTH_YEARLESS, _read_yearless_month),
    _each(_MONTH_NUMERIC, _read_numeric_month),
    _each(_FINANCIAL_YEAR, _read_financial_year),
    _each(_YEAR_SPAN, _read_year_span),
    _each(_YEAR, _read_year),
)


def find_dates(text: str, plan_start: D | None = None) -> list[DateSpan]:
    """Every date in ``text``, first written first, none overlapping.

    Of dates starting at the same place, the longest wins ("15 June 2018"
    rather than its "June 2018"). A date that cannot be ("31/02/19",
    "Summer 2018/19") hides the dates inside it. Never raises.

    Examples
    --------
    >>> [(d.due.isoformat(), d.precision) for d in find_dates("31/02/19, now Q1 2025/26 then FY25-26")]
    [('2025-06-30', 'quarter'), ('2026-03-31', 'year')]
    >>> find_dates("end of Q2", plan_start=datetime.date(2025, 4, 1))[0].due
    datetime.date(2025, 9, 30)
    """
    if not isinstance(text, str):
        return []
    candidates = [c for finder in _FINDERS for c in finder(text, plan_start)]
    dates, hidden_until = [], -1
    for start, end, reading in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if start < hidden_until:
            continue
        hidden_until = end
        if reading is not None:
            dates.append(DateSpan(start, end, *reading))
    return dates


def find_date(text: str, plan_start: D | None = None) -> DateSpan | None:
    """The first date in ``text`` (see :func:`find_dates`), or None."""
    dates = find_dates(text, plan_start)
    return dates[0] if dates else None

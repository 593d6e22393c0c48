"""What an Excel number format shows of a date.

openpyxl gives a date cell's value as a ``datetime`` whatever the cell shows,
so ``datetime(2025, 7, 1)`` may be on screen as "01/07/2025", "Jul-25" or
"July 2025". A planner who formats a due date to show no day means a month,
not its 1st. This module reads the format's tokens, not a list of formats.

Rules
-----
Only the first section of a format counts (a date is a positive number).
Text in double quotes, a character after a backslash, the ``_x`` and ``*x``
spacers and anything in square brackets (a locale ``[$-809]``, a colour
``[Red]``, a condition ``[>=1]``) are literals, never tokens. An ``m`` is
minutes, not a month, when it follows an hour or comes before seconds.

==========================  ===========  ==========================
the format shows            precision    examples
==========================  ===========  ==========================
a day (``d``, ``dd``...)    day          dd/mm/yyyy, d mmmm yyyy,
                                         dd/mm/yyyy hh:mm
a month, no day             month        mmm-yy, mmmm yyyy,
                                         [$-809]mmmm yyyy;@, yyyy-mm
a year only                 year         yyyy
no date at all              ``""``       General, @, 0.00, hh:mm
==========================  ===========  ==========================

``""`` means the format says nothing about precision: a caller reads such a
date as the day it holds.

Examples
--------
>>> date_precision("mmm-yy"), date_precision("dd/mm/yyyy hh:mm"), date_precision("General")
('month', 'day', '')
>>> import datetime
>>> shown_date(datetime.datetime(2025, 7, 1), "[$-809]mmmm yyyy;@")
'July 2025'
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

__all__ = ["date_precision", "shown_date"]

# One token of a format: a literal, a bracket, or a run of one letter.
_TOKEN = re.compile(
    r'"(?P<quoted>[^"]*)"?'
    r"|\\(?P<escaped>.)"
    r"|[_*](?P<spacer>.)?"
    r"|\[(?P<bracket>[^\]]*)\]?"
    r"|(?P<general>general)"
    r"|(?P<ampm>am/pm|a/p)"
    r"|(?P<run>(?P<letter>[dmyhs])(?P=letter)*)"
    r"|(?P<other>.)",
    re.I | re.S,
)

# Elapsed time in brackets, "[h]:mm", is a time token too.
_ELAPSED = re.compile(r"^(h+|m+|s+)$", re.I)


def _first_section(number_format: str) -> str:
    """The format up to the first ';' that is not quoted, escaped or bracketed."""
    for m in _TOKEN.finditer(number_format):
        if m.group("other") == ";":
            return number_format[: m.start()]
    return number_format


@lru_cache(maxsize=1024)
def _tokens(number_format: str) -> tuple[tuple[str, str], ...]:
    """(kind, text): kind "lit" for literal text, else the token's letter
    ("d", "m" month, "n" minutes, "y", "h", "s", "ampm"). A workbook uses a
    handful of formats over thousands of cells: each is read once."""
    tokens: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(_first_section(number_format)):
        if m.group("run"):
            run = m.group("run").lower()
            tokens.append((run[0], run))
        elif m.group("ampm"):
            tokens.append(("ampm", m.group("ampm")))
        elif m.group("bracket") is not None:
            tokens.append(_bracket(m.group("bracket")))
        elif m.group("quoted") is not None:
            tokens.append(("lit", m.group("quoted")))
        elif m.group("escaped") is not None:
            tokens.append(("lit", m.group("escaped")))
        elif m.group("other") is not None:
            tokens.append(("lit", m.group("other")))
        # Spacers (_x, *x) and the word General show no date.
    return tuple(_minutes(tokens))


def _bracket(inside: str) -> tuple[str, str]:
    """[h] is elapsed time; [$£-809] shows '£'; colours and locales show nothing."""
    if _ELAPSED.match(inside):
        return inside[0].lower(), inside.lower()
    if inside.startswith("$"):
        return "lit", inside[1:].split("-", 1)[0]
    return "lit", ""


def _minutes(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An 'm' after an hour or before seconds is minutes ('n')."""
    letters = [i for i, (kind, _) in enumerate(tokens) if kind != "lit"]
    out = list(tokens)
    for place, i in enumerate(letters):
        if tokens[i][0] != "m":
            continue
        before = tokens[letters[place - 1]][0] if place > 0 else ""
        after = tokens[letters[place + 1]][0] if place + 1 < len(letters) else ""
        if before == "h" or after == "s":
            out[i] = ("n", tokens[i][1])
    return out


def date_precision(number_format: object) -> str:
    """How precisely a date cell with this format shows its date.

    Returns "day", "month", "year", or "" when the format shows no date
    (General, text, numbers, a time only). Never raises.

    Examples
    --------
    >>> [date_precision(f) for f in ["d mmmm yyyy", "mmmm yyyy", "yyyy-mm", "yyyy", "hh:mm", None]]
    ['day', 'month', 'month', 'year', '', '']
    >>> date_precision('mmm "(due)" yy'), date_precision("[$-F800]dddd, mmmm dd, yyyy")
    ('month', 'day')
    """
    if not isinstance(number_format, str):
        return ""
    kinds = {kind for kind, _ in _tokens(number_format)}
    for kind, precision in (("d", "day"), ("m", "month"), ("y", "year")):
        if kind in kinds:
            return precision
    return ""


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


def shown_date(moment: datetime.date, number_format: object) -> str:
    """A date as a cell with this format shows it ("Jul-25", "July 2025").

    A format that shows no date gives the ISO date. Never raises.

    Examples
    --------
    >>> d = datetime.datetime(2025, 7, 1, 8, 0)
    >>> [shown_date(d, f) for f in ["mmm-yy", "dd/mm/yyyy hh:mm", "ddd d mmm yy", "General"]]
    ['Jul-25', '01/07/2025 08:00', 'Tue 1 Jul 25', '2025-07-01']
    """
    if not isinstance(moment, datetime.date):
        return ""
    if not date_precision(number_format):
        return datetime.date(moment.year, moment.month, moment.day).isoformat()
    tokens = _tokens(str(number_format))
    twelve_hour = any(kind == "ampm" for kind, _ in tokens)
    return "".join(_show(kind, text, moment, twelve_hour) for kind, text in tokens)


def _show(kind: str, text: str, moment: datetime.date, twelve_hour: bool) -> str:
    hour = getattr(moment, "hour", 0)
    minute, second = getattr(moment, "minute", 0), getattr(moment, "second", 0)
    n = len(text)
    if kind == "d":
        weekday = _DAY_NAMES[moment.weekday()]
        return {1: str(moment.day), 2: f"{moment.day:02d}", 3: weekday[:3]}.get(n, weekday)
    if kind == "m":
        name = _MONTH_NAMES[moment.month - 1]
        return {1: str(moment.month), 2: f"{moment.month:02d}", 3: name[:3], 4: name}.get(n, name[0])
    if kind == "y":
        return f"{moment.year % 100:02d}" if n <= 2 else str(moment.year)
    if kind == "h":
        shown = (hour % 12 or 12) if twelve_hour else hour
        return f"{shown:02d}" if n > 1 else str(shown)
    if kind in ("n", "s"):
        value = minute if kind == "n" else second
        return f"{value:02d}" if n > 1 else str(value)
    if kind == "ampm":
        morning = hour < 12
        return ("AM" if morning else "PM") if len(text) > 3 else ("A" if morning else "P")
    return text

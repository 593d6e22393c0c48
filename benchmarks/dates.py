"""When a task is due, in the forms plans write it.

A plan's year runs from April to March ("2025-26"). Each layout has its own
habits, so each has a mix (``MIXES``): the Essex plans write "1st review
15/6/18" on most rows and an Excel month ("Oct-18") on the rest; tables
mix Excel dates with "Q3 2025/26", "w/c 14/07/25", "Ongoing" and "TBC";
documents write "by end of June 2025" and "Spring 2026"; a project tool
writes every finish as a date and time.

A ``Due`` is what goes in the cell: an Excel date (``datetime`` with its
number format) or text.

Examples
--------
>>> import random
>>> rng = random.Random(3)
>>> d = due(rng, "table", 2025)
>>> isinstance(d.value, (str, dt.datetime))
True
>>> text_form("quarter", dt.date(2025, 11, 20))
'Q3 2025/26'
>>> text_form("week", dt.date(2025, 7, 16))
'w/c 14/07/25'
>>> text_form("review", dt.date(2018, 6, 15))
'1st review 15/6/18'
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

__all__ = ["Due", "due", "text_form", "MIXES", "plan_day"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_SEASON = {3: "Spring", 4: "Spring", 5: "Spring", 6: "Summer", 7: "Summer", 8: "Summer", 9: "Autumn",
           10: "Autumn", 11: "Autumn", 12: "Winter", 1: "Winter", 2: "Winter"}


@dataclass(frozen=True)
class Due:
    """A When cell: its value (an Excel date or text) and number format."""

    value: Any
    number_format: str | None = None

    @property
    def text(self) -> str:
        """The cell as Excel shows it."""
        from .files import shown
        return shown(self.value, self.number_format)


# Each layout's forms, with weights. Excel forms are "excel:<number format>".
MIXES: dict[str, tuple[tuple[str, int], ...]] = {
    "essex": (("review", 40), ("excel:mmm-yy", 16), ("word:Ongoing", 8), ("word:COMPLETED", 6),
              ("recurring", 5), ("season", 4), ("end_month", 4), ("ongoing_until", 3),
              ("word:Effective immediate", 2), ("word:TBC", 3), ("excel:dd/mm/yyyy", 5), ("month_text", 4)),
    "table": (("excel:dd/mm/yyyy", 35), ("slash", 8), ("dots", 5), ("quarter", 8), ("word:Ongoing", 8),
              ("word:TBC", 4), ("month_name", 4), ("week", 4), ("fy", 4), ("year", 3), ("season", 3),
              ("excel:mmm-yy", 10), ("short_day", 4)),
    "document": (("excel:d mmmm yyyy", 40), ("end_month", 20), ("short_day", 10), ("season", 15),
                 ("throughout", 5), ("word:To be confirmed", 3), ("quarter", 7)),
    "month": (("excel:mmm-yy", 55), ("excel:mmmm yyyy", 10), ("excel:dd/mm/yyyy", 25), ("word:Ongoing", 10)),
    "project": (("excel:dd/mm/yyyy hh:mm", 1),),
}


def plan_day(rng: random.Random, year: int) -> dt.date:
    """A day in the plan year (April ``year`` to March ``year + 1``), later days likelier."""
    start = dt.date(year, 4, 1)
    span = (dt.date(year + 1, 3, 31) - start).days
    return start + dt.timedelta(days=int(span * (rng.random() ** 0.7)))


def due(rng: random.Random, mix: str, year: int, day: dt.date | None = None) -> Due:
    """A due date written in one of ``mix``'s forms."""
    forms, weights = zip(*MIXES[mix])
    form = rng.choices(forms, weights)[0]
    day = day or plan_day(rng, year)
    if form.startswith("excel:"):
        fmt = form[6:]
        if fmt in ("mmm-yy", "mmmm yyyy"):  # Excel keeps the 1st and shows the month
            return Due(dt.datetime(day.year, day.month, 1), fmt)
        if fmt.endswith("hh:mm"):
            return Due(dt.datetime(day.year, day.month, day.day, 17, 0), fmt)
        return Due(dt.datetime(day.year, day.month, day.day), fmt)
    if form.startswith("word:"):
        return Due(form[5:])
    if form == "recurring":
        return Due(rng.choice(("Quarterly", "Monthly", "Weekly", "Every 6 weeks")))
    return Due(text_form(form, day))


def text_form(form: str, day: dt.date) -> str:
    """``day`` written as a form that names it (or the period holding it)."""
    fy = day.year if day.month >= 4 else day.year - 1
    month = _MONTHS[day.month - 1]
    forms = {
        "review": lambda: f"1st review {day.day}/{day.month}/{day:%y}",
        "season": lambda: f"{_SEASON[day.month]} {day.year + (1 if day.month == 12 else 0)}",
        "end_month": lambda: f"by end of {month} {day.year}" if day.day % 2 else f"End {month} {day.year}",
        "ongoing_until": lambda: f"Ongoing until {month[:3] + ('t' if month == 'September' else '')} {day.year}",
        "month_text": lambda: f"{day:%b-%y}",
        "slash": lambda: f"{day:%d/%m/%y}",
        "dots": lambda: f"{day:%d.%m.%Y}",
        "quarter": lambda: f"Q{(day.month - 4) % 12 // 3 + 1} {fy}/{(fy + 1) % 100:02d}",
        "month_name": lambda: f"{month[:4] if month == 'September' else month[:3]} {day.year}",
        "week": lambda: f"w/c {(day - dt.timedelta(days=day.weekday())):%d/%m/%y}",
        "fy": lambda: f"FY{fy % 100:02d}/{(fy + 1) % 100:02d}",
        "year": lambda: f"{fy}-{(fy + 1) % 100:02d}",
        "short_day": lambda: f"{day.day} {day:%b %y}",
        "throughout": lambda: f"Throughout {fy}-{(fy + 1) % 100:02d}",
    }
    return forms[form]()

"""Tests for loaders.text.when: the When column of a task, and RAG statuses."""

from __future__ import annotations

import datetime
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text import when
from loaders.text.when import PRECISIONS, STATUSES, When, parse_rag, parse_when

D = datetime.date

# (cell, due, status, precision, evidence)
DATED = [
    # Excel dates: the 1st of a month is a month typed as "Oct-18".
    (datetime.datetime(2018, 10, 1), D(2018, 10, 31), "planned", "month", "2018-10-01"),
    (datetime.datetime(2019, 3, 1), D(2019, 3, 31), "planned", "month", "2019-03-01"),
    (datetime.datetime(2018, 2, 1), D(2018, 2, 28), "planned", "month", "2018-02-01"),
    (datetime.datetime(2020, 2, 1), D(2020, 2, 29), "planned", "month", "2020-02-01"),
    (datetime.datetime(2018, 10, 15, 9, 30), D(2018, 10, 15), "planned", "day", "2018-10-15"),
    (D(2018, 6, 1), D(2018, 6, 30), "planned", "month", "2018-06-01"),
    (D(2018, 6, 15), D(2018, 6, 15), "planned", "day", "2018-06-15"),
    # Months.
    ("Sep-18", D(2018, 9, 30), "planned", "month", "Sep-18"),
    ("Oct-18", D(2018, 10, 31), "planned", "month", "Oct-18"),
    ("Jun'18", D(2018, 6, 30), "planned", "month", "Jun'18"),
    ("End July 2018", D(2018, 7, 31), "planned", "month", "End July 2018"),
    ("by the end of March 2019", D(2019, 3, 31), "planned", "month", "by the end of March 2019"),
    ("March 2025", D(2025, 3, 31), "planned", "month", "March 2025"),
    ("Mar 2025", D(2025, 3, 31), "planned", "month", "Mar 2025"),
    ("Sept 2018", D(2018, 9, 30), "planned", "month", "Sept 2018"),
    ("September 2018", D(2018, 9, 30), "planned", "month", "September 2018"),
    ("Feb 2024", D(2024, 2, 29), "planned", "month", "Feb 2024"),
    ("06/2018", D(2018, 6, 30), "planned", "month", "06/2018"),
    ("Next forum due June 2018", D(2018, 6, 30), "planned", "month", "June 2018"),
    ("Ongoing until Sept 2018", D(2018, 9, 30), "ongoing", "month", "Ongoing until Sept 2018"),
    # Days, day first.
    ("1st review 15/6/18", D(2018, 6, 15), "planned", "day", "1st review 15/6/18"),
    ("1st review 28/7/18", D(2018, 7, 28), "planned", "day", "1st review 28/7/18"),
    ("1st review 15/7/18", D(2018, 7, 15), "planned", "day", "1st review 15/7/18"),
    ("31/03/25", D(2025, 3, 31), "planned", "day", "31/03/25"),
    ("31/03/2025", D(2025, 3, 31), "planned", "day", "31/03/2025"),
    ("5/6/18", D(2018, 6, 5), "planned", "day", "5/6/18"),
    ("15.6.18", D(2018, 6, 15), "planned", "day", "15.6.18"),
    ("15-06-2018", D(2018, 6, 15), "planned", "day", "15-06-2018"),
    ("2018-06-15", D(2018, 6, 15), "planned", "day", "2018-06-15"),
    ("01/10/2018", D(2018, 10, 1), "planned", "day", "01/10/2018"),
    ("15 June 2018", D(2018, 6, 15), "planned", "day", "15 June 2018"),
    ("4th December 2017", D(2017, 12, 4), "planned", "day", "4th December 2017"),
    ("15-Jun-18", D(2018, 6, 15), "planned", "day", "15-Jun-18"),
    ("Update 23.02.18", D(2018, 2, 23), "planned", "day", "23.02.18"),
    ("29/2/24", D(2024, 2, 29), "planned", "day", "29/2/24"),
    # Two-digit years pivot at 70.
    ("15/6/69", D(2069, 6, 15), "planned", "day", "15/6/69"),
    ("15/6/70", D(1970, 6, 15), "planned", "day", "15/6/70"),
    ("15/6/85", D(1985, 6, 15), "planned", "day", "15/6/85"),
    ("Sep-00", D(2000, 9, 30), "planned", "month", "Sep-00"),
    # Seasons, meteorological.
    ("Spring 2019", D(2019, 5, 31), "planned", "season", "Spring 2019"),
    ("Summer 2018", D(2018, 8, 31), "planned", "season", "Summer 2018"),
    ("Autumn 2018", D(2018, 11, 30), "planned", "season", "Autumn 2018"),
    ("Winter 2018", D(2019, 2, 28), "planned", "season", "Winter 2018"),
    ("Winter 2018/19", D(2019, 2, 28), "planned", "season", "Winter 2018/19"),
    ("Winter 2019", D(2020, 2, 29), "planned", "season", "Winter 2019"),
    # Quarters: financial years from April, otherwise calendar quarters.
    ("Q1 2024/25", D(2024, 6, 30), "planned", "quarter", "Q1 2024/25"),
    ("Q2 2024/25", D(2024, 9, 30), "planned", "quarter", "Q2 2024/25"),
    ("Q3 2024/25", D(2024, 12, 31), "planned", "quarter", "Q3 2024/25"),
    ("Q4 2024/25", D(2025, 3, 31), "planned", "quarter", "Q4 2024/25"),
    ("Q3 24/25", D(2024, 12, 31), "planned", "quarter", "Q3 24/25"),
    ("Q4 FY2024/2025", D(2025, 3, 31), "planned", "quarter", "Q4 FY2024/2025"),
    ("Q1 2025", D(2025, 3, 31), "planned", "quarter", "Q1 2025"),
    ("Q4 2025", D(2025, 12, 31), "planned", "quarter", "Q4 2025"),
    # Years.
    ("2019", D(2019, 12, 31), "planned", "year", "2019"),
    ("2018/19", D(2019, 3, 31), "planned", "year", "2018/19"),
    ("2018-2021", D(2021, 12, 31), "planned", "year", "2018-2021"),
    (2019, D(2019, 12, 31), "planned", "year", "2019"),
    # A date with other words.
    ("Complete by March 2019", D(2019, 3, 31), "planned", "month", "March 2019"),
    ("To be completed by Sept 2018", D(2018, 9, 30), "planned", "month", "Sept 2018"),
    ("Completed in March 2018", D(2018, 3, 31), "completed", "month", "Completed in March 2018"),
    ("TBC - June 2018", D(2018, 6, 30), "planned", "month", "TBC - June 2018"),
    ("31/02/19, now March 2019", D(2019, 3, 31), "planned", "month", "March 2019"),
    ("Quarterly review from June 2018", None, "recurring", "", "Quarterly review from June 2018"),
]


@pytest.mark.parametrize("cell, due, status, precision, evidence", DATED)
def test_reads_dates(cell, due, status, precision, evidence):
    got = parse_when(cell)
    assert (got.due, got.status, got.precision, got.evidence) == (due, status, precision, evidence)


# (cell, status, recurrence, evidence): cells that give no date.
UNDATED = [
    ("COMPLETED", "completed", None, "COMPLETED"),
    ("Completed", "completed", None, "Completed"),
    ("Complete", "completed", None, "Complete"),
    ("Done", "completed", None, "Done"),
    ("Monthly", "recurring", "monthly", "Monthly"),
    ("Quarterly", "recurring", "quarterly", "Quarterly"),
    ("Weekly", "recurring", "weekly", "Weekly"),
    ("Fortnightly", "recurring", "fortnightly", "Fortnightly"),
    ("Daily", "recurring", "daily", "Daily"),
    ("Annually", "recurring", "annually", "Annually"),
    ("Annual", "recurring", "annually", "Annual"),
    ("Yearly", "recurring", "annually", "Yearly"),
    ("Bi-annually", "recurring", "six-monthly", "Bi-annually"),
    ("Every 6 weeks", "recurring", "every 6 weeks", "Every 6 weeks"),
    ("every six weeks", "recurring", "every 6 weeks", "every six weeks"),
    ("6-weekly", "recurring", "every 6 weeks", "6-weekly"),
    ("Every month", "recurring", "monthly", "Every month"),
    ("Every 3 months", "recurring", "quarterly", "Every 3 months"),
    ("Every 2 weeks", "recurring", "fortnightly", "Every 2 weeks"),
    ("Six monthly", "recurring", "six-monthly", "Six monthly"),
    ("On-going", "ongoing", None, "On-going"),
    ("Ongoing", "ongoing", None, "Ongoing"),
    ("Ongoing ", "ongoing", None, "Ongoing"),
    ("Ongoing - plan available", "ongoing", None, "Ongoing"),
    ("In progress", "ongoing", None, "In progress"),
    ("BAU", "ongoing", None, "BAU"),
    ("Effective immediate", "ongoing", None, "Effective immediate"),
    ("Immediate", "ongoing", None, "Immediate"),
    ("Immediately", "ongoing", None, "Immediately"),
    ("Process under review", "under review", None, "under review"),
    ("Referral process under review", "under review", None, "under review"),
    ("In development under SCD review", "under review", None, "under SCD review"),
    ("TBC", "unknown", None, "TBC"),
    ("TBA", "unknown", None, "TBA"),
    ("tbc", "unknown", None, "tbc"),
    ("?", "unknown", None, "?"),
    ("N/A", "unknown", None, "N/A"),
    ("", "unknown", None, ""),
    ("   ", "unknown", None, ""),
    ("This is a duplicate of task no.11. I haven't deleted it in case it's needed.", "unknown", None, ""),
    # Impossible dates and dates without a year give no due date.
    ("31/02/19", "unknown", None, ""),
    ("45/13/18", "unknown", None, ""),
    ("29/2/23", "unknown", None, ""),
    ("4th May", "unknown", None, ""),
    ("w/c 4 June", "unknown", None, ""),
    ("June 30", "unknown", None, ""),
    ("Q3 2024/26", "unknown", None, ""),
    ("Summer 2018/19", "unknown", None, ""),
    # Start dates are not due dates.
    ("Commenced June 2018", "ongoing", None, "Commenced June 2018"),
    ("Starting Sept 2019", "planned", None, "Starting Sept 2019"),
    ("Monthly from June 2018", "recurring", "monthly", "Monthly from June 2018"),
]


@pytest.mark.parametrize("cell, status, recurrence, evidence", UNDATED)
def test_reads_statuses(cell, status, recurrence, evidence):
    got = parse_when(cell)
    assert (got.due, got.precision) == (None, "")
    assert (got.status, got.recurrence, got.evidence) == (status, recurrence, evidence)
    assert got.raw == cell


@pytest.mark.parametrize(
    "cell, review",
    [
        ("1st review 15/6/18", True),
        ("1st review 28/7/18", True),
        ("Review date: 1/9/18", True),
        ("Next review Sept 2018", True),
        ("15/6/18", False),
        ("Next forum due June 2018", False),
        ("Process under review", False),
        (datetime.datetime(2018, 10, 1), False),
    ],
)
def test_tells_review_dates_from_deadlines(cell, review):
    assert parse_when(cell).review is review


def test_keeps_the_raw_text():
    assert parse_when("Ongoing ").raw == "Ongoing "
    assert parse_when(None).raw == ""
    assert parse_when(datetime.datetime(2018, 10, 1, 12, 0)).raw == "2018-10-01"


@pytest.mark.parametrize("value", [None, "", float("nan")])
def test_blank_cell(value):
    assert parse_when(value) == When("", None, "unknown", "", "")


@pytest.mark.parametrize("value", [3.5, True, datetime.time(10, 0), ["Sep-18"]])
def test_other_values_are_read_as_text(value):
    got = parse_when(value)
    assert got.status in STATUSES
    assert got.raw == str(value)


# --- RAG ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "value, colour",
    [
        ("R", "red"), ("Red", "red"), ("RED", "red"), (" r ", "red"),
        ("A", "amber"), ("Amber", "amber"), ("amber\n", "amber"),
        ("G", "green"), ("Green", "green"), ("GREEN ", "green"),
        ("Blue", "blue"), ("B", "blue"), ("Complete", "blue"), ("Completed", "blue"), ("COMPLETED", "blue"),
        ("A/G", None), ("Red/Amber", None), ("Grey", None), ("", None), ("Ongoing", None),
        (None, None), (1, None), (datetime.date(2018, 1, 1), None),
    ],
)
def test_reads_rag(value, colour):
    assert parse_rag(value) == colour


# --- Properties --------------------------------------------------------------

_PIECES = st.sampled_from([
    "1st review ", "15/6/18", "31/02/19", "Sep-18", "Sept", " 2018", "Q3 ", "2024/25", "Spring ", "Winter ",
    "Ongoing", "until ", "Completed", "Complete by ", "Monthly", "Every ", "6", " weeks", "under ", "review",
    "TBC", "?", "from ", "/", ".", "-", " ", "'", "18", "2019", "End ", "Immediate",
])
_WHEN_TEXT = st.lists(_PIECES | st.text(max_size=4), max_size=20).map("".join)


@settings(max_examples=300)
@given(text=st.text() | _WHEN_TEXT)
def test_never_fails_on_text(text):
    got = parse_when(text)
    assert got.raw == text
    assert got.status in STATUSES
    assert got.precision in PRECISIONS
    assert (got.due is None) == (got.precision == "")
    assert got.evidence in text
    assert got.recurrence is None or got.status == "recurring"
    if got.due is not None:
        assert got.status != "unknown"


@settings(max_examples=300)
@given(day=st.dates(min_value=D(1970, 1, 1), max_value=D(2069, 12, 31)), style=st.sampled_from(["/", ".", "-"]))
def test_reads_back_any_written_day(day, style):
    written = f"{day.day}{style}{day.month}{style}{day.year % 100:02d}"
    got = parse_when(written)
    assert (got.due, got.precision, got.status) == (day, "day", "planned")


@settings(max_examples=300)
@given(moment=st.datetimes() | st.dates())
def test_excel_dates_fall_due_within_their_month(moment):
    day = moment.date() if isinstance(moment, datetime.datetime) else moment
    got = parse_when(moment)
    assert got.status == "planned"
    assert (got.due.year, got.due.month) == (day.year, day.month)
    assert got.due >= day
    assert got.precision == ("month" if day.day == 1 else "day")


def test_docstring_examples():
    result = doctest.testmod(when)
    assert result.attempted > 0
    assert result.failed == 0

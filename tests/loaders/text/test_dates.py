"""Tests for loaders.text.dates: dates and periods with their windows."""

from __future__ import annotations

import datetime
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text import dates
from loaders.text.dates import PRECISIONS, find_date, find_dates

D = datetime.date

# (text, earliest, due, precision, the words read)
FORMS = [
    # Day dates in their UK spellings, day first, read by dateutil.
    ("30 Sep 25", D(2025, 9, 30), D(2025, 9, 30), "day", "30 Sep 25"),
    ("30th September 2025", D(2025, 9, 30), D(2025, 9, 30), "day", "30th September 2025"),
    ("Tues 14 Oct 2025", D(2025, 10, 14), D(2025, 10, 14), "day", "Tues 14 Oct 2025"),
    ("Wednesday, 1st October 2025", D(2025, 10, 1), D(2025, 10, 1), "day", "Wednesday, 1st October 2025"),
    ("14.07.25", D(2025, 7, 14), D(2025, 7, 14), "day", "14.07.25"),
    ("14/07/2025", D(2025, 7, 14), D(2025, 7, 14), "day", "14/07/2025"),
    ("14-07-2025", D(2025, 7, 14), D(2025, 7, 14), "day", "14-07-2025"),
    ("2025-07-14", D(2025, 7, 14), D(2025, 7, 14), "day", "2025-07-14"),
    ("3/4/26", D(2026, 4, 3), D(2026, 4, 3), "day", "3/4/26"),
    ("July 14, 2025", D(2025, 7, 14), D(2025, 7, 14), "day", "July 14, 2025"),
    ("Sept 2nd 2025", D(2025, 9, 2), D(2025, 9, 2), "day", "Sept 2nd 2025"),
    ("Deadline: 30 Jun 25", D(2025, 6, 30), D(2025, 6, 30), "day", "30 Jun 25"),
    # Weeks.
    ("week commencing 14 July 2025", D(2025, 7, 14), D(2025, 7, 20), "week", "week commencing 14 July 2025"),
    ("w/c 14/07/25", D(2025, 7, 14), D(2025, 7, 20), "week", "w/c 14/07/25"),
    ("WC 14.7.25", D(2025, 7, 14), D(2025, 7, 20), "week", "WC 14.7.25"),
    ("W/B Mon 6 Oct 2025", D(2025, 10, 6), D(2025, 10, 12), "week", "W/B Mon 6 Oct 2025"),
    ("wk beginning 2025-10-06", D(2025, 10, 6), D(2025, 10, 12), "week", "wk beginning 2025-10-06"),
    ("week ending 18 July 2025", D(2025, 7, 12), D(2025, 7, 18), "week", "week ending 18 July 2025"),
    ("w/e 18.7.25", D(2025, 7, 12), D(2025, 7, 18), "week", "w/e 18.7.25"),
    # Months.
    ("by end of June 2025", D(2025, 6, 1), D(2025, 6, 30), "month", "by end of June 2025"),
    ("mid-June 2025", D(2025, 6, 1), D(2025, 6, 30), "month", "mid-June 2025"),
    ("early Feb 2028", D(2028, 2, 1), D(2028, 2, 29), "month", "early Feb 2028"),
    ("late Sept 2025", D(2025, 9, 1), D(2025, 9, 30), "month", "late Sept 2025"),
    ("the beginning of March 2026", D(2026, 3, 1), D(2026, 3, 31), "month", "the beginning of March 2026"),
    ("Jul-25", D(2025, 7, 1), D(2025, 7, 31), "month", "Jul-25"),
    ("Jun-Sep 2025", D(2025, 6, 1), D(2025, 9, 30), "month", "Jun-Sep 2025"),
    ("June to Sept 2025", D(2025, 6, 1), D(2025, 9, 30), "month", "June to Sept 2025"),
    ("Nov – Feb 2026", D(2025, 11, 1), D(2026, 2, 28), "month", "Nov – Feb 2026"),
    # School terms.
    ("Summer term 2025", D(2025, 4, 1), D(2025, 7, 31), "term", "Summer term 2025"),
    ("autumn term 2025", D(2025, 9, 1), D(2025, 12, 31), "term", "autumn term 2025"),
    ("Spring Term 2026", D(2026, 1, 1), D(2026, 4, 30), "term", "Spring Term 2026"),
    ("Summer term 2025/26", D(2026, 4, 1), D(2026, 7, 31), "term", "Summer term 2025/26"),
    ("Autumn term 2025-26", D(2025, 9, 1), D(2025, 12, 31), "term", "Autumn term 2025-26"),
    # Quarters.
    ("end of Q2 2025/26", D(2025, 7, 1), D(2025, 9, 30), "quarter", "Q2 2025/26"),
    ("Q3 2025/26", D(2025, 10, 1), D(2025, 12, 31), "quarter", "Q3 2025/26"),
    ("Q3 25/26", D(2025, 10, 1), D(2025, 12, 31), "quarter", "Q3 25/26"),
    ("Qtr 3 2025-26", D(2025, 10, 1), D(2025, 12, 31), "quarter", "Qtr 3 2025-26"),
    ("Quarter 3 FY25/26", D(2025, 10, 1), D(2025, 12, 31), "quarter", "Quarter 3 FY25/26"),
    ("Q4 2025/26", D(2026, 1, 1), D(2026, 3, 31), "quarter", "Q4 2025/26"),
    ("3rd quarter of 2025/26", D(2025, 10, 1), D(2025, 12, 31), "quarter", "3rd quarter of 2025/26"),
    ("first quarter 2026-27", D(2026, 4, 1), D(2026, 6, 30), "quarter", "first quarter 2026-27"),
    ("2025/26 Q1", D(2025, 4, 1), D(2025, 6, 30), "quarter", "2025/26 Q1"),
    ("Q2 2025", D(2025, 4, 1), D(2025, 6, 30), "quarter", "Q2 2025"),
    ("Q4 '25", D(2025, 10, 1), D(2025, 12, 31), "quarter", "Q4 '25"),
    # Seasons.
    ("Spring 2026", D(2026, 3, 1), D(2026, 5, 31), "season", "Spring 2026"),
    ("Autumn 2025", D(2025, 9, 1), D(2025, 11, 30), "season", "Autumn 2025"),
    ("Winter 2025/26", D(2025, 12, 1), D(2026, 2, 28), "season", "Winter 2025/26"),
    ("winter 2027", D(2027, 12, 1), D(2028, 2, 29), "season", "winter 2027"),
    # Halves and parts of a year.
    ("H1 2025/26", D(2025, 4, 1), D(2025, 9, 30), "half", "H1 2025/26"),
    ("H2 FY 2025-26", D(2025, 10, 1), D(2026, 3, 31), "half", "H2 FY 2025-26"),
    ("H2 2025", D(2025, 7, 1), D(2025, 12, 31), "half", "H2 2025"),
    ("second half of 2025/26", D(2025, 10, 1), D(2026, 3, 31), "half", "second half of 2025/26"),
    ("early 2026", D(2026, 1, 1), D(2026, 4, 30), "part of year", "early 2026"),
    ("mid-2025", D(2025, 5, 1), D(2025, 8, 31), "part of year", "mid-2025"),
    ("late 2026", D(2026, 9, 1), D(2026, 12, 31), "part of year", "late 2026"),
    ("the start of 2027", D(2027, 1, 1), D(2027, 4, 30), "part of year", "the start of 2027"),
    ("late 2025/26", D(2025, 12, 1), D(2026, 3, 31), "part of year", "late 2025/26"),
    # Years.
    ("FY 2025/26", D(2025, 4, 1), D(2026, 3, 31), "year", "FY 2025/26"),
    ("FY25-26", D(2025, 4, 1), D(2026, 3, 31), "year", "FY25-26"),
    ("financial year 2025-2026", D(2025, 4, 1), D(2026, 3, 31), "year", "financial year 2025-2026"),
    ("2025-26", D(2025, 4, 1), D(2026, 3, 31), "year", "2025-26"),
    ("2025/26", D(2025, 4, 1), D(2026, 3, 31), "year", "2025/26"),
    ("Throughout 2025-26", D(2025, 4, 1), D(2026, 3, 31), "year", "2025-26"),
    ("during 2025/26", D(2025, 4, 1), D(2026, 3, 31), "year", "2025/26"),
    ("by end of 2025", D(2025, 1, 1), D(2025, 12, 31), "year", "2025"),
    ("2025-2027", D(2025, 1, 1), D(2027, 12, 31), "year", "2025-2027"),
]


@pytest.mark.parametrize("text, earliest, due, precision, words", FORMS)
def test_reads_each_form_with_its_window(text, earliest, due, precision, words):
    got = find_date(text)
    assert (got.earliest, got.due, got.precision) == (earliest, due, precision)
    assert text[got.start : got.end] == words


@pytest.mark.parametrize("text", [
    "Phase 2", "3 schools", "Phase 2 in 3 schools", "Q2 10 schools", "Year 8 pupils", "10 of 14 visited",
    "FY2026", "FY 26", "4th May", "w/c 4 June", "June 30", "31/02/19", "Summer 2018/19", "Q3 2024/26",
    "Summer term 2024/26", "H1 2025/27", "Room E1.12", "Policy E2.5", "2.1.3", "budget code 3.2.1", "45/13/18",
    "end of Q2", "by end of June", "section 2.1", "A14 junction 5", "£2025-26", "99/100",
])
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


def test_span_marks_words_that_name_both_ends():
    assert find_date("Jun-Sep 2025").span and find_date("2018-2021").span
    assert not find_date("2025-26").span and not find_date("Sep-25").span


def test_first_date_written_first():
    found = find_dates("Q1 2025/26 review; final report 31/03/26")
    assert [(d.due, d.precision) for d in found] == [(D(2025, 6, 30), "quarter"), (D(2026, 3, 31), "day")]


@pytest.mark.parametrize("text, plan_start, earliest, due", [
    ("end of Q2", D(2025, 4, 1), D(2025, 7, 1), D(2025, 9, 30)),
    ("Q1", D(2025, 4, 1), D(2025, 4, 1), D(2025, 6, 30)),
    ("by Q1", D(2025, 9, 1), D(2026, 4, 1), D(2026, 6, 30)),  # Q1 2025/26 is over by then
    ("Q4", D(2025, 4, 1), D(2026, 1, 1), D(2026, 3, 31)),
    ("by end of June", D(2025, 4, 1), D(2025, 6, 1), D(2025, 6, 30)),
    ("before March", D(2025, 4, 1), D(2026, 3, 1), D(2026, 3, 31)),
    ("mid-Nov", D(2025, 4, 1), D(2025, 11, 1), D(2025, 11, 30)),
])
def test_a_plans_years_place_yearless_periods(text, plan_start, earliest, due):
    got = find_date(text, plan_start=plan_start)
    assert (got.earliest, got.due) == (earliest, due)


# --- Properties --------------------------------------------------------------

_PIECES = st.sampled_from([
    "w/c ", "week ending ", "Q", "Qtr ", "H1 ", "FY", "2025", "/26", "-26", "25", "/", ".", "-", " ", "'", "14",
    "07", "July", "Sept ", "Tues ", "mid-", "early ", "late ", "term ", "Summer ", "Winter ", "end of ", "by ",
    "3rd quarter ", "to ", "Jun-Sep ", "30th ", "of ", ",", "Phase 2", "3 schools",
])
_DATE_TEXT = st.lists(_PIECES | st.text(max_size=4), max_size=20).map("".join)


@settings(max_examples=400)
@given(text=st.text() | _DATE_TEXT, plan_start=st.none() | st.dates())
def test_never_fails_and_windows_are_sound(text, plan_start):
    found = find_dates(text, plan_start)
    previous_end = 0
    for d in found:
        assert d.precision in PRECISIONS and d.precision
        assert d.earliest <= d.due
        assert previous_end <= d.start < d.end <= len(text)
        previous_end = d.end


@settings(max_examples=200)
@given(day=st.dates(min_value=D(1970, 1, 1), max_value=D(2069, 12, 31)),
       style=st.sampled_from(["{d} {b} {Y}", "{d}th {B} {Y}", "{a} {d} {b} {y}", "{d}.{m}.{y}", "{Y}-{m:02d}-{d:02d}"]))
def test_reads_back_any_day_in_any_spelling(day, style):
    written = style.format(d=day.day, m=day.month, y=f"{day.year % 100:02d}", Y=day.year,
                           b=day.strftime("%b"), B=day.strftime("%B"), a=day.strftime("%a"))
    got = find_date(written)
    assert (got.earliest, got.due, got.precision) == (day, day, "day")


def test_docstring_examples():
    result = doctest.testmod(dates)
    assert result.attempted > 0 and result.failed == 0

"""Tests for loaders.text.number_formats: what a date cell's format shows."""

from __future__ import annotations

import datetime
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text import number_formats
from loaders.text.number_formats import date_precision, shown_date


@pytest.mark.parametrize("number_format, precision", [
    # A day shown.
    ("dd/mm/yyyy", "day"), ("d mmmm yyyy", "day"), ("dd/mm/yyyy hh:mm", "day"), ("d-mmm-yy", "day"),
    ("DD/MM/YYYY", "day"), ("dddd, d mmmm yyyy", "day"), ("[$-F800]dddd, mmmm dd, yyyy", "day"),
    ("yyyy-mm-dd;@", "day"), ('d" of "mmmm', "day"), ("mm/dd/yy h:mm AM/PM", "day"),
    # A month, no day.
    ("mmm-yy", "month"), ("mmmm yyyy", "month"), ("mmm yyyy", "month"), ("yyyy-mm", "month"),
    ("[$-809]mmmm yyyy;@", "month"), ("[$-en-GB]mmm\\-yy", "month"), ("MMM-YY", "month"), ("mmmmm", "month"),
    ('mmm "due" yy', "month"), ("[Red]mmm-yy", "month"), ("mmm-yy;[Red]dd/mm/yyyy", "month"),
    # A year only.
    ("yyyy", "year"), ('"FY "yyyy', "year"),
    # No date: the words inside quotes or brackets are never tokens, nor minutes.
    ("General", ""), ("@", ""), ("0.00", ""), ("0%", ""), ("hh:mm", ""), ("[h]:mm:ss", ""), ("h:mm AM/PM", ""),
    ('"day "0', ""), ("\\d0", ""), ("#,##0;[Red]-#,##0", ""), ("0.00E+00", ""), ("", ""), (None, ""), (45, ""),
])
def test_reads_the_precision_a_format_shows(number_format, precision):
    assert date_precision(number_format) == precision


MOMENT = datetime.datetime(2025, 7, 4, 17, 5, 9)


@pytest.mark.parametrize("number_format, shown", [
    ("mmm-yy", "Jul-25"), ("mmmm yyyy", "July 2025"), ("[$-809]mmmm yyyy;@", "July 2025"),
    ("dd/mm/yyyy", "04/07/2025"), ("d mmmm yyyy", "4 July 2025"), ("dd/mm/yyyy hh:mm", "04/07/2025 17:05"),
    ("ddd d mmm yy", "Fri 4 Jul 25"), ("dddd", "Friday"), ("yyyy-mm-dd", "2025-07-04"), ("mmmmm", "J"),
    ("d/m/yy h:mm AM/PM", "4/7/25 5:05 PM"), ("hh:mm:ss", "2025-07-04"), ('mmm "(due)" yy', "Jul (due) 25"),
    ("[$£-809]mmm yy", "£Jul 25"), ("General", "2025-07-04"),
])
def test_shows_a_date_as_the_cell_does(number_format, shown):
    assert shown_date(MOMENT, number_format) == shown


def test_a_plain_date_has_no_time():
    assert shown_date(datetime.date(2025, 7, 4), "dd/mm/yyyy hh:mm") == "04/07/2025 00:00"


@settings(max_examples=300)
@given(number_format=st.text() | st.none(), moment=st.datetimes() | st.dates())
def test_never_fails(number_format, moment):
    assert date_precision(number_format) in ("day", "month", "year", "")
    assert isinstance(shown_date(moment, number_format), str)


def test_docstring_examples():
    result = doctest.testmod(number_formats)
    assert result.attempted > 0 and result.failed == 0

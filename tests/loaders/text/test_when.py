"""Tests for loaders.text.when: the When column of a task, and RAG statuses."""

from __future__ import annotations

import csv
import datetime
import doctest
import json
import re
from pathlib import Path

import openpyxl
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


# --- Windows, starts and spans -------------------------------------------------

@pytest.mark.parametrize("cell, earliest, due, precision, status", [
    ("by end of June 2025", D(2025, 6, 1), D(2025, 6, 30), "month", "planned"),
    ("Throughout 2025-26", D(2025, 4, 1), D(2026, 3, 31), "year", "ongoing"),
    ("during 2025/26", D(2025, 4, 1), D(2026, 3, 31), "year", "planned"),
    ("Completed May 2025", D(2025, 5, 1), D(2025, 5, 31), "month", "completed"),
    ("Closed 14/07/2025", D(2025, 7, 14), D(2025, 7, 14), "day", "completed"),
    ("Summer term 2025", D(2025, 4, 1), D(2025, 7, 31), "term", "planned"),
    ("WC 14.7.25", D(2025, 7, 14), D(2025, 7, 20), "week", "planned"),
    ("Monthly until March 2026", D(2026, 3, 1), D(2026, 3, 31), "month", "recurring"),
    ("Ongoing – Q4 2025/26", D(2026, 1, 1), D(2026, 3, 31), "quarter", "ongoing"),
    ("Deliver by end of Q2 2025/26", D(2025, 7, 1), D(2025, 9, 30), "quarter", "planned"),
])
def test_reads_the_window(cell, earliest, due, precision, status):
    got = parse_when(cell)
    assert (got.earliest, got.due, got.precision, got.status) == (earliest, due, precision, status)


@pytest.mark.parametrize("cell, start, due, evidence", [
    ("From June 2018 until March 2019", D(2018, 6, 1), D(2019, 3, 31), "From June 2018 until March 2019"),
    ("Starting w/c 14/07/25, finish by Q3 2025/26", D(2025, 7, 14), D(2025, 12, 31),
     "Starting w/c 14/07/25, finish by Q3 2025/26"),
    ("April 2025 - March 2026", D(2025, 4, 1), D(2026, 3, 31), "April 2025 - March 2026"),
    ("15/6/18 to 30/6/18", D(2018, 6, 15), D(2018, 6, 30), "15/6/18 to 30/6/18"),
    ("Jun-Sep 2025", D(2025, 6, 1), D(2025, 9, 30), "Jun-Sep 2025"),
    ("from June to Sept 2025", D(2025, 6, 1), D(2025, 9, 30), "from June to Sept 2025"),
    ("Starting Sept 2019", D(2019, 9, 1), None, "Starting Sept 2019"),
    ("Sept 2025, then March 2026", None, D(2025, 9, 30), "Sept 2025"),
    ("Sept 2025 onwards", D(2025, 9, 1), None, "Sept 2025 onwards"),
    ("Q2 2025/26 onwards, complete by March 2026", D(2025, 7, 1), D(2026, 3, 31),
     "Q2 2025/26 onwards, complete by March 2026"),
    ("Sept/Oct 2025", D(2025, 9, 1), D(2025, 10, 31), "Sept/Oct 2025"),
    ("Pilot commenced w/c 30th April 2018 with further courses w/c 4 June, 13 Aug, 25 Feb 2019",
     D(2018, 4, 30), None, "commenced w/c 30th April 2018"),
])
def test_reads_starts_and_spans(cell, start, due, evidence):
    got = parse_when(cell)
    assert (got.start, got.due, got.evidence) == (start, due, evidence)


def test_a_plans_start_places_a_yearless_quarter():
    assert parse_when("end of Q2").due is None
    got = parse_when("end of Q2", plan_start=D(2025, 4, 1))
    assert (got.earliest, got.due, got.precision) == (D(2025, 7, 1), D(2025, 9, 30), "quarter")


# --- Excel dates by their number format -----------------------------------------

@pytest.mark.parametrize("value, number_format, raw, earliest, due, precision", [
    # A format with no day is a month, whatever day is stored.
    (datetime.datetime(2025, 7, 1), "mmm-yy", "Jul-25", D(2025, 7, 1), D(2025, 7, 31), "month"),
    (datetime.datetime(2025, 7, 15), "mmm-yy", "Jul-25", D(2025, 7, 1), D(2025, 7, 31), "month"),
    (datetime.datetime(2025, 8, 1), "mmmm yyyy", "August 2025", D(2025, 8, 1), D(2025, 8, 31), "month"),
    (datetime.datetime(2026, 2, 1), "[$-809]mmmm yyyy;@", "February 2026", D(2026, 2, 1), D(2026, 2, 28), "month"),
    (D(2025, 9, 1), "yyyy-mm", "2025-09", D(2025, 9, 1), D(2025, 9, 30), "month"),
    (datetime.datetime(2025, 1, 1), "yyyy", "2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
    # A format with a day is that day, even the 1st; a time is dropped.
    (datetime.datetime(2025, 9, 1), "d mmmm yyyy", "1 September 2025", D(2025, 9, 1), D(2025, 9, 1), "day"),
    (datetime.datetime(2025, 6, 30), "dd/mm/yyyy", "30/06/2025", D(2025, 6, 30), D(2025, 6, 30), "day"),
    (datetime.datetime(2025, 5, 30, 17, 0), "dd/mm/yyyy hh:mm", "30/05/2025 17:00", D(2025, 5, 30),
     D(2025, 5, 30), "day"),
    (datetime.datetime(2025, 4, 1, 8, 0), "General", "2025-04-01", D(2025, 4, 1), D(2025, 4, 1), "day"),
    # No format: the 1st is a month, as Essex's "Oct-18" cells are.
    (datetime.datetime(2018, 10, 1), None, "2018-10-01", D(2018, 10, 1), D(2018, 10, 31), "month"),
    (datetime.datetime(2018, 10, 5), None, "2018-10-05", D(2018, 10, 5), D(2018, 10, 5), "day"),
])
def test_reads_excel_dates_by_their_format(value, number_format, raw, earliest, due, precision):
    got = parse_when(value, number_format)
    assert (got.raw, got.earliest, got.due, got.precision, got.status) == (raw, earliest, due, precision, "planned")
    assert got.evidence == raw


def test_a_format_means_nothing_for_text():
    assert parse_when("Ongoing", "mmm-yy") == parse_when("Ongoing")
    assert parse_when("15/06/2025", "mmm-yy").precision == "day"


@settings(max_examples=300)
@given(text=st.text() | _WHEN_TEXT, plan_start=st.none() | st.dates())
def test_windows_are_sound(text, plan_start):
    got = parse_when(text, plan_start=plan_start)
    assert (got.earliest is None) == (got.due is None)
    if got.due:
        assert got.earliest <= got.due
    assert got.evidence in text


@settings(max_examples=200)
@given(moment=st.datetimes() | st.dates(), number_format=st.text(max_size=12) | st.sampled_from(
    ["mmm-yy", "dd/mm/yyyy hh:mm", "yyyy", "General", "[$-809]mmmm yyyy;@"]))
def test_excel_dates_with_any_format(moment, number_format):
    got = parse_when(moment, number_format)
    day = moment.date() if isinstance(moment, datetime.datetime) else moment
    assert got.earliest <= day <= got.due
    assert got.precision in ("day", "month", "year")


# --- The partnerships' plans, cell by cell ----------------------------------------
# Read with openpyxl as the file holds them (values and number formats), and
# compared with the truth files. The plans' layouts are the workbook readers'
# business; these tests only find the date cells.

PARTNERSHIPS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "partnerships"
needs_partnerships = pytest.mark.skipif(not PARTNERSHIPS.is_dir(), reason="no shared partnership plans")


def _truth(name: str) -> dict:
    return json.loads((PARTNERSHIPS / name / "expected.json").read_text(encoding="utf-8"))


def _eastvale_deadlines() -> dict[str, tuple[object, str | None]]:
    """ref -> (Deadline value, number format): the row labelled 'Deadline'
    in each 'Action E..' block; a value typed into the label cell is the
    text after the colon."""
    book = openpyxl.load_workbook(PARTNERSHIPS / "eastvale" / "Eastvale Safer Communities Plan 2025-26.xlsx")
    found, ref = {}, None
    for ws in book.worksheets:
        for row in ws.iter_rows():
            label = row[0].value if isinstance(row[0].value, str) else ""
            action = re.match(r"Action (E\d+\.\d+)", label)
            if action:
                ref = action.group(1)
            elif ref and label.lower().startswith("deadline"):
                cell = row[1] if len(row) > 1 and row[1].value is not None else None
                found[ref] = (cell.value, cell.number_format) if cell else (label.split(":", 1)[1].strip(), None)
    return found


def _table_cells(path: Path, sheets: list[str], header_row: int, key: str, column: str):
    """ref -> the cell under ``column`` in each row with a ``key``."""
    book = openpyxl.load_workbook(path)
    found = {}
    for name in sheets:
        ws = book[name]
        headers = {c.value: c.column for c in ws[header_row] if c.value}
        for row in ws.iter_rows(min_row=header_row + 1):
            ref = row[headers[key] - 1].value
            if ref not in (None, ""):
                found[str(ref)] = row[headers[column] - 1]
    return found


def _southbay_dues():
    path = PARTNERSHIPS / "southbay" / "Southbay CSP Action Plan 2025-27.xlsx"
    cells = _table_cells(path, ["Prevent", "Pursue", "Protect", "Prepare"], 4, "No.", "Due")
    return {ref: (c.value, c.number_format) for ref, c in cells.items()}


def _northgate_xlsx(column: str):
    path = PARTNERSHIPS / "northgate" / "Northgate CSP plan export.xlsx"
    cells = _table_cells(path, ["Task_Table1"], 1, "WBS", column)
    return {ref: (c.value, c.number_format) for ref, c in cells.items()}


def _northgate_csv(column: str):
    with open(PARTNERSHIPS / "northgate" / "Northgate CSP plan export.csv", encoding="utf-8-sig", newline="") as f:
        return {row["WBS"]: (row[column], None) for row in csv.DictReader(f)}


def _check_due_dates(truth: dict, cells: dict) -> int:
    """Every day date exactly; every window; every text as written. Returns
    how many cells were compared."""
    for ref, day in truth["due_dates"].items():
        got = parse_when(*cells[ref])
        if day is None:
            assert got.precision != "day", ref
        else:
            assert got.due == D.fromisoformat(day), ref
    for ref, (first, last) in truth.get("due_date_windows", {}).items():
        got = parse_when(*cells[ref])
        assert (got.earliest, got.due) == (D.fromisoformat(first), D.fromisoformat(last)), ref
    for ref, text in truth.get("due_date_text", {}).items():
        got = parse_when(*cells[ref])
        assert got.raw == text and got.evidence, ref
    return len(truth["due_dates"])


@needs_partnerships
def test_eastvale_deadlines():
    truth = _truth("eastvale")
    assert _check_due_dates(truth, _eastvale_deadlines()) == 36


@needs_partnerships
def test_southbay_due_cells():
    truth = _truth("southbay")
    cells = _southbay_dues()
    assert _check_due_dates(truth, cells) == 37
    for ref, precision in truth["due_precision"].items():
        assert parse_when(*cells[ref]).precision == (precision or ""), ref


@needs_partnerships
@pytest.mark.parametrize("read", [_northgate_xlsx, _northgate_csv])
def test_northgate_finish_and_start(read):
    truth = _truth("northgate")
    assert _check_due_dates(truth, read("Finish")) == 33
    starts = read("Start")
    for ref, day in truth["start_dates"].items():
        got = parse_when(*starts[ref])
        assert (got.due, got.precision) == (D.fromisoformat(day), "day"), ref

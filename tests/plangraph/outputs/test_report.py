"""The leadership report, read back the way a person's Excel would read it."""

from __future__ import annotations

import openpyxl
import pytest

from plangraph.outputs.report import HIGHLIGHT, write_leadership_report

SHEETS = ["Read me", "Owners", "By area", "By strand", "By status", "By month", "Concentration", "Unowned tasks",
          "Spellings"]


@pytest.fixture(scope="module")
def report(essex_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "owners.xlsx"
    write_leadership_report(essex_graph, path)
    return openpyxl.load_workbook(path)


def rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def highlighted(ws, row):
    return all(cell.fill.fgColor.rgb == HIGHLIGHT.fgColor.rgb for cell in ws[row])


def test_one_sheet_per_view_after_a_read_me(report):
    assert report.sheetnames == SHEETS


def test_headers_are_bold_and_frozen(report):
    headers = {
        "Owners": ["owner", "kind", "tasks", "open", "completed", "shared", "areas", "leads", "overloaded", "over by",
                   "note"],
        "By strand": ["owner", "Prevent", "Pursue", "Protect", "Prepare", "total"],
        "By status": ["owner", "completed", "ongoing", "planned", "recurring", "under review", "unknown", "total"],
        "Concentration": ["workstream", "area", "tasks", "top owner", "top owner's tasks", "share", "flagged"],
        "Unowned tasks": ["workstream", "ref", "task", "file", "sheet", "cell"],
        "Spellings": ["owner", "written as", "file", "sheet", "cell"],
    }
    for name, expected in headers.items():
        ws = report[name]
        assert rows(ws)[0] == expected, name
        assert ws.freeze_panes == "A2" and all(cell.font.bold for cell in ws[1])
    assert rows(report["By area"])[0][:3] == ["owner", "Domestic Abuse", "Gangs & Knife Crime"]


def test_the_top_owner_row_and_its_highlight(report):
    ws = report["Owners"]
    assert rows(ws)[1] == ["CI Sam Smith", "person", 26, 26, 0, 1, "Gangs & Knife Crime", "Gangs & Knife Crime",
                           "yes", 16, None]
    # initials no list of people explains are said beside the owner, with what would settle them
    pw = next(r for r in rows(ws) if r[0] == "PW")
    assert pw[8:10] == ["yes", 6] and pw[10].startswith("initials only: no list of people names PW")
    assert [r[0] for r in rows(ws)[1:8]] == [
        "CI Sam Smith", "CI Shaun Kane", "DCI Jasmine Frost", "Jason Hendy",
        "Domestic Abuse Lead for Safeguarding and Partnerships", "PW", "Ch/Supt Ewen Wilson"]
    # six overloaded owners (more than 10 tasks) on rows 2-7; Ewen Wilson (7 tasks) on row 8 is not
    assert all(highlighted(ws, r) for r in range(2, 8)) and not highlighted(ws, 8)
    assert rows(report["By strand"])[1] == ["CI Sam Smith", 5, 10, 4, 7, 26]
    assert highlighted(report["By strand"], 2)


def test_read_me_gives_the_threshold_and_the_date_of_the_data(report):
    text = "\n".join(str(v) for row in rows(report["Read me"]) for v in row if v)
    assert "more than 10 tasks (6 owners" in text
    assert "212 tasks read from 7 workbooks saved 2018-05-04 to 2018-06-20" in text
    assert "48 tasks have no owner" in text
    assert all(name in text for name in SHEETS[1:])


def test_concentration_unowned_and_spellings(report):
    concentration = rows(report["Concentration"])
    assert concentration[2][:5] == ["Violence - Knife crime", "Gangs & Knife Crime", 29, "CI Sam Smith", 26]
    assert report["Concentration"]["F2"].number_format == "0%"
    unowned = rows(report["Unowned tasks"])[1:]
    assert len(unowned) == 48
    assert unowned[0] == ["Digital Crime & Fraud", "row 3", "Analyse data from 3rd parties to prioritise vulnerable "
                          "victims to provide enhanced safeguarding visits.",
                          "Crime Prevention 4P (Burglary & Robbery).xlsx", "Digital Crime & Fraud", "E3"]
    spellings = rows(report["Spellings"])
    assert ["CI Sam Smith", "SS", "Crime Prevention 4Ps (Gangs, knives & NTE).xlsx", "Violence - Knife crime",
            "I5"] in spellings
    assert ["Kim Stallabras", "Kim Stallabras", "Crime Prevention 4P (Burglary & Robbery).xlsx",
            "House Burglary & Street Robbery", "I6"] in spellings  # a file name with brackets in it


def test_columns_fit_and_long_text_wraps(report):
    ws = report["Unowned tasks"]
    assert ws.column_dimensions["C"].width == 60 and ws["C2"].alignment.wrap_text
    assert ws.column_dimensions["B"].width == 8


def test_a_threshold_given_is_used(essex_graph, tmp_path):
    path = tmp_path / "owners.xlsx"
    write_leadership_report(essex_graph, path, threshold=20)
    book = openpyxl.load_workbook(path)
    assert [r[8] for r in rows(book["Owners"])[1:5]] == ["yes", "yes", "yes", None]
    assert any("more than 20 tasks (3 owners" in str(r[1]) for r in rows(book["Read me"]))


def test_by_month_says_when_the_work_lands(report):
    months = rows(report["By month"])
    assert months[0] == ["owner", "month due", "tasks", "open", "overdue"]
    assert ["CI Sam Smith", "2018-06", 26, 26, 0] in months  # none overdue as of its own plan's date

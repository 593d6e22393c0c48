"""Tests for loaders.text.status: how a task is going, from progress words,
RAG letters and percentages."""

from __future__ import annotations

import csv
import doctest
import json
import re
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text import status as status_module
from loaders.text.status import (RAG_COLOURS, STATUSES, Status, find_completion, parse_rag, parse_status,
                                 percent_complete, rag_from_percent)

# (cell, rag, status, evidence): the brief's words and our own.
READ = [
    # Going well.
    ("Good progress – nine of 14 schools visited", "green", "ongoing", "Good progress"),
    ("Progressing as planned", "green", "ongoing", "Progressing as planned"),
    ("On track", "green", "ongoing", "On track"),
    ("on-target", "green", "ongoing", "on-target"),
    ("Ahead of schedule", "green", "ongoing", "Ahead of schedule"),
    ("Well ahead of target.", "green", "ongoing", "Well ahead of target"),
    ("Steady progress: 4 of 6 panels held", "green", "ongoing", "Steady progress"),
    ("Excellent progress made", "green", "ongoing", "Excellent progress made"),
    ("Going to plan", "green", "ongoing", "Going to plan"),
    ("Work is in line with the plan", "green", "ongoing", "Work is in line with the plan"),
    ("The project remains on schedule", "green", "ongoing", "The project remains on schedule"),
    ("Progressing well", "green", "ongoing", "Progressing well"),
    ("No delays so far", "green", "ongoing", "No delays so far"),
    ("No issues", "green", "ongoing", "No issues"),
    ("Low risk", "green", "ongoing", "Low risk"),
    ("Not behind", "green", "ongoing", "Not behind"),
    ("Nearly complete", "green", "ongoing", "Nearly complete"),
    # Some trouble.
    ("Some slippage", "amber", "ongoing", "Some slippage"),
    ("Some slippage: letter wording still with the legal team.", "amber", "ongoing", "Some slippage"),
    ("Minor delay", "amber", "ongoing", "Minor delay"),
    ("Slightly behind", "amber", "ongoing", "Slightly behind"),
    ("At risk", "amber", "ongoing", "At risk"),
    ("Some risk to delivery", "amber", "ongoing", "Some risk to delivery"),
    ("Delayed", "amber", "ongoing", "Delayed"),
    ("Running a little late", "amber", "ongoing", "Running a little late"),
    ("Behind schedule", "amber", "ongoing", "Behind schedule"),
    ("Progressing slowly", "amber", "ongoing", "Progressing slowly"),
    ("Some progress; venue still to book", "amber", "ongoing", "Some progress"),
    ("Limited progress", "amber", "ongoing", "Limited progress"),
    ("Slightly off track", "amber", "ongoing", "Slightly off track"),
    ("Not quite on track", "amber", "ongoing", "Not quite on track"),
    ("Some issues with the venue", "amber", "ongoing", "Some issues with the venue"),
    ("Ongoing – minor delays", "amber", "ongoing", "minor delays"),
    # Serious trouble.
    ("Seriously behind – capital bid not yet approved.", "red", "ongoing", "Seriously behind"),
    ("Significantly delayed", "red", "ongoing", "Significantly delayed"),
    ("Stalled – no reply from the health board since July.", "red", "ongoing", "Stalled"),
    ("Off track", "red", "ongoing", "Off track"),
    ("Off target", "red", "ongoing", "Off target"),
    ("Blocked", "red", "ongoing", "Blocked"),
    ("Not progressing", "red", "ongoing", "Not progressing"),
    ("Not on track", "red", "ongoing", "Not on track"),
    ("No longer on target", "red", "ongoing", "No longer on target"),
    ("No progress since March", "red", "ongoing", "No progress since March"),
    ("Little progress", "red", "ongoing", "Little progress"),
    ("Major delays", "red", "ongoing", "Major delays"),
    ("Well behind", "red", "ongoing", "Well behind"),
    ("High risk", "red", "ongoing", "High risk"),
    ("Serious concerns about funding", "red", "ongoing", "Serious concerns about funding"),
    ("On hold pending funding", None, "under review", "On hold pending funding"),  # paused, not failing
    ("Overdue", "red", "ongoing", "Overdue"),
    # Finished.
    ("Completed", "blue", "completed", "Completed"),
    ("Completed – module live since March.", "blue", "completed", "Completed"),
    ("Complete", "blue", "completed", "Complete"),
    ("Done", "blue", "completed", "Done"),
    ("Delivered", "blue", "completed", "Delivered"),
    ("Achieved", "blue", "completed", "Achieved"),
    ("Closed", "blue", "completed", "Closed"),
    ("Action closed 12/05/25", "blue", "completed", "Action closed 12/05/25"),
    ("All sessions delivered", "blue", "completed", "All sessions delivered"),
    ("100% complete", "blue", "completed", "100% complete"),
    # Not begun.
    ("Not started", None, "planned", "Not started"),
    ("Not started (yet)", None, "planned", "Not started"),
    ("Not started yet – needs the supervisor review at E1.5 bedded in first.", None, "planned", "Not started yet"),
    ("Not yet assessed", None, "planned", "Not yet assessed"),
    ("Not due to start", None, "planned", "Not due to start"),
    ("Not due to start until April", None, "planned", "Not due to start until April"),
    ("Yet to start", None, "planned", "Yet to start"),
    ("Has not yet begun", None, "planned", "Has not yet begun"),
    ("0%", None, "planned", "0%"),
    # Under way, no colour.
    ("Ongoing", None, "ongoing", "Ongoing"),
    ("In progress", None, "ongoing", "In progress"),
    ("Progressing", None, "ongoing", "Progressing"),
    ("Partially complete", None, "ongoing", "Partially complete"),
    ("3 of 5 sessions delivered", None, "ongoing", "3 of 5 sessions delivered"),
    ("60% complete", None, "ongoing", "60% complete"),
    ("Not yet complete", None, "ongoing", "Not yet complete"),
    ("Work done so far: 3 visits", None, "ongoing", "Work done so far"),
    # Colours and letters.
    ("Green", "green", "ongoing", "Green"),
    ("A", "amber", "ongoing", "A"),
    ("RAG: R", "red", "ongoing", "R"),
    ("Status: Amber – awaiting sign-off", "amber", "ongoing", "Amber"),
    ("Red/Amber", "red", "ongoing", "Red/Amber"),
    ("A/R", "red", "ongoing", "A/R"),
    ("Amber-Green", "amber", "ongoing", "Amber-Green"),
    ("Blue", "blue", "completed", "Blue"),
]


@pytest.mark.parametrize("cell, rag, status, evidence", READ)
def test_reads_progress_words(cell, rag, status, evidence):
    assert parse_status(cell) == Status(rag, status, evidence)


@pytest.mark.parametrize("cell", [
    "", "   ", "Progress: 3 visits", "Issues log updated", "Phase 2 in 3 schools", "Complete by March 2019",
    "To be completed by the end of Q2", "Complete the audit by June", "Complete all visits",
    "Delivered by March 2026",
    "Reported to the board alongside E3.11", "Room E1.12 at Eastvale Civic Centre", "Risk assessment",
    "Red tape slowing the licence", None, 3, 0.5,
    # Task and measure texts whose words only look like progress words.
    "Night Marshal patrols along the late-night corridor", "Every high-risk victim offered an advocate",
    "Mentoring for young people excluded, or at risk of exclusion", "At Risk Locations - identification",
    "Improve our ability to target offenders", "Drug harm-reduction stalls at the festivals", "Insp. G. Penhallow",
    "% Complete", "1", "2.1", "Linked to Action (12)", "14SS;12", "What consistency is being achieved?",
])
def test_says_nothing_where_words_say_nothing(cell):
    assert parse_status(cell) is None


def test_targets_and_risks_of_the_work_still_count():
    assert parse_status("Running to plan").rag == "green"
    assert parse_status("At risk of slipping").rag == "amber"
    assert parse_status("Risk to delivery: venue").rag == "amber"
    assert parse_status("RAG: G").rag == "green" and parse_status("G").rag == "green"


def test_the_opening_phrase_outvotes_the_comment():
    assert parse_status("Good progress – one visit delayed").rag == "green"
    assert parse_status("Some slippage. Otherwise on track").rag == "amber"


def test_a_comment_decides_where_the_opening_says_nothing():
    assert parse_status("Update 12/6: on track").rag == "green"
    assert parse_status("Ongoing - plan available") == Status(None, "ongoing", "Ongoing")


def test_only_the_opening_words_of_a_clause_count():
    assert parse_status("Partners met to agree the terms and the venue; slightly delayed") .rag == "amber"
    assert parse_status("Partners met to agree the terms of the new delayed scheme") is None


# --- RAG letters and words ------------------------------------------------------

@pytest.mark.parametrize("value, colour", [
    ("A/R", "red"), ("R/A", "red"), ("Red/Amber", "red"), ("amber / red", "red"), ("A/G", "amber"),
    ("Green-Amber", "amber"), ("G/B", "green"), ("Amber to Green", "amber"), ("R&A", "red"),
    ("G", "green"), ("Amber", "amber"), ("Blue", "blue"), ("B", "blue"), ("Complete", "blue"),
    ("A/X", None), ("Grey", None), ("/", None), ("", None), (None, None),
])
def test_mixed_ratings_take_the_worse(value, colour):
    assert parse_rag(value, mixed=True) == colour


def test_mixed_ratings_are_none_unless_asked():
    assert parse_rag("A/R") is None and parse_rag("A") == "amber"


# --- Percentages ----------------------------------------------------------------

@pytest.mark.parametrize("value, number_format, percent, rag", [
    (100, None, 100.0, "blue"), ("100%", None, 100.0, "blue"), (1.0, None, 100.0, "blue"),
    (1, "0%", 100.0, "blue"), (" 100 % ", None, 100.0, "blue"), ("100", None, 100.0, "blue"),
    (60, None, 60.0, None), ("60%", None, 60.0, None), (0.6, None, 60.0, None), (0.6, "0%", 60.0, None),
    (0, None, 0.0, None), ("0%", None, 0.0, None), (1, None, 1.0, None), (99.5, None, 99.5, None),
    (150, None, None, None), (-5, None, None, None), ("n/a", None, None, None), (None, None, None, None),
    (True, None, None, None), (float("nan"), None, None, None),
])
def test_percent_complete(value, number_format, percent, rag):
    assert percent_complete(value, number_format) == percent
    assert rag_from_percent(value, number_format) == rag


# --- Completion words, shared with the When column ----------------------------------

@pytest.mark.parametrize("text, words", [
    ("Completed in March 2018", "Completed"), ("Done", "Done"), ("Complete by March 2019", None),
    ("To be completed by Sept 2018", None), ("Closed by end of Q2", None), ("Completed by the team", "Completed"),
    ("Delivered through the boards", None),
])
def test_find_completion(text, words):
    m = find_completion(text)
    assert (m.group() if m else None) == words


# --- The partnerships' plans -------------------------------------------------------

PARTNERSHIPS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "partnerships"
needs_partnerships = pytest.mark.skipif(not PARTNERSHIPS.is_dir(), reason="no shared partnership plans")
AS_TRUTH = {"green": "Green", "amber": "Amber", "red": "Red", "blue": "Complete", None: None}


def _eastvale_progress() -> dict[str, str]:
    book = openpyxl.load_workbook(PARTNERSHIPS / "eastvale" / "Eastvale Safer Communities Plan 2025-26.xlsx")
    found, ref = {}, None
    for ws in book.worksheets:
        for row in ws.iter_rows(values_only=True):
            label = row[0] if isinstance(row[0], str) else ""
            action = re.match(r"Action (E\d+\.\d+)", label)
            if action:
                ref = action.group(1)
            elif ref and label.lower().startswith("progress"):
                found[ref] = row[1] if len(row) > 1 and row[1] else label.split(":", 1)[1]
    return found


@needs_partnerships
def test_eastvale_rag_from_progress_words():
    truth = json.loads((PARTNERSHIPS / "eastvale" / "expected.json").read_text(encoding="utf-8"))
    progress = _eastvale_progress()
    assert len(truth["rag"]) == 36
    for ref, rag in truth["rag"].items():
        got = parse_status(progress[ref])
        assert AS_TRUTH[got.rag] == rag, ref
        assert got.evidence == truth["rag_text"][ref], ref


@needs_partnerships
def test_northgate_rag_from_percent_complete():
    truth = json.loads((PARTNERSHIPS / "northgate" / "expected.json").read_text(encoding="utf-8"))
    book = openpyxl.load_workbook(PARTNERSHIPS / "northgate" / "Northgate CSP plan export.xlsx")
    rows = list(book["Task_Table1"].iter_rows(values_only=True))
    header = rows[0]
    from_xlsx = {r[header.index("WBS")]: r[header.index("% Complete")] for r in rows[1:]}
    with open(PARTNERSHIPS / "northgate" / "Northgate CSP plan export.csv", encoding="utf-8-sig", newline="") as f:
        from_csv = {r["WBS"]: r["% Complete"] for r in csv.DictReader(f)}
    assert len(truth["rag"]) == 33
    for cells in (from_xlsx, from_csv):
        for ref, rag in truth["rag"].items():
            assert percent_complete(cells[ref]) == truth["percent_complete"][ref], ref
            assert AS_TRUTH[rag_from_percent(cells[ref])] == rag, ref


# --- Properties --------------------------------------------------------------------

_PIECES = st.sampled_from([
    "not ", "no ", "some ", "slightly ", "seriously ", "on track", "behind", "delay", "progress", "good ",
    "complete", "completed", "done", " – ", ": ", ". ", "(", "yet", "started", "risk", " to ", "Amber", "/", "R",
    "100%", "60%", "by ", "March 2019", "to be ", "issues", "off target", "stalled", " but ", "\n",
])
_PROGRESS_TEXT = st.lists(_PIECES | st.text(max_size=4), max_size=20).map("".join)


@settings(max_examples=400)
@given(text=st.text() | _PROGRESS_TEXT)
def test_never_fails(text):
    got = parse_status(text)
    if got is not None:
        assert got.rag in (*RAG_COLOURS, None)
        assert got.status in STATUSES
        assert got.evidence and got.evidence in text
        assert (got.rag == "blue") == (got.status == "completed")


@settings(max_examples=200)
@given(value=st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text()))
def test_percentages_never_fail(value):
    percent = percent_complete(value)
    assert percent is None or 0 <= percent <= 100
    assert rag_from_percent(value) in ("blue", None)
    assert parse_rag(value, mixed=True) in (*RAG_COLOURS, None)


def test_docstring_examples():
    result = doctest.testmod(status_module)
    assert result.attempted > 0 and result.failed == 0

"""Tests for loaders.workbooks.headers: a header is a name, a data cell is not."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.workbooks.headers import MEANINGS, column_meaning, names_a_column, reads_as_value

# Headers in words no fixture uses, and what they mean.
INVENTED_HEADERS = {
    "Action Ref No.": "ref",
    "Intervention": "task",
    "Key deliverables": "task",
    "Responsible officer": "who",
    "Officer responsible": "who",
    "Evidence of impact": "how",
    "Deadline for completion": "when",
    "Target completion (2025/26)": "when",
    "Start of work": "start",
    "Connected work": "depends",
    "Latest update (Q3)": "notes",
    "Delivery partners": "partners",
    "4P strand": "strand",
    "Reports into": None,
    "Who will lead this?": "who",
    "By when will it be done?": "when",
}


@pytest.mark.parametrize("header, meaning", INVENTED_HEADERS.items())
def test_invented_headers_keep_their_meaning(header, meaning):
    assert column_meaning(header) == meaning


# Cells of data that name a column's head word somewhere inside them: each
# would be read as a header if a header were any text with a known word.
DATA_CELLS = (
    "Analytical product required to support this activity.",  # "activity": task
    "Mapping exercise needed before the action can start.",
    "Number of orders applied for and granted.",  # "number": ref
    "Data-sharing agreement required before this can progress fully.",  # "progress": rag
    "Signed off by the Board.",
    "Triggered by FR32",  # "by": when
    "Follows on from PV-7",
    "Needs the outcome of 3.12",
    "Was action 1.49 in the 2024/25 plan.",  # "action": task
    "Was the lead's task last year",
    "Is owned by the council now",
    "Target of 57 referrals met; repeat victims down.",
    "Owner changed; the new lead starts in March",
    "12 sessions delivered to schools",
    "Offending by the cohort, against the year before.",
)


@pytest.mark.parametrize("text", DATA_CELLS)
def test_data_cells_are_no_headers(text):
    assert not names_a_column(text)
    assert column_meaning(text) is None


@pytest.mark.parametrize("header", ["Task No.", "Ref.", "Who?", "Est. cost (£000s)", "Priority 1 actions",
                                    "Q4 status", "2024/25 outcome", "Status at 2025-26 year end", "4Ps",
                                    "Is it on track?", "How will we know it has worked?", "RAG as at 31/03/25",
                                    "Progress at 30 June", "Update (Dec 24)", "Due w/c 02/02/26"])
def test_headers_with_stops_digits_or_questions_are_still_names(header):
    assert names_a_column(header)


@pytest.mark.parametrize("value", [3, 2.5, dt.date(2025, 6, 1), dt.datetime(2025, 6, 1), True, "ASB1", "asb-12",
                                   "PU-151", "(24)", "4.47", "15/6/25", "Target of 57 referrals"])
def test_values_only_data_holds(value):
    assert reads_as_value(value)


@pytest.mark.parametrize("text", ["Action", "Task No", "4P", "Phase 2", "Q1-Q4", "2025/26", "2025-2026 target",
                                  "Budget £", "Cost (£000s)", "", None])
def test_names_hold_no_value(text):
    assert not reads_as_value(text)


@settings(max_examples=300)
@given(st.text(max_size=80) | st.integers() | st.none() | st.floats(allow_nan=True))
def test_never_raise(value):
    assert isinstance(names_a_column(value), bool)
    assert isinstance(reads_as_value(value), bool)
    if isinstance(value, str):
        assert column_meaning(value) in (*MEANINGS, None)

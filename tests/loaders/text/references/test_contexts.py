"""Tests for loaders.text.references.contexts: when a ref-shaped token is something else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.text.references.contexts import clauses, code_noun, counts_after, masked, other_plan, unit_after


@pytest.mark.parametrize("before, noun", [
    ("Room ", "room"), ("a volunteer briefing in Room ", "room"), ("Local Plan policy ", "policy"),
    ("Budget code ", "budget"), ("Sessions start in beats ", "beats"), ("requested on form ", "form"),
    ("Follows section ", "section"), ("Funded for phase ", "phase"), ("part one: Years ", "years"),
    ("see para. ", "para"), ("Appendix ", "appendix"), ("Op ", "op"), ("Priority ", "priority"),
    ("ward no. ", "ward"), ("bus route ", "route"), ("Recommendation ", "recommendation"),
    # not codes
    ("Relies on the route from ", None), ("Linked to action ", None), ("Blocks ", None), ("This funds ", None),
    ("", None), ("roomy ", None),
])
def test_a_noun_naming_another_kind_of_code(before, noun):
    assert code_noun(before) == noun


@pytest.mark.parametrize("after, unit", [
    (" million", "million"), ("%", "%"), (" per cent", "per cent"), (" months", "months"), (" yrs", "yrs"),
    ("k", "k"), (" days average", "days"), (" year-olds", "year-olds"), (" FTE posts", "fte"),
    (" (funding)", None), (" live", None), (" must be in place first", None), ("", None),
])
def test_a_unit_after(after, unit):
    assert unit_after(after) == unit


@pytest.mark.parametrize("after, before, plan", [
    (" in the 2023 plan, which covered alcohol only", "", "in the 2023 plan"),
    (" in the 2024 plan.", "", "in the 2024 plan"),
    (" of last year's strategy", "", "of last year's strategy"),
    (" (2022-23 action plan)", "", "2022-23 action plan"),
    (" from the previous delivery plan", "", "from the previous delivery plan"),
    (" ", "in last year's ", "last year's"),
    (", which started in the 2024 plan", "", None),  # the plan is the other task's history, not this ref's
    (" in this plan", "", None),
    (" to be signed off", "", None),
])
def test_another_plan(after, before, plan):
    assert other_plan(after, before) == plan


@pytest.mark.parametrize("text, spans", [
    ("w/c 4 June, 13 Aug and 3 Sept", ["4 June", "13 Aug", "3 Sept"]),
    ("June 4 and 10:30 or 10.30am", ["June 4", "10:30", "10.30am"]),
    ("15/6/18, 23.02.18, 2018-06-15, 24/7, 14/5", ["15/6/18", "23.02.18", "2018-06-15", "24/7", "14/5"]),
    ("£1.2m and phase 2 of 3", ["£1.2", "2 of 3"]),
    ("Funded for phase 2 of 3.", ["2 of 3"]),
    ("action 3 may be linked to 2.1 in March", []),
    ("Needs 2 of 3.1", []),
])
def test_dates_times_money_and_counts_are_masked(text, spans):
    assert [text[a:b] for a, b in masked(text)] == spans


@pytest.mark.parametrize("text, parts", [
    ("Uses data from PP-2. PT-4 waits on this.", ["Uses data from PP-2", "PT-4 waits on this"]),
    ("Not started yet – needs E1.5 bedded in first.", ["Not started yet", "needs E1.5 bedded in first"]),
    ("Prerequisite – 4.9", ["Prerequisite – 4.9"]),  # a label's dash, like a colon
    ("Phase 2 – 3.1", ["Phase 2", "3.1"]),
    ("This continues E1.2: the same trainers", ["This continues E1.2: the same trainers"]),
    ("Linked to task no. 4 and see e.g. 2.1", ["Linked to task no. 4 and see e.g. 2.1"]),
    ("Draws on 4.2, and 4.3 picks up from here", ["Draws on 4.2", "and 4.3 picks up from here"]),
    ("Needs 2.1, 2.2, and 2.3", ["Needs 2.1, 2.2, and 2.3"]),  # the tail of a list
    ("Relies on E2.7?\nYes; E2.8", ["Relies on E2.7", "Yes", "E2.8"]),
    ("  ", []),
])
def test_clauses(text, parts):
    assert [text[a:b] for a, b in clauses(text)] == parts


@pytest.mark.parametrize("after, word", [
    (" raptor teams", "raptor"), (" more staff", "more"), (" IAGs", "IAGs"),
    (" live", None), (") will be", None), (" must be in place first", None), (".", None), ("", None),
    (" and 5", None),
])
def test_a_bare_number_before_a_noun_is_a_count(after, word):
    assert counts_after(after) == word


@given(st.text(max_size=80))
def test_never_fail(text):
    code_noun(text), unit_after(text), other_plan(text, text), counts_after(text)
    for a, b in clauses(text) + masked(text):
        assert 0 <= a < b <= len(text)

"""Tests for loaders.text.references.contexts: when a ref-shaped token is something else."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text.references.contexts import (_BOUNDARY, _MASKS, clauses, code_noun, counts_after, masked, other_plan,
                                              unit_after)


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


# The patterns as first written, checking at every character: the faster
# ones must find exactly the same spans.
_OLD_MONTH = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December"
              r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?)")
_OLD_MASKS = re.compile(
    rf"""(?<!\d)\d{{1,2}}([./-])\d{{1,2}}\1(?:\d{{4}}|\d{{2}})(?!\d)
       | (?<!\d)\d{{4}}-\d{{1,2}}-\d{{1,2}}(?!\d)
       | (?<![\w.])\d{{1,2}}/\d{{1,2}}(?![\w/.])
       | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_OLD_MONTH}(?!\w)
       | {_OLD_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![.:]\d)
       | \b\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\b\.?|hrs\b|h\b)
       | \b\d{{1,2}}:\d{{2}}\b
       | [£$€]\s?\d[\d,.]*
       | \b\d+\s+(?:of|out\s+of|in)\s+\d+\b(?!\.\d)
    """, re.I | re.X)
_OLD_BOUNDARY = re.compile(
    r"(?:(?<!\bno)(?<!\bnos)(?<!\bop)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bcf)(?<!\bpara)(?<!\bref)"
    r"(?<!\bsec)(?<!\bfig)(?<!\bvs)(?<!\bst)(?<!\bdr)(?<!\binsp)(?<!\bsgt)(?<!\bch)(?<!\bsupt)\.(?=\s|$)"
    r"|[!?;]|\s+[-–—]+\s+|[\n\r]+|•|,\s+(?=(?:and|but|while|whereas|so|then|although|though)\s))", re.I)

PIECES = st.sampled_from(["no.", "Nos. ", "e.g. ", "i.e.", "etc.", "Insp. ", "St.", "Supt.", "ref. ", " 4 June",
                          "June 4", "15/6/18", "2018-06-15", "14/5", "10.30am", "10:30", "£1.2m", "2 of 3", "1 in 4",
                          "3rd of March", "Sept 2", ". ", "; ", " - ", "\n", ", and ", "PU-7", "(24)", "ſ", "K", "İ"])
MIXED = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(MIXED)
def test_the_faster_patterns_find_what_the_first_ones_found(text):
    assert [m.span() for m in _MASKS.finditer(text)] == [m.span() for m in _OLD_MASKS.finditer(text)]
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in _OLD_BOUNDARY.finditer(text)]

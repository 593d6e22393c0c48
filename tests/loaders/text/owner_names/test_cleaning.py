"""Tidying the text around a name: labels, brackets, allocations, placeholders."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text.owner_names.cleaning import (as_text, is_placeholder, outside_brackets, split_allocation,
                                               split_bracket, strip_prefixes, text_key)


@pytest.mark.parametrize(("text", "expected"), [
    ("Insp Diane Holt[50%]", ("Insp Diane Holt", "50%")),
    ("Youth Team [ 25 % ]", ("Youth Team", "25%")),
    ("Street Wardens[0.5]", ("Street Wardens", "0.5")),
    ("Housing Officer (20%)", ("Housing Officer", "20%")),
    ("Licensing (Northgate BC)", ("Licensing (Northgate BC)", None)),
    ("Intelligence Analyst (CSP)[10%]", ("Intelligence Analyst (CSP)", "10%")),
    ("[50%]", ("[50%]", None)),  # nothing before it: not an allocation of anyone
    ("Room 12", ("Room 12", None)),
])
def test_an_allocation_is_not_part_of_the_name(text, expected):
    assert split_allocation(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lead: YS", "YS"),
    ("Priority lead: Insp Diane Holt", "Insp Diane Holt"),
    ("Owner: West Marsh Housing", "West Marsh Housing"),
    ("Responsible: PC Ade Ola", "PC Ade Ola"),
    ("Covered by ERSOU", "ERSOU"),
    ("Led by Youth Offending Team", "Youth Offending Team"),
    ("Leading on partnerships", "Leading on partnerships"),
])
def test_labels_in_front_of_a_name_are_dropped(text, expected):
    assert strip_prefixes(text).strip() == expected


@pytest.mark.parametrize("text", ["TBC", "tbc.", "To be confirmed", "Vacant", "Post vacant", "To be appointed",
                                  "N/A", "-", "", "Not yet assigned"])
def test_placeholders_name_nobody(text):
    assert is_placeholder(text.strip(" -"))


@pytest.mark.parametrize("text", ["Vance", "Community Cohesion Officer", "TS", "Confirmed lead"])
def test_names_are_not_placeholders(text):
    assert not is_placeholder(text)


def test_a_final_bracket_comes_off():
    assert split_bracket("Dan Harrow (Licensing Officer, Eastvale BC)") == ("Dan Harrow ",
                                                                         "Licensing Officer, Eastvale BC")
    assert split_bracket("Smith (a) (b)") == ("Smith (a) ", "b")
    assert split_bracket("Smith (a (b))") == ("Smith (a (b))", None)


def test_separators_inside_brackets_are_marked():
    flags = outside_brackets("A, B (C, D), E")
    assert [ch for ch, out in zip("A, B (C, D), E", flags) if ch == "," and out] == [",", ","]
    assert flags[8] is False  # the comma between C and D


def test_text_keys_ignore_accents_case_and_punctuation():
    assert text_key("Zoë  O'Neill.") == text_key("zoe oneill")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_cleaning_never_fails(text):
    name, share = split_allocation(text)
    assert name in text and (share is None or share.replace(".", "").rstrip("%").isdigit())
    assert strip_prefixes(text) in text
    assert len(outside_brackets(text)) == len(text)
    assert isinstance(is_placeholder(text), bool) and isinstance(text_key(text), str)
    assert as_text(text) == text

"""Tests for loaders.text.references.tokens: ref-shaped tokens and the index."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text.references.tokens import RefIndex, find_ref_tokens, ref_form


@pytest.mark.parametrize("written, form", [
    ("PT-6", "PT6"), ("PT6", "PT6"), ("PT 6", "PT6"), ("pt-6", "PT6"), ("PT–6", "PT6"),
    ("DA-4", "DA4"), ("DA-004", "DA4"), ("da-04", "DA4"), ("E1.4", "E1.4"), ("e01.04", "E1.4"),
    ("1.10", "1.10"), ("1.1", "1.1"), ("2.1.3", "2.1.3"), ("7", "7"), ("3a", "3a"), (" 12 ", "12"),
])
def test_one_form_for_every_way_of_writing_a_ref(written, form):
    assert ref_form(written) == form


@pytest.mark.parametrize("text", ["row 3", "", "   ", "Phase two", "1.2.3.4.5", "ABCDE1", None, 3])
def test_text_that_is_no_ref_has_no_form(text):
    assert ref_form(text) is None


def test_one_point_ten_is_never_one_point_one():
    assert ref_form("1.10") != ref_form("1.1")
    index = RefIndex([("W#1.1", "1.1", "W"), ("W#1.10", "1.10", "W")])
    assert index.resolve("1.10", "W") == "W#1.10"


@pytest.mark.parametrize("text, found", [
    ("Needs PT-4 live", ["PT-4"]),
    ("comes through PT6.", ["PT6"]),
    ("Follow-on from PU 2", ["PU 2"]),
    ("Room E1.12 at the Civic Centre", ["E1.12"]),
    ("Linked to (1) & (18)", ["1", "18"]),
    ("PV-3,PV-4 and 1, 2", ["PV-3", "PV-4", "1", "2"]),
    ("E2.1's scheme", ["E2.1"]),
    ("Task 3a and 3b", ["3a", "3b"]),
    ("(E3.9).", ["E3.9"]),
    ("#4", ["4"]),
])
def test_finds_tokens_as_written(text, found):
    assert [t.text for t in find_ref_tokens(text, {"PU", "PT", "E"})] == found


@pytest.mark.parametrize("text", [
    "£450k", "67%", "13-18yr olds", "1,000 people", "6-weekly", "4th May", "24/7", "10:30", "COVID-19",
    "BUSS2x", "2018", "3h", "5d", "1.2.3.4", "a£3", "PHASE2",
])
def test_parts_of_longer_tokens_are_not_tokens(text):
    assert [t.text for t in find_ref_tokens(text)] == []


def test_a_spaced_prefix_needs_capitals_and_a_known_prefix():
    assert [t.form for t in find_ref_tokens("PU 2", {"PU"})] == ["PU2"]
    assert [t.form for t in find_ref_tokens("pu 2", {"PU"})] == ["2"]  # a word, then a number
    assert [t.form for t in find_ref_tokens("OP 2", {"PU"})] == ["2"]
    assert [t.form for t in find_ref_tokens("Phase 2")] == ["2"]


def test_tokens_know_their_prefix_and_parts():
    [token] = find_ref_tokens("see da-004 now")
    assert (token.prefix, token.parts, token.form, token.start, token.end, token.plain) == ("DA", 1, "DA4", 4, 10, False)
    assert find_ref_tokens("7")[0].plain and not find_ref_tokens("7.1")[0].plain


TASKS = [
    ("Gangs#5", "5", "Violence - Gangs"), ("Knife#5", "5", "Violence - Knife crime"),
    ("Knife#3", "3", "Violence - Knife crime"), ("Hate#4", "4", "Hate Crime"),
    ("NTE#2", "2", "Violence - Night Time Economy"),
    ("E1#E1.4", "E1.4", "Hate Crime & Community Cohesion"), ("E3#E3.6", "E3.6", "Fraud & Scams"),
    ("Drug#PT-4", "PT-4", "Drug Harm"), ("DA#DA-004", "DA-004", "Domestic Abuse"),
    ("A#2.3", "2.3", "A"), ("B#2.3", "2.3", "B"), ("row", "row 3", "Digital"),
]


@pytest.fixture
def index():
    return RefIndex(TASKS, {"Fraud & Scams": ["Scams", "Fraud"]})


def test_resolves_in_the_citing_workstream_first(index):
    assert index.resolve("5", "Violence - Gangs") == "Gangs#5"
    assert index.resolve("5", "Violence - Knife crime") == "Knife#5"
    assert index.resolve("2.3", "A") == "A#2.3"


def test_a_distinctive_ref_resolves_anywhere_it_is_unique(index):
    assert index.resolve("E3.6", "Hate Crime & Community Cohesion") == "E3#E3.6"
    assert index.resolve("PT4", "Domestic Abuse") == "Drug#PT-4"
    assert index.resolve("DA4", "Drug Harm") == "DA#DA-004"
    assert index.resolve("2.3", "C") is None  # in two workstreams: which one is a guess


def test_a_bare_number_resolves_only_in_its_own_workstream(index):
    assert index.resolve("4", "Violence - Gangs") is None  # only Hate Crime has a 4: a coincidence


def test_a_named_workstream_is_where_the_ref_resolves(index):
    assert index.resolve("5", "Violence - Knife crime", named="Violence - Gangs") == "Gangs#5"
    assert index.resolve("9", "Violence - Gangs", named="Violence - Gangs") is None


def test_refs_that_are_not_refs_are_left_out(index):
    assert "ROW3" not in index and index.resolve("ROW3", "Digital") is None


@pytest.mark.parametrize("words, workstream", [
    ("Builds on Gangs action", "Violence - Gangs"),
    ("Linked to Knife crime", "Violence - Knife crime"),
    ("see Hate Crime plan action", "Hate Crime"),
    ("Depends on NTE", "Violence - Night Time Economy"),  # the initials of a part of the name
    ("needs the Scams", "Fraud & Scams"),  # an alias
    ("see Scams plan action", "Fraud & Scams"),
    ("Linked to Hate Crime & Community Cohesion", "Hate Crime & Community Cohesion"),
    ("the Community Cohesion", "Hate Crime & Community Cohesion"),
    ("Linked to", None),
    ("the crime", None),  # one word of several names, and not a name's start
    ("Violence", None),  # in three names: a guess
    ("", None),
])
def test_a_workstream_named_before_a_ref(index, words, workstream):
    assert index.workstream_named(words) == workstream


def test_a_whole_name_leaves_no_other_word(index):
    assert index.workstream_named("Knife crime", whole=True) == "Violence - Knife crime"
    assert index.workstream_named("see Knife crime", whole=True) is None


def test_knows_the_shapes_of_the_loads_refs(index):
    shape = lambda text: index.knows_shape(find_ref_tokens(text, index.prefixes)[0])  # noqa: E731
    assert shape("SB-04") and shape("E3.14") and shape("12") and shape("2.1") and shape("1.2.3")
    only_prefixed = RefIndex([("W#PV-1", "PV-1", "W")])
    assert not only_prefixed.knows_shape(find_ref_tokens("12")[0])


@settings(max_examples=300)
@given(text=st.text(max_size=60) | st.from_regex(r"[A-Za-z ]{0,6}[-– ]?\d{1,4}(\.\d{1,3}){0,3}[a-z%]?", fullmatch=True))
def test_never_fails_and_tokens_are_in_place(text):
    for token in find_ref_tokens(text, {"PU", "E"}):
        assert text[token.start : token.end] == token.text
        assert ref_form(token.text.replace(" ", "")) == token.form or " " in token.text
    ref_form(text)
    RefIndex([("k", text, "W")]).workstream_named(text)

"""Tests for loaders.joining.owners.candidates: the index leaves out only owners a name cannot be."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.joining.owners.candidates import Candidates
from loaders.joining.owners.spellings import owner_key
from loaders.text.owner_names import compare_owners, parse_owner

RANKS = ["", "DI ", "Insp ", "Insp. ", "Ch/Supt ", "PS ", "Sgt ", "Cllr ", "Mr "]
GIVEN = ["", "Gareth ", "G ", "G. ", "Gary ", "Jasmine ", "J ", "Bea ", "Beatrice "]
FAMILY = ["Penhallow", "Penhalow", "Penhallows", "Frost", "Frosst", "Harrow", "Barrow", "Van der Berg", "Vanderberg"]
OTHERS = ["GP", "JF", "GPE", "Licensing Team", "licensing team", "LPSU", "Community Safety Team", "CSP", "TBC",
          "Penhallow (GP)", "Jasmine Frost (JF)", "DCIs", "Youth Service Manager"]
NAMES = st.one_of(st.tuples(st.sampled_from(RANKS), st.sampled_from(GIVEN), st.sampled_from(FAMILY)).map("".join),
                  st.sampled_from(OTHERS))


def could_be_same(a, b) -> bool:
    """What the grouping asks of two names with no plangraph.toml lines."""
    if a.kind != b.kind and "person" in (a.kind, b.kind):
        return False
    if a.kind != "person":
        return owner_key(a) == owner_key(b)
    return compare_owners(a, b).verdict != "different"


@settings(max_examples=300, deadline=None)
@given(st.lists(NAMES, min_size=2, max_size=12))
def test_every_owner_a_name_could_be_is_a_candidate(texts):
    names = [parse_owner(t) for t in texts]
    index = Candidates()
    for place, name in enumerate(names[1:]):
        index.note(place, [name])
    found = index.of(names[0])
    for place, other in enumerate(names[1:]):
        if could_be_same(names[0], other):
            assert place in found, (names[0].raw, other.raw)


def test_names_that_differ_on_sight_are_left_out():
    index = Candidates()
    for place, text in enumerate(["Insp Gareth Penhallow", "DS Maria Kovac", "Licensing Team", "JF"]):
        index.note(place, [parse_owner(text)])
    assert index.of(parse_owner("Insp Penhalow")) == {0}  # a letter apart: may be misspelt
    assert index.of(parse_owner("Harrow")) == set()
    assert index.of(parse_owner("Licensing team")) == {2}
    assert index.of(parse_owner("Jasmine Frost")) == {3}  # JF may be her initials
    assert index.of(parse_owner("GP")) == {0}


def test_stated_codes():
    index = Candidates()
    index.note(0, [parse_owner("Licensing (Northgate BC)")], codes=["LIC"])
    assert index.coded("LIC") == {0} and index.coded("GP") == set()

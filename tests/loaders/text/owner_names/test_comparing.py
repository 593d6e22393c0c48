"""Comparing two owners: the verdict, its reason and its basis."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text.owner_names import compare_owners, parse_owner

CASES = [
    # one person, however written
    ("Insp Gareth Penhallow", "Inspector Penhallow", "same", "family"),
    ("Insp Gareth Penhallow", "Gareth Penhallow", "same", "full-name"),
    ("Chief Inspector Strickland", "CI Strickland", "same", "rank-and-family"),
    ("Ch Insp Lee", "Chief Inspector Lee", "same", "rank-and-family"),
    ("PS Tamsett", "Sergeant Fiona Tamsett", "same", "family"),
    ("D/Supt Vance", "Det Supt Vance", "same", "rank-and-family"),
    ("Det Sgt Haddad", "DS Omar Haddad", "same", "family"),
    ("GP", "Insp Gareth Penhallow (GP)", "same", "stated-initials"),
    # likely, but a guess: the caller decides from the rest of the load
    ("G Tamsett", "Glen Tamsett", "candidate", "short-given"),
    ("Insp. G. Penhallow", "Insp Gareth Penhallow", "candidate", "short-given"),
    ("Beatrice Tranter", "Bea Tranter", "candidate", "short-given"),
    ("PC J Smith", "DI Jason Smith", "candidate", "ranks-differ"),
    ("Harrow", "Mr Harrow", "different", "kinds"),  # a lone word is a unit, not a person
    ("Mr Harrow", "Sgt Harrow", "candidate", "family-only"),
    ("Insp Penhalow", "Insp Gareth Penhallow", "candidate", "similar-family"),
    ("Stallabras", "Stallabrass", "different", "names"),  # lone words: units, compared as names
    ("GP", "Gareth Penhallow", "candidate", "computed-initials"),
    # different people sharing a surname
    ("G Tamsett", "PS Fiona Tamsett", "different", "given"),
    ("D. Harrow", "Sgt Lucy Harrow", "different", "given"),
    ("Inspector D Holt", "PC Simon Holt", "different", "given"),
    ("PC S Holt", "Insp Diane Holt", "different", "given"),
    ("Harrow", "Barrow", "different", "names"),
    ("Sgt Harrow", "Sgt Barrow", "different", "family"),
    ("Insp Penhalow", "Insp Gary Penhallow (GP)", "candidate", "similar-family"),
    ("DI Kirby", "DI Kerby", "different", "family"),
    ("G Penhalow", "Mark Penhallow", "different", "family"),
]


@pytest.mark.parametrize(("a", "b", "verdict", "basis"), CASES)
def test_compare_owners(a, b, verdict, basis):
    forward, backward = compare_owners(parse_owner(a), parse_owner(b)), compare_owners(parse_owner(b), parse_owner(a))
    assert (forward.verdict, forward.basis) == (verdict, basis)
    assert backward.verdict == verdict and forward.reason


_names = st.sampled_from(["Insp", "PS", "Sgt", "DS", "Gareth", "G", "G.", "Penhallow", "Penhalow", "Holt",
                          "Diane", "(GP)", "Harrow", "Mr", "D/Supt", "Vance", "KM", "JP"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_names, max_size=4).map(" ".join), st.lists(_names, max_size=4).map(" ".join))
def test_every_verdict_has_a_basis_and_is_symmetric(a, b):
    forward, backward = compare_owners(a, b), compare_owners(b, a)
    assert forward.basis and forward.verdict == backward.verdict

"""Splitting cells in other partnerships' and invented styles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text.owner_names import parse_owner, split_allocated, split_owners

SPLITS = [
    # joint cells
    ("PS Harrow and D. Harrow (Licensing)", ["PS Harrow", "D. Harrow (Licensing)"]),
    ("Marion Feltham / Community Cohesion Officer", ["Marion Feltham", "Community Cohesion Officer"]),
    ("FT/GT", ["FT", "GT"]),
    ("KM & JP", ["KM", "JP"]),
    ("Insp Kaur + Youth Offending Team", ["Insp Kaur", "Youth Offending Team"]),
    ("DC Amira Shah / Rafiq Shah (Housing)", ["DC Amira Shah", "Rafiq Shah (Housing)"]),
    ("T/Insp Khan / DS Ode", ["T/Insp Khan", "DS Ode"]),
    ("Sgt Roe; PCSO Bell", ["Sgt Roe", "PCSO Bell"]),
    # a rank's slash is not a separator
    ("D/Supt Vance", ["D/Supt Vance"]),
    ("Ch Insp Lee", ["Ch Insp Lee"]),
    ("D/C Shah", ["D/C Shah"]),
    ("P/Sgt Reilly", ["P/Sgt Reilly"]),
    # brackets belong to the owner before them
    ("Dan Harrow (Licensing Officer, Eastvale BC)", ["Dan Harrow (Licensing Officer, Eastvale BC)"]),
    ("Marion Feltham (Hate Crime Coordinator, Eastvale BC)",
     ["Marion Feltham (Hate Crime Coordinator, Eastvale BC)"]),
    ("Ola Reid (Housing and Tenancy / ASB)", ["Ola Reid (Housing and Tenancy / ASB)"]),
    ("Licensing (Northgate BC)", ["Licensing (Northgate BC)"]),
    # titles with "and" or a comma stay whole
    ("Head of Community Safety and Licensing", ["Head of Community Safety and Licensing"]),
    ("Domestic Abuse Lead for Safeguarding and Partnerships",
     ["Domestic Abuse Lead for Safeguarding and Partnerships"]),
    ("Head of Community Safety, Licensing and Enforcement", ["Head of Community Safety, Licensing and Enforcement"]),
    # a tool's resource list
    ("Inspector D Holt,Northgate Night Marshals", ["Inspector D Holt", "Northgate Night Marshals"]),
    ("Sgt Amy Roe,Community Wardens", ["Sgt Amy Roe", "Community Wardens"]),
    ("Jo Bloggs,Fire Service,Housing", ["Jo Bloggs", "Fire Service", "Housing"]),
    ("Housing Officer[20%],PC 4412 Smith[10%]", ["Housing Officer", "PC 4412 Smith"]),
    ("Licensing (Northgate BC),PC S Holt", ["Licensing (Northgate BC)", "PC S Holt"]),
    # people's comma lists
    ("Insp Priya Kaur, DS Ode, Youth Offending Team", ["Insp Priya Kaur", "DS Ode", "Youth Offending Team"]),
    # placeholders give nobody
    ("To be confirmed", []),
    ("Vacant", []),
    ("TBC / Insp Kaur", ["Insp Kaur"]),
    ("Lead: YS", ["YS"]),
]


@pytest.mark.parametrize(("cell", "expected"), SPLITS)
def test_split_owners(cell, expected):
    assert split_owners(cell) == expected


def test_allocations_are_kept_beside_the_owner():
    assert split_allocated("Intelligence Analyst (CSP)[50%],Ch Insp Arthur Lisle[10%]") == [
        ("Intelligence Analyst (CSP)", "50%"), ("Ch Insp Arthur Lisle", "10%")]
    assert split_allocated("PC Simon Holt") == [("PC Simon Holt", None)]


def test_an_unspaced_comma_between_words_of_a_title_is_not_a_list():
    # Neither part is an owner on its own: a typo, not a resource list.
    assert split_owners("Crime,Public Protection") == ["Crime,Public Protection"]


_FRAGMENTS = ["Insp", "D/Supt", "Holt", "Diane", "(", ")", "[50%]", "[", "%", ",", ", ", " and ", "/",
              "&", "Team", "Officer", "TBC", "Lead:", "GT", " ", "Northgate BC", "PC S"]
_cells = st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=3), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_cells)
def test_allocated_pieces_are_substrings_that_name_someone(text):
    for piece, share in split_allocated(text):
        assert piece and piece == piece.strip() and piece in text
        assert parse_owner(piece).kind != "none"
        assert share is None or share in text.replace(" ", "")

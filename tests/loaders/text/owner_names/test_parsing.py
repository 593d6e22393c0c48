"""Reading one owner, in the spellings other partnerships use."""

from __future__ import annotations

import pytest

from loaders.text.owner_names import parse_owner

# Every spelling of one person reads as a person with that family name.
PENHALLOW = ["Insp Gareth Penhallow", "Gareth Penhallow", "Inspector Penhallow", "Insp. G. Penhallow",
             "G. Penhallow (Insp)", "Insp Gareth Penhallow (Neighbourhood Inspector)", "G Penhallow",
             "Insp G Penhallow", "insp gareth penhallow"]


@pytest.mark.parametrize("text", PENHALLOW)
def test_spellings_of_one_person(text):
    owner = parse_owner(text)
    assert (owner.kind, owner.family) == ("person", "Penhallow")
    assert owner.given in (None, "G", "Gareth")
    assert owner.rank in (None, "Insp")


# text: (kind, rank, given, family, display)
READINGS = {
    "Det Sgt M Kovac": ("person", "DS", "M", "Kovac", "DS M Kovac"),
    "PC S Holt": ("person", "PC", "S", "Holt", "PC S Holt"),
    "PS Fiona Tamsett": ("person", "Sgt", "Fiona", "Tamsett", "Sgt Fiona Tamsett"),
    "D. Harrow (Licensing)": ("person", None, "D", "Harrow", "D Harrow"),
    "Glen Tamsett (STCP)": ("person", None, "Glen", "Tamsett", "Glen Tamsett"),
    "Lorna Vickery (Turning Tide)": ("person", None, "Lorna", "Vickery", "Lorna Vickery"),
    "Bea Tranter (Consumer Protection Manager, Eastvale CC)": ("person", None, "Bea", "Tranter", "Bea Tranter"),
    "D/C Amira Shah": ("person", "DC", "Amira", "Shah", "DC Amira Shah"),
    "PC 4412 Smith": ("person", "PC", None, "Smith", "PC Smith"),
    "Cllr Rafiq Shah": ("person", None, "Rafiq", "Shah", "Cllr Rafiq Shah"),
    "Insp Diane Holt[50%]": ("person", "Insp", "Diane", "Holt", "Insp Diane Holt"),
    # posts, units, groups: owners in their own right
    "Community Cohesion Officer": ("role", None, None, None, "Community Cohesion Officer"),
    "Survivor Support Manager": ("role", None, None, None, "Survivor Support Manager"),
    "Street Warden": ("role", None, None, None, "Street Warden"),
    "Intelligence Analyst (CSP)": ("role", None, None, None, "Intelligence Analyst (CSP)"),
    "Licensing (Northgate BC)": ("team", None, None, None, "Licensing (Northgate BC)"),
    "Southbay Refuge": ("team", None, None, None, "Southbay Refuge"),
    "Northgate Car Parks Ltd": ("team", None, None, None, "Northgate Car Parks Ltd"),
    "Bayview Homes": ("team", None, None, None, "Bayview Homes"),
    "Youth Offending Team": ("team", None, None, None, "Youth Offending Team"),
    "Northgate Night Marshals": ("group", None, None, None, "Northgate Night Marshals"),
    "Street Wardens": ("group", None, None, None, "Street Wardens"),
    # nobody
    "To be confirmed": ("none", None, None, None, "To be confirmed"),
    "Vacant (recruiting)": ("none", None, None, None, "Vacant (recruiting)"),
}


@pytest.mark.parametrize("text", list(READINGS))
def test_readings(text):
    owner = parse_owner(text)
    assert (owner.kind, owner.rank, owner.given, owner.family, owner.display) == READINGS[text]
    assert owner.raw == text


def test_a_bracket_states_initials_or_a_rank_but_nothing_else():
    assert parse_owner("Paul Smith (PS)").initials == "PS"  # initials, not the rank PS
    assert parse_owner("Paul Smith (PS)").rank is None
    assert parse_owner("Smith (DI)").kind == "team"  # a lone word is not read as a person
    assert parse_owner("Jo Bloggs (Housing)").initials is None

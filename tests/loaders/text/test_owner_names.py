"""Owner names from "Who" cells and leads sheets: splitting, reading, comparing.

The cells are the ones in the Essex plans (loaders/samples/essex), plus
lookalikes that must not split or merge.
"""

from __future__ import annotations

import doctest
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text import owner_names
from loaders.text.owner_names import (KINDS, NameMatch, OwnerName, compare_owners, initials_of, parse_owner,
                                  split_owners)

# ------------------------------------------------------------------ splitting

SPLITS = [
    # joint owners in the plans
    ("SK / LPSU", ["SK", "LPSU"]),
    ("PW / LPSU", ["PW", "LPSU"]),
    ("SK / Analytical", ["SK", "Analytical"]),
    ("SS/PW", ["SS", "PW"]),
    ("LPP Inspector and CSP Manager", ["LPP Inspector", "CSP Manager"]),
    ("SCD OCGMU & ROCTA", ["SCD OCGMU", "ROCTA"]),
    ("PC Tom Ellis & PCSO Amy Lowe", ["PC Tom Ellis", "PCSO Amy Lowe"]),
    ("Jason Hendy and Kim Stallabras", ["Jason Hendy", "Kim Stallabras"]),
    ("LPSU, SECU and PIU", ["LPSU", "SECU", "PIU"]),
    ("DI Kirby, DS Smith and PC Jones", ["DI Kirby", "DS Smith", "PC Jones"]),
    ("DI Kirby\nSK", ["DI Kirby", "SK"]),
    ("JF; SK", ["JF", "SK"]),
    ("PW and/or SK", ["PW", "SK"]),
    ("A/DI Smith / SK", ["A/DI Smith", "SK"]),
    # one owner, as written (stripped)
    ("PW ", ["PW"]),
    ("Ch/Supt Wilson", ["Ch/Supt Wilson"]),
    ("C/Insp Sam Smith ", ["C/Insp Sam Smith"]),
    ("D/Supt Hooper", ["D/Supt Hooper"]),
    ("Det Ch/Supt Bloggs", ["Det Ch/Supt Bloggs"]),
    ("D/Insps", ["D/Insps"]),
    ("Ch/Supt Wells Gold.", ["Ch/Supt Wells Gold."]),
    ("Divisional Supt.", ["Divisional Supt."]),
    ("Jason Hendy (JH)", ["Jason Hendy (JH)"]),
    # titles with "and", "&" or a comma inside stay whole
    ("Domestic Abuse Lead for Safeguarding and Partnerships",
     ["Domestic Abuse Lead for Safeguarding and Partnerships"]),
    ("Head of Operations Centre, Crime and Public Protection Command",
     ["Head of Operations Centre, Crime and Public Protection Command"]),
    ("Domestic Abuse Lead for Initial Attendance and Local Investigation",
     ["Domestic Abuse Lead for Initial Attendance and Local Investigation"]),
    ("Crime and Public Protection", ["Crime and Public Protection"]),
    ("Burglary/Robbery Lead", ["Burglary/Robbery Lead"]),
    ("Analytical / SK", ["Analytical / SK"]),
    ("C&PP", ["C&PP"]),
    ("Smith and Jones", ["Smith and Jones"]),
    ("Local Policing and Public Protection", ["Local Policing and Public Protection"]),
    # prefixes and placeholders
    ("Covered by ERSOU", ["ERSOU"]),
    ("Strategic Lead: C/Supt Ewen Wilson", ["C/Supt Ewen Wilson"]),
    ("SK / TBC", ["SK"]),
    ("TBC", []),
    ("TBA", []),
    ("tbc.", []),
    ("N/A", []),
    ("", []),
    ("   ", []),
    (" - ", []),
]


@pytest.mark.parametrize(("cell", "expected"), SPLITS)
def test_split_owners(cell, expected):
    assert split_owners(cell) == expected


@pytest.mark.parametrize("value", [None, math.nan, float("nan"), 0.0, 12, b"", object])
def test_split_owners_tolerates_non_text(value):
    pieces = split_owners(value)
    assert isinstance(pieces, list) and all(isinstance(p, str) for p in pieces)


def test_split_owners_tolerates_an_unprintable_object():
    class Broken:
        def __str__(self):
            raise RuntimeError("no text")

    assert split_owners(Broken()) == []


def test_a_long_note_is_not_split_at_conjunctions():
    note = "SK / " * 200 + "PW"
    assert split_owners(note) == [note]


# ------------------------------------------------------------------- reading

# text: (kind, rank, given, family, initials, display)
PARSES = {
    # persons with ranks
    "Ch/Supt Wilson": ("person", "Ch/Supt", None, "Wilson", None, "Ch/Supt Wilson"),
    "C/Supt Ewen Wilson": ("person", "Ch/Supt", "Ewen", "Wilson", None, "Ch/Supt Ewen Wilson"),
    "Chief Superintendent Andy Mariner": ("person", "Ch/Supt", "Andy", "Mariner", None, "Ch/Supt Andy Mariner"),
    "DI Kirby": ("person", "DI", None, "Kirby", None, "DI Kirby"),
    "DI Rob Kirby": ("person", "DI", "Rob", "Kirby", None, "DI Rob Kirby"),
    "Di Kirby": ("person", "DI", None, "Kirby", None, "DI Kirby"),
    "DCI Huddleston": ("person", "DCI", None, "Huddleston", None, "DCI Huddleston"),
    "D/Supt Hooper": ("person", "D/Supt", None, "Hooper", None, "D/Supt Hooper"),
    "DCI Jasmine Frost": ("person", "DCI", "Jasmine", "Frost", None, "DCI Jasmine Frost"),
    "DI Anna Granger": ("person", "DI", "Anna", "Granger", None, "DI Anna Granger"),
    "C/Insp Shaun Kane": ("person", "CI", "Shaun", "Kane", None, "CI Shaun Kane"),
    "C/Insp Sam Smith ": ("person", "CI", "Sam", "Smith", None, "CI Sam Smith"),
    "Supt Tom Simons": ("person", "Supt", "Tom", "Simons", None, "Supt Tom Simons"),
    "CI Matt Cornish": ("person", "CI", "Matt", "Cornish", None, "CI Matt Cornish"),
    "Detective Chief Inspector Lee Morton": ("person", "DCI", "Lee", "Morton", None, "DCI Lee Morton"),
    "Ch/Supt Wells Gold.": ("person", "Ch/Supt", None, "Wells", None, "Ch/Supt Wells"),
    "Dr Vicki Harrington": ("person", "Dr", "Vicki", "Harrington", None, "Dr Vicki Harrington"),
    "PC Tom Ellis": ("person", "PC", "Tom", "Ellis", None, "PC Tom Ellis"),
    "PCSO Amy Lowe": ("person", "PCSO", "Amy", "Lowe", None, "PCSO Amy Lowe"),
    "ADI Smith": ("person", "DI", None, "Smith", None, "DI Smith"),
    "A/DI Smith": ("person", "DI", None, "Smith", None, "DI Smith"),
    "Acting DI Smith": ("person", "DI", None, "Smith", None, "DI Smith"),
    "T/Supt Jones": ("person", "Supt", None, "Jones", None, "Supt Jones"),
    "PS Smith": ("person", "Sgt", None, "Smith", None, "Sgt Smith"),
    "dci huddleston": ("person", "DCI", None, "Huddleston", None, "DCI Huddleston"),
    # persons without ranks
    "Jason Hendy (JH)": ("person", None, "Jason", "Hendy", "JH", "Jason Hendy"),
    "Jason Hendy": ("person", None, "Jason", "Hendy", None, "Jason Hendy"),
    "Rob Huddleston": ("person", None, "Rob", "Huddleston", None, "Rob Huddleston"),
    "Kim Stallabras": ("person", None, "Kim", "Stallabras", None, "Kim Stallabras"),
    "Ted Hampson": ("person", None, "Ted", "Hampson", None, "Ted Hampson"),
    "Adam Pipe": ("person", None, "Adam", "Pipe", None, "Adam Pipe"),
    "Elliott Judge": ("person", None, "Elliott", "Judge", None, "Elliott Judge"),
    "Liam Osborne": ("person", None, "Liam", "Osborne", None, "Liam Osborne"),
    "Al Blakesley": ("person", None, "Al", "Blakesley", None, "Al Blakesley"),
    "Di Anna Granger": ("person", None, "Di Anna", "Granger", None, "Di Anna Granger"),
    "J Hendy": ("person", None, "J", "Hendy", None, "J Hendy"),
    "Mr Smith": ("person", None, None, "Smith", None, "Mr Smith"),
    "Jason Hendy (SK)": ("person", None, "Jason", "Hendy", None, "Jason Hendy"),
    # initials
    "JF": ("person", None, None, None, "JF", "JF"),
    "PW ": ("person", None, None, None, "PW", "PW"),
    "SK": ("person", None, None, None, "SK", "SK"),
    "SS": ("person", None, None, None, "SS", "SS"),
    "JH": ("person", None, None, None, "JH", "JH"),
    "PS": ("person", None, None, None, "PS", "PS"),
    "J.F.": ("person", None, None, None, "JF", "JF"),
    # teams
    "LPSU": ("team", None, None, None, None, "LPSU"),
    "SECU": ("team", None, None, None, None, "SECU"),
    "Prison Intelligence Unit": ("team", None, None, None, None, "Prison Intelligence Unit"),
    "SCD OCGMU": ("team", None, None, None, None, "SCD OCGMU"),
    "ROCTA": ("team", None, None, None, None, "ROCTA"),
    "Analytical": ("team", None, None, None, None, "Analytical"),
    "OSG": ("team", None, None, None, None, "OSG"),
    "PPU": ("team", None, None, None, None, "PPU"),
    "Op Juno": ("team", None, None, None, None, "Op Juno"),
    "C&PP": ("team", None, None, None, None, "C&PP"),
    "Covered by ERSOU": ("team", None, None, None, None, "ERSOU"),
    "Crime and Public Protection": ("team", None, None, None, None, "Crime and Public Protection"),
    "Local Policing and Public Protection": ("team", None, None, None, None, "Local Policing and Public Protection"),
    "Public Protection": ("team", None, None, None, None, "Public Protection"),
    # roles
    "Domestic Abuse Lead for Safeguarding and Partnerships":
        ("role", None, None, None, None, "Domestic Abuse Lead for Safeguarding and Partnerships"),
    "Domestic Abuse Lead for Initial Attendance and Local Investigation":
        ("role", None, None, None, None, "Domestic Abuse Lead for Initial Attendance and Local Investigation"),
    "Head of Operations Centre, Crime and Public Protection Command":
        ("role", None, None, None, None, "Head of Operations Centre, Crime and Public Protection Command"),
    "OSG Co-ordinator": ("role", None, None, None, None, "OSG Co-ordinator"),
    "OCG Investigative lead": ("role", None, None, None, None, "OCG Investigative lead"),
    "OCG LRO": ("role", None, None, None, None, "OCG LRO"),
    "LPP Inspector": ("role", "Insp", None, None, None, "LPP Inspector"),
    "CSP Manager": ("role", None, None, None, None, "CSP Manager"),
    "Divisional Supt.": ("role", "Supt", None, None, None, "Divisional Supt"),
    "Inspector": ("role", "Insp", None, None, None, "Inspector"),
    "DI": ("role", "DI", None, None, None, "DI"),
    "Insp Local Policing": ("role", "Insp", None, None, None, "Insp Local Policing"),
    # groups
    "DCIs": ("group", "DCI", None, None, None, "DCIs"),
    "D/Insps": ("group", "DI", None, None, None, "D/Insps"),
    "Analysts": ("group", None, None, None, None, "Analysts"),
    "Hate crime officers": ("group", None, None, None, None, "Hate crime officers"),
    "PREVENT officers": ("group", None, None, None, None, "PREVENT officers"),
    "PCSOs": ("group", "PCSO", None, None, None, "PCSOs"),
    "All partners": ("group", None, None, None, None, "All partners"),
    # non-owners
    "TBC": ("none", None, None, None, None, "TBC"),
    "TBA": ("none", None, None, None, None, "TBA"),
    "": ("none", None, None, None, None, ""),
}


@pytest.mark.parametrize("text", list(PARSES))
def test_parse_owner(text):
    kind, rank, given_name, family, initials, display = PARSES[text]
    assert parse_owner(text) == OwnerName(
        raw=text.strip(), kind=kind, rank=rank, given=given_name, family=family,
        initials=initials, display=display)


# Every spelling of a rank in the plans and the glossary, before a name.
RANK_SPELLINGS = [
    ("Ch/Supt", "Ch/Supt"), ("C/Supt", "Ch/Supt"), ("Ch Supt", "Ch/Supt"),
    ("Chief Superintendent", "Ch/Supt"), ("Ch. Supt.", "Ch/Supt"),
    ("Det Ch Supt", "Det Ch/Supt"), ("Det Ch/Supt", "Det Ch/Supt"),
    ("Detective Chief Superintendent", "Det Ch/Supt"),
    ("D/Supt", "D/Supt"), ("Det Supt", "D/Supt"), ("Detective Superintendent", "D/Supt"),
    ("Supt", "Supt"), ("Superintendent", "Supt"), ("Supt.", "Supt"),
    ("DCI", "DCI"), ("Detective Chief Inspector", "DCI"),
    ("C/Insp", "CI"), ("CI", "CI"), ("Chief Inspector", "CI"), ("Ch Insp", "CI"),
    ("DI", "DI"), ("Det Insp", "DI"), ("Detective Inspector", "DI"), ("D/Insp", "DI"),
    ("ADI", "DI"), ("A/DI", "DI"), ("Acting DI", "DI"),
    ("Insp", "Insp"), ("Inspector", "Insp"),
    ("DS", "DS"), ("Det Sgt", "DS"), ("Sgt", "Sgt"), ("Sergeant", "Sgt"),
    ("DC", "DC"), ("PC", "PC"), ("PCSO", "PCSO"),
    ("ACC", "ACC"), ("Assistant Chief Constable", "ACC"), ("DCC", "DCC"), ("CC", "CC"),
    ("Dr", "Dr"), ("Dr.", "Dr"),
]


@pytest.mark.parametrize(("spelling", "rank"), RANK_SPELLINGS)
def test_rank_spellings_are_normalised(spelling, rank):
    owner = parse_owner(f"{spelling} Jane Doe")
    assert (owner.kind, owner.rank, owner.given, owner.family) == ("person", rank, "Jane", "Doe")
    assert owner.display == f"{rank} Jane Doe"


@pytest.mark.parametrize("spelling", [s for s, _ in RANK_SPELLINGS])
def test_a_rank_with_no_name_is_a_role(spelling):
    owner = parse_owner(spelling)
    assert owner.kind == "role" and owner.family is None


# ----------------------------------------------------------------- comparing

COMPARES = [
    # same person
    ("C/Supt Ewen Wilson", "Chief Superintendent Ewen Wilson", "same"),
    ("Ch/Supt Wilson", "C/Supt Ewen Wilson", "same"),
    ("DI Kirby", "DI Rob Kirby", "same"),
    ("Di Kirby", "DI Rob Kirby", "same"),
    ("Di Kirby", "DI Kirby", "same"),
    ("DCI Huddleston", "Rob Huddleston", "same"),
    ("Jason Hendy", "Jason Hendy (JH)", "same"),
    ("DI Rob Kirby", "DCI Rob Kirby", "same"),  # same full name: a promotion
    ("A/DI Smith", "DI Smith", "same"),
    ("JH", "Jason Hendy (JH)", "same"),
    ("JF", "JF", "same"),
    ("PW ", "PW", "same"),
    ("C/Insp Sam Smith ", "C/Insp Sam Smith", "same"),
    ("C/Insp Sam Smith", "c/insp  sam smith", "same"),
    ("Dr Vicki Harrington", "Vicki Harrington", "same"),
    ("DI Anna Granger", "DI Granger", "same"),
    ("LPSU", "lpsu", "same"),
    ("Covered by ERSOU", "ERSOU", "same"),
    ("Divisional Supt.", "Divisional Supt", "same"),
    # weak evidence: report, never merge
    ("DI Smith", "Supt Smith", "candidate"),
    ("DI Smith", "Supt John Smith", "candidate"),
    ("Mr Smith", "DI Smith", "candidate"),
    ("JF", "Jasmine Frost", "candidate"),
    ("JF", "DCI Jasmine Frost", "candidate"),
    ("SS", "C/Insp Sam Smith", "candidate"),
    ("Rob Huddleston", "Robert Huddleston", "candidate"),
    ("J Hendy", "Jason Hendy", "candidate"),
    ("PIU", "Prison Intelligence Unit", "candidate"),
    # different
    ("DI Rob Kirby", "DI Tom Kirby", "different"),
    ("Jason Hendy", "Jane Hendy", "different"),
    ("Ch/Supt Wilson", "Ch/Supt Wells Gold.", "different"),
    ("C/Supt Ewen Wilson", "Supt Tom Simons", "different"),
    ("SK", "SS", "different"),
    ("JF", "Jason Hendy", "different"),
    ("SK", "Jason Hendy (JH)", "different"),
    ("Jason Hendy (JH)", "J Hendy (JKH)", "different"),  # stated initials differ
    ("SK", "Jason Hendy (SK)", "different"),  # brackets that do not fit the name are ignored
    ("LPSU", "SECU", "different"),
    ("LPP Inspector", "DI Kirby", "different"),
    ("LPP Inspector", "Inspector", "different"),
    ("SK", "LPSU", "different"),
    ("DCIs", "DCI Huddleston", "different"),
    ("TBC", "TBC", "different"),
    ("", "", "different"),
    ("TBC", "DI Kirby", "different"),
]


@pytest.mark.parametrize(("a", "b", "verdict"), COMPARES)
def test_compare_owners(a, b, verdict):
    forward = compare_owners(parse_owner(a), parse_owner(b))
    backward = compare_owners(parse_owner(b), parse_owner(a))
    assert isinstance(forward, NameMatch) and forward.reason
    assert (forward.verdict, backward.verdict) == (verdict, verdict)


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Ch/Supt Wilson", "C/Supt Ewen Wilson",
     "same family name (Wilson); given name only in one (Ewen); same rank (Ch/Supt)"),
    ("DCI Huddleston", "Rob Huddleston",
     "same family name (Huddleston); given name only in one (Rob); rank only in one (DCI)"),
    ("DI Smith", "Supt Smith", "same family name (Smith); no given names; ranks differ (DI, Supt)"),
    ("JH", "Jason Hendy (JH)", "Jason Hendy states the initials JH"),
    ("JF", "Jasmine Frost", "JF are the initials of Jasmine Frost, but the name does not state them"),
])
def test_compare_owners_gives_its_evidence(a, b, reason):
    assert compare_owners(parse_owner(a), parse_owner(b)).reason == reason


def test_compare_owners_parses_text_it_is_given():
    assert compare_owners("DI Kirby", "DI Rob Kirby").verdict == "same"


@pytest.mark.parametrize(("text", "initials"), [
    ("Jasmine Frost", "JF"),
    ("DCI Jasmine Frost", "JF"),
    ("C/Insp Sam Smith ", "SS"),
    ("Jason Hendy (JH)", "JH"),
    ("Di Anna Granger", "DG"),
    ("DI Kirby", None),
    ("JF", None),
    ("LPSU", None),
    ("Hate crime officers", None),
    ("TBC", None),
])
def test_initials_of(text, initials):
    assert initials_of(parse_owner(text)) == initials


def test_initials_of_resolves_plan_initials_against_the_leads():
    # What the caller does: a unique lead whose initials match.
    leads = [parse_owner(t) for t in ["DCI Jasmine Frost", "DI Anna Granger", "C/Insp Shaun Kane",
                                      "C/Insp Sam Smith ", "Jason Hendy (JH)"]]
    for cell, lead in [("JF", "DCI Jasmine Frost"), ("SS", "CI Sam Smith"), ("JH", "Jason Hendy")]:
        [match] = [x for x in leads if initials_of(x) == parse_owner(cell).initials]
        assert match.display == lead
    assert not [x for x in leads if initials_of(x) == "PW"]


# ---------------------------------------------------------------- properties

_FRAGMENTS = ["DI", "Di", "Ch/Supt", "C/Insp", "A/", "/", " / ", "&", " and ", ",", "\n", ";",
              " (JH)", "(", ")", ".", "Kirby", "Rob", "SK", "LPSU", "Lead", " for ", " of ",
              "TBC", "Covered by ", "Strategic Lead:", "Gold", "s", " ", "Unit", "officers"]
_texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=3), max_size=12).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_split_pieces_are_stripped_substrings(text):
    pieces = split_owners(text)
    for piece in pieces:
        assert piece and piece == piece.strip() and piece in text
        assert parse_owner(piece).kind != "none"


@settings(max_examples=400, deadline=None)
@given(_texts, _texts)
def test_reading_and_comparing_never_fail(a, b):
    first, second = parse_owner(a), parse_owner(b)
    assert first.kind in KINDS and isinstance(first.display, str)
    assert first.raw == a.strip()
    match = compare_owners(first, second)
    assert match.verdict in {"same", "candidate", "different"}
    # The verdict does not depend on the order, and an owner is itself.
    assert compare_owners(second, first).verdict == match.verdict
    if first.kind != "none":
        assert compare_owners(first, first).verdict == "same"
    found = initials_of(first)
    assert found is None or (found.isalpha() and found.isupper())


def test_doctests_run():
    result = doctest.testmod(owner_names, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


def test_public_names():
    assert set(owner_names.__all__) >= {"OwnerName", "NameMatch", "split_owners", "parse_owner",
                                        "compare_owners", "initials_of"}

"""Tests for loaders.text.forum_names: splitting and resolving register Forum cells."""

from __future__ import annotations

import doctest
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from loaders.text import forum_names as forum_names_module
from loaders.text.forum_names import canonical_forum, split_forum_cell
from loaders.text.gazetteer import Entry, Gazetteer

GAZ = Gazetteer.bundled()
REGISTER = resources.files("loaders").joinpath(
    "samples", "essex", "Crime Prevention Strategy 2018-2021.xlsx")

SET_DA_BOARD = "Southend, Essex and Thurrock Domestic Abuse Board"
IAG = "Independent Advisory Group"
CSP = "Community Safety Partnership"
HUB = "Community Safety Hub"
SHCP = "Strategic Hate Crime Partnership"

# Every distinct Forum cell in the register -> (parts, canonical names).
REGISTER_CELLS = {
    "Southend Essex Thurrock Domestic Abuse Board": (
        ["Southend Essex Thurrock Domestic Abuse Board"], [SET_DA_BOARD]),
    "Southend Essex Thurrock Multi Agency Risk Assessment Triage": (
        ["Southend Essex Thurrock Multi Agency Risk Assessment Triage"],
        ["Multi-Agency Risk Assessment Team"]),
    "Domestic Abuse Performance Group": (
        ["Domestic Abuse Performance Group"], ["Domestic Abuse Performance Group"]),
    "Operation Raptor": (["Operation Raptor"], ["Operation Raptor"]),
    "Community Safety Hubs": (["Community Safety Hubs"], [HUB]),
    "Community Safety Partnerships": (["Community Safety Partnerships"], [CSP]),
    "Local Licensing Committees": (["Local Licensing Committees"], ["Licensing Committee"]),
    "Essex Safeguarding Children/Adults Board": (
        ["Essex Safeguarding Children Board", "Essex Safeguarding Adults Board"],
        ["Essex Safeguarding Children Board", "Essex Safeguarding Adults Board"]),
    "Local Safeguarding Children Board": (
        ["Local Safeguarding Children Board"], ["Local Safeguarding Children Board"]),
    "Southend Essex Thurrock Child Sex Exploitation Strategic Board": (
        ["Southend Essex Thurrock Child Sex Exploitation Strategic Board"],
        ["Southend, Essex and Thurrock Child Sex Exploitation Strategic Board"]),
    "Rape Crisis Partnership": (["Rape Crisis Partnership"], ["Rape Crisis Partnership"]),
    "City of London Police & Eastern Region Special Operations Unit": (
        ["City of London Police", "Eastern Region Special Operations Unit"],
        ["City of London Police", "Eastern Region Special Operations Unit"]),
    "CISP (Cyber Information Sharing Partnership)": (
        ["CISP (Cyber Information Sharing Partnership)"],
        ["Cyber Security Information Sharing Partnership"]),
    "National Cyber Security Centre & National Crime Agency": (
        ["National Cyber Security Centre", "National Crime Agency"],
        ["National Cyber Security Centre", "National Crime Agency"]),
    "Local and Essex Independent Advisory Groups": (
        ["Local and Essex Independent Advisory Groups"], [IAG]),
    "Essex Faith Leaders": (["Essex Faith Leaders"], ["Essex Faith Leaders"]),
    "Community Forums": (["Community Forums"], ["Community Forum"]),
    "Essex Hate Crime Strategic Partnership": (
        ["Essex Hate Crime Strategic Partnership"], [SHCP]),
    "Neighbourhood Watch": (["Neighbourhood Watch"], ["Neighbourhood Watch"]),
    "Community Safety Accreditation Scheme": (
        ["Community Safety Accreditation Scheme"], ["Community Safety Accreditation Scheme"]),
    "Essex Faith Leaders/Community Forums": (
        ["Essex Faith Leaders", "Community Forums"], ["Essex Faith Leaders", "Community Forum"]),
    "Community Safety Hubs and hub tasking": (["Community Safety Hubs and hub tasking"], [HUB]),
    "Local Serious Organised Crime boards": (
        ["Local Serious Organised Crime boards"],
        ["Local Policing Area Serious and Organised Crime Board"]),
}


def register_cells() -> list[str]:
    with resources.as_file(REGISTER) as path:
        sheet = load_workbook(path, read_only=True)["Partnership Forums"]
        header = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True))
        assert header[:2] == ("Area", "Forum")
        return [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_doctests_pass():
    result = doctest.testmod(forum_names_module)
    assert result.attempted > 0
    assert result.failed == 0


def test_register_has_the_cells_we_expect():
    cells = register_cells()
    assert len(cells) == 32
    assert set(cells) == set(REGISTER_CELLS)


@pytest.mark.parametrize("cell", register_cells())
def test_every_register_cell_splits_and_resolves(cell):
    parts = split_forum_cell(cell)
    expected_parts, expected_names = REGISTER_CELLS[cell]
    assert parts == expected_parts
    resolved = [canonical_forum(part, GAZ)[0] for part in parts]
    assert all(entry is not None for entry in resolved), parts
    assert [entry.name for entry in resolved] == expected_names


@pytest.mark.parametrize("cell, expected", [
    (None, []),
    ("", []),
    ("   \n ", []),
    ("  Essex Faith Leaders /  Community Forums ", ["Essex Faith Leaders", "Community Forums"]),
    ("Essex Faith Leaders; Community Forums", ["Essex Faith Leaders", "Community Forums"]),
    ("MARAC, MAPPA and MACE", ["MARAC", "MAPPA", "MACE"]),
    ("CSP and Community Safety Partnerships", ["CSP and Community Safety Partnerships"]),
    ("MARAC & MARAC", ["MARAC & MARAC"]),
    ("Essex County Fire & Rescue Service & NCA", ["Essex County Fire & Rescue Service", "NCA"]),
    ("ECFRS / Essex County Fire & Rescue Service & NCA", ["ECFRS", "NCA"]),
    ("ECFRS / Essex County Fire & Rescue Service & Local Gangs Meeting",
     ["ECFRS", "Local Gangs Meeting"]),
    ("Her Majesty's Inspectorate of Constabulary and Fire and Rescue",
     ["Her Majesty's Inspectorate of Constabulary and Fire and Rescue"]),
    ("Essex Safeguarding Adults/Children Board",
     ["Essex Safeguarding Adults Board", "Essex Safeguarding Children Board"]),
    # Unknown to the gazetteer: kept whole rather than guessed at.
    ("Pan Essex Strategic Governance Group", ["Pan Essex Strategic Governance Group"]),
    # ... unless every part is a whole forum's name (another partnership's register).
    ("Foo Board/Bar Panel", ["Foo Board", "Bar Panel"]),
    ("Safer Streets/NTE Board", ["Safer Streets/NTE Board"]),
    ("Lynford Road Safety Partnership; Lynford Safer Neighbourhoods Board",
     ["Lynford Road Safety Partnership", "Lynford Safer Neighbourhoods Board"]),
    ("Crime and Disorder Reduction Partnership", ["Crime and Disorder Reduction Partnership"]),
    # Partly known: known parts resolve, whole unknown names become new forums.
    ("MARAC & Some New Panel", ["MARAC", "Some New Panel"]),
    ("MARAC/Local Gangs Meeting; NCA", ["MARAC", "Local Gangs Meeting", "NCA"]),
    ("MARAC & Panel", ["MARAC & Panel"]),
    ("MARAC & New Panel & MARAC & new panel", ["MARAC", "New Panel"]),
    ("MARAC and Some New Panel", ["MARAC and Some New Panel"]),
])
def test_split_forum_cell(cell, expected):
    assert split_forum_cell(cell) == expected


def test_split_uses_the_gazetteer_given():
    own = Gazetteer([
        Entry("Essex Safeguarding Children", "forum", None, (), ""),
        Entry("Adults Board", "forum", None, (), ""),
    ])
    cell = "Essex Safeguarding Children/Adults Board"
    assert split_forum_cell(cell, own) == ["Essex Safeguarding Children", "Adults Board"]
    assert split_forum_cell(cell, Gazetteer([])) == [cell]


@pytest.mark.parametrize("text, name, evidence", [
    ("Southend Essex Thurrock Multi Agency Risk Assessment Triage",
     "Multi-Agency Risk Assessment Team",
     "Southend Essex Thurrock Multi Agency Risk Assessment Triage"),
    ("Community Safety Hubs and hub tasking", HUB, "Community Safety Hubs and hub tasking"),
    ("  SET DA board ", SET_DA_BOARD, "SET DA board"),
    ("Community Forums", "Community Forum", "Community Forums"),
    ("CISP (Cyber Information Sharing Partnership)",
     "Cyber Security Information Sharing Partnership", "CISP"),
    ("Local and Essex Independent Advisory Groups", IAG,
     "Local and Essex Independent Advisory Groups"),
    ("the district CSP tasking meeting", CSP, "CSP"),
    ("Essex Hate Crime Strategic Partnership", SHCP, "Essex Hate Crime Strategic Partnership"),
    ("Essex Safeguarding Children/Adults Board", None,
     "Essex Safeguarding Children/Adults Board"),
    ("MARAC and MAPPA", None, "MARAC and MAPPA"),
    ("Pan Essex Strategic Governance Group", None, "Pan Essex Strategic Governance Group"),
    ("mace", None, "mace"),
    ("", None, ""),
])
def test_canonical_forum(text, name, evidence):
    entry, found = canonical_forum(text, GAZ)
    assert (entry.name if entry else None) == name
    assert found == evidence
    assert found in text


def test_canonical_forum_defaults_to_the_bundled_gazetteer():
    assert canonical_forum("MASH") == (GAZ.lookup("MASH"), "MASH")


@pytest.mark.parametrize("function", [split_forum_cell, canonical_forum])
def test_non_text_is_a_type_error(function):
    with pytest.raises(TypeError):
        function(42)


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.text(),
    st.lists(st.sampled_from(sorted(REGISTER_CELLS) + ["/", " & ", " and ", "(", ")", ", ", "x"]),
             max_size=6).map("".join),
))
def test_split_never_crashes_and_parts_are_tidy(cell):
    parts = split_forum_cell(cell)
    tidy = " ".join(cell.split())
    assert all(part and part == " ".join(part.split()) for part in parts)
    if tidy:
        assert parts
    if "/" not in tidy:
        assert all(part in tidy for part in parts)
    for part in parts:
        entry, evidence = canonical_forum(part)
        assert evidence in part

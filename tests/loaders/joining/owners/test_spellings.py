"""Spellings from cells and from lists of people, and what a group shows."""

from __future__ import annotations

from graphmodel import Label, Source
from loaders.collected import OwnerMention, Person
from loaders.joining.owners.spellings import Group, listed, override_seeds, owner_key, written
from loaders.overrides import Overrides
from loaders.text.owner_names import parse_owner

SRC = Source("staff.xlsx", "Staff", "B2")


def test_a_cell_gives_one_spelling_per_owner_with_its_allocation():
    mention = OwnerMention("Youth Team[50%],PCSO Kieran Maddox", Source("plan.csv", "", "E5"), (Label.TASK, "t#1"))
    found = written(mention)
    assert [(s.name.display, s.allocation, s.joint) for s in found] == [
        ("Youth Team", "50%", 2), ("PCSO Kieran Maddox", None, 2)]
    assert all(s.mention is mention and not s.listed for s in found)


def test_a_list_entry_keeps_its_initials_role_and_organisation():
    [entry] = listed([Person("DI Jonah Pellew", SRC, initials="JP", role="Detective Inspector",
                             organisation="West Marsh Police")])
    assert (entry.name.initials, entry.display, entry.person.organisation) == ("JP", "DI Jonah Pellew",
                                                                               "West Marsh Police")


def test_a_list_writes_the_display_name_as_the_list_does():
    entries = listed([Person("PS Fiona Tamsett", SRC), Person("Insp Gareth Penhallow (GP)", SRC),
                      Person("Licensing (West Marsh DC)", SRC, initials="LIC")])
    assert [e.display for e in entries] == ["PS Fiona Tamsett", "Insp Gareth Penhallow", "Licensing (West Marsh DC)"]
    assert [e.name.initials for e in entries] == [None, "GP", "LIC"]


def test_initials_a_list_cannot_mean_are_not_taken():
    entries = listed([Person("DS Kovac", SRC, initials="D"),  # a tool's one-letter default
                      Person("Sofia Brandt", SRC, initials="XY"),  # not her initials
                      Person("Sofia Brandt", SRC, initials="sb")])  # not written as initials
    assert [e.name.initials for e in entries] == [None, None, None]


def test_entries_that_name_nobody_new_are_left_out():
    assert listed([Person("DH", SRC, initials="D"), Person("Vacant", SRC), Person("", SRC)]) == []


def test_a_name_given_only_in_plangraph_toml_is_a_seed():
    overrides = Overrides(owners_same=[["PW", "Supt Paul White"], ["DI Smith", "Supt Smith"]], source="plangraph.toml")
    known = written(OwnerMention("DI Smith / Supt Smith", SRC, (Label.TASK, "t#1")))
    seeds = override_seeds(overrides, known)
    assert [s.name.display for s in seeds] == ["Supt Paul White"]
    assert seeds[0].source.file == "plangraph.toml"


def test_a_group_shows_the_most_complete_name_a_list_first():
    group = Group()
    group.add(written(OwnerMention("K. Mistry", SRC, (Label.TASK, "t#1"))))
    assert group.display == "K Mistry"
    group.add(listed([Person("Kamal Mistry", SRC, initials="KM", role="DA Coordinator")]))
    assert (group.display, group.codes, group.people[0].role) == ("Kamal Mistry", {"KM"}, "DA Coordinator")
    assert group.mentioned


def test_owner_keys_are_given_and_family_names():
    assert owner_key(parse_owner("PS Fiona Tamsett")) == "fiona tamsett"
    assert owner_key(parse_owner("Youth Team")) == "youth team"

"""Every question ends with the plangraph.toml line that settles it."""

from __future__ import annotations

import tomllib

from graphmodel import Label, Source
from loaders.collected import OwnerMention
from loaders.joining.owners import asking
from loaders.joining.owners.spellings import Group, written
from loaders.text.owner_names import NameMatch


def spelling(text):
    return written(OwnerMention(text, Source("plan.xlsx", "Plan", "C4"), (Label.TASK, "t#1")))[0]


def group(text):
    g = Group()
    g.add([spelling(text)])
    return g


def toml_line(message):
    line = message[message.index("[owners]"):]
    return tomllib.loads(line.replace("[owners] ", "[owners]\n", 1))["owners"]


def test_settle_writes_valid_toml():
    assert toml_line(asking.settle("same", 'O"Neill', "Zoë Ash")) == {"same": [['O"Neill', "Zoë Ash"]]}


def test_a_candidate_names_both_and_ends_with_the_line():
    problem = asking.candidate(spelling("DI Smith"), group("Supt Smith"), NameMatch("candidate", "ranks differ"))
    assert problem.message.endswith('[owners] same = [["DI Smith", "Supt Smith"]]')
    assert (problem.file, problem.sheet, problem.cell, problem.code) == ("plan.xlsx", "Plan", "C4",
                                                                        "candidate-owner-merge")
    assert asking.candidate(spelling("DI Smith"), group("Supt Smith"), NameMatch("different", "no")) is None


def test_an_ambiguous_name_lists_every_owner_it_fits():
    problem = asking.ambiguous(spelling("Sgt Shah"), [group("DC Amira Shah"), group("Rafiq Shah")])
    assert "2 owners (DC Amira Shah, Rafiq Shah)" in problem.message
    assert toml_line(problem.message) == {"same": [["Sgt Shah", "DC Amira Shah"]]}


def test_unresolved_initials_say_why():
    nobody = asking.unresolved(spelling("PW"), [], ambiguous=False)
    assert "'PW'" in nobody.message and toml_line(nobody.message) == {"same": [["PW", "full name"]]}
    two = asking.unresolved(spelling("KM"), [group("Kamal Mistry"), group("Kieran Maddox")], ambiguous=True)
    assert "2 people have them" in two.message and two.code == "unresolved-initials"

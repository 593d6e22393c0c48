"""Tests for loaders.text.references.words: pointing words in classes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.text.references.words import CLASSES, EXPLICIT, HEDGE, KEYWORD, SELF, find_phrases


def kinds(text):
    return [p.kind for p in find_phrases(text)]


# Each class by words of the plans and invented ones; verbs in their forms.
@pytest.mark.parametrize("kind, phrases", [
    ("link", ["Linked with", "linked to", "links to", "tied in with", "connected to", "relates to", "see also",
              "as per", "overlaps with", "aligned with", "part of"]),
    ("need", ["Requires", "required", "needs", "Relies on", "relying upon", "reliant on", "Depends on",
              "Dependent upon", "dependant on", "Pre-req", "Prerequisite", "subject to", "conditional on",
              "Cannot start before", "won't go live without", "Enabled by", "preceded by", "Predecessors:"]),
    ("use", ["Uses", "used", "reusing", "Draws on", "drawn from", "Builds on", "built from", "based on",
             "comes through", "picked from", "Picks up", "Picks up where", "fed by", "feeds from"]),
    ("continue", ["continues", "continuation of", "Follow-on from", "Part two of", "part 2 of", "phase two of",
                  "extends", "scales up", "successor to", "next stage of"]),
    ("wait", ["after", "Following", "follows", "once", "until", "awaiting", "Waits for", "waiting on",
              "pending", "triggered by", "on completion of", "on hold until", "blocked by", "held up by"]),
    ("reverse", ["used by", "needed by", "required for", "will be used in", "relied on by", "feeds",
                 "feeds into", "leads into", "leads to", "enables", "unblocks", "paves the way for",
                 "a prerequisite for", "before", "ahead of", "prior to", "precedes", "informs", "input to",
                 "contributes to", "in support of", "blocks", "followed by", "Successors:", "predecessor to"]),
    ("shared", ["Shares", "shared", "same grant as", "the same Safer Streets grant as", "alongside",
                "together with", "as well as", "similar to", "in parallel with", "jointly funded with"]),
    ("replace", ["Replaces", "replaced", "supersedes", "instead of", "formerly", "Was task", "renumbered"]),
    ("negate", ["not linked", "not dependent", "no dependency", "does not need", "doesn't depend",
                "independent of", "no longer", "unrelated to", "previously linked"]),
    ("weak", ["see", "under", "from", "per", "via"]),
])
def test_each_class_by_its_words(kind, phrases):
    for phrase in phrases:
        assert kinds(f"x {phrase} y") == [kind], phrase


@pytest.mark.parametrize("text", [
    "drug-linked violence", "seen", "seek", "underpass", "fromage", "permit", "links-up", "Oncer", "Beforehand",
    "The assemblies", "reusable", "useful", "nearly", "feedback",
])
def test_words_inside_other_words_point_at_nothing(text):
    assert find_phrases(text) == []


def test_the_earlier_phrase_wins_an_overlap():
    assert kinds("not linked to 2.3") == ["negate"]
    assert kinds("is needed by 3.2") == ["reverse"]
    assert kinds("cannot start before 1.10") == ["need"]
    assert kinds("followed by 2.2") == ["reverse"]
    assert kinds("informed by 2.2") == ["need"]


def test_phrases_are_where_they_are_written():
    text = "Needs the list from E2.9; PT-4 waits on this."
    for phrase in find_phrases(text):
        assert text[phrase.start : phrase.end] == phrase.text
    assert [p.text for p in find_phrases(text, 5)] == ["from", "waits on"]
    assert [p.text for p in find_phrases(text, 0, 20)] == ["Needs", "from"]


def test_explicit_classes_say_outright_that_actions_are_tied():
    assert EXPLICIT <= set(CLASSES)
    assert not {"weak", "shared", "replace", "negate"} & EXPLICIT


@pytest.mark.parametrize("text, hedged", [
    ("This MAY be linked", True), ("could depend on", True), ("possibly", True), ("TBC", True),
    ("potentially needs", True), ("due in May 2018", False), ("Only possible once", False),
    ("Can be linked to", False),
])
def test_hedges(text, hedged):
    assert bool(HEDGE.search(text)) is hedged


def test_self_pointers_and_keywords():
    assert SELF.search("PT-4 waits on this") and SELF.search("built here") and not SELF.search("thistle")
    for before in ["Action ", "actions ", "task no. ", "Task No.", "ref: ", "Item ", "#", "no."]:
        assert KEYWORD.search(before), before
    assert not KEYWORD.search("Nights of Action and ")


@given(st.text(max_size=80))
def test_never_fails(text):
    for phrase in find_phrases(text):
        assert phrase.kind in CLASSES and text[phrase.start : phrase.end] == phrase.text

"""Ranks and their spellings: one rank however it is written, two ranks never one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text.owner_names.vocabulary import (NOT_NAME, PLACEHOLDERS, RANKS, ROLE_NOUNS, TEAM_NOUNS,
                                                 match_rank_prefix, rank_key, rank_of, rank_suffix)

# Every spelling in one tuple is one rank; the tuples are different ranks.
SAME_RANK = [
    ("PS", "Sgt", "Sgt.", "Sergeant", "Police Sergeant", "P/Sgt", "Acting Sgt"),
    ("Insp", "Insp.", "Inspector", "Police Inspector", "T/Insp"),
    ("CI", "Ch Insp", "Ch. Insp.", "Chief Inspector", "C/Insp", "Chief Insp", "Ch.Insp."),
    ("DS", "Det Sgt", "Det. Sgt.", "D/Sgt", "Detective Sergeant"),
    ("DI", "Det Insp", "D/Insp", "Detective Inspector", "A/DI", "ADI"),
    ("D/Supt", "Det Supt", "Detective Superintendent", "D Supt"),
    ("Supt", "Supt.", "Superintendent", "T/Supt"),
    ("Ch/Supt", "C/Supt", "Ch Supt", "Chief Superintendent"),
    ("PCSO", "Police Community Support Officer"),
    ("PC", "Police Constable", "Constable"),
    ("DC", "D/C", "Det Con", "Detective Constable"),
]


@pytest.mark.parametrize("spellings", SAME_RANK, ids=[s[0] for s in SAME_RANK])
def test_spellings_of_one_rank_are_one_rank(spellings):
    ranks = {rank_of(s) for s in spellings}
    assert len(ranks) == 1 and None not in ranks


def test_different_ranks_stay_different():
    ranks = [rank_of(spellings[0]) for spellings in SAME_RANK]
    assert len(set(ranks)) == len(ranks)
    assert set(ranks) <= set(RANKS)


@pytest.mark.parametrize("text", ["Manager", "Holt", "A DI", "Officer", "Lead", "", "PSX"])
def test_words_that_are_not_ranks(text):
    assert rank_of(text) is None


def test_the_longest_rank_at_the_start_wins():
    assert match_rank_prefix("Detective Chief Inspector Lee Morton".split()) == ("DCI", 3)
    assert match_rank_prefix("Det Sgt M Kovac".split()) == ("DS", 2)
    assert match_rank_prefix("Gareth Penhallow".split()) is None


def test_a_rank_at_the_end_of_a_title():
    assert rank_suffix("Neighbourhood Chief Inspector".split()) == "CI"
    assert rank_suffix("Town Centre Ps".split()) is None  # title-case "Ps" is not a rank at the end
    assert rank_suffix("Town Centre Manager".split()) is None


def test_vocabulary_is_folded_to_lower_case():
    for words in (NOT_NAME, ROLE_NOUNS, TEAM_NOUNS, PLACEHOLDERS):
        assert all(w == w.lower() for w in words)


def test_rank_keys_fold_punctuation_and_slashes():
    assert rank_key("Ch. Supt.") == rank_key("Ch/Supt") == "ch supt"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_rank_look_ups_never_fail(text):
    assert rank_of(text) in set(RANKS) | {None}
    found = match_rank_prefix(text.split())
    assert found is None or found[0] in RANKS
    assert rank_suffix(text.split() or [""]) in set(RANKS) | {None}

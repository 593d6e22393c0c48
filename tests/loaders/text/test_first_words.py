"""Tests for loaders.text.first_words: the index leaves out only names that cannot match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text.first_words import FirstWords, first_words


@pytest.mark.parametrize("name, words", [
    ("Children's Social Care", {"children", "childrens"}), ("O'Neill House", {"o", "oneill"}),
    ("A.C.E. Panel", {"a"}), ("4P Board", {"4p"}), ("(Youth) Panel", {"youth"}), ("_Hub", set()), ("&", set())])
def test_the_words_a_name_starts_at(name, words):
    assert first_words(name) == words


NAMES = ["Children's Social Care", "CSP", "Safer Streets Board", "Youth Panel", "(Youth) Panel", "O'Neill House"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAMES + ["childrens", "csps", "CSP's", "oneill", "youths", " ", "-", "x"]),
                max_size=8).map(" ".join))
def test_every_name_whose_words_open_at_a_word_of_the_text_is_a_candidate(text):
    index = FirstWords(first_words(n) for n in NAMES)
    for number, name in enumerate(NAMES):
        first = re.sub(r"\W", "", name.split()[0]).casefold()
        if re.search(rf"(?<![^\W_]){re.escape(first)}", re.sub(r"['’]", "", text.casefold())):
            assert number in index.candidates(text), (name, text)

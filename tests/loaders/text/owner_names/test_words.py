"""What one word of a name is."""

from __future__ import annotations

import pytest

from loaders.text.owner_names.words import acronym_of, initials_in, is_acronym, is_name_word, tidy_case


@pytest.mark.parametrize(("word", "expected"), [
    ("Penhallow", True), ("O'Neill", True), ("Smith-Jones", True), ("McDonald", True),
    ("LPSU", False), ("G", False), ("Holt,", False), ("4412", False), ("penhallow", False),
])
def test_name_words(word, expected):
    assert is_name_word(word) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("GP", "GP"), ("G.P.", "GP"), ("G. P.", "GP"), ("DI", None), ("HR", None), ("GPX", None), ("Gp", None),
])
def test_initials(text, expected):
    assert initials_in(text) == expected


def test_acronyms():
    assert is_acronym("ANPR") and is_acronym("C&PP") and not is_acronym("A") and not is_acronym("Unit")
    assert acronym_of("Youth Offending Team") == "YOT"
    assert acronym_of("Head of Community Safety and Licensing") == "HCSL"


def test_lower_case_names_are_capitalised():
    assert tidy_case("o'neill") == "O'Neill" and tidy_case("McKee") == "McKee"

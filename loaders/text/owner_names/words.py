"""What one word of an owner's name is: a name word, an initial, an acronym.

Examples
--------
>>> is_name_word("O'Brien"), is_name_word("LPSU"), initials_in("J.F."), initials_in("DI")
(True, False, 'JF', None)
>>> acronym_of("Prison Intelligence Unit"), is_acronym("C&PP")
('PIU', True)
"""

from __future__ import annotations

import re

from .vocabulary import EDGE_PUNCT, NOT_INITIALS, RANK_PAIRS

__all__ = ["initials_in", "is_name_word", "is_lower_word", "is_acronym", "acronym_of", "tidy_case",
           "fold_word", "join"]


def initials_in(core: str) -> str | None:
    """Initials when the whole text is initials: "JF", "J.F.", "J. F."."""
    if re.fullmatch(r"[A-Z]{2}", core):
        return None if core in RANK_PAIRS or core in NOT_INITIALS else core
    if re.fullmatch(r"[A-Z](?:\.\s?[A-Z]){1,3}\.?", core):
        return re.sub(r"[^A-Z]", "", core)
    return None


def is_name_word(word: str) -> bool:
    """A capitalised word of letters, hyphens or apostrophes: "O'Brien", "McDonald"."""
    parts = re.split(r"[-'\u2019]", word)
    return (len(word) >= 2 and word[0].isupper() and not word.isupper()
            and all(part.isalpha() for part in parts))


def is_lower_word(word: str) -> bool:
    return word.islower() and all(part.isalpha() for part in re.split(r"[-'\u2019]", word))


def is_acronym(word: str) -> bool:
    """All capitals (digits and "&" allowed inside), at least two letters: "C&PP"."""
    word = word.strip(EDGE_PUNCT)
    return (re.fullmatch(r"[A-Z][A-Z0-9&]*[A-Z0-9]", word) is not None
            and sum(ch.isalpha() for ch in word) >= 2)


def acronym_of(title: str) -> str:
    """The initial letters of a title's words: "Prison Intelligence Unit" -> "PIU"."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", title)
    return "".join(w[0].upper() for w in words if w.lower() not in {"of", "and", "for", "the"})


def tidy_case(word: str) -> str:
    """Capitalise a lower-case name word ("huddleston" -> "Huddleston")."""
    if not word.islower():
        return word
    return re.sub(r"(^|[-'\u2019])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)


def fold_word(word: str) -> str:
    return word.lower().strip(EDGE_PUNCT + "'\u2019")


def join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)

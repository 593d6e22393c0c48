"""Which of many names can match in a text: an index by first word.

A gazetteer finds forums and partners by trying each spelling's pattern on
a text; with a few hundred spellings, trying them all on every cell is most
of a load. A spelling can only match where the text holds its first word,
so each spelling is indexed by the words it can start at, and a text is
tried only with the spellings whose first word it holds. The index only
leaves out spellings that could not have matched.

A word is a run of letters and digits, case folded. A first word written
with an apostrophe may be written without it ("children's" starts at
"children" or "childrens"), and a plural "s" may follow it.

Examples
--------
>>> index = FirstWords([first_words("Children's Social Care"), first_words("CSP"), first_words("( CPS )")])
>>> index.candidates("Meeting with childrens social care and the CSPs")
[0, 1, 2]
>>> index.candidates("Nothing here")
[2]
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["first_words", "FirstWords"]

_WORD = re.compile(r"[^\W_]+")


def first_words(tidied: str) -> frozenset[str]:
    """The words a match of a spelling (tidied: separators as single spaces)
    starts at: its first word up to any character other than a letter, digit
    or apostrophe, with or without each apostrophe. Empty when the first
    word has nothing to index by: such a spelling is tried on every text.

    >>> sorted(first_words("Children's Social Care")), sorted(first_words("CoP")), first_words("( CPS )")
    (['children', 'childrens'], ['cop'], frozenset())
    """
    first = re.sub(r"^\W+", "", tidied.casefold().split(" ")[0])
    word = re.match(r"[\w']*", first).group()  # type: ignore[union-attr]
    runs = word.split("'")
    if "_" in word or not runs[0]:
        return frozenset()
    return frozenset(w for w in ("".join(runs[: i + 1]) for i in range(len(runs))) if w)


class FirstWords:
    """Spellings (by number) under the words they can start at."""

    def __init__(self, starts: Iterable[frozenset[str]]) -> None:
        self._by_word: dict[str, list[int]] = {}
        self._anywhere: list[int] = []
        for number, words in enumerate(starts):
            for word in words:
                self._by_word.setdefault(word, []).append(number)
            if not words:
                self._anywhere.append(number)

    def candidates(self, text: str) -> list[int]:
        """The spellings that can match in ``text``, in order: those whose
        first word is a word of the text, or is with a plural "s"."""
        numbers = set(self._anywhere)
        for word in set(_WORD.findall(text.casefold())):
            numbers.update(self._by_word.get(word, ()))
            if word.endswith("s"):
                numbers.update(self._by_word.get(word[:-1], ()))
        return sorted(numbers)

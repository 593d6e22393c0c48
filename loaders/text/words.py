"""How alike two pieces of plan text are, by the telling words they share.

Used to find the task another workstream's plan means ("linked to work in
USG area re diversionary activity"), to suggest links, and to match tasks
to strategic aims. Plain word overlap: explainable, because the shared
words are the evidence.

Examples
--------
>>> sorted(content_words("Diversionary Pathways - How do we provide Exit pathway?"))
['diversionary', 'exit', 'pathway', 'provide']
>>> score, shared = similarity("exit pathway for young people", "Diversionary / Exit Pathway - plan")
>>> round(score, 2), shared
(0.4, ('exit', 'pathway'))
"""

from __future__ import annotations

import math
import re
from typing import Iterable

__all__ = ["content_words", "similarity", "rarity", "stem", "STOPWORDS"]

# Common English words plus words every plan uses (they tell tasks apart poorly).
STOPWORDS = frozenset("""
a about above across after all also an and any are as at be been being but by can could do does
done each for from has have how if in into is it its may more most must need needs no not of on
once one or other our out over per re so such than that the their them then there these they this
those through to under up upon us via was we were what when where which while who will with within
would you your etc eg ie i.e e.g
ensure ensuring develop developing development work working support supporting use using
activity activities action actions task tasks plan plans essex police force ep
this linked link links due currently
""".split())


def stem(word: str) -> str:
    """A plural's singular: "pathways" -> "pathway", "Drugs" -> "drug" (lower case in, out)."""
    # Enough stemming to meet "pathways" with "pathway", not a linguist's stemmer.
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "is", "us")):
        return word[:-1]
    return word


def content_words(text: str) -> set[str]:
    """The telling words of a text: lower case, stemmed, no stopwords, no numbers."""
    words = re.findall(r"[a-z][a-z'’]+", str(text).lower())
    return {stem(w.strip("'’")) for w in words} - STOPWORDS - {""}


def rarity(texts: Iterable[str]) -> dict[str, float]:
    """How telling each word is among ``texts``: log inverse document frequency.
    A word in every task ("partners") tells tasks apart less than "Gangsline"."""
    docs = [content_words(t) for t in texts]
    counts: dict[str, int] = {}
    for words in docs:
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return {w: math.log((1 + len(docs)) / (1 + n)) + 1 for w, n in counts.items()}


def similarity(a: str, b: str, weights: dict[str, float] | None = None) -> tuple[float, tuple[str, ...]]:
    """Overlap of the content words of ``a`` and ``b`` (Jaccard, weighted by
    ``weights`` when given), and the shared words."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0, ()
    shared = wa & wb
    weight = (lambda w: weights.get(w, 1.0)) if weights else (lambda w: 1.0)  # noqa: E731
    score = sum(map(weight, shared)) / sum(map(weight, wa | wb))
    return score, tuple(sorted(shared))

"""Comparing the names plans give to areas and workstreams.

Plans name the same thing several ways: "Violence 4P plan - Night Time
Economy" on a sheet called "Violence - NTE" for the area "Night Time
Economy". These helpers reduce a name to its telling words, expanding the
acronyms plans use, so that names can be matched with evidence.

Examples
--------
>>> words("Violence 4P plan - NTE")
['violence', 'night', 'time', 'economy']
>>> best_match("Organised Crime Groups", ["Hate Crime", "Serious & Organised Crime"])
Match(name='Serious & Organised Crime', score=0.333, shared=('organised',))
>>> clean_title("Violence 4P plan - Gangs")
'Violence - Gangs'
>>> clean_title("Delivery plan 2024/25 - Violence Against Women and Girls")
'Violence Against Women and Girls'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

__all__ = ["normalise", "words", "clean_title", "Match", "best_match", "ABBREVIATIONS"]

# Acronyms used in the names of areas, workstreams and leads rows.
ABBREVIATIONS = {
    "nte": "night time economy",
    "usg": "urban street gangs",
    "soc": "serious organised crime",
    "sac": "serious acquisitive crime",
    "da": "domestic abuse",
    "cse": "child sexual exploitation",
    "ca": "child abuse",
    "hc": "hate crime",
}

# Words that every area or plan name may carry and that tell names apart
# poorly; "crime" is in nearly every area's name.
_STOP = {"and", "the", "of", "crime", "plan", "plans", "4p", "4ps", "delivery", "a", "an", "for", "in", "on"}


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower case, '&' as 'and', punctuation as spaces, spaces collapsed."""
    text = text.lower().replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """The telling words of a name, acronyms expanded, in order."""
    out: list[str] = []
    for word in normalise(text).split():
        for w in ABBREVIATIONS.get(word, word).split():
            if w not in _STOP and w not in out:
                out.append(w)
    return out


def clean_title(title: str) -> str:
    """A table title without the '4P plan' words plans put in front of the
    workstream's name."""
    text = re.sub(r"\b4\s?Ps?\b(\s+(delivery\s+)?plans?)?", " ", title, flags=re.IGNORECASE)
    # "Delivery plan 2024/25 - Violence ..." -> "Violence ..."
    text = re.sub(r"^\s*(delivery\s+)?plan\s*(\d{4}(\s*[/-]\s*\d{2,4})?)?\s*[-–:]", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text).strip(" -–:")
    text = re.sub(r"^\s*[-–:]\s*", "", text)
    return text or title.strip()


@dataclass(frozen=True)
class Match:
    name: str
    score: float
    shared: tuple[str, ...]


def best_match(name: str, candidates: Iterable[str]) -> Match | None:
    """The candidate sharing the largest share of telling words with ``name``,
    or None when nothing is shared or two candidates tie (a guess either way)."""
    mine = set(words(name))
    scored = []
    for cand in candidates:
        if normalise(cand) == normalise(name):
            return Match(cand, 1.0, tuple(words(cand)))
        theirs = set(words(cand))
        shared = mine & theirs
        if shared:
            score = round(len(shared) / len(mine | theirs), 3)
            scored.append(Match(cand, score, tuple(w for w in words(cand) if w in shared)))
    scored.sort(key=lambda m: -m.score)
    if not scored or (len(scored) > 1 and scored[0].score == scored[1].score):
        return None
    return scored[0]

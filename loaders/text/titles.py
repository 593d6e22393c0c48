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
>>> clean_title("Priority 2 - Serious Violence - Action Plan"), clean_title("Priority 1: Hate Crime & Cohesion")
('Serious Violence', 'Hate Crime & Cohesion')
>>> clean_title("PRIORITY 3 – VIOLENCE AGAINST WOMEN AND GIRLS – ACTION PLAN"), clean_title("ASB & CSE")
('Violence Against Women and Girls', 'ASB & CSE')
>>> acronym_of("Safer Evening & Night-Time Economy"), best_match("YV", ["Youth Violence", "Drug Harm"]).name
('SENTE', 'Youth Violence')
>>> same = canonical_names(["Domestic Abuse", "DA", "domestic abuse", "Drugs", "Drug Harm", "Retail", "Retail Crime"])
>>> same["DA"], same["domestic abuse"], same["Drugs"], same["Retail"]
('Domestic Abuse', 'Domestic Abuse', 'Drug Harm', 'Retail Crime')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from loaders.text.words import stem

__all__ = ["normalise", "words", "clean_title", "Match", "best_match", "ABBREVIATIONS", "acronym_of",
           "canonical_names", "stem", "tidy_capitals"]

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
    """The telling words of a name, acronyms expanded, plurals singular, in order."""
    out: list[str] = []
    for word in normalise(text).split():
        for w in ABBREVIATIONS.get(word, word).split():
            w = stem(w)
            if w not in _STOP and w not in out:
                out.append(w)
    return out


def acronym_of(name: str) -> str:
    """The capitals a name's words would make: "Night-Time Economy" -> "NTE"."""
    parts = re.split(r"[\s\-–/]+", name.replace("&", " "))
    return "".join(p[0].upper() for p in parts if p and p[0].isalpha() and p.lower() not in _ACRONYM_SKIP)


_ACRONYM_SKIP = {"and", "of", "the", "for", "in", "on", "a", "an"}


def _is_acronym(text: str) -> bool:
    core = text.strip()
    return 2 <= len(core) <= 6 and core.isalpha() and core.isupper()


def clean_title(title: str) -> str:
    """A table title without the words plans put around the workstream's
    name: "4P plan", "Priority 2 -", "Action Plan", a plan year."""
    text = re.sub(r"^\s*(?:(?:priority|objective|theme|workstream|strand|section|part|area)\s*\d+[a-z]?\s*[:.\-–)]"
                  r"|[pP]?\d{1,2}[.):]\s|\(\d{1,2}\)\s)\s*", " ", title, flags=re.IGNORECASE)
    text = re.sub(r"[-–:]?\s*\b(?:action|delivery|work|improvement)\s+plan\b\s*(?:\d{4}(?:\s*[/-]\s*\d{2,4})?)?\s*$",
                  " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+plans?\s*$", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\b4\s?Ps?\b(\s+(delivery\s+)?plans?)?", " ", text, flags=re.IGNORECASE)
    # "Delivery plan 2024/25 - Violence ..." -> "Violence ..."
    text = re.sub(r"^\s*(delivery\s+)?plan\s*(\d{4}(\s*[/-]\s*\d{2,4})?)?\s*[-–:]", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text).strip(" -–:")
    text = re.sub(r"^\s*[-–:]\s*", "", text)
    return tidy_capitals(text or title.strip())


_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "to", "at", "by", "with", "a", "an", "or"}


def tidy_capitals(name: str) -> str:
    """A heading typed in capitals, in ordinary case: "VIOLENCE AGAINST WOMEN
    AND GIRLS" -> "Violence Against Women and Girls". Short words without a
    vowel stay as acronyms ("ASB", "CSE" has one, so three letters stay too)."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters) or len(letters) < 6:
        return name

    def word(w: str, first: bool) -> str:
        core = w.strip("()&-–,.'’")
        if len(core) <= 3 and core.lower() not in _SMALL_WORDS or not re.search(r"[AEIOUY]", core):
            return w
        if core.lower() in _SMALL_WORDS and not first:
            return w.lower()
        return w[:1] + w[1:].lower()

    return " ".join(word(w, i == 0) for i, w in enumerate(name.split(" ")))


@dataclass(frozen=True)
class Match:
    name: str
    score: float
    shared: tuple[str, ...]


def best_match(name: str, candidates: Iterable[str]) -> Match | None:
    """The candidate sharing the largest share of telling words with ``name``,
    or None when nothing is shared or two candidates tie (a guess either way)."""
    candidates = list(candidates)
    if _is_acronym(name):
        by_acronym = [c for c in candidates if acronym_of(c) == name.strip() and len(acronym_of(c)) > 1]
        if len(by_acronym) == 1:
            return Match(by_acronym[0], 0.9, (name.strip(),))
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


def canonical_names(written: Iterable[str]) -> dict[str, str]:
    """Each way a name is written -> the one name it stands for.

    Plans write a priority several ways in one column ("Domestic Abuse",
    "DA", "domestic abuse"; "Drugs", "Drug Harm"). A short form joins the
    one longer name whose initials it is, or whose words include all of its
    words; the name a group goes by is the one with most words, then the
    most used, then the one in title case. A short form that fits two names
    joins neither.
    """
    counts: dict[str, int] = {}
    for name in written:
        if isinstance(name, str) and name.strip():
            counts[name.strip()] = counts.get(name.strip(), 0) + 1
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(normalise(name), []).append(name)
    keys = sorted(groups, key=lambda k: (-len(_plain_words(k)), k))
    parent = {k: k for k in keys}
    for key in keys:
        longer = [o for o in keys if o != key and _stands_for(key, groups[key], o, groups[o])]
        if len(longer) == 1:
            parent[key] = longer[0]
    result = {}
    for key, names in groups.items():
        root = key
        while parent[root] != root:
            root = parent[root]
        members = [n for k, ns in groups.items() if _root(parent, k) == root for n in ns]
        best = max(members, key=lambda n: (len(_plain_words(n)), counts[n], n.istitle() or n[:1].isupper()))
        for name in names:
            result[name] = best
    return result


def _root(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        key = parent[key]
    return key


def _stands_for(short: str, short_names: list[str], long: str, long_names: list[str]) -> bool:
    """Whether a name written ``short`` is a short form of ``long``."""
    if any(_is_acronym(n) and acronym_of(l) == n.strip() for n in short_names for l in long_names):
        return True
    mine, theirs = _plain_words(short), _plain_words(long)
    return bool(mine) and mine < theirs


def _plain_words(name: str) -> set[str]:
    return {stem(w) for w in normalise(name).split() if w not in _ACRONYM_SKIP}

"""Matching what a loader named with what a truth file names: priorities,
tasks, owners, forums and partners, each written many ways.

The scorer must not fail a loader for writing "Hate Crime and Community
Cohesion" where the truth says "Hate Crime & Community Cohesion", nor pass
one that made two people of one. So names are compared after ``norm`` (case,
"&" / "and", punctuation and spacing ignored), and an owner is matched by the
spellings a loader kept, the way a reader would check them against the plan.

Examples
--------
>>> norm("Hate Crime & Community  Cohesion.")
'hate crime and community cohesion'
>>> written("Jade Okafor (BID) (plan.xlsx › Action Plan › F14)")
'Jade Okafor (BID)'
>>> written("Insp Doyle")
'Insp Doyle'
>>> truth = {"tasks": {"Hate Crime": {"refs": ["1", "2"]}, "Drugs": {"refs": ["1", "D-3"]}},
...          "priorities": {"Hate Crime": {"aliases": []}, "Drugs": {"aliases": []}}}
>>> resolve_ref("Hate Crime#2", truth), resolve_ref("D-3", truth)
(('Hate Crime', '2'), ('Drugs', 'd-3'))
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

__all__ = [
    "norm", "words", "written", "ref_key", "priority_of_task_key", "resolve_ref", "truth_tasks",
    "truth_refs", "TruthError",
    "PriorityMatcher", "OwnerMatcher", "NameMatcher",
]

# Words that say nothing about which priority a name means.
GENERIC = {"and", "the", "of", "a", "an", "for", "to", "in", "on", "plan", "plans", "action", "actions",
           "delivery", "priority", "crime", "strategy", "partnership"}
# Ranks and titles: two spellings of one person may differ in these alone.
RANKS = {"pc", "pcso", "sgt", "ps", "ds", "dc", "insp", "inspector", "ch", "chief", "ci", "dci", "di", "supt",
         "superintendent", "d", "det", "detective", "sergeant", "constable", "cllr", "mr", "mrs", "ms", "dr"}
PROVENANCE = re.compile(r"^(.*\S) \(([^()]*)\)$")


class TruthError(ValueError):
    """A truth file that cannot be read the way its README says."""


def norm(text: object) -> str:
    """A name with case, '&' / 'and', punctuation and spacing ignored."""
    text = str(text or "").casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def words(text: object, drop: set[str] = GENERIC) -> set[str]:
    """The meaningful words of a name (no years, no generic words)."""
    return {w for w in norm(text).split() if w not in drop and not w.isdigit()}


def written(spelling) -> str:
    """An owner spelling as the plan wrote it: a Spelling's written form (or
    a row's "written"), or text without the "(file › sheet › cell)" a loader
    may append; a bracket that is part of the name stays."""
    if hasattr(spelling, "written"):
        return spelling.written
    if isinstance(spelling, dict):
        return spelling["written"]
    match = PROVENANCE.match(spelling.strip())
    if match and ("›" in match.group(2) or re.search(r"\.(xlsx|xlsm|xls|csv)\b", match.group(2), re.I)):
        return match.group(1)
    return spelling.strip()


def ref_key(ref: object) -> str:
    """Refs compare as written, with spacing and case ignored ('ASB-07 ' is
    'asb-07'); '01' and '1' stay different."""
    return "".join(str(ref if ref is not None else "").split()).casefold()


def priority_of_task_key(key: str, truth: dict) -> tuple[str | None, str]:
    """Split a truth task key '<priority>#<ref>' (for refs that repeat across
    priorities); a bare ref gives (None, ref)."""
    head, sep, tail = key.rpartition("#")
    if sep and head in truth["priorities"]:
        return head, tail
    return None, key


def resolve_ref(key: str, truth: dict) -> tuple[str, str]:
    """The (canonical priority, ref_key) a truth file's task key names."""
    priority, ref = priority_of_task_key(key, truth)
    if priority is not None:
        return priority, ref_key(ref)
    holders = [p for p, refs in truth_refs(truth).items() if ref_key(ref) in refs]
    if len(holders) != 1:
        raise TruthError(f"ref {key!r} is in {len(holders)} priorities; write it '<priority>#{key}'")
    return holders[0], ref_key(ref)


def truth_tasks(truth: dict) -> list[tuple[str, str]]:
    """Every truth task as (canonical priority, ref as written), in file
    order, whether ``tasks`` is keyed by priority or by sheet."""
    by_sheet = {spec.get("sheet"): name for name, spec in truth["priorities"].items() if spec.get("sheet")}
    out: list[tuple[str, str]] = []
    for key, spec in truth["tasks"].items():
        priority = key if key in truth["priorities"] else by_sheet.get(key)
        if priority is None:
            raise TruthError(f"tasks key {key!r} is neither a priority nor a priority's sheet")
        out.extend((priority, ref) for ref in spec["refs"])
    return out


def truth_refs(truth: dict) -> dict[str, list[str]]:
    """Each canonical priority's task refs, as ``ref_key``."""
    out: dict[str, list[str]] = {}
    for priority, ref in truth_tasks(truth):
        out.setdefault(priority, []).append(ref_key(ref))
    return out


class PriorityMatcher:
    """Which truth priority an Area's name means: its canonical name or an
    alias after ``norm``, else the priority sharing most meaningful words."""

    def __init__(self, priorities: dict[str, dict]):
        self.exact: dict[str, str] = {}
        self.names: dict[str, list[str]] = {}
        for name, spec in priorities.items():
            self.names[name] = [name, *spec.get("aliases", [])]
            for alias in self.names[name]:
                self.exact.setdefault(norm(alias), name)

    def match(self, area_name: str) -> str | None:
        if norm(area_name) in self.exact:
            return self.exact[norm(area_name)]
        mine = words(area_name)
        scores = {name: max(_overlap(mine, words(a)) for a in aliases) for name, aliases in self.names.items()}
        best = max(scores.values(), default=0.0)
        winners = [name for name, score in scores.items() if score == best]
        return winners[0] if best >= 0.5 and len(winners) == 1 else None


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class NameMatcher:
    """Forums or partners: a node's name, acronym or aliases against the
    truth's names and their aliases (``aliases``: alias -> canonical)."""

    def __init__(self, names: Iterable[str], aliases: dict[str, str] | None = None):
        self.index = {norm(n): n for n in names}
        for alias, canonical in (aliases or {}).items():
            self.index.setdefault(norm(alias), canonical)

    def match(self, *names: object) -> str | None:
        for name in names:
            if name and norm(name) in self.index:
                return self.index[norm(name)]
        return None


class OwnerMatcher:
    """Which truth owner an Owner node is, from the spellings it kept (as
    the plan wrote them) and its name; people the truth names only as leads
    or chairs can be matched too, but never count as a merge."""

    def __init__(self, owners: dict[str, dict], others: Iterable[str] = ()):
        self.spelled: dict[str, set[str]] = {}
        self.tokens: dict[str, set[str]] = {}
        for canonical, spec in owners.items():
            for spelling in [canonical, *spec.get("spellings", [])]:
                self.spelled.setdefault(norm(spelling), set()).add(canonical)
            self.tokens[canonical] = set().union(*(words(s, RANKS) for s in [canonical, *spec["spellings"]]))
        self.others = {norm(o): o for o in others if o and norm(o) not in self.spelled}

    def owners_spelled(self, spellings: Iterable[str]) -> set[str]:
        """The truth owners any of these spellings belongs to unambiguously."""
        found: set[str] = set()
        for spelling in spellings:
            hits = self.spelled.get(norm(written(spelling)), set())
            if len(hits) == 1:
                found |= hits
        return found

    def match(self, name: str, spellings: Iterable[str]) -> str | None:
        spellings = list(spellings)
        votes = Counter()
        for text in [name, *spellings]:
            for canonical in self.spelled.get(norm(written(text)), ()):
                votes[canonical] += 1
        if votes:
            (best, top), *rest = votes.most_common()
            return best if not rest or rest[0][1] < top else None
        if norm(name) in self.others:
            return self.others[norm(name)]
        return self._by_words(name, spellings)

    def _by_words(self, name: str, spellings: list[str]) -> str | None:
        mine = set().union(words(name, RANKS), *(words(written(s), RANKS) for s in spellings))
        if not mine:
            return None
        scores = {c: len(mine & toks) / len(mine) for c, toks in self.tokens.items()}
        best = max(scores.values(), default=0.0)
        winners = [c for c, s in scores.items() if s == best]
        return winners[0] if best >= 0.5 and len(winners) == 1 else None

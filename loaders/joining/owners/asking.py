"""Asking, not guessing: the problems and evidence owner resolution writes.

Every question ends with the plangraph.toml line that would settle it, so a
planner can copy it: ``[owners] same = [["PW", "Supt Paul White"]]``.

Examples
--------
>>> settle("same", "PW", "Supt Paul White")
'[owners] same = [["PW", "Supt Paul White"]]'
"""

from __future__ import annotations

import json

from graphmodel import Problem

from ...text.owner_names import NameMatch, initials_of
from .spellings import Group, Spelling

__all__ = ["settle", "candidate", "ambiguous", "unresolved", "resolved"]


def settle(verdict: str, written: str, owner: str) -> str:
    """The plangraph.toml line saying two spellings are (or are not) one owner."""
    return f"[owners] {verdict} = {json.dumps([[written, owner]], ensure_ascii=False)}"


def candidate(s: Spelling, group: Group, verdict: NameMatch) -> Problem | None:
    """A weak match left apart: "DI Smith" may be "Supt Smith"."""
    if verdict.verdict == "different" or group.display == s.name.display:
        return None
    return _problem(s, f"{s.name.raw!r} may be the same owner as {group.display!r} ({verdict.reason}); "
                       f"kept apart: if they are one, add to plangraph.toml "
                       f"{settle('same', s.name.raw, group.display)}", "candidate-owner-merge")


def ambiguous(s: Spelling, groups: list[Group]) -> Problem:
    """A name that fits several owners equally: "Harrow" beside two Harrows."""
    names = ", ".join(g.display for g in groups)
    return _problem(s, f"{s.name.raw!r} fits {len(groups)} owners ({names}); not merged with any: "
                       f"say which in plangraph.toml {settle('same', s.name.raw, groups[0].display)}",
                    "ambiguous-owner")


def unresolved(s: Spelling, fits: list[Group], ambiguous: bool) -> Problem:
    """Initials nothing explains, or that several people share."""
    letters = s.name.initials or s.name.raw
    if ambiguous:
        why = f"{len(fits)} people have them: {', '.join(g.display for g in fits)}"
    elif fits:
        why = (f"no list or lead of this workbook gives them; {', '.join(g.display for g in fits)} "
               f"{'has' if len(fits) == 1 else 'have'} them as first letters")
    else:
        why = "no list of people or lead of this workbook gives them"
    owner = fits[0].display if fits else "full name"
    return _problem(s, f"initials {letters!r} not resolved: {why}; if they are someone's, add to "
                       f"plangraph.toml {settle('same', s.name.raw, owner)}", "unresolved-initials")


def resolved(s: Spelling, group: Group, letters: str, why: str) -> str:
    """The evidence for reading initials as one owner."""
    if why == "told":
        return f"{s.name.raw} read as {group.display}: plangraph.toml says so"
    if why == "stated":
        source = next((x for x in group.spellings if x.name.initials == letters and (x.listed or x.name.family)), None)
        where = _where(source, s) if source else "a list"
        return f"{s.name.raw} read as {group.display}, whose initials {where} gives as {letters}"
    lead = next(x for x in group.spellings if (x.is_lead or x.listed) and x.source.file == s.source.file
                and initials_of(x.name) == letters)
    what = f"{lead.mention.role} in" if lead.mention and lead.mention.role else "named in"
    return (f"{s.name.raw} read as {lead.display or lead.name.display}, {what} "
            f"{lead.source.sheet} {lead.source.cell} of the same workbook")


def _where(source: Spelling, s: Spelling) -> str:
    cell = f"{source.source.sheet} {source.source.cell}".strip()
    if source.source.file == s.source.file:
        return f"{cell} of the same workbook"
    return f"{cell} of {source.source.file}"


def _problem(s: Spelling, message: str, code: str) -> Problem:
    return Problem(s.source.file, s.source.sheet, s.source.cell, message, "info", code)

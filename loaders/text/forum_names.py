"""Split and resolve the Forum column of the strategy register.

The register's "Partnership Forums" sheet has one Forum cell per area, and a
cell sometimes names more than one forum:

* a list: "Essex Faith Leaders/Community Forums",
  "National Cyber Security Centre & National Crime Agency";
* a shared head: "Essex Safeguarding Children/Adults Board" names the
  Essex Safeguarding Children Board and the Essex Safeguarding Adults Board,
  two statutory boards, so it is read as two full names;
* one forum with extra words: "CISP (Cyber Information Sharing
  Partnership)", "Community Safety Hubs and hub tasking",
  "Local and Essex Independent Advisory Groups".

Which reading is right depends on what the names mean, so the split asks a
:class:`~loaders.text.gazetteer.Gazetteer`: a reading is used only if every part
resolves to an entry, or, for a plain list ("MARAC & Local Gangs Meeting"),
if some parts resolve and the others are whole names of two or more words.
A cell no reading explains is kept whole, so that nothing is invented.

Examples
--------
>>> split_forum_cell("Essex Faith Leaders/Community Forums")
['Essex Faith Leaders', 'Community Forums']
>>> split_forum_cell("Essex Safeguarding Children/Adults Board")
['Essex Safeguarding Children Board', 'Essex Safeguarding Adults Board']
>>> split_forum_cell("CISP (Cyber Information Sharing Partnership)")
['CISP (Cyber Information Sharing Partnership)']
>>> entry, evidence = canonical_forum("Local and Essex Independent Advisory Groups")
>>> entry.acronym
'IAG'
"""

from __future__ import annotations

import re

from .gazetteer import Entry, Gazetteer

__all__ = ["canonical_forum", "split_forum_cell", "looks_like_forum"]

# What separates forums in a list.  " and " (and "&") also occur inside
# names ("Fire and Rescue"), so a list reading is kept only when its parts
# resolve; the "strong" separators alone are trusted for partly known lists.
_LIST_SEPARATOR = re.compile(r"\s*[/&;,+]\s*|\s+and\s+", re.IGNORECASE)
_STRONG_SEPARATOR = re.compile(r"\s*[/&;,+]\s*")

# "Children/Adults": two single words sharing the words around them.
_SLASHED_PAIR = re.compile(r"(?P<left>[^\s/]+)/(?P<right>[^\s/]+)")


def split_forum_cell(text: str, gazetteer: Gazetteer | None = None) -> list[str]:
    """Split a register Forum cell into the forums it names.

    Parameters
    ----------
    text : str
        The cell.  None (an empty cell) gives an empty list.
    gazetteer : Gazetteer, optional
        The names to resolve parts against; the bundled one by default.

    Returns
    -------
    list of str
        One string per forum, each a substring of the cell with whitespace
        tidied, or for a shared head ("Children/Adults Board") a full name
        rebuilt from it.  Parts naming the same entry are kept once.

    Raises
    ------
    TypeError
        If ``text`` is neither a string nor None.

    Examples
    --------
    >>> split_forum_cell("City of London Police & Eastern Region Special Operations Unit")
    ['City of London Police', 'Eastern Region Special Operations Unit']
    >>> split_forum_cell("Community Safety Hubs and hub tasking")
    ['Community Safety Hubs and hub tasking']
    >>> split_forum_cell("MARAC & Local Gangs Meeting")
    ['MARAC', 'Local Gangs Meeting']
    >>> split_forum_cell("Some Unknown Board/Another Panel")
    ['Some Unknown Board', 'Another Panel']
    >>> split_forum_cell("Safer Streets/Night Time Economy Board")
    ['Safer Streets/Night Time Economy Board']
    >>> split_forum_cell(None)
    []
    """
    if text is None:
        return []
    if not isinstance(text, str):
        raise TypeError(f"a forum cell must be text, not {type(text).__name__}")
    cell = " ".join(text.split())
    if not cell:
        return []
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.bundled()
    if gazetteer.lookup(cell) is not None:
        return [cell]
    for reading in (_list_reading(cell, gazetteer), _shared_head_reading(cell)):
        parts = _resolved_parts(reading, gazetteer)
        if parts is not None:
            # Several spellings of one forum ("Hubs and hub tasking") are
            # one forum, best evidenced by the whole cell.
            return [cell] if len(parts) == 1 else parts
    return _partly_known_list(cell, gazetteer) or _list_of_names(cell, gazetteer) or [cell]


# The last word of a forum's name: "Hate Crime Panel", "Community Tensions Group".
_FORUM_HEADS = {"board", "boards", "panel", "panels", "group", "groups", "forum", "forums", "partnership",
                "partnerships", "meeting", "meetings", "committee", "committees", "network", "networks", "executive",
                "conference", "hub", "hubs", "council", "cabinet", "assembly", "subgroup", "sub-group", "taskforce"}


def looks_like_forum(name: str) -> bool:
    """Whether a name reads as a forum's: two or more words ending in
    "Board", "Panel", "Group" and the like ("Lynford Hate Crime Panel")."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in _FORUM_HEADS and words[0][:1].isupper()


def _list_of_names(cell: str, gazetteer: Gazetteer) -> list[str]:
    """Read "A Panel / B Group" or "A Board; B Partnership" as a list of new
    forums, where every part is a whole name of two or more words ending in a
    word forums are named by; [] otherwise ("Safer Streets/NTE Board" is one)."""
    parts = _list_reading(cell, gazetteer, _STRONG_SEPARATOR)
    if len(parts) < 2:
        return []
    return parts if all(looks_like_forum(part) for part in parts) else []


def canonical_forum(text: str, gazetteer: Gazetteer | None = None) -> tuple[Entry | None, str]:
    """Resolve one forum name to its gazetteer entry.

    Parameters
    ----------
    text : str
        One forum, e.g. a part from :func:`split_forum_cell`.
    gazetteer : Gazetteer, optional
        The bundled one by default.

    Returns
    -------
    entry : Entry or None
        The entry ``text`` spells exactly (after normalisation), else the
        only entry it mentions; None if it mentions none or several.
    evidence : str
        The part of ``text`` that named the entry, or ``text`` itself when
        nothing resolved.

    Raises
    ------
    TypeError
        If ``text`` is not a string.

    Examples
    --------
    >>> entry, evidence = canonical_forum(
    ...     "Southend Essex Thurrock Multi Agency Risk Assessment Triage")
    >>> entry.acronym, evidence
    ('MARAT', 'Southend Essex Thurrock Multi Agency Risk Assessment Triage')
    >>> entry, evidence = canonical_forum("CISP (Cyber Information Sharing Partnership)")
    >>> entry.name, evidence
    ('Cyber Security Information Sharing Partnership', 'CISP')
    >>> canonical_forum("Essex Safeguarding Children/Adults Board")
    (None, 'Essex Safeguarding Children/Adults Board')
    """
    if not isinstance(text, str):
        raise TypeError(f"a forum name must be text, not {type(text).__name__}")
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.bundled()
    entry = gazetteer.lookup(text)
    if entry is not None:
        return entry, text.strip()
    mentions = gazetteer.find_mentions(text)
    if len(mentions) == 1:
        return mentions[0].entry, mentions[0].evidence
    return None, text


def _resolved_parts(reading: list[str], gazetteer: Gazetteer) -> list[str] | None:
    """The parts of a reading, one per entry, if it has two or more parts
    and every part resolves; else None."""
    if len(reading) < 2:
        return None
    kept: dict[Entry, str] = {}
    for part in reading:
        entry, _ = canonical_forum(part, gazetteer)
        if entry is None:
            return None
        kept.setdefault(entry, part)
    return list(kept.values())


def _partly_known_list(cell: str, gazetteer: Gazetteer) -> list[str]:
    """Read "MARAC & Local Gangs Meeting" as a list of a known forum and a
    new one, so the new one is not lost; [] if that reading is doubtful.

    Only unambiguous separators count here (not " and ", which joins words
    inside names), at least one part must be known, and every unknown part
    must be two or more words, not a fragment such as "Crime".
    """
    parts = _list_reading(cell, gazetteer, _STRONG_SEPARATOR)
    if len(parts) < 2:
        return []
    # One part per forum: a known entry by its first spelling, an unknown
    # name by its text.
    kept: dict[object, str] = {}
    for part in parts:
        entry, _ = canonical_forum(part, gazetteer)
        if entry is None and len(part.split()) < 2:
            return []
        kept.setdefault(entry if entry is not None else part.lower(), part)
    if all(isinstance(key, str) for key in kept):
        return []
    return list(kept.values())


def _list_reading(cell: str, gazetteer: Gazetteer,
                  separators: re.Pattern[str] = _LIST_SEPARATOR) -> list[str]:
    """Cut the cell at separators outside brackets and outside any name the
    gazetteer recognises, so "Fire & Rescue Service" is not cut."""
    named = _named_spans(cell, gazetteer)
    depth = _bracket_depths(cell)
    parts, last = [], 0
    for separator in separators.finditer(cell):
        start, end = separator.span()
        inside_name = any(start < stop and begin < end for begin, stop in named)
        if depth[start] == 0 and not inside_name:
            parts.append(cell[last:start])
            last = end
    parts.append(cell[last:])
    return [part.strip() for part in parts if part.strip()]


def _named_spans(cell: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Where the cell names any entry, repeats included."""
    # find_mentions reports each entry once, but a separator inside a second
    # spelling of the same entry must be protected too, so the search is
    # repeated after each mention.
    spans, offset = [], 0
    while mentions := gazetteer.find_mentions(cell[offset:]):
        start = offset + mentions[0].start
        offset = start + len(mentions[0].evidence)
        spans.append((start, offset))
    return spans


def _shared_head_reading(cell: str) -> list[str]:
    """Read "Essex Safeguarding Children/Adults Board" as two full names."""
    pairs = list(_SLASHED_PAIR.finditer(cell))
    if len(pairs) != 1 or cell.count("/") != 1:
        return []
    pair = pairs[0]
    before, after = cell[:pair.start()], cell[pair.end():]
    if not (before.strip() or after.strip()):
        return []
    return [f"{before}{pair['left']}{after}".strip(), f"{before}{pair['right']}{after}".strip()]


def _bracket_depths(cell: str) -> list[int]:
    """Bracket nesting depth at each character of the cell."""
    depths, depth = [], 0
    for ch in cell:
        if ch in ")]":
            depth = max(depth - 1, 0)
        depths.append(depth)
        if ch in "([":
            depth += 1
    return depths

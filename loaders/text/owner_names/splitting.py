"""Splitting a Who cell into the owners it names.

Splitting rule
--------------
1. Newlines and semicolons always separate owners.
2. Commas separate owners only when every part between them is a complete
   owner (see below), so "Head of Operations Centre, Crime and Public
   Protection Command" stays whole. A list joined by commas with no space
   after them ("Inspector D Holt,Northgate Night Marshals") is how a
   project tool writes its resources: it splits wherever every part names
   an owner and one of them is complete.
3. "/", "&", "and", "and/or" and "+" separate two owners only when the text
   before the separator is a complete owner that has no "of", "for" or comma
   in it (otherwise the conjunction sits inside a title, as in "Lead for
   Safeguarding and Partnerships") and the text after it is a complete owner.
   A slash is read as "or" inside a rank ("Ch/Supt", "D/Supt", "A/DI") and
   never separates there. After a slash, a lone capitalised word is also
   accepted on the right ("SK / Analytical"): a word after the last
   separator cannot be a modifier shared with the left side, whereas a lone
   word before a slash can ("Burglary/Robbery Lead" stays whole). "&" with
   no space on either side is part of an acronym ("C&PP").
4. Nothing inside brackets separates: "Dan Harrow (Licensing Officer,
   Eastvale BC)" is one owner, and so is "Licensing (Northgate BC)".
5. "Covered by X" and labels such as "Strategic Lead:" are dropped, leaving
   the owner; placeholders are dropped; a project tool's allocation
   ("[50%]") is taken off the piece (`split_allocated` keeps it).

A complete owner is initials, a ranked or plain personal name, an
all-capitals acronym, an operation, a placeholder, a title recognised by its
head word (a role noun, rank, unit noun or plural), or a title qualified by
a bracket ("Licensing (Northgate BC)"). A single ordinary word ("Crime",
"Partnerships") is not complete, which is what keeps "Crime and Public
Protection" whole. Cells longer than 500 characters are notes, not lists of
owners, and are only split at rule 1.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cleaning import as_text, is_placeholder, outside_brackets, split_allocation, strip_prefixes, tidy
from .parsing import read_owner
from .vocabulary import rank_of

__all__ = ["split_owners", "split_allocated"]

# Separators that may join two owners inside one cell.
_JOINT_SEP = re.compile(r"\s+and/or\s+|\s*/\s*|\s+&\s*|\s*&\s+|\s+and\s+|\s+\+\s+", re.I)
_HARD_SEP = re.compile(r"[\n\r;]+")
_OF_FOR = re.compile(r",|\b(?:of|for)\b", re.I)
_MAX_JOINT_LEN = 500  # longer cells are notes, not lists of owners

# Readings that count as a complete owner when deciding whether to split.
_COMPLETE_BASES = {"initials", "ranked", "name", "honorific", "op", "all", "head", "acronym",
                   "placeholder", "qualified"}

Span = tuple[int, int]


def split_owners(text: object) -> list[str]:
    """Split a "Who" cell into the pieces that each name one owner.

    The rule is in the module notes: newlines and semicolons always split;
    commas, "/", "&", "and" and "+" split only between complete owners.

    Parameters
    ----------
    text : object
        The cell value; None, NaN and non-text values are tolerated.

    Returns
    -------
    list of str
        Stripped pieces, each a substring of the text, in order; blanks and
        placeholders (TBC, TBA) are dropped, and so are "Covered by" and
        "Strategic Lead:" prefixes and allocations ("[50%]").

    Examples
    --------
    >>> split_owners("SS/PW")
    ['SS', 'PW']
    >>> split_owners("LPP Inspector and CSP Manager")
    ['LPP Inspector', 'CSP Manager']
    >>> split_owners("SCD OCGMU & ROCTA")
    ['SCD OCGMU', 'ROCTA']
    >>> split_owners("Crime and Public Protection")
    ['Crime and Public Protection']
    >>> split_owners("Ch/Supt Wilson"), split_owners("D/Supt Vance")
    (['Ch/Supt Wilson'], ['D/Supt Vance'])
    >>> split_owners("Covered by ERSOU")
    ['ERSOU']
    >>> split_owners("PS Harrow and D. Harrow (Licensing)")
    ['PS Harrow', 'D. Harrow (Licensing)']
    >>> split_owners("Licensing (Northgate BC)[30%],PC Simon Holt[10%]")
    ['Licensing (Northgate BC)', 'PC Simon Holt']
    >>> split_owners("TBC"), split_owners(None)
    ([], [])
    """
    return [piece for piece, _ in split_allocated(text)]


def split_allocated(text: object) -> list[tuple[str, str | None]]:
    """Split a cell like `split_owners`, keeping each owner's allocation.

    Examples
    --------
    >>> split_allocated("Youth Team[50%],PCSO Kieran Maddox")
    [('Youth Team', '50%'), ('PCSO Kieran Maddox', None)]
    """
    return list(_split_allocated(as_text(text)))


@lru_cache(maxsize=8192)
def _split_allocated(cell: str) -> tuple[tuple[str, str | None], ...]:
    """:func:`split_allocated` of a text, once per text (Who cells repeat)."""
    outside = outside_brackets(cell)
    pieces = []
    for start, end in _hard_spans(cell):
        for c_start, c_end in _comma_spans(cell, outside, start, end):
            for j_start, j_end in _joint_spans(cell, outside, c_start, c_end):
                piece = strip_prefixes(cell[j_start:j_end].strip()).strip()
                name, allocation = split_allocation(piece)
                if name and read_owner(name).kind != "none":
                    pieces.append((name, allocation))
    return tuple(pieces)


def _hard_spans(cell: str) -> list[Span]:
    """Spans between newlines and semicolons, which always separate owners."""
    spans, start = [], 0
    for match in _HARD_SEP.finditer(cell):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(cell)))
    return spans


def _comma_spans(cell: str, outside: list[bool], start: int, end: int) -> list[Span]:
    """Split at commas only if every part is a complete owner (or a list of them)."""
    commas = [i for i in range(start, end) if cell[i] == "," and outside[i]]
    if not commas or end - start > _MAX_JOINT_LEN:
        return [(start, end)]
    bounds = [start] + [i + 1 for i in commas]
    parts = list(zip(bounds, commas + [end]))
    if all(_is_complete(cell[a:b], strict=True)
           for p_start, p_end in parts for a, b in _joint_spans(cell, outside, p_start, p_end)):
        return parts
    if _is_tool_list(cell, commas, parts):
        return parts
    return [(start, end)]


def _is_tool_list(cell: str, commas: list[int], parts: list[Span]) -> bool:
    """A resource list as a tool joins it: "A,B" with no space after any comma.

    People type a space after a comma; an export does not. Such a list
    splits where every part names someone (not a placeholder, no lower-case
    start) and at least one part is a complete owner.
    """
    if any(cell[i + 1:i + 2].isspace() for i in commas):
        return False
    texts = [tidy(split_allocation(tidy(cell[a:b]))[0]) for a, b in parts]
    if not all(t and t[0].isupper() and not is_placeholder(t) for t in texts):
        return False
    return any(_is_complete(t, strict=False) for t in texts)


def _joint_spans(cell: str, outside: list[bool], start: int, end: int) -> list[Span]:
    """Split at "/", "&", "and", "+" between complete owners, left to right.

    Each separator is judged on the owner built up so far on its left and the
    next piece on its right; a refused separator joins the two, so a title
    such as "Lead for Safeguarding and Partnerships" stays whole.
    """
    if end - start > _MAX_JOINT_LEN:
        return [(start, end)]
    seps = [m for m in _JOINT_SEP.finditer(cell, start, end)
            if all(outside[m.start():m.end()]) and not _inside_rank(cell, start, end, m)]
    if not seps:
        return [(start, end)]
    atoms = [(start, seps[0].start())]
    atoms += [(seps[i].end(), seps[i + 1].start()) for i in range(len(seps) - 1)]
    atoms.append((seps[-1].end(), end))
    spans = []
    cur_start, cur_end = atoms[0]
    for sep, (next_start, next_end) in zip(seps, atoms[1:]):
        is_slash = "/" in sep.group() and "and" not in sep.group().lower()
        if _may_split(cell[cur_start:cur_end], cell[next_start:next_end], is_slash):
            spans.append((cur_start, cur_end))
            cur_start = next_start
        cur_end = next_end
    spans.append((cur_start, cur_end))
    return spans


def _inside_rank(cell: str, start: int, end: int, sep: re.Match) -> bool:
    """Whether a slash is part of a rank ("Ch/Supt", "A/DI", "D/Insps")."""
    if "/" not in sep.group() or "and" in sep.group().lower():
        return False
    before = cell[start:sep.start()].split()
    after = cell[sep.end():end].split()
    if not before or not after:
        return True  # a slash at an edge separates nothing
    joined = f"{before[-1]}/{after[0]}"
    if rank_of(joined) or rank_of(joined.rstrip(",.")):
        return True
    return joined.endswith("s") and rank_of(joined[:-1]) is not None


def _may_split(left: str, right: str, is_slash: bool) -> bool:
    """Whether a separator between ``left`` and ``right`` joins two owners."""
    left, right = left.strip(), right.strip()
    if not left or not right:
        return False
    if not _is_complete(left, strict=True):
        return False
    if _is_complete(right, strict=False):
        return True
    # After a slash a lone unit word ("SK / Analytical") is an owner too.
    return is_slash and _is_lone_word(right)


def _is_complete(piece: str, strict: bool) -> bool:
    """Whether a piece is an owner on its own (see the module notes).

    ``strict`` also refuses "of", "for" and commas, which mean a conjunction
    after the piece belongs to a title. Text in brackets is not looked at:
    "Dan Harrow (Licensing Officer, Eastvale BC)" is complete.
    """
    body = tidy(strip_prefixes(piece))
    if is_placeholder(body):
        return True
    unbracketed = "".join(ch for ch, out in zip(body, outside_brackets(body)) if out)
    if (strict and _OF_FOR.search(unbracketed)) or "," in unbracketed:
        return False
    return read_owner(piece).basis in _COMPLETE_BASES


def _is_lone_word(piece: str) -> bool:
    word = tidy(piece)
    return " " not in word and word[:1].isupper() and word.replace("-", "").isalpha()

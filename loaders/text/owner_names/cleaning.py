"""Tidying the text around an owner's name: labels, brackets, allocations.

A Who cell carries more than names: a label ("Strategic Lead:"), a way of
saying who ("Covered by ERSOU"), a bracket after the name ("(GP)",
"(Licensing Officer, Eastvale BC)"), and, in a project tool's export, the
share of a resource's time ("Insp Diane Holt[50%]"). These helpers take
those apart without losing them; they never raise.

Examples
--------
>>> strip_prefixes("Strategic Lead: C/Supt Ewen Wilson")
'C/Supt Ewen Wilson'
>>> split_bracket("Jason Hendy (JH)")
('Jason Hendy ', 'JH')
>>> split_allocation("Insp Diane Holt[50%]")
('Insp Diane Holt', '50%')
>>> text_key("Ch/Supt  Wilson."), is_placeholder("To be confirmed")
('chsupt wilson', True)
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from .vocabulary import EDGE_PUNCT, PLACEHOLDERS

__all__ = ["as_text", "tidy", "strip_prefixes", "split_bracket", "split_allocation",
           "is_placeholder", "text_key", "name_key", "outside_brackets"]

# "Covered by ERSOU", "Led by SCD": the owner is what follows.
_BY_PREFIX = re.compile(r"(?:covered|led|owned|delivered|managed)\s+by\s+(?=\S)", re.I)
# "Strategic Lead: C/Supt Ewen Wilson" in leads sheets, "Lead: YS" pasted in a label cell.
_LABEL_PREFIX = re.compile(
    r"(?:(?:strategic|tactical|operational|strand|task|action|area|joint|priority|delivery)\s+)?"
    r"(?:lead|leads|owner|owners|who|responsible|resources?)\s*:\s*", re.I)
# A project tool's share of a resource: "[50%]", "[0.5]", "(25%)" at the end.
_ALLOCATION = re.compile(r"\s*(?:\[\s*(\d+(?:\.\d+)?\s*%?)\s*\]|\(\s*(\d+(?:\.\d+)?\s*%)\s*\))\s*$")


def as_text(value: object) -> str:
    """Any cell value as text; None, NaN and unprintable objects as ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and math.isnan(value):
        return ""
    try:
        return str(value)
    except Exception:  # an object whose __str__ fails: not an owner
        return ""


def tidy(text: str) -> str:
    """Whitespace collapsed, stray punctuation and bullets off the edges."""
    return " ".join(text.split()).strip(EDGE_PUNCT)


def strip_prefixes(text: str) -> str:
    """Drop "Strategic Lead:" and "Covered by" from the front (a substring remains)."""
    while True:  # until none is left, so that stripping twice changes nothing
        stripped = text.lstrip()
        match = _LABEL_PREFIX.match(stripped) or _BY_PREFIX.match(stripped)
        if match is None:
            return text
        text = stripped[match.end():]


def split_bracket(body: str) -> tuple[str, str | None]:
    """Split off a final bracket: "Jason Hendy (JH)" -> ("Jason Hendy ", "JH")."""
    if not body.endswith(")"):
        return body, None
    opening = body.rfind("(")
    if opening < 0 or ")" in body[opening + 1:-1]:
        return body, None
    return body[:opening], body[opening + 1:-1].strip()


def split_allocation(text: str) -> tuple[str, str | None]:
    """Split off a project tool's allocation: ("Youth Team", "50%").

    The allocation is how much of the resource the task takes, not part of
    its name; the text before it is returned stripped of trailing spaces.

    >>> split_allocation("Licensing (Northgate BC)[30%]")
    ('Licensing (Northgate BC)', '30%')
    >>> split_allocation("Intelligence Analyst (CSP)")
    ('Intelligence Analyst (CSP)', None)
    """
    match = _ALLOCATION.search(text)
    if match is None or not text[:match.start()].strip():
        return text, None
    share = (match.group(1) or match.group(2) or "").replace(" ", "")
    return text[:match.start()].rstrip(), share


def is_placeholder(core: str) -> bool:
    """Whether the text names nobody: "TBC", "To be confirmed", "Vacant", "N/A"."""
    key = " ".join(re.sub(r"[\W_]+", " ", core.casefold()).split())
    return key in PLACEHOLDERS


@lru_cache(maxsize=8192)
def text_key(text: str) -> str:
    """Text folded for equality: accents, case and punctuation gone."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w\s]|_", "", text).split())


def name_key(name: str | None) -> str:
    """A name folded with its spaces gone: "Van der Berg" -> "vanderberg"."""
    return text_key(name or "").replace(" ", "")


def outside_brackets(text: str) -> list[bool]:
    """For each character, whether it sits outside every bracket.

    Separators inside brackets ("(Licensing Officer, Eastvale BC)") belong
    to the bracket, never to the list of owners.

    >>> "".join("o" if out else "i" for out in outside_brackets("A (b, c) [d]"))
    'ooiiiiiioiii'
    """
    flags, depth = [], 0
    for ch in text:
        if ch in "([":
            depth += 1
        flags.append(depth == 0)
        if ch in ")]" and depth:
            depth -= 1
    return flags

"""How a person's words find tasks, the same in every store.

A task key written exactly finds that task. Otherwise every word must fit:
a number ("10", "2.3") matches a task's ref exactly; any other word matches,
in any case, part of the task's workstream, its text, its Who cell or one of
its owners' names ("knife 28", "Frost 12"). Neo4j answers the same rule in
``cypher/find_tasks.cypher``.

Examples
--------
>>> row = {"ref": "28", "workstream": "Violence - Knife crime", "text": "Use social media",
...        "who": "SS", "owners": ["CI Sam Smith"]}
>>> matches_words(row, search_words("knife 28")), matches_words(row, search_words("smith 2"))
(True, False)
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["search_words", "matches_words", "is_number"]

_NUMBER = re.compile(r"[0-9.]+")


def search_words(text: str) -> list[str]:
    """The words of a search, lower case."""
    return text.lower().split() if isinstance(text, str) else []


def is_number(word: str) -> bool:
    return bool(_NUMBER.fullmatch(word))


def matches_words(row: dict[str, Any], words: list[str]) -> bool:
    """Whether a task (a row of get_tasks) fits every word."""
    if not words:
        return False
    hay = " ".join([row["workstream"], row["text"], row.get("who") or "", *row.get("owners", [])]).lower()
    return all(row["ref"].lower() == w if is_number(w) else w in hay for w in words)

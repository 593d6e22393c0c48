"""Telling what a sheet without a task table is: leads, plan on a page, other.

Examples
--------
>>> from loaders.workbooks.cells import Sheet
>>> poap = Sheet("NTE - POAP", False, {(2, 7): "PREVENT", (2, 23): "Pursue",
...              (22, 7): "PROTECT", (22, 23): "PREPARE"}, {})
>>> sheet_kind(poap)
'plan on a page'
"""

from __future__ import annotations

import re

from ..text.titles import normalise
from .tables import strand_name
from .cells import Sheet

__all__ = ["sheet_kind", "LEAD_ROLES"]

# Header words of a leads table, and the role each gives an owner.
LEAD_ROLES = {
    "strategic lead": "strategic lead",
    "tactical lead": "tactical lead",
    "operational lead": "operational lead",
    "senior responsible officer": "senior responsible officer",
    "sro": "senior responsible officer",
    "delivery lead": "delivery lead",
    "priority lead": "priority lead",
    "lead officer": "lead officer",
    "accountable officer": "accountable officer",
    "executive lead": "executive lead",
    "theme lead": "theme lead",
}


def sheet_kind(sheet: Sheet) -> str:
    """'leads', 'plan on a page' or 'no task table' for a sheet with no task table."""
    name = normalise(sheet.name)
    texts = [normalise(str(v)) for v in sheet.cells.values() if isinstance(v, str)]
    if any(t in LEAD_ROLES or t.startswith("strategic lead") for t in texts) or re.search(r"\bleads?\b", name):
        return "leads"
    strands = {strand_name(str(v)) for v in sheet.cells.values() if isinstance(v, str)} - {None}
    if "poap" in name.split() or "plan on a page" in name or len(strands) >= 3:
        return "plan on a page"
    return "no task table"

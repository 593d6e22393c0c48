"""Reading a leads sheet: who is strategic, tactical and operational lead of what.

The Essex leads sheets hold a small table (Area | Tactical Lead |
Operational Lead) and a cell "Strategic Lead: C/Supt Ewen Wilson" above it
that covers every row of the table.

Examples
--------
>>> from loaders.workbooks.cells import Sheet
>>> sheet = Sheet("Leads", False, {(2, 7): "Strategic Lead: C/Supt Andy Mariner",
...     (3, 5): "Area", (3, 7): "Tactical Lead", (3, 9): "Operational Lead",
...     (4, 5): "Domestic Abuse", (4, 7): "Supt Tom Simons", (4, 9): "TBC"}, {})
>>> [(l.subject, l.role, l.name, l.cell) for l in read_leads(sheet)]
[('Domestic Abuse', 'strategic lead', 'C/Supt Andy Mariner', 'G2'), ('Domestic Abuse', 'tactical lead', 'Supt Tom Simons', 'G4')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.titles import normalise
from .kinds import LEAD_ROLES
from .cells import Sheet, coordinate

__all__ = ["Lead", "read_leads", "UNNAMED"]

# What a leads cell holds when nobody is named yet.
UNNAMED = {"tbc", "tba", "n a", "na", "none", "vacant", "to be confirmed"}
_SUBJECT_HEADERS = {"area", "strand", "workstream", "theme", "plan", "priority", "priority area", "priorities",
                    "strategic priority"}
_STRATEGIC = re.compile(r"^\s*strategic\s+lead\s*[:\-–]\s*(?P<name>.+?)\s*$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Lead:
    subject: str  # the area or workstream as the leads sheet names it
    role: str
    name: str
    cell: str  # where the name was read


def read_leads(sheet: Sheet) -> list[Lead]:
    """Every named lead on a leads sheet; 'TBC' and blanks are left out."""
    header_row, subject_col, role_cols = _leads_header(sheet)
    if header_row is None:
        return []
    strategic = _strategic_lead(sheet)
    leads: list[Lead] = []
    for row in sheet.rows():
        if row <= header_row:
            continue
        subject = sheet.text(row, subject_col)
        if normalise(subject) == "timeline":
            break  # the review timeline below repeats the names without leads
        if not subject:
            continue
        if strategic:
            leads.append(Lead(subject, "strategic lead", strategic[0], strategic[1]))
        for col, role in role_cols.items():
            name = sheet.text(row, col)
            if name and normalise(name) not in UNNAMED:
                leads.append(Lead(subject, role, name, coordinate(row, col)))
    return leads


def _leads_header(sheet: Sheet) -> tuple[int | None, int, dict[int, str]]:
    for row in sheet.rows():
        roles = {c: LEAD_ROLES[normalise(str(v))] for c, v in sheet.row_values(row) if normalise(str(v)) in LEAD_ROLES}
        if not roles:
            continue
        subjects = [c for c, v in sheet.row_values(row) if normalise(str(v)) in _SUBJECT_HEADERS]
        subject_col = subjects[0] if subjects else min(roles) - 1
        return row, subject_col, roles
    return None, 0, {}


def _strategic_lead(sheet: Sheet) -> tuple[str, str] | None:
    for (row, col), value in sorted(sheet.cells.items()):
        match = _STRATEGIC.match(str(value))
        if match and normalise(match["name"]) not in UNNAMED:
            return match["name"].strip(), coordinate(row, col)
    return None

"""A task's dates and RAG, read from the cells of its record.

The due date comes from the When cell, read with its number format (an
Excel date shown as "Jul-25" is a month, not the 1st of July). The RAG comes
from the first of: a RAG or Status cell in words or letters ("Amber",
"Some slippage"), a % Complete of 100 (complete), the fill colour of the
RAG, Task or Ref cell (read by the workbook's own colour key where it has
one, else by hue). Each keeps its evidence: which cell said so, and how.
"""

from __future__ import annotations

from datetime import date

from ..text.status import parse_rag, parse_status, rag_from_percent
from ..text.when import parse_when
from .colour_key import fill_rag
from .records import Field, TaskRecord

__all__ = ["read_due", "read_start", "read_rag"]


def read_due(written: Field | None, plan_start: date | None = None) -> dict:
    """The Task fields read from a When cell: due, due_from, precision, status.
    ``plan_start`` (the plan year's first day) dates "end of Q2" with no year."""
    when = parse_when(written.value if written else None, written.number_format if written else None,
                      plan_start=plan_start)
    return {
        "due": when.due.isoformat() if when.due else None,
        "due_from": when.earliest.isoformat() if when.earliest else None,
        "due_precision": when.precision,
        "due_is_review": when.review,
        "status": when.status,
        "recurrence": when.recurrence,
        **({"start": when.start.isoformat()} if when.start else {}),
    }


def read_start(written: Field | None) -> str | None:
    """A Start cell's date (its first day, where it names a period)."""
    if written is None:
        return None
    when = parse_when(written.value, written.number_format)
    day = when.earliest or when.due
    return day.isoformat() if day else None


def read_rag(record: TaskRecord, colour_key: dict[str, str]) -> tuple[str, str]:
    """(rag, evidence): red, amber, green, blue (complete) or "" with why."""
    for written in record.texts("rag"):
        rag = parse_rag(written.text, mixed=True)
        if rag:
            return rag, f"RAG cell {written.text!r} ({written.cell})"
        status = parse_status(written.text)
        if status is not None and status.rag:
            return status.rag, f"{status.evidence!r} in {written.cell}"
    percent = record.first("percent")
    if percent is not None and rag_from_percent(percent.value, percent.number_format) == "blue":
        return "blue", f"{percent.text} complete ({percent.cell})"
    for meaning in ("rag", "task", "ref"):
        written = record.first(meaning)
        if written is not None and written.fill:
            rag = fill_rag(written.fill, colour_key)
            if rag:
                how = "the plan's colour key" if written.fill in colour_key else "its hue"
                return rag, f"fill {written.fill} of {written.cell}, read by {how}"
    return "", ""

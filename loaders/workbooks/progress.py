"""A task's dates and RAG, read from the cells of its record.

The due date comes from the When cell, read with its number format (an
Excel date shown as "Jul-25" is a month, not the 1st of July). The RAG comes
from the first of: a RAG or Status cell in words or letters ("Amber",
"Some slippage"), a % Complete of 100 (complete), the fill colour of the
RAG, Task or Ref cell (read by the workbook's own colour key where it has
one, else by hue). Each keeps its evidence: which cell said so, and how.
"""

from __future__ import annotations

from ..text.when import parse_rag, parse_when
from .records import Field, TaskRecord

# TEMPORARY until the dates/status work lands (branch "dates").
try:
    from ..text.colours import rag_from_fill  # type: ignore
    from ..text.when import parse_status, rag_from_percent  # type: ignore
except ImportError:  # pragma: no cover
    def rag_from_fill(rgb):  # type: ignore
        return {"00B050": "green", "92D050": "green", "FFC000": "amber", "FF0000": "red"}.get(rgb)

    def parse_status(text):  # type: ignore
        return None

    def rag_from_percent(value):  # type: ignore
        return "blue" if value in (100, "100%", "100") else None


def _when(value, number_format):
    try:
        return parse_when(value, number_format)  # type: ignore[call-arg]
    except TypeError:
        return parse_when(value)

__all__ = ["read_due", "read_start", "read_rag"]


def read_due(written: Field | None) -> dict:
    """The Task fields read from a When cell: due, due_from, precision, status."""
    when = _when(written.value if written else None, written.number_format if written else None)
    earliest = getattr(when, "earliest", None)
    return {
        "due": when.due.isoformat() if when.due else None,
        "due_from": earliest.isoformat() if earliest else None,
        "due_precision": when.precision,
        "due_is_review": when.review,
        "status": when.status,
        "recurrence": when.recurrence,
    }


def read_start(written: Field | None) -> str | None:
    """A Start cell's date (its first day, where it names a period)."""
    if written is None:
        return None
    when = _when(written.value, written.number_format)
    day = getattr(when, "earliest", None) or when.due
    return day.isoformat() if day else None


def read_rag(record: TaskRecord, colour_key: dict[str, str]) -> tuple[str, str]:
    """(rag, evidence): red, amber, green, blue (complete) or "" with why."""
    for written in record.texts("rag"):
        rag = parse_rag(written.text)
        if rag:
            return rag, f"RAG cell {written.text!r} ({written.cell})"
        status = parse_status(written.text)
        if status is not None and status.rag:
            return status.rag, f"{status.evidence!r} in {written.cell}"
    percent = record.first("percent")
    if percent is not None and rag_from_percent(percent.value) == "blue":
        return "blue", f"{percent.text} complete ({percent.cell})"
    for meaning in ("rag", "task", "ref"):
        written = record.first(meaning)
        if written is not None and written.fill:
            rag = colour_key.get(written.fill) or rag_from_fill(written.fill)
            if rag:
                how = "the plan's colour key" if written.fill in colour_key else "its hue"
                return rag, f"fill {written.fill} of {written.cell}, read by {how}"
    return "", ""

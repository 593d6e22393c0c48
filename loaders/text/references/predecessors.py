"""A project tool's Predecessors column: row IDs, link types and lags.

Project tools (MS Project and its kin) export each task's predecessors as
row IDs, not refs: "16", "14FS+5 days", "14SS", "40FF", "15;17",
"47;40SS;51". Each entry is

* the row ID of the task that goes first;
* optionally the link type: FS (finish-to-start, the default: this starts
  when that finishes), SS (start-to-start), FF (finish-to-finish), SF
  (start-to-finish);
* optionally a lag, a signed amount of time: "+5 days", "+2 wks", "-1d",
  "+3 edays", "+50%".

Entries are separated by ";" or ",". The caller resolves each row ID to a
task through the export's own ID column.

Examples
--------
>>> [(p.row_id, p.link_type, p.lag, p.entry) for p in read_predecessors("14SS;12")]
[('14', 'SS', None, '14SS'), ('12', 'FS', None, '12')]
>>> read_predecessors("13FS+5 days")[0].lag
'+5 days'
>>> read_predecessors(16.0)[0].row_id
'16'
>>> [(p.row_id, p.entry) for p in read_predecessors("12; see note")]
[('12', '12'), (None, 'see note')]
"""

from __future__ import annotations

import numbers
import re
from dataclasses import dataclass

__all__ = ["Predecessor", "read_predecessors", "LINK_TYPES"]

LINK_TYPES = ("FS", "SS", "FF", "SF")

_ENTRY = re.compile(
    r"""(?P<id>\d{1,6})\s*(?P<type>FS|SS|FF|SF)?\s*
        (?P<lag>[+-]\s*\d+(?:[.]\d+)?\s*
            (?:e?(?:days?|d|wks?|weeks?|w|hrs?|hours?|h|mins?|minutes?|m|mons?|months?|mo)\b|%)?)?""",
    re.I | re.X,
)


@dataclass(frozen=True)
class Predecessor:
    """One entry of a Predecessors cell. ``row_id`` is None for an entry
    that is not an ID ("see note"); ``entry`` is the entry as written, at
    ``start`` in the cell."""

    row_id: str | None
    link_type: str
    lag: str | None
    entry: str
    start: int


def read_predecessors(text: object) -> list[Predecessor]:
    """The entries of a Predecessors cell, in order. Never raises."""
    cell = _cell_text(text)
    found = []
    for m in re.finditer(r"[^;,]+", cell):
        entry = m.group().strip()
        if not entry:
            continue
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        parsed = _ENTRY.fullmatch(entry)
        if parsed is None:
            found.append(Predecessor(None, "", None, entry, start))
            continue
        lag = parsed.group("lag")
        found.append(Predecessor(
            str(int(parsed.group("id"))), (parsed.group("type") or "FS").upper(),
            " ".join(lag.split()) if lag else None, entry, start,
        ))
    return found


def _cell_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        try:
            return str(int(value)) if float(value).is_integer() else ""
        except (OverflowError, ValueError):
            return ""
    return ""

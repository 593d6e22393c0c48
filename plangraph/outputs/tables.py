"""Tables and JSON as the terminal shows them.

Examples
--------
>>> print("\\n".join(table_lines(["owner", "tasks"], [["CI Sam Smith", 26], ["PW", 16]])))
owner         tasks
------------  -----
CI Sam Smith  26
PW            16
>>> print(to_json({"due": None, "owners": ["PW"]}))
{
 "due": null,
 "owners": [
  "PW"
 ]
}
"""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from enum import Enum
from typing import Any, Iterable, Sequence

__all__ = ["table_lines", "to_json", "cell_text", "join_names"]


def cell_text(value: Any, width: int = 60) -> str:
    """One cell on one line: lists joined, None blank, cut with an ellipsis at ``width``."""
    text = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else ("" if value is None else str(value))
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table_lines(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, width: int = 60) -> list[str]:
    """A plain aligned table; long cells are cut with an ellipsis."""
    body = [[cell_text(v, width) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in body]
    return lines


def join_names(names: Iterable[str]) -> str:
    """Names that may hold commas ("Sexual Crime, Child Abuse & Exploitation"), separated by semicolons."""
    return "; ".join(names)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "as_dict"):
        return value.as_dict()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return str(value)


def to_json(value: Any) -> str:
    """Results as JSON text: dataclasses as objects, dates as ISO text."""
    return json.dumps(value, default=_plain, indent=1, ensure_ascii=False)

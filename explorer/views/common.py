"""What the pages' tables share: how a task is named in a list, the
statuses in the order a person scans them, and any rows shown as a table.

Examples
--------
>>> task_label({"workstream": "W", "ref": "2", "text": "Patrol   the hotspots"})
'W #2 · Patrol the hotspots'
>>> rows_frame([{"owner": "PW", "areas": ["DA", "Hate"], "n": 2}]).to_dict("records")
[{'owner': 'PW', 'areas': 'DA, Hate', 'n': 2}]
"""

from __future__ import annotations

import json
from typing import Any, Sequence

import pandas as pd

from analyses.common import short, task_name

__all__ = ["STATUSES", "task_label", "task_name", "rows_frame", "joined"]

# The statuses read from the When column, in the order a person scans them.
STATUSES = ("completed", "ongoing", "recurring", "planned", "under review", "unknown")


def task_label(task: dict[str, Any], width: int = 90) -> str:
    """How a task is named in a list: workstream, number and its words."""
    return f"{task_name(task)} · {short(task.get('text', ''), width)}"


def joined(values: Any) -> str:
    """A list as 'a, b'; anything else as text."""
    if values is None:
        return ""
    if isinstance(values, (list, tuple, set)):
        return ", ".join(map(str, values))
    return str(values)


def rows_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Query rows as a table; lists and maps become text, so any answer shows."""
    def plain(value: Any) -> Any:
        if isinstance(value, (list, tuple, set)):
            return ", ".join(map(str, value))
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False, default=str)
        return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)

    columns = list(dict.fromkeys(k for r in rows for k in r))
    return pd.DataFrame([{k: plain(r.get(k)) for k in columns} for r in rows], columns=columns)

"""The Forums page's tables: areas by forums, forums shared, areas alike,
and forums named in tasks but not listed (or the reverse).

Examples
--------
>>> matrix_long({"DA": {"Hub": 1}, "Hate": {"Hub": 2, "IAG": 1}}).values.tolist()
[['DA', 'Hub', 1, 2], ['Hate', 'Hub', 2, 2], ['Hate', 'IAG', 1, 1]]
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

import pandas as pd

from analyses.across import SharedAcross
from analyses.forums import AreaOverlap, SharedForum, Unlisted

__all__ = ["across_table", "heat_table", "matrix_long", "forum_names", "shared_table", "overlap_table", "unlisted_table"]


def heat_table(matrix: Mapping[str, Mapping[str, int]], *, counted: bool) -> pd.DataFrame:
    """Forums down (most shared first), areas across: how many tasks of the
    area name the forum (``counted``), or a tick where the register lists it.

    >>> heat_table({"DA": {"Hub": 1}, "Hate": {"Hub": 2, "IAG": 1}}, counted=True).to_dict("index")
    {'Hub': {'DA': 1, 'Hate': 2, 'areas': 2}, 'IAG': {'DA': 0, 'Hate': 1, 'areas': 1}}
    """
    areas = list(matrix)
    forums = sorted({f for row in matrix.values() for f, n in row.items() if n},
                    key=lambda f: (-sum(1 for a in areas if matrix[a].get(f)), f.casefold()))
    cells = [[int(matrix[a].get(f, 0)) if counted else ("✓" if matrix[a].get(f) else "") for a in areas]
             for f in forums]
    frame = pd.DataFrame(cells, index=forums, columns=areas)
    frame["areas"] = [sum(1 for a in areas if matrix[a].get(f)) for f in forums]
    frame.index.name = "forum"
    return frame


def matrix_long(matrix: Mapping[str, Mapping[str, int]]) -> pd.DataFrame:
    """One row per area and forum named, with how many areas share the forum."""
    sharing: dict[str, int] = {}
    for row in matrix.values():
        for forum, n in row.items():
            if n:
                sharing[forum] = sharing.get(forum, 0) + 1
    rows = [{"area": a, "forum": f, "count": n, "areas sharing it": sharing[f]}
            for a, row in matrix.items() for f, n in row.items() if n]
    return pd.DataFrame(rows, columns=["area", "forum", "count", "areas sharing it"])


def forum_names(forums: Iterable[str]) -> list[str]:
    """Forum and partner names, sorted as a person looks them up (any case)."""
    return sorted(forums, key=str.lower)


def shared_table(shared: Sequence[SharedForum]) -> pd.DataFrame:
    """Forums and partners ranked by how many areas share them."""
    rows = [{"forum": s.forum, "kind": s.label.lower(), "areas": len(s.areas), "which areas": ", ".join(s.areas),
             "mentions": s.count, "key": s.forum} for s in shared]
    return pd.DataFrame(rows, columns=["forum", "kind", "areas", "which areas", "mentions", "key"])


def overlap_table(overlap: Sequence[AreaOverlap]) -> pd.DataFrame:
    """Pairs of areas and the forums they share, most alike first."""
    rows = [{"area": o.area, "other area": o.other, "shared": len(o.shared), "forums shared": ", ".join(o.shared),
             "overlap %": round(100 * o.score)} for o in overlap]
    return pd.DataFrame(rows, columns=["area", "other area", "shared", "forums shared", "overlap %"])


def unlisted_table(found: Sequence[Unlisted]) -> pd.DataFrame:
    """Forums an area's tasks name that its strategy does not list, and the reverse."""
    rows = [{"area": u.area, "forum": u.forum, "what": u.direction, "tasks": ", ".join(u.tasks)} for u in found]
    return pd.DataFrame(rows, columns=["area", "forum", "what", "tasks"])


def across_table(across: Sequence[SharedAcross]) -> pd.DataFrame:
    """Forums and partners several partnerships name, the most widely shared first."""
    rows = [{"forum": s.forum, "kind": s.label.lower(), "partnerships": len(s.partnerships),
             "which partnerships": ", ".join(s.partnerships), "areas": s.areas} for s in across]
    return pd.DataFrame(rows, columns=["forum", "kind", "partnerships", "which partnerships", "areas"])

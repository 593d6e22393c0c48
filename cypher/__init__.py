"""The Cypher of plangraph, one query a file, and a small catalogue to read them.

Each ``.cypher`` file starts with comment lines saying what it answers and
which ``$parameters`` it takes. Queries are always run with parameters;
nothing is ever assembled from a user's text.

Examples
--------
>>> q = query("get_task")
>>> q.name, q.parameters
('get_task', ('partnerships', 'key'))
>>> "read" == q.mode
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Query", "query", "names", "READ_QUERIES"]


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    description: str
    parameters: tuple[str, ...]

    @property
    def mode(self) -> str:
        """'read' for get_/find_/count_ queries, 'write' for the rest."""
        return "read" if self.name.startswith(("get_", "find_", "count_")) else "write"


def _parse(name: str, text: str) -> Query:
    lines = text.splitlines()
    comments = [line[2:].strip() for line in lines if line.startswith("//")]
    # The description is the header down to its "Parameters:" line.
    described = []
    for line in comments:
        if line.lower().startswith("parameters"):
            break
        described.append(line)
    body = "\n".join(line for line in lines if not line.startswith("//"))
    params = tuple(dict.fromkeys(re.findall(r"\$([A-Za-z_]\w*)", body)))
    return Query(name, text, " ".join(described), params)


@cache
def query(name: str) -> Query:
    """The query in ``cypher/<name>.cypher``."""
    path = resources.files(__package__) / f"{name}.cypher"
    if not path.is_file():
        raise KeyError(f"no query {name!r} in cypher/")
    return _parse(name, path.read_text(encoding="utf-8"))


def names() -> list[str]:
    """Every query in the catalogue."""
    return sorted(p.name[: -len(".cypher")] for p in resources.files(__package__).iterdir()
                  if p.name.endswith(".cypher"))


# The questions every store answers, one file each (the stores' own list: plangraph.stores.answers.QUESTIONS).
READ_QUERIES = ("count_nodes", "get_partnerships", "get_plans", "get_areas", "get_workstreams", "get_tasks",
                "get_task", "find_tasks", "get_task_upstream", "get_task_downstream", "get_links", "get_dangling",
                "get_owners", "get_owner_tasks", "get_owner_workload", "get_leads", "get_area_forums",
                "get_forum_mentions", "get_forums", "get_aims")

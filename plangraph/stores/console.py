"""A person's own Cypher, from the explorer's Query page, run safely on Neo4j.

A read transaction alone is not enough: in one, ``LOAD CSV`` still reads
the server's import folder and fetches URLs, read-mode procedures still
run (``SHOW SETTINGS``, ``TERMINATE TRANSACTIONS``, APOC's ``apoc.load.*``)
and ``UNWIND range(1, 1000000000)`` still runs until memory runs out. So a
query is accepted only when

1. its words (strings and comments left out) hold no clause that loads,
   writes, administers or calls a procedure not on ``ALLOWED_PROCEDURES``;
2. the server's own ``EXPLAIN`` says it is a read query, and its plan has
   no operator that loads, calls or administers;

and then it runs in a read transaction with a timeout, and only the first
``limit`` rows are fetched (the transaction is closed after them, which
stops the server).

Examples
--------
>>> refusal("MATCH (t:Task) WHERE t.text CONTAINS 'load csv' RETURN t.key LIMIT 5") is None
True
>>> refusal("LOAD CSV FROM 'http://x/y.csv' AS row RETURN row")
'LOAD CSV is not allowed here: only queries that read the plans (MATCH ... RETURN)'
>>> refusal("CALL dbms.components()")
'the procedure dbms.components is not allowed here'
>>> refusal("SHOW SETTINGS")
'SHOW is not allowed here: only queries that read the plans (MATCH ... RETURN)'
>>> refusal("MATCH (a)-[r:LINKED_TO]->(b) RETURN a.key AS start, r.set AS merge, {create: 1} AS m") is None
True
>>> refusal("MATCH (n) SET n.x = 1")
'SET is not allowed here: only queries that read the plans (MATCH ... RETURN)'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["ConsoleAnswer", "ConsoleRefused", "refusal", "run_console", "ALLOWED_PROCEDURES", "ROW_LIMIT",
           "TIMEOUT_SECONDS"]

ROW_LIMIT = 1000
TIMEOUT_SECONDS = 10.0
ALLOWED_PROCEDURES = frozenset({"db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization"})

# Commands that administer rather than query, as a statement's first word.
_COMMANDS = re.compile(r"^\s*(SHOW|TERMINATE|START|STOP|USE|ENABLE|DEALLOCATE|REALLOCATE|DROP|ALTER|GRANT|DENY|"
                       r"REVOKE|RENAME|CREATE|DRYRUN)\b", re.IGNORECASE)
# Clauses that load or write, anywhere.
_CLAUSES = re.compile(r"\b(LOAD\s+CSV|CREATE|MERGE|DELETE|DETACH|SET|REMOVE|FOREACH|PERIODIC)\b", re.IGNORECASE)
_CALL = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)", re.IGNORECASE)
_STRINGS_AND_COMMENTS = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
# Names that may be spelled like a clause: a property (t.start), an alias (AS set), a map key ({merge: 1}).
_NAMES = re.compile(r"\.\s*\w+|\bAS\s+\w+|\w+\s*:(?!:)", re.IGNORECASE)
# Plan operators that must never run from the console.
_BAD_OPERATORS = ("LoadCSV", "ProcedureCall", "Show", "Terminate", "Create", "Merge", "Delete", "SetProperty",
                  "Remove", "Foreach", "EmptyResult")


class ConsoleRefused(Exception):
    """The query was not run; the message says why."""


@dataclass(frozen=True)
class ConsoleAnswer:
    rows: list[dict[str, Any]]
    truncated: bool  # more rows than the limit: only the first are here


def refusal(text: str) -> str | None:
    """Why the words of a query are refused, or None."""
    words = _STRINGS_AND_COMMENTS.sub(" ", text)
    for statement in words.split(";"):
        found = _COMMANDS.match(statement) or _CLAUSES.search(_NAMES.sub(" ", statement))
        if found:
            what = " ".join(found.group(1).upper().split())
            return f"{what} is not allowed here: only queries that read the plans (MATCH ... RETURN)"
    for call in _CALL.finditer(words):
        if call.group(1).lower() not in ALLOWED_PROCEDURES:
            return f"the procedure {call.group(1)} is not allowed here"
    return None


def _operators(plan: Any) -> list[str]:
    if not isinstance(plan, dict):
        return []
    found = [str(plan.get("operatorType", ""))]
    for child in plan.get("children", []) or []:
        found += _operators(child)
    return found


def run_console(driver: Any, database: str, text: str, *, limit: int = ROW_LIMIT,
                timeout: float = TIMEOUT_SECONDS) -> ConsoleAnswer:
    """Check ``text`` (its words, then the server's EXPLAIN), then run it read-only with a timeout, keeping the
    first ``limit`` rows. ConsoleRefused says why a query was not run."""
    import neo4j

    said = refusal(text)
    if said:
        raise ConsoleRefused(said)
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        summary = session.run(neo4j.Query("EXPLAIN " + text, timeout=timeout)).consume()
        if summary.query_type != "r":
            raise ConsoleRefused("only queries that read the plans run here (the server says this one would not "
                                 "only read)")
        bad = [op for op in _operators(summary.plan) if op.split("@")[0].startswith(_BAD_OPERATORS)]
        if bad:
            raise ConsoleRefused(f"the query's plan does {bad[0].split('@')[0]}, which is not allowed here")
        with session.begin_transaction(timeout=timeout) as tx:
            result = tx.run(text)
            rows = [record.data() for record in result.fetch(limit + 1)]
            tx.rollback()  # closes the query: the server stops producing rows
    return ConsoleAnswer(rows[:limit], len(rows) > limit)

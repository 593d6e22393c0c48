"""The Query page's two ways to ask Neo4j: a read query of ``cypher/`` by
name, or a person's own Cypher, run read-only.

Examples
--------
>>> run_query("drop_everything", {})
([], "'drop_everything' is not one of the read queries")
"""

from __future__ import annotations

from typing import Any

import cypher
from plangraph.stores.base import StoreError, question_parameters
from plangraph.stores.console import ROW_LIMIT, ConsoleRefused, run_console

from .state import store, token

__all__ = ["run_query", "run_cypher", "ROW_LIMIT"]


def run_query(name: str, params: dict[str, Any]) -> tuple[list[dict[str, Any]], str | None]:
    """A read query of cypher/ by name, about the partnership looked at
    unless ``params`` names one: (rows, None), or ([], the error)."""
    if name not in cypher.READ_QUERIES:
        return [], f"{name!r} is not one of the read queries"
    if "partnership" in question_parameters(name) and not params.get("partnership"):
        params = {**params, "partnership": token().partnership}
    try:
        return store().query(name, **params), None
    except (StoreError, KeyError, TypeError, ValueError) as exc:
        return [], str(exc)


def run_cypher(text: str) -> tuple[list[dict[str, Any]], str | None, bool]:
    """A person's Cypher (plangraph.stores.console): (rows, None, whether
    there were more than the rows kept), or ([], why it was not run, False)."""
    s = store()
    if not hasattr(s, "driver"):
        return [], "Cypher runs only with the Neo4j store (plangraph serve --store neo4j)", False
    try:
        answer = run_console(s.driver, s.settings.database, text)
    except ConsoleRefused as exc:
        return [], f"Not run: {exc}.", False
    except Exception as exc:  # noqa: BLE001 - the server's own message is the answer
        message = getattr(exc, "message", None) or str(exc)
        code = getattr(exc, "code", None)
        return [], f"{code}: {message}" if code else message, False
    return answer.rows, None, answer.truncated

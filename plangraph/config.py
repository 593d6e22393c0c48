"""Where plangraph keeps its graph: options, then the environment, then a
config file, then defaults.

- ``PLANGRAPH_HOME`` (default ``~/.plangraph``) holds the embedded store's
  ``graph.json`` and an optional ``config.toml``.
- ``PLANGRAPH_STORE`` picks the store: ``embedded`` (the default) or ``neo4j``.
- Neo4j: ``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``,
  or the same under ``[neo4j]`` in ``config.toml``. A password is never taken
  from the command line, so it never shows in a shell history or a process list.

Example ``config.toml``::

    store = "neo4j"

    [neo4j]
    uri = "neo4j+s://xxxx.databases.neo4j.io"
    user = "neo4j"
    database = "neo4j"
    # password: better in NEO4J_PASSWORD; allowed here if the file is private
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from .stores.base import Store, StoreError
from .stores.embedded import EmbeddedStore

__all__ = ["home", "open_store", "settings", "STORES", "MAX_UPLOAD_MB"]

STORES = ("embedded", "neo4j")
MAX_UPLOAD_MB = 20  # the explorer's upload limit: a year of plans is a few MB; anything bigger is a mistake


def home() -> Path:
    """Where plangraph keeps its files; a clear error when that is not a folder."""
    where = Path(os.environ.get("PLANGRAPH_HOME") or Path.home() / ".plangraph")
    if where.exists() and not where.is_dir():
        raise StoreError(f"PLANGRAPH_HOME is {where}, which is a file, not a folder: point it at a folder")
    return where


def settings() -> dict[str, Any]:
    """The config file's settings ({} when there is none). A file holding a
    password must be readable by its owner only, or it is refused."""
    path = home() / "config.toml"
    if not path.is_file():
        return {}
    try:
        found = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise StoreError(f"{path} is not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"{path} cannot be read ({exc.__class__.__name__})") from None
    neo4j = found.get("neo4j")
    if isinstance(neo4j, dict) and neo4j.get("password") and os.name == "posix" and path.stat().st_mode & 0o077:
        raise StoreError(f"{path} holds a password but others may read it: run `chmod 600 {path}`, or put the "
                         "password in NEO4J_PASSWORD instead")
    return found


def open_store(name: str | None = None, path: Path | None = None) -> Store:
    """The store named (or configured), ready to read or save."""
    config = settings()
    name = name or os.environ.get("PLANGRAPH_STORE") or config.get("store") or "embedded"
    if name == "embedded":
        return EmbeddedStore(path or home() / "graph.json")
    if name == "neo4j":
        from .stores.neo4j import Neo4jSettings, Neo4jStore

        file_settings = {k: str(v) for k, v in config.get("neo4j", {}).items()
                         if k in ("uri", "user", "password", "database")}
        env = Neo4jSettings.from_env()
        merged = {**file_settings, **{k: v for k, v in vars(env).items() if os.environ.get(f"NEO4J_{k.upper()}")}}
        return Neo4jStore(Neo4jSettings(**merged))
    raise StoreError(f"unknown store {name!r}; choose from {', '.join(STORES)}")

"""Where plangraph keeps its graph, from options, the environment or defaults.

``PLANGRAPH_HOME`` (default ``~/.plangraph``) holds the embedded store's
file ``graph.json``. ``PLANGRAPH_STORE`` picks the store (``embedded``,
the default).
"""

from __future__ import annotations

import os
from pathlib import Path

from .stores.base import Store, StoreError
from .stores.embedded import EmbeddedStore

__all__ = ["home", "open_store", "STORES"]

STORES = ("embedded",)


def home() -> Path:
    return Path(os.environ.get("PLANGRAPH_HOME") or Path.home() / ".plangraph")


def open_store(name: str | None = None, path: Path | None = None) -> Store:
    """The store named (or configured), ready to read or save."""
    name = name or os.environ.get("PLANGRAPH_STORE") or "embedded"
    if name == "embedded":
        return EmbeddedStore(path or home() / "graph.json")
    raise StoreError(f"unknown store {name!r}; choose from {', '.join(STORES)}")

"""Which store the explorer reads, which partnership a person is looking
at, and the version of what is stored, which every cached answer is keyed by.

The store is opened once per process (``PLANGRAPH_STORE``, else config.toml,
else the embedded file in ``PLANGRAPH_HOME``). Its ``version()`` changes with
every save, by this explorer or by ``plangraph load`` in a terminal, so a
page always answers about what is stored now, and a test with its own
``PLANGRAPH_HOME`` never meets another test's answers.

Examples
--------
>>> import os, tempfile
>>> os.environ["PLANGRAPH_HOME"] = tempfile.mkdtemp()
>>> token().version, token().partnership
('empty', None)
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from plangraph import api
from plangraph.config import home, open_store, settings
from plangraph.stores.base import Store

__all__ = ["Token", "store", "store_name", "is_neo4j", "token", "partnerships", "choose_partnership"]

_CHOSEN = "partnership"  # the session state key of the partnership a person picked


@dataclass(frozen=True)
class Token:
    """Which store, which version of it, and which partnership: the key of every cached answer."""

    store: str
    home: str
    version: str
    partnership: str | None


def store_name() -> str:
    return os.environ.get("PLANGRAPH_STORE") or str(settings().get("store") or "embedded")


@st.cache_resource(show_spinner=False, max_entries=8)
def _open(name: str, home_dir: str) -> Store:
    # home_dir is part of the key: the store opened depends on PLANGRAPH_HOME.
    return open_store(name)


def store() -> Store:
    """The store this explorer reads."""
    return _open(store_name(), str(home()))


def is_neo4j() -> bool:
    return store_name() == "neo4j"


@st.cache_data(show_spinner=False, max_entries=16)
def _partnerships(name: str, home_dir: str, version: str) -> list[str]:
    return api.partnerships(_open(name, home_dir)) if version != "empty" else []


def partnerships() -> list[str]:
    """The partnerships the store holds, as of its current version."""
    s = store()
    return _partnerships(store_name(), str(home()), s.version())


def choose_partnership(name: str | None) -> None:
    """Look at this partnership from now on (after a load, or from the picker)."""
    st.session_state[_CHOSEN] = name


def token() -> Token:
    """The store's current version and the partnership looked at: the one
    picked, else the only one held, else the first."""
    version = store().version()  # "empty" when nothing was ever saved, in both stores
    held = _partnerships(store_name(), str(home()), version)
    chosen = st.session_state.get(_CHOSEN) if get_script_run_ctx() is not None else None
    if chosen not in held:
        chosen = held[0] if held else None
    return Token(store_name(), str(home()), version, chosen)

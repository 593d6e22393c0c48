from __future__ import annotations

import pytest

from graphmodel import Area, PlanGraph, Source
from plangraph.stores.base import Store, StoreError
from plangraph.stores.embedded import EmbeddedStore


def test_saves_and_opens_the_graph_again(essex_graph, tmp_path):
    store = EmbeddedStore(tmp_path / "store" / "graph.json")
    assert isinstance(store, Store) and store.is_empty()
    store.save(essex_graph)
    assert EmbeddedStore(tmp_path / "store" / "graph.json").read() == essex_graph


def test_a_failed_save_leaves_the_previous_graph(essex_graph, tmp_path):
    store = EmbeddedStore(tmp_path / "graph.json")
    store.save(essex_graph)
    broken = PlanGraph()
    broken.add(Area(key="x", name=object(), source=Source("f")))  # cannot be written as JSON
    with pytest.raises(TypeError):
        store.save(broken)
    assert store.read() == essex_graph
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]  # no half-written file left


def test_reading_an_empty_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="run `plangraph load` first"):
        EmbeddedStore(tmp_path / "graph.json").read()


def test_reading_a_file_that_is_not_a_store_is_a_clear_error(tmp_path):
    (tmp_path / "graph.json").write_text("{}")
    with pytest.raises(StoreError, match="not a plangraph store"):
        EmbeddedStore(tmp_path / "graph.json").read()


def test_the_problems_of_a_load_are_saved_with_its_graph(tmp_path, essex_result):
    from plangraph.stores.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path / "graph.json")
    store.save(essex_result.graph, essex_result.problems)
    assert store.problems() == essex_result.problems and store.read() == essex_result.graph


def test_saves_are_private_and_clear_what_killed_saves_left(tmp_path, essex_graph):
    import os
    import time

    from plangraph.locking import load_lock
    from plangraph.stores.embedded import EmbeddedStore

    left = tmp_path / ".graph-killed.json"
    left.write_text("{half")
    os.utime(left, (time.time() - 7200, time.time() - 7200))  # a save killed two hours ago
    store = EmbeddedStore(tmp_path / "graph.json")
    store.save(essex_graph, partnership="Essex")
    assert (store.path.stat().st_mode & 0o777) == 0o600
    assert not left.exists() and [p.name for p in tmp_path.iterdir()] == ["graph.json"]
    with load_lock(tmp_path / "load.lock"):
        assert ((tmp_path / "load.lock").stat().st_mode & 0o777) == 0o600
